#pragma once

#include "base/result.h"

#include <QString>

#include <functional>

class QIODevice;

namespace Marginalia::Core {

/**
 * Writes a file all at once or not at all: the content goes into a temporary file beside the target, which
 * replaces the target only when everything was written (QSaveFile). A failed or interrupted export never
 * leaves half a file where the old one was. Every export (CSV, codebooks, charts, the command line's
 * --output) writes through here.
 */
class AtomicFile final
{
public:
    /// Describes a failure to create or replace the file: (path, the system's reason) -> the message.
    using Describe = std::function<QString(const QString &path, const QString &reason)>;

    /// Runs @p content on the file's device; an error it returns is passed through unchanged and leaves
    /// the target as it was. A failure of the file itself is worded by @p describe (default:
    /// "PATH: cannot be written: REASON").
    static Status write(const QString &path, const std::function<Status(QIODevice *)> &content,
                        const Describe &describe = {});
};

} // namespace Marginalia::Core

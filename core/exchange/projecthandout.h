#pragma once

#include "base/result.h"

#include <QStringList>

namespace Marginalia::Core {

class Project;

/// What to leave out of a hand-out.
struct HandoutOptions
{
    /// Coders whose codings are left out (by name): the key, so that students code blind.
    QStringList withoutCoders;
    /// Leave out every coder and coding: the documents and the codebook only.
    bool withoutCodings = false;
    /// Leave out every memo (the project's, the documents', the codes' and the codings').
    bool withoutMemos = false;
};

/// What a hand-out left out.
struct HandoutSummary
{
    qint64 documents = 0;
    qint64 codes = 0;
    QStringList codersLeftOut;
    qint64 codingsLeftOut = 0;
    qint64 codingsKept = 0;
};

/**
 * The seminar's hand-out: a copy of a project for students, with the same documents, codebook and GUIDs
 * (so that their copies merge back by GUID and text), and without the codings a student must not see.
 *
 * The copy is written beside its final path and renamed into place only when it is complete; a coder
 * named in the options who is not in the project is an error, and nothing is written.
 */
class ProjectHandout final
{
public:
    static Result<HandoutSummary> write(const Project &project, const QString &path, const HandoutOptions &options);
};

} // namespace Marginalia::Core

#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

namespace Marginalia::Core {

/// Text decoded from a file's bytes, normalised the documented way (see docs/schema.md).
struct DecodedText
{
    QString text;
    /// The encoding the bytes were read in, as a canonical name: "UTF-8", "UTF-16LE", "WINDOWS-1252"...
    QString encoding;
    /// True when the encoding was guessed by the detector rather than known from a BOM or valid UTF-8.
    bool detected = false;
};

/**
 * Turns the bytes of a plain-text file into the text Marginalia stores.
 *
 * The encoding comes from a byte-order mark if there is one (UTF-8, UTF-16, UTF-32), else the bytes are
 * taken as UTF-8 if they are valid UTF-8, else uchardet names the encoding and iconv decodes it, so legacy
 * 8-bit files (Windows-1252, ISO-8859-x, KOI8-R...) and East Asian multibyte encodings come out right.
 *
 * Normalisation, and nothing else: the byte-order mark is dropped and line endings (CRLF, lone CR)
 * become LF. Bytes that look like a binary file (NUL bytes, many control characters) are refused.
 */
class TextDecoder final
{
public:
    /// @p fileName only names the file in error messages.
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &fileName);

    /// Removes one byte order mark (U+FEFF at the start: the encoding's signature, not text) and turns CRLF
    /// and CR into LF; applied to text from any source. decodeAs() keeps the mark, so it is removed once.
    static QString normalize(QString text);

    /// Decodes @p bytes from @p encoding (an iconv name); fails on bytes invalid in that encoding.
    static Result<QString> decodeAs(const QByteArray &bytes, const QString &encoding, const QString &fileName);
};

} // namespace Marginalia::Core

// libFuzzer target: PdfReader. Poppler itself is fuzzed upstream (OSS-Fuzz) and is not instrumented here;
// this covers what Marginalia does around it: the refusals, page cleaning, hyphenation and page starts.

#include "import/pdfreader.h"
#include "text/textoffsets.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    using Marginalia::Core::PdfReader;
    const auto document = PdfReader::read(bytes, QStringLiteral("fuzz.pdf"));
    if (document) {
        const qint64 length = Marginalia::Core::TextOffsets::codePointLength(document->text);
        qint64 previous = 0;
        for (const qint64 start : document->pageStarts) {
            if (start < previous || start > length)
                __builtin_trap(); // the store would refuse these page starts
            previous = start;
        }
    }
    // The hyphenation rules on arbitrary text (the bytes as Latin-1 lines).
    const QString text = QString::fromLatin1(bytes);
    (void)PdfReader::joinHyphenation(text, PdfReader::vocabulary(text));
    return 0;
}

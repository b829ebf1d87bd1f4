// libFuzzer target: TextDecoder, which every plain-text, Markdown and undeclared HTML import goes through.

#include "text/textdecoder.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = Marginalia::Core::TextDecoder::decode(bytes, QStringLiteral("fuzz.txt"));
    if (decoded) {
        // What decode() promises: line endings are LF. (Not "no U+FEFF at the start": a file can begin with
        // several byte-order marks, and only the first is one; the others are characters of the text.)
        if (decoded->text.contains(u'\r'))
            __builtin_trap();
        // Normalising twice changes nothing more than normalising once did, line endings included.
        if (Marginalia::Core::TextDecoder::normalize(decoded->text).contains(u'\r'))
            __builtin_trap();
    }
    return 0;
}

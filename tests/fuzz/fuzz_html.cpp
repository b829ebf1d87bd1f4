// libFuzzer target: HtmlReader, the hand-written tokenizer and layout, and its charset handling.

#include "import/htmlreader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using Marginalia::Core::HtmlReader;
    (void)HtmlReader::looksLikeHtml(bytes);
    (void)HtmlReader::declaredEncoding(bytes);
    const auto document = HtmlReader::read(bytes, QStringLiteral("fuzz.html"));
    // The tokenizer on its own, on the bytes taken as Latin-1 (every byte a character, no decoder between).
    const QString text = HtmlReader::toText(QString::fromLatin1(bytes));
    if (document && document->text.isEmpty())
        __builtin_trap(); // read() refuses pages without text: it never returns an empty document
    (void)text;
    return 0;
}

#include "text/textnormalisation.h"

namespace Marginalia::Core {

QString TextNormalisation::apply(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

TextNormalisation::Mapped TextNormalisation::applyWithPositions(const QString &text)
{
    Mapped mapped;
    mapped.text.reserve(text.size());
    qsizetype i = 0;
    mapped.hadByteOrderMark = text.startsWith(QChar(0xFEFF));
    if (mapped.hadByteOrderMark)
        i = 1;
    const qsizetype bom = i;
    qint64 codePoint = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            mapped.text += c;
            mapped.text += text.at(++i);
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                mapped.removedCrs.push_back(codePoint);
                mapped.removedCrsUtf16.push_back(i - bom);
            } else {
                mapped.text += u'\n';
            }
        } else {
            mapped.text += c;
        }
        ++codePoint;
    }
    mapped.originalCodePoints = codePoint;
    mapped.originalUtf16Length = text.size() - bom;
    return mapped;
}

} // namespace Marginalia::Core

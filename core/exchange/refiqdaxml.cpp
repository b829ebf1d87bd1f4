#include "exchange/refiqdaxml_p.h"

#include "model/codetree.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Marginalia::Core::RefiQdaXml {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::RefiQda)
};

/// The namespace of Marginalia's derived GUIDs (itself a version 5 UUID of "marginalia.refi-qda" in the
/// URL namespace): fixed forever, or re-exports of the same project would change their notes' GUIDs.
const QUuid &guidNamespace()
{
    static const QUuid ns = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")),
                                                QByteArrayLiteral("https://marginalia.invalid/refi-qda"));
    return ns;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace

QString projectNamespace()
{
    return QStringLiteral("urn:QDA-XML:project:1.0");
}

QString codebookNamespace()
{
    return QStringLiteral("urn:QDA-XML:codebook:1.0");
}

QString normalizeGuid(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    // QUuid also accepts forms the standard does not (no hyphens); insist on 8-4-4-4-12 with optional braces.
    const bool braces = trimmed.startsWith(u'{') && trimmed.endsWith(u'}');
    const QStringView bare = braces ? trimmed.mid(1, trimmed.size() - 2) : trimmed;
    if (bare.size() != 36)
        return {};
    for (qsizetype i = 0; i < bare.size(); ++i) {
        const QChar c = bare.at(i);
        const bool hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen ? c != u'-' : !isHexDigit(c))
            return {};
    }
    return bare.toString().toLower();
}

QString readGuid(QStringView text, RefiQdaReport &report)
{
    QString guid = normalizeGuid(text);
    if (!guid.isEmpty() && text.trimmed() != guid) {
        report.addAdjusted(QStringLiteral("guid-form"), Tr::tr("GUIDs in braces or upper case, read as lower case"),
                           text.trimmed().toString());
    }
    return guid;
}

QString derivedGuid(QStringView kind, QStringView owner)
{
    const QByteArray name = kind.toUtf8() + ':' + owner.toUtf8();
    return QUuid::createUuidV5(guidNamespace(), name).toString(QUuid::WithoutBraces);
}

QString normalizeColor(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(u'#') || (trimmed.size() != 4 && trimmed.size() != 7))
        return {};
    for (qsizetype i = 1; i < trimmed.size(); ++i) {
        if (!isHexDigit(trimmed.at(i)))
            return {};
    }
    if (trimmed.size() == 7)
        return trimmed.toString().toUpper();
    // #RGB means #RRGGBB with each digit doubled, as in CSS.
    QString expanded = QStringLiteral("#");
    for (qsizetype i = 1; i < 4; ++i)
        expanded += QString(2, trimmed.at(i));
    return expanded.toUpper();
}

QString xmlSafe(QStringView text, qint64 *replaced)
{
    // Fast path: almost every string is clean.
    bool clean = true;
    for (qsizetype i = 0; i < text.size() && clean; ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u >= 0xD800)
            clean = false;
    }
    if (clean)
        return text.toString();
    QString result;
    result.reserve(text.size());
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result += c;
            result += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || !isXmlChar(c.unicode())) {
            result += QChar(QChar::ReplacementCharacter);
            ++count;
            continue;
        }
        result += c;
    }
    if (replaced)
        *replaced += count;
    return result;
}

QString formatDateTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QDateTime parseDateTime(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!time.isValid())
        return {};
    // An xsd:dateTime without a zone is "local to somewhere"; reading it as UTC keeps the text it had.
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    return time.toUTC();
}

Status checkToken(const QXmlStreamReader &reader, const QString &fileName)
{
    if (reader.tokenType() == QXmlStreamReader::DTD) {
        return Error{Tr::tr("%1: the XML has a document type declaration (DTD) at line %2. REFI-QDA files have none, "
                            "and a DTD can define entities that expand without bound or read other files, so the file "
                            "was refused.")
                         .arg(fileName)
                         .arg(reader.lineNumber())};
    }
    if (reader.tokenType() == QXmlStreamReader::EntityReference) {
        return Error{Tr::tr("%1: the XML refers to the entity \"%2\" at line %3; REFI-QDA files use none, so the file "
                            "was refused.")
                         .arg(fileName, reader.name().toString())
                         .arg(reader.lineNumber())};
    }
    return success();
}

Error readerError(const QXmlStreamReader &reader, const QString &fileName)
{
    return Error{Tr::tr("%1: the XML is malformed at line %2, column %3: %4")
                     .arg(fileName)
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString())};
}

Status readCodes(QXmlStreamReader &reader, const QString &fileName, QList<ParsedCode> &codes, RefiQdaReport &report)
{
    // Iterative, with an explicit stack of open <Code> elements, so that a hostile nesting depth cannot
    // overflow the call stack.
    QList<int> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (auto safe = checkToken(reader, fileName); !safe)
            return safe;
        if (reader.isEndElement()) {
            if (open.isEmpty())
                return success(); // </Codes>
            if (reader.name() == QLatin1String("Code"))
                open.removeLast();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.name();
        if (name == QLatin1String("Code")) {
            if (open.size() >= MaxCodeDepth) {
                return Error{Tr::tr("%1: the code tree is more than %2 levels deep at line %3; the file was refused.")
                                 .arg(fileName)
                                 .arg(MaxCodeDepth)
                                 .arg(reader.lineNumber())};
            }
            const QXmlStreamAttributes attributes = reader.attributes();
            ParsedCode code;
            code.rawGuid = attributes.value(QLatin1String("guid")).toString();
            code.guid = readGuid(code.rawGuid, report);
            code.name = attributes.value(QLatin1String("name")).toString();
            code.rawColor = attributes.value(QLatin1String("color")).toString();
            code.color = normalizeColor(code.rawColor);
            const QStringView codable = attributes.value(QLatin1String("isCodable")).trimmed();
            code.codable = !(codable == QLatin1String("false") || codable == QLatin1String("0"));
            code.parent = open.isEmpty() ? -1 : open.last();
            codes.append(code);
            open.append(int(codes.size() - 1));
        } else if (name == QLatin1String("Description") && !open.isEmpty()) {
            codes[open.last()].description = reader.readElementText(QXmlStreamReader::SkipChildElements);
            if (reader.hasError())
                return readerError(reader, fileName);
        } else if (name == QLatin1String("NoteRef") && !open.isEmpty()) {
            const QString target = readGuid(reader.attributes().value(QLatin1String("targetGUID")), report);
            if (!target.isEmpty())
                codes[open.last()].noteRefs.append(target);
            reader.skipCurrentElement();
        } else {
            report.addNotMapped(name.toString(), Tr::tr("unknown elements in the codebook (skipped)"), name.toString());
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return readerError(reader, fileName);
    return Error{Tr::tr("%1: the XML ends inside the codebook.").arg(fileName)};
}

qint64 writeCodes(QXmlStreamWriter &writer, const CodeTree &tree, qint64 parentId,
                  const std::function<void(const Code &)> &afterDescription, qint64 *replacedCharacters,
                  const std::function<QString(const Code &)> &descriptionOf)
{
    qint64 written = 0;
    for (qint64 id : tree.children(parentId)) {
        const Code *code = tree.find(id);
        writer.writeStartElement(QStringLiteral("Code"));
        writer.writeAttribute(QStringLiteral("guid"), code->guid);
        writer.writeAttribute(QStringLiteral("name"), xmlSafe(code->name, replacedCharacters));
        writer.writeAttribute(QStringLiteral("isCodable"),
                              code->codable ? QStringLiteral("true") : QStringLiteral("false"));
        const QString color = normalizeColor(code->color);
        if (!color.isEmpty())
            writer.writeAttribute(QStringLiteral("color"), color);
        const QString description = descriptionOf ? descriptionOf(*code) : code->description;
        if (!description.isEmpty())
            writer.writeTextElement(QStringLiteral("Description"), xmlSafe(description, replacedCharacters));
        if (afterDescription)
            afterDescription(*code);
        written += 1 + writeCodes(writer, tree, id, afterDescription, replacedCharacters, descriptionOf);
        writer.writeEndElement();
    }
    return written;
}

} // namespace Marginalia::Core::RefiQdaXml

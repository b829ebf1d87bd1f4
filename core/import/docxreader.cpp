#include "import/docxreader.h"

#include "archive/safexmlreader_p.h"
#include "archive/ziparchive.h"
#include "import/officetext_p.h"
#include "import/textblocks_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::DocxReader)
};

// WordprocessingML in its transitional (what Word writes) and strict namespaces.
constexpr QStringView W = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr QStringView WStrict = u"http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr QStringView MarkupCompatibility = u"http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr QStringView OfficeMath = u"http://schemas.openxmlformats.org/officeDocument/2006/math";
constexpr QStringView Relationships = u"http://schemas.openxmlformats.org/package/2006/relationships";

constexpr int MaxLevels = 9;

bool isW(const QXmlStreamReader &xml)
{
    return xml.namespaceUri() == W || xml.namespaceUri() == WStrict;
}

bool isW(const QXmlStreamReader &xml, QStringView name)
{
    return xml.name() == name && isW(xml);
}

QString wAttribute(const SafeXmlReader &reader, QStringView name)
{
    return reader.attribute(name, {W, WStrict});
}

int wInt(const SafeXmlReader &reader, QStringView name, int fallback)
{
    return reader.intAttribute(name, {W, WStrict}, fallback);
}

/// A numbering level of numbering.xml.
struct Level
{
    int start = 0; // the schema's default; Word always writes w:start
    QString format = QStringLiteral("decimal");
    QString text;
    QString suffix = QStringLiteral("tab");
    QString paragraphStyle;
    int restart = -1; // -1: after any higher level; 0: never; n: after level n (1-based)
    bool legal = false;
};

struct AbstractNumbering
{
    std::array<Level, MaxLevels> levels;
    QString numStyleLink; // the numbering style this definition takes its levels from
};

struct Numbering
{
    QString abstractId;
    QHash<int, int> startOverrides;
    QHash<int, Level> levelOverrides;
};

struct Style
{
    QString basedOn;
    int numId = -1; // -1: not set; 0: numbering explicitly off
    int level = -1;
    QString name; ///< w:name: Word's built-in styles keep their English names ("heading 1") in every language
    int outlineLevel = -1; ///< w:outlineLvl: 0..8 a heading's level - 1, 9 body text; -1: not set
};

/// The heading level (1 to 9) a built-in style's name or id gives: "heading 1".."heading 9" and "Title";
/// 0 for any other.
int headingLevelOfName(const QString &name)
{
    const QString folded = name.toLower().remove(u' ');
    if (folded == QLatin1String("title"))
        return 1;
    if (folded.size() == 8 && folded.startsWith(QLatin1String("heading")) && folded.at(7) >= u'1'
        && folded.at(7) <= u'9')
        return folded.at(7).unicode() - u'0';
    return 0;
}

/// The running counters of one abstract numbering definition.
using Counters = ListCounters<MaxLevels>;

/// @p value as w:numFmt @p format shows it.
QString formatNumber(int value, const QString &format)
{
    if (format == QLatin1String("lowerLetter"))
        return letterNumeral(value);
    if (format == QLatin1String("upperLetter"))
        return letterNumeral(value).toUpper();
    if (format == QLatin1String("lowerRoman"))
        return romanNumeral(value);
    if (format == QLatin1String("upperRoman"))
        return romanNumeral(value).toUpper();
    if (format == QLatin1String("decimalZero"))
        return value < 10 && value >= 0 ? u'0' + QString::number(value) : QString::number(value);
    if (format == QLatin1String("none"))
        return {};
    return QString::number(value);
}

/// Resolves @p target, relative to the folder of @p source, to an entry name ("word/../x" -> "x").
QString resolvePart(const QString &source, const QString &target)
{
    QStringList parts;
    if (!target.startsWith(u'/')) {
        parts = source.split(u'/');
        parts.removeLast();
    }
    for (const QString &part : target.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (part != QLatin1String("."))
            parts.append(part);
    }
    return parts.join(u'/');
}

/// Calls @p take with the reader on the start tag of each w:@p element child of the current element, and of
/// each such child of the wrappers Word puts around table rows and cells (content controls, custom XML,
/// tracked insertions); skips the rest.
template<typename Take> void forEachWrapped(SafeXmlReader &reader, QStringView element, const Take &take)
{
    while (reader.nextChild()) {
        const QXmlStreamReader &xml = reader.xml();
        if (isW(xml, element))
            take();
        else if (isW(xml, u"sdt") || isW(xml, u"sdtContent") || isW(xml, u"customXml") || isW(xml, u"ins"))
            forEachWrapped(reader, element, take);
        else
            reader.skipElement();
    }
}

class DocxParser
{
public:
    DocxParser(ZipArchive &archive, const QString &fileName)
        : m_archive(archive)
        , m_fileName(fileName)
    {
    }

    Result<ImportedDocument> run();

private:
    struct Reference
    {
        bool endnote = false;
        QString id;
        QString label;
    };

    /// Reads part @p part with @p parse; an error names the part when the package does not have it.
    template<typename Parse> Status parsePart(const QString &part, Parse &&parse);
    QHash<QString, QString> relationships(const QString &part);
    void parseStyles(SafeXmlReader &reader);
    void parseNumbering(SafeXmlReader &reader);
    void parseNotes(SafeXmlReader &reader, bool endnotes);

    void parseBlocks(SafeXmlReader &reader, TextBlocks &sink);
    void parseParagraph(SafeXmlReader &reader, TextBlocks &sink);
    void parseInline(SafeXmlReader &reader, QString &out, TextBlocks &floating);
    void parseInlineChildren(SafeXmlReader &reader, QString &out, TextBlocks &floating);
    void parseRun(SafeXmlReader &reader, QString &out, TextBlocks &floating);
    void parseTable(SafeXmlReader &reader, TextBlocks &sink);
    void findTextBoxes(SafeXmlReader &reader, TextBlocks &floating);
    bool enterAlternateContent(SafeXmlReader &reader);

    QString numberLabel(const QString &styleId, int numId, int level);
    int headingLevel(const QString &styleId, int outlineLevel) const;
    const AbstractNumbering *abstractFor(const Numbering &numbering) const;
    Level levelOf(const Numbering &numbering, const AbstractNumbering &abstract, int level) const;

    ZipArchive &m_archive;
    QString m_fileName;
    QHash<QString, Style> m_styles;
    QHash<QString, AbstractNumbering> m_abstracts;
    QHash<int, Numbering> m_numberings;
    QHash<QString, Counters> m_counters;
    QSet<int> m_numberingsSeen;
    QList<Reference> m_references;
    QHash<QString, QString> m_footnotes;
    QHash<QString, QString> m_endnotes;
    int m_footnoteCount = 0;
    int m_endnoteCount = 0;
    bool m_inNote = false;
};

template<typename Parse> Status DocxParser::parsePart(const QString &part, Parse &&parse)
{
    const auto found = m_archive.findEntry(part);
    if (!found)
        return Error{Tr::tr("%1: the Word document has no part \"%2\".").arg(m_fileName, part)};
    return parseXmlEntry(m_archive, *found, m_fileName + QStringLiteral(": ") + part, std::forward<Parse>(parse));
}

QHash<QString, QString> DocxParser::relationships(const QString &part)
{
    // Relationships of part "word/document.xml" live in "word/_rels/document.xml.rels".
    const qsizetype slash = part.lastIndexOf(u'/');
    const QString relsName
        = part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
    QHash<QString, QString> targets; // relationship type (last path segment) -> part name
    const auto found = m_archive.findEntry(relsName);
    if (!found)
        return targets;
    const auto bytes = m_archive.read(*found);
    if (!bytes)
        return targets;
    SafeXmlReader reader(*bytes, m_fileName + QStringLiteral(": ") + relsName);
    while (reader.next() != QXmlStreamReader::Invalid) {
        QXmlStreamReader &xml = reader.xml();
        if (xml.isStartElement() && xml.name() == u"Relationship" && xml.namespaceUri() == Relationships) {
            if (reader.attribute(u"TargetMode", {}) == u"External")
                continue;
            const QString type = reader.attribute(u"Type", {}).section(u'/', -1);
            const QString target = reader.attribute(u"Target", {});
            if (!type.isEmpty() && !target.isEmpty() && !targets.contains(type))
                targets.insert(type, resolvePart(part, target));
        }
    }
    return targets;
}

void DocxParser::parseStyles(SafeXmlReader &reader)
{
    QString current;
    bool inParagraphProperties = false;
    while (reader.next() != QXmlStreamReader::Invalid) {
        QXmlStreamReader &xml = reader.xml();
        if (xml.isStartElement() && isW(xml)) {
            if (xml.name() == u"style") {
                current = wAttribute(reader, u"styleId");
                m_styles.insert(current, Style{});
            } else if (!current.isEmpty() && xml.name() == u"basedOn") {
                m_styles[current].basedOn = wAttribute(reader, u"val");
            } else if (!current.isEmpty() && xml.name() == u"name") {
                m_styles[current].name = wAttribute(reader, u"val");
            } else if (!current.isEmpty() && inParagraphProperties && xml.name() == u"outlineLvl") {
                m_styles[current].outlineLevel = wInt(reader, u"val", -1);
            } else if (!current.isEmpty() && xml.name() == u"pPr") {
                inParagraphProperties = true;
            } else if (!current.isEmpty() && inParagraphProperties && xml.name() == u"numId") {
                m_styles[current].numId = wInt(reader, u"val", 0);
            } else if (!current.isEmpty() && inParagraphProperties && xml.name() == u"ilvl") {
                m_styles[current].level = wInt(reader, u"val", 0);
            }
        } else if (xml.isEndElement() && isW(xml)) {
            if (xml.name() == u"style")
                current.clear();
            else if (xml.name() == u"pPr")
                inParagraphProperties = false;
        }
    }
}

void DocxParser::parseNumbering(SafeXmlReader &reader)
{
    AbstractNumbering *abstract = nullptr;
    Numbering *numbering = nullptr;
    Level *level = nullptr;
    int overrideLevel = -1;
    Level overridden;
    while (reader.next() != QXmlStreamReader::Invalid) {
        QXmlStreamReader &xml = reader.xml();
        if (xml.isStartElement() && isW(xml)) {
            const QStringView name = xml.name();
            if (name == u"abstractNum") {
                abstract = &m_abstracts[wAttribute(reader, u"abstractNumId")];
            } else if (name == u"num") {
                numbering = &m_numberings[wInt(reader, u"numId", -1)];
            } else if (name == u"numStyleLink" && abstract) {
                abstract->numStyleLink = wAttribute(reader, u"val");
            } else if (name == u"abstractNumId" && numbering) {
                numbering->abstractId = wAttribute(reader, u"val");
            } else if (name == u"lvlOverride" && numbering) {
                overrideLevel = wInt(reader, u"ilvl", -1);
            } else if (name == u"startOverride" && numbering && overrideLevel >= 0 && overrideLevel < MaxLevels) {
                numbering->startOverrides.insert(overrideLevel, wInt(reader, u"val", 0));
            } else if (name == u"lvl") {
                const int index = wInt(reader, u"ilvl", -1);
                if (index < 0 || index >= MaxLevels) {
                    level = nullptr;
                } else if (numbering && overrideLevel >= 0) {
                    overridden = Level{};
                    level = &overridden;
                } else if (abstract) {
                    level = &abstract->levels[size_t(index)];
                }
            } else if (level) {
                if (name == u"start")
                    level->start = wInt(reader, u"val", 0);
                else if (name == u"numFmt")
                    level->format = wAttribute(reader, u"val");
                else if (name == u"lvlText")
                    level->text = wAttribute(reader, u"val");
                else if (name == u"suff")
                    level->suffix = wAttribute(reader, u"val");
                else if (name == u"pStyle")
                    level->paragraphStyle = wAttribute(reader, u"val");
                else if (name == u"lvlRestart")
                    level->restart = wInt(reader, u"val", -1);
                else if (name == u"isLgl")
                    level->legal = wAttribute(reader, u"val") != u"0" && wAttribute(reader, u"val") != u"false";
            }
        } else if (xml.isEndElement() && isW(xml)) {
            const QStringView name = xml.name();
            if (name == u"abstractNum") {
                abstract = nullptr;
            } else if (name == u"num") {
                numbering = nullptr;
            } else if (name == u"lvlOverride") {
                overrideLevel = -1;
            } else if (name == u"lvl") {
                if (numbering && overrideLevel >= 0 && level == &overridden)
                    numbering->levelOverrides.insert(overrideLevel, overridden);
                level = nullptr;
            }
        }
    }
}

const AbstractNumbering *DocxParser::abstractFor(const Numbering &numbering) const
{
    const auto it = m_abstracts.constFind(numbering.abstractId);
    if (it == m_abstracts.constEnd())
        return nullptr;
    // A definition can defer to a numbering style, whose w:num holds the levels (one step; no cycles).
    if (!it->numStyleLink.isEmpty()) {
        const auto style = m_styles.constFind(it->numStyleLink);
        if (style != m_styles.constEnd() && style->numId > 0) {
            const auto linked = m_numberings.constFind(style->numId);
            if (linked != m_numberings.constEnd()) {
                const auto target = m_abstracts.constFind(linked->abstractId);
                if (target != m_abstracts.constEnd() && target->numStyleLink.isEmpty())
                    return &*target;
            }
        }
    }
    return &*it;
}

Level DocxParser::levelOf(const Numbering &numbering, const AbstractNumbering &abstract, int level) const
{
    const auto overridden = numbering.levelOverrides.constFind(level);
    Level result = overridden != numbering.levelOverrides.constEnd() ? *overridden : abstract.levels[size_t(level)];
    const auto start = numbering.startOverrides.constFind(level);
    if (start != numbering.startOverrides.constEnd())
        result.start = *start;
    return result;
}

QString DocxParser::numberLabel(const QString &styleId, int numId, int level)
{
    // The paragraph's own numbering wins; else its style's, inherited along w:basedOn.
    if (numId < 0 || level < 0) {
        QSet<QString> visited;
        for (QString id = styleId; !id.isEmpty() && !visited.contains(id);) {
            visited.insert(id);
            const auto style = m_styles.constFind(id);
            if (style == m_styles.constEnd())
                break;
            if (numId < 0 && style->numId >= 0)
                numId = style->numId;
            if (level < 0 && style->level >= 0)
                level = style->level;
            id = style->basedOn;
        }
    }
    if (numId <= 0)
        return {};
    const auto numbering = m_numberings.constFind(numId);
    if (numbering == m_numberings.constEnd())
        return {};
    const AbstractNumbering *abstract = abstractFor(*numbering);
    if (!abstract)
        return {};
    if (level < 0) {
        // A style's numbering without a level: the level that names the style, else the first.
        level = 0;
        for (int i = 0; i < MaxLevels; ++i) {
            if (!styleId.isEmpty() && abstract->levels[size_t(i)].paragraphStyle == styleId)
                level = i;
        }
    }
    level = std::clamp(level, 0, MaxLevels - 1);

    Counters &counters = m_counters[numbering->abstractId];
    if (!m_numberingsSeen.contains(numId)) {
        // A w:num with start overrides restarts the list it shares with other w:num ("Restart numbering").
        m_numberingsSeen.insert(numId);
        for (auto it = numbering->startOverrides.constBegin(); it != numbering->startOverrides.constEnd(); ++it) {
            if (it.key() >= 0 && it.key() < MaxLevels)
                counters.startOver(it.key());
        }
    }
    const Level current = levelOf(*numbering, *abstract, level);
    counters.count(level, current.start);
    for (int deeper = level + 1; deeper < MaxLevels; ++deeper) {
        const int restart = levelOf(*numbering, *abstract, deeper).restart;
        if (restart < 0 || (restart > 0 && level <= restart - 1))
            counters.startOver(deeper);
    }

    if (current.format == QLatin1String("bullet"))
        return QStringLiteral("\u2022 ");
    QString label;
    const QString &text = current.text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
            const int referenced = text.at(i + 1).unicode() - u'1';
            ++i;
            if (referenced > level)
                continue;
            const Level other = levelOf(*numbering, *abstract, referenced);
            const int value = counters.shown(referenced, other.start);
            label += formatNumber(value, current.legal ? QStringLiteral("decimal") : other.format);
        } else {
            label += text.at(i);
        }
    }
    if (label.trimmed().isEmpty())
        return {};
    return current.suffix == QLatin1String("nothing") ? label : label + u' ';
}

int DocxParser::headingLevel(const QString &styleId, int outlineLevel) const
{
    // The paragraph's own outline level wins; else its style's, inherited along w:basedOn; else the built-in
    // heading style it is (by name, which styles.xml gives in English whatever Word's language; by id when
    // the package has no styles part). Outline level 9 is body text.
    if (outlineLevel >= 0)
        return outlineLevel <= 8 ? outlineLevel + 1 : 0;
    QSet<QString> visited;
    for (QString id = styleId; !id.isEmpty() && !visited.contains(id);) {
        visited.insert(id);
        const auto style = m_styles.constFind(id);
        if (style == m_styles.constEnd())
            return headingLevelOfName(id);
        if (style->outlineLevel >= 0)
            return style->outlineLevel <= 8 ? style->outlineLevel + 1 : 0;
        if (const int level = headingLevelOfName(style->name); level > 0)
            return level;
        id = style->basedOn;
    }
    return 0;
}

bool DocxParser::enterAlternateContent(SafeXmlReader &reader)
{
    // mc:AlternateContent offers the same content twice (say a DrawingML text box and its VML fallback):
    // read the first mc:Choice, skip the rest. Returns with the reader inside the chosen branch's start tag,
    // or false when there is none.
    while (reader.nextChild()) {
        const QXmlStreamReader &xml = reader.xml();
        if (xml.namespaceUri() == MarkupCompatibility && (xml.name() == u"Choice" || xml.name() == u"Fallback"))
            return true;
        reader.skipElement();
    }
    return false; // the end of mc:AlternateContent without a usable branch
}

void DocxParser::parseBlocks(SafeXmlReader &reader, TextBlocks &sink)
{
    // The reader is on the start tag of a block container (w:body, w:tc, w:txbxContent, w:footnote...).
    while (reader.nextChild()) {
        const QXmlStreamReader &xml = reader.xml();
        if (xml.namespaceUri() == MarkupCompatibility && xml.name() == u"AlternateContent") {
            if (enterAlternateContent(reader)) {
                parseBlocks(reader, sink);
                // Leave the remaining branches and the end of mc:AlternateContent behind.
                while (reader.nextChild())
                    reader.skipElement();
            }
            continue;
        }
        if (!isW(xml)) {
            reader.skipElement();
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"p") {
            parseParagraph(reader, sink);
        } else if (name == u"tbl") {
            parseTable(reader, sink);
        } else if (name == u"del" || name == u"moveFrom" || name == u"sectPr" || name == u"sdtPr" || name == u"sdtEndPr"
                   || name == u"bookmarkStart" || name == u"bookmarkEnd") {
            reader.skipElement();
        } else {
            // w:sdt, w:sdtContent, w:customXml, w:ins, w:moveTo...: wrappers whose content counts.
            parseBlocks(reader, sink);
        }
    }
}

void DocxParser::parseParagraph(SafeXmlReader &reader, TextBlocks &sink)
{
    QString styleId;
    int numId = -1;
    int level = -1;
    int outlineLevel = -1;
    QString text;
    TextBlocks floating;
    while (reader.nextChild()) {
        if (isW(reader.xml(), u"pPr")) {
            while (reader.nextChild()) {
                if (isW(reader.xml(), u"pStyle")) {
                    styleId = wAttribute(reader, u"val");
                    reader.skipElement();
                } else if (isW(reader.xml(), u"outlineLvl")) {
                    outlineLevel = wInt(reader, u"val", -1);
                    reader.skipElement();
                } else if (isW(reader.xml(), u"numPr")) {
                    while (reader.nextChild()) {
                        if (isW(reader.xml(), u"numId"))
                            numId = wInt(reader, u"val", 0);
                        else if (isW(reader.xml(), u"ilvl"))
                            level = wInt(reader, u"val", 0);
                        reader.skipElement();
                    }
                } else {
                    reader.skipElement();
                }
            }
            continue;
        }
        // Inline content of the paragraph, element by element (the reader is on a child's start tag).
        parseInline(reader, text, floating);
    }
    if (reader.failed())
        return;
    // Footnotes and endnotes are numbered by Word on their own; their paragraphs are not list items.
    const QString label = m_inNote ? QString() : numberLabel(styleId, numId, level);
    QString paragraph = text;
    while (!paragraph.isEmpty() && paragraph.back().isSpace())
        paragraph.chop(1);
    addLabelledParagraph(sink, label, paragraph, floating, m_inNote ? 0 : headingLevel(styleId, outlineLevel));
}

void DocxParser::parseInline(SafeXmlReader &reader, QString &out, TextBlocks &floating)
{
    // The reader is on the start tag of one inline element; handles it and its content.
    QXmlStreamReader &xml = reader.xml();
    if (xml.namespaceUri() == MarkupCompatibility && xml.name() == u"AlternateContent") {
        if (enterAlternateContent(reader)) {
            parseInlineChildren(reader, out, floating);
            // Leave the remaining branches and the end of mc:AlternateContent behind.
            while (reader.nextChild())
                reader.skipElement();
        }
        return;
    }
    if (xml.namespaceUri() == OfficeMath) {
        // Equations: their text runs (m:t), in order.
        if (xml.name() == u"t") {
            out += reader.elementText();
            return;
        }
        parseInlineChildren(reader, out, floating);
        return;
    }
    if (!isW(xml)) {
        reader.skipElement();
        return;
    }
    const QStringView name = xml.name();
    if (name == u"r") {
        parseRun(reader, out, floating);
    } else if (name == u"hyperlink" || name == u"ins" || name == u"moveTo" || name == u"smartTag"
               || name == u"customXml" || name == u"fldSimple" || name == u"sdt" || name == u"sdtContent"
               || name == u"bdo" || name == u"dir") {
        parseInlineChildren(reader, out, floating);
    } else {
        // w:del, w:moveFrom (text that is gone once changes are accepted), w:sdtPr, bookmarks, comments...
        reader.skipElement();
    }
}

void DocxParser::parseInlineChildren(SafeXmlReader &reader, QString &out, TextBlocks &floating)
{
    while (reader.nextChild())
        parseInline(reader, out, floating);
}

void DocxParser::parseRun(SafeXmlReader &reader, QString &out, TextBlocks &floating)
{
    while (reader.nextChild()) {
        const QXmlStreamReader &xml = reader.xml();
        if (xml.namespaceUri() == MarkupCompatibility && xml.name() == u"AlternateContent") {
            findTextBoxes(reader, floating);
            continue;
        }
        if (!isW(xml)) {
            reader.skipElement();
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"t") {
            out += reader.elementText();
        } else if (name == u"tab" || name == u"ptab") {
            out += u'\t';
            reader.skipElement();
        } else if (name == u"br" || name == u"cr") {
            out += u'\n';
            reader.skipElement();
        } else if (name == u"noBreakHyphen") {
            out += QChar(0x2011);
            reader.skipElement();
        } else if (name == u"sym") {
            bool ok = false;
            const uint code = wAttribute(reader, u"char").toUInt(&ok, 16);
            // Symbol-font characters (F0xx) are glyph numbers, not characters.
            if (ok && code >= 0x20 && (code < 0xD800 || code > 0xDFFF) && (code < 0xF000 || code > 0xF0FF)
                && code <= 0xFFFF)
                out += QChar(char16_t(code));
            reader.skipElement();
        } else if (name == u"footnoteReference" || name == u"endnoteReference") {
            const bool endnote = name == u"endnoteReference";
            const int number = ++(endnote ? m_endnoteCount : m_footnoteCount);
            const QString label = endnote ? romanNumeral(number) : QString::number(number);
            m_references.append(Reference{endnote, wAttribute(reader, u"id"), label});
            out += u'[' + label + u']';
            reader.skipElement();
        } else if (name == u"drawing" || name == u"pict" || name == u"object") {
            findTextBoxes(reader, floating);
        } else {
            // w:rPr, w:delText, w:instrText, w:fldChar, w:footnoteRef (the note's own number), w:softHyphen...
            reader.skipElement();
        }
    }
}

void DocxParser::findTextBoxes(SafeXmlReader &reader, TextBlocks &floating)
{
    // Drawings hold text boxes (w:txbxContent) somewhere below them; the first branch of an
    // mc:AlternateContent is enough, its fallback repeats it.
    const int depth = reader.depth();
    bool choiceSeen = false;
    while (reader.nextDescendant(depth)) {
        const QXmlStreamReader &xml = reader.xml();
        if (xml.namespaceUri() == MarkupCompatibility && (xml.name() == u"Choice" || xml.name() == u"Fallback")) {
            if (choiceSeen)
                reader.skipElement();
            choiceSeen = true;
        } else if (isW(xml, u"txbxContent")) {
            parseBlocks(reader, floating);
        }
    }
}

void DocxParser::parseTable(SafeXmlReader &reader, TextBlocks &sink)
{
    QList<QStringList> rows;
    forEachWrapped(reader, u"tr", [&] {
        QStringList cells;
        forEachWrapped(reader, u"tc", [&] {
            TextBlocks cell;
            parseBlocks(reader, cell);
            cells.append(cell.cellText());
        });
        rows.append(cells);
    });
    sink.addTable(rows);
}

void DocxParser::parseNotes(SafeXmlReader &reader, bool endnotes)
{
    QHash<QString, QString> &notes = endnotes ? m_endnotes : m_footnotes;
    m_inNote = true;
    while (reader.next() != QXmlStreamReader::Invalid) {
        QXmlStreamReader &xml = reader.xml();
        if (xml.isStartElement() && (isW(xml, u"footnote") || isW(xml, u"endnote"))) {
            const QString id = wAttribute(reader, u"id");
            const QString type = wAttribute(reader, u"type");
            if (!type.isEmpty() && type != u"normal") {
                reader.skipElement(); // the separator lines Word draws above notes
                continue;
            }
            TextBlocks note;
            parseBlocks(reader, note);
            notes.insert(id, note.lineText());
        }
    }
    m_inNote = false;
}

Result<ImportedDocument> DocxParser::run()
{
    // The main part is where the package's relationships say; Word always puts it at word/document.xml.
    QString mainPart = relationships(QStringLiteral("")).value(QStringLiteral("officeDocument"));
    if (mainPart.isEmpty() || !m_archive.findEntry(mainPart))
        mainPart = QStringLiteral("word/document.xml");
    const QHash<QString, QString> parts = relationships(mainPart);

    for (const auto &[type, parseMember] :
         {std::pair<const char *, void (DocxParser::*)(SafeXmlReader &)>{"styles", &DocxParser::parseStyles},
          {"numbering", &DocxParser::parseNumbering}}) {
        const QString part = parts.value(QLatin1String(type));
        // A copy: clang before 16 cannot capture a structured binding in a lambda.
        const auto parse = parseMember;
        if (!part.isEmpty() && m_archive.findEntry(part)) {
            if (auto parsed = parsePart(part, [&](SafeXmlReader &reader) { (this->*parse)(reader); }); !parsed)
                return Error{parsed.error()};
        }
    }

    TextBlocks body;
    bool sawBody = false;
    const Status parsedBody = parsePart(mainPart, [&](SafeXmlReader &reader) {
        while (reader.next() != QXmlStreamReader::Invalid) {
            if (reader.xml().isStartElement() && isW(reader.xml(), u"body")) {
                sawBody = true;
                parseBlocks(reader, body);
            }
        }
    });
    if (!parsedBody)
        return Error{parsedBody.error()};
    if (!sawBody)
        return Error{Tr::tr("%1: the Word document has no body (%2 has no w:body element).").arg(m_fileName, mainPart)};

    for (const bool endnotes : {false, true}) {
        const QString part = parts.value(endnotes ? QStringLiteral("endnotes") : QStringLiteral("footnotes"));
        bool referenced = false;
        for (const Reference &reference : std::as_const(m_references))
            referenced = referenced || reference.endnote == endnotes;
        if (referenced && !part.isEmpty() && m_archive.findEntry(part)) {
            if (auto parsed = parsePart(part, [&](SafeXmlReader &reader) { parseNotes(reader, endnotes); }); !parsed)
                return Error{parsed.error()};
        }
    }
    QList<OfficeNote> notes;
    for (const Reference &reference : std::as_const(m_references)) {
        notes.append(OfficeNote{reference.endnote, reference.label,
                                (reference.endnote ? m_endnotes : m_footnotes).value(reference.id)});
    }
    addNotes(body, notes);

    return officeDocument(body,
                          QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                          Tr::tr("%1: the Word document has no text.").arg(m_fileName));
}

} // namespace

bool DocxReader::isDocx(const ZipArchive &archive)
{
    if (!archive.findEntry(QStringLiteral("[Content_Types].xml")))
        return false;
    if (archive.findEntry(QStringLiteral("word/document.xml")))
        return true;
    for (const QString &name : archive.entryNames()) {
        if (name.startsWith(QLatin1String("word/"), Qt::CaseInsensitive)
            && name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) && !name.contains(QLatin1String("/_rels/")))
            return true;
    }
    return false;
}

Result<ImportedDocument> DocxReader::read(ZipArchive &archive, const QString &fileName)
{
    DocxParser parser(archive, fileName);
    return parser.run();
}

Result<ImportedDocument> DocxReader::read(const QByteArray &bytes, const QString &fileName)
{
    auto archive = ZipArchive::fromBytes(bytes, fileName);
    if (!archive)
        return Error{archive.error()};
    if (!isDocx(**archive))
        return Error{Tr::tr("%1: this ZIP archive is not a Word document.").arg(fileName)};
    return read(**archive, fileName);
}

} // namespace Marginalia::Core

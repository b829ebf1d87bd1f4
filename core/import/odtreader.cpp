#include "import/odtreader.h"

#include "archive/safexmlreader_p.h"
#include "archive/ziparchive.h"
#include "import/officetext_p.h"
#include "import/textblocks_p.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>
#include <vector>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::OdtReader)
};

constexpr QStringView Office = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView Text = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView Table = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr QStringView Style = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr QStringView Draw = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr QStringView Xml = u"http://www.w3.org/XML/1998/namespace";

constexpr int MaxLevels = 10;
constexpr int MaxRepeat = 64; // spreadsheet-like tables repeat empty cells a thousand times

bool is(const QXmlStreamReader &xml, QStringView ns, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

int intAttribute(const SafeXmlReader &reader, QStringView name, QStringView ns, int fallback)
{
    return reader.intAttribute(name, {ns}, fallback);
}

struct LevelStyle
{
    QString format; // "1", "a", "A", "i", "I"; empty: no number
    QString prefix;
    QString suffix;
    int displayLevels = 1;
    int start = 1;
    bool bullet = false;
    QString bulletChar;
};

struct ListStyle
{
    std::array<LevelStyle, MaxLevels> levels;
};

using Counters = ListCounters<MaxLevels>;

/// The list (or, with no counters, a frame or note that shuts lists out) a paragraph is in.
struct ListContext
{
    Counters *counters = nullptr;
    QString styleName;
    int level = 0;
    bool itemPending = false;
    int itemStart = -1;
};

/// @p value as style:num-format @p format shows it.
QString formatNumber(int value, const QString &format)
{
    if (format == u"a")
        return letterNumeral(value);
    if (format == u"A")
        return letterNumeral(value).toUpper();
    if (format == u"i")
        return romanNumeral(value);
    if (format == u"I")
        return romanNumeral(value).toUpper();
    return QString::number(value);
}

/// Counts a list item or numbered heading at @p level: @p restartAt when it restarts the numbering (0 or
/// more), else one past the last or @p start; the levels below start over.
void countItem(Counters &counters, int level, int start, int restartAt)
{
    if (restartAt >= 0)
        counters.restart(level, restartAt);
    else
        counters.count(level, start);
    for (int deeper = level + 1; deeper < MaxLevels; ++deeper)
        counters.startOver(deeper);
}

/// The text of one paragraph, with ODF's white-space rule: runs of spaces, tabs and line ends in the
/// character data collapse to one space, none at the start; text:s, text:tab, text:line-break are kept.
class ParagraphText
{
public:
    void collapsible(QStringView text)
    {
        for (const QChar c : text) {
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
                if (!m_text.isEmpty() && !m_collapsedSpace) {
                    m_text += u' ';
                    m_collapsedSpace = true;
                }
            } else {
                m_text += c;
                m_collapsedSpace = false;
            }
        }
    }
    void literal(QStringView text)
    {
        m_text += text;
        m_collapsedSpace = false;
    }
    QString finish() const
    {
        QString text = m_text;
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    }

private:
    QString m_text;
    bool m_collapsedSpace = false;
};

class OdtParser
{
public:
    OdtParser(ZipArchive &archive, const QString &fileName)
        : m_archive(archive)
        , m_fileName(fileName)
    {
    }

    Result<ImportedDocument> run();

private:
    Status parseStyles(const QString &part, TextBlocks *body);
    void parseStyleElement(SafeXmlReader &reader);
    void parseListStyle(SafeXmlReader &reader, ListStyle &style);

    void parseBlocks(SafeXmlReader &reader, TextBlocks &sink);
    void parseParagraph(SafeXmlReader &reader, TextBlocks &sink, bool heading);
    void parseInline(SafeXmlReader &reader, ParagraphText &text, QString &label, TextBlocks &floating);
    void parseList(SafeXmlReader &reader, TextBlocks &sink);
    void parseTable(SafeXmlReader &reader, TextBlocks &sink);
    void parseRows(SafeXmlReader &reader, QList<QStringList> &rows);
    void parseNote(SafeXmlReader &reader, ParagraphText &text);
    void parseFrame(SafeXmlReader &reader, TextBlocks &sink);
    void parseIsolated(SafeXmlReader &reader, TextBlocks &sink);

    QString listLabel(ListContext &context, const QString &paragraphStyle);
    QString outlineLabel(int level, int restartAt);
    QString label(const ListStyle &style, const Counters &counters, int level) const;

    ZipArchive &m_archive;
    QString m_fileName;
    QHash<QString, ListStyle> m_listStyles;
    QHash<QString, QString> m_paragraphListStyles; // paragraph style -> list style
    QHash<QString, QString> m_paragraphParents;
    ListStyle m_outline;
    Counters m_outlineCounters;
    std::vector<std::unique_ptr<Counters>> m_lists;
    Counters *m_lastList = nullptr;
    QHash<QString, Counters *> m_listsById;
    QList<ListContext> m_contexts;
    QString m_pendingLabel; // from a text:number before the paragraph (text:numbered-paragraph)
    QList<OfficeNote> m_notes;
};

QString OdtParser::label(const ListStyle &style, const Counters &counters, int level) const
{
    const LevelStyle &current = style.levels[size_t(level)];
    if (current.bullet) {
        // Bullets from symbol fonts are private-use code points that show as boxes anywhere else.
        const bool symbolFont = !current.bulletChar.isEmpty() && current.bulletChar.at(0).unicode() >= 0xE000
            && current.bulletChar.at(0).unicode() <= 0xF8FF;
        const QString bullet
            = current.bulletChar.isEmpty() || symbolFont ? QStringLiteral("\u2022") : current.bulletChar;
        return bullet + u' ';
    }
    if (current.format.isEmpty())
        return current.prefix.isEmpty() && current.suffix.isEmpty() ? QString()
                                                                    : current.prefix + current.suffix + u' ';
    QStringList numbers;
    const int first = std::max(0, level - std::max(1, current.displayLevels) + 1);
    for (int k = first; k <= level; ++k) {
        const LevelStyle &shown = style.levels[size_t(k)];
        const int value = counters.shown(k, shown.start);
        numbers.append(formatNumber(value, shown.format.isEmpty() ? QStringLiteral("1") : shown.format));
    }
    return current.prefix + numbers.join(u'.') + current.suffix + u' ';
}

QString OdtParser::listLabel(ListContext &context, const QString &paragraphStyle)
{
    QString styleName = context.styleName;
    // A list without a style takes the list style of its paragraphs' style (or of the style's parents).
    for (QString style = paragraphStyle; styleName.isEmpty() && !style.isEmpty();) {
        styleName = m_paragraphListStyles.value(style);
        const QString parent = m_paragraphParents.value(style);
        if (parent == style)
            break;
        style = parent;
    }
    const auto style = m_listStyles.constFind(styleName);
    const int level = std::clamp(context.level, 0, MaxLevels - 1);
    Counters &counters = *context.counters;
    const LevelStyle levelStyle = style == m_listStyles.constEnd() ? LevelStyle{} : style->levels[size_t(level)];
    countItem(counters, level, levelStyle.start, context.itemStart);
    if (style == m_listStyles.constEnd())
        return {};
    return label(*style, counters, level);
}

QString OdtParser::outlineLabel(int level, int restartAt)
{
    level = std::clamp(level, 0, MaxLevels - 1);
    countItem(m_outlineCounters, level, m_outline.levels[size_t(level)].start, restartAt);
    if (m_outline.levels[size_t(level)].format.isEmpty())
        return {};
    return label(m_outline, m_outlineCounters, level);
}

void OdtParser::parseListStyle(SafeXmlReader &reader, ListStyle &style)
{
    // On the start tag of text:list-style or text:outline-style.
    while (reader.nextChild()) {
        const QXmlStreamReader &xml = reader.xml();
        if (xml.namespaceUri() == Text
            && (xml.name() == u"list-level-style-number" || xml.name() == u"list-level-style-bullet"
                || xml.name() == u"outline-level-style" || xml.name() == u"list-level-style-image")) {
            const int level = intAttribute(reader, u"level", Text, 1) - 1;
            if (level >= 0 && level < MaxLevels) {
                LevelStyle &levelStyle = style.levels[size_t(level)];
                levelStyle = LevelStyle{};
                levelStyle.bullet = xml.name() == u"list-level-style-bullet" || xml.name() == u"list-level-style-image";
                levelStyle.bulletChar = reader.attribute(u"bullet-char", {Text});
                levelStyle.format = reader.attribute(u"num-format", {Style});
                levelStyle.prefix = reader.attribute(u"num-prefix", {Style});
                levelStyle.suffix = reader.attribute(u"num-suffix", {Style});
                levelStyle.displayLevels = intAttribute(reader, u"display-levels", Text, 1);
                levelStyle.start = intAttribute(reader, u"start-value", Text, 1);
            }
        }
        reader.skipElement();
    }
}

void OdtParser::parseStyleElement(SafeXmlReader &reader)
{
    // On the start tag of style:style: paragraph styles can carry a list style.
    const QString name = reader.attribute(u"name", {Style});
    if (reader.attribute(u"family", {Style}) == u"paragraph" && !name.isEmpty()) {
        const QString list = reader.attribute(u"list-style-name", {Style});
        if (!list.isEmpty())
            m_paragraphListStyles.insert(name, list);
        const QString parent = reader.attribute(u"parent-style-name", {Style});
        if (!parent.isEmpty())
            m_paragraphParents.insert(name, parent);
    }
    reader.skipElement();
}

Status OdtParser::parseStyles(const QString &part, TextBlocks *body)
{
    // styles.xml holds the common and outline styles; content.xml its automatic styles and the body.
    const auto found = m_archive.findEntry(part);
    if (!found) {
        if (body)
            return Error{Tr::tr("%1: the OpenDocument file has no %2.").arg(m_fileName, part)};
        return success();
    }
    bool sawBody = false;
    const auto parse = [&](SafeXmlReader &reader) {
        while (reader.next() != QXmlStreamReader::Invalid) {
            const QXmlStreamReader &xml = reader.xml();
            if (!xml.isStartElement())
                continue;
            if (is(xml, Text, u"list-style")) {
                const QString name = reader.attribute(u"name", {Style});
                parseListStyle(reader, m_listStyles[name]);
            } else if (is(xml, Text, u"outline-style")) {
                parseListStyle(reader, m_outline);
            } else if (is(xml, Style, u"style")) {
                parseStyleElement(reader);
            } else if (body && is(xml, Office, u"text")) {
                sawBody = true;
                parseBlocks(reader, *body);
            } else if (is(xml, Office, u"body") || is(xml, Office, u"document-content")
                       || is(xml, Office, u"document-styles") || is(xml, Office, u"styles")
                       || is(xml, Office, u"automatic-styles")) {
                continue; // descend
            } else {
                reader.skipElement();
            }
        }
    };
    if (auto parsed = parseXmlEntry(m_archive, *found, m_fileName + QStringLiteral(": ") + *found, parse); !parsed)
        return parsed;
    if (body && !sawBody)
        return Error{Tr::tr("%1: the OpenDocument file is not a text document (%2 has no office:text).")
                         .arg(m_fileName, *found)};
    return success();
}

void OdtParser::parseBlocks(SafeXmlReader &reader, TextBlocks &sink)
{
    // On the start tag of a block container: office:text, text:section, text:list-item, table:table-cell...
    while (reader.nextChild()) {
        const QXmlStreamReader &xml = reader.xml();
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (ns == Text && (name == u"p" || name == u"h")) {
            parseParagraph(reader, sink, name == u"h");
        } else if (ns == Text && name == u"list") {
            parseList(reader, sink);
        } else if (ns == Table && name == u"table") {
            parseTable(reader, sink);
        } else if (ns == Text && name == u"number") {
            m_pendingLabel = reader.elementText().trimmed();
        } else if (ns == Draw) {
            parseFrame(reader, sink);
        } else if (ns == Text
                   && (name == u"tracked-changes" || name == u"sequence-decls" || name == u"variable-decls"
                       || name == u"user-field-decls" || name == u"dde-connection-decls" || name == u"soft-page-break"
                       || name.endsWith(u"-source"))) {
            reader.skipElement();
        } else if (ns == Office && (name == u"annotation" || name == u"forms" || name == u"annotation-end")) {
            reader.skipElement();
        } else if (ns == Table && name != u"table") {
            reader.skipElement(); // named ranges, calculation settings
        } else {
            // text:section, text:numbered-paragraph, indexes and their bodies...: their content counts.
            parseBlocks(reader, sink);
        }
    }
}

void OdtParser::parseParagraph(SafeXmlReader &reader, TextBlocks &sink, bool heading)
{
    const QString style = reader.attribute(u"style-name", {Text});
    const int outlineLevel = intAttribute(reader, u"outline-level", Text, 1) - 1;
    const bool listHeader = reader.attribute(u"is-list-header", {Text}) == u"true";
    const int restart = reader.attribute(u"restart-numbering", {Text}) == u"true"
        ? intAttribute(reader, u"start-value", Text, 1)
        : -1;
    ParagraphText text;
    QString spelledLabel = std::exchange(m_pendingLabel, QString());
    TextBlocks floating;
    while (reader.next() != QXmlStreamReader::Invalid) {
        QXmlStreamReader &xml = reader.xml();
        if (xml.isEndElement())
            break;
        if (xml.isCharacters())
            text.collapsible(xml.text());
        else if (xml.isStartElement())
            parseInline(reader, text, spelledLabel, floating);
    }
    if (reader.failed())
        return;

    QString label;
    ListContext *context = m_contexts.isEmpty() ? nullptr : &m_contexts.last();
    if (context && context->counters && context->itemPending) {
        context->itemPending = false;
        label = listLabel(*context, style);
    } else if (heading && !listHeader && (!context || !context->counters)) {
        label = outlineLabel(outlineLevel, restart);
    }
    if (!spelledLabel.isEmpty())
        label = spelledLabel + u' ';
    // text:h's level (1 when it has none); the format keeps nine, as Word does.
    addLabelledParagraph(sink, label, text.finish(), floating, heading ? std::clamp(outlineLevel + 1, 1, 9) : 0);
}

void OdtParser::parseInline(SafeXmlReader &reader, ParagraphText &text, QString &label, TextBlocks &floating)
{
    // On the start tag of an element inside a paragraph.
    QXmlStreamReader &xml = reader.xml();
    const QStringView ns = xml.namespaceUri();
    const QStringView name = xml.name();
    if (ns == Text) {
        if (name == u"s") {
            text.literal(QString(std::clamp(intAttribute(reader, u"c", Text, 1), 1, 1000), u' '));
            reader.skipElement();
            return;
        }
        if (name == u"tab") {
            text.literal(u"\t");
            reader.skipElement();
            return;
        }
        if (name == u"line-break") {
            text.literal(u"\n");
            reader.skipElement();
            return;
        }
        if (name == u"number") {
            label = reader.elementText().trimmed();
            return;
        }
        if (name == u"note") {
            parseNote(reader, text);
            return;
        }
        if (name == u"tracked-changes" || name == u"soft-page-break" || name == u"change" || name == u"ruby-text") {
            reader.skipElement();
            return;
        }
    } else if (ns == Draw) {
        parseFrame(reader, floating);
        return;
    } else if (ns == Office && (name == u"annotation" || name == u"annotation-end")) {
        reader.skipElement();
        return;
    } else if (ns != Text) {
        reader.skipElement();
        return;
    }
    // text:span, text:a, text:meta, fields (dates, page numbers, references): their text counts.
    while (reader.next() != QXmlStreamReader::Invalid) {
        if (reader.xml().isEndElement())
            return;
        if (reader.xml().isCharacters())
            text.collapsible(reader.xml().text());
        else if (reader.xml().isStartElement())
            parseInline(reader, text, label, floating);
    }
}

void OdtParser::parseNote(SafeXmlReader &reader, ParagraphText &text)
{
    OfficeNote note;
    note.endnote = reader.attribute(u"note-class", {Text}) == u"endnote";
    while (reader.nextChild()) {
        const QXmlStreamReader &xml = reader.xml();
        if (is(xml, Text, u"note-citation")) {
            const QString label = reader.attribute(u"label", {Text});
            const QString shown = reader.elementText().trimmed();
            note.label = label.isEmpty() ? shown : label;
        } else if (is(xml, Text, u"note-body")) {
            TextBlocks body;
            parseIsolated(reader, body);
            note.text = body.lineText();
        } else {
            reader.skipElement();
        }
    }
    if (note.label.isEmpty())
        note.label = QString::number(m_notes.size() + 1);
    text.literal(QString(u'[' + note.label + u']'));
    m_notes.append(note);
}

void OdtParser::parseIsolated(SafeXmlReader &reader, TextBlocks &sink)
{
    // Frames, notes and table cells are not list items, even when they sit in one.
    m_contexts.append(ListContext{});
    parseBlocks(reader, sink);
    m_contexts.removeLast();
}

void OdtParser::parseFrame(SafeXmlReader &reader, TextBlocks &sink)
{
    // draw:frame and other drawing shapes: only text boxes have text for us; titles and descriptions are
    // alternative text, not the document's.
    const int depth = reader.depth();
    while (reader.nextDescendant(depth)) {
        const QXmlStreamReader &xml = reader.xml();
        if (is(xml, Draw, u"text-box"))
            parseIsolated(reader, sink);
        else if (xml.namespaceUri() != Draw)
            reader.skipElement();
    }
}

void OdtParser::parseList(SafeXmlReader &reader, TextBlocks &sink)
{
    ListContext context;
    const ListContext *parent = m_contexts.isEmpty() ? nullptr : &m_contexts.last();
    QString styleName = reader.attribute(u"style-name", {Text});
    if (parent && parent->counters) {
        context.counters = parent->counters;
        context.level = parent->level + 1;
        if (styleName.isEmpty())
            styleName = parent->styleName;
    } else {
        Counters *counters = nullptr;
        const QString continueList = reader.attribute(u"continue-list", {Text});
        if (!continueList.isEmpty())
            counters = m_listsById.value(continueList);
        else if (reader.attribute(u"continue-numbering", {Text}) == u"true")
            counters = m_lastList;
        if (!counters) {
            m_lists.push_back(std::make_unique<Counters>());
            counters = m_lists.back().get();
        }
        m_lastList = counters;
        context.counters = counters;
    }
    const QString id = reader.attribute(u"id", {Xml});
    if (!id.isEmpty())
        m_listsById.insert(id, context.counters);
    context.styleName = styleName;

    while (reader.nextChild()) {
        const QXmlStreamReader &xml = reader.xml();
        if (is(xml, Text, u"list-item") || is(xml, Text, u"list-header")) {
            ListContext item = context;
            item.itemPending = xml.name() == u"list-item";
            item.itemStart = intAttribute(reader, u"start-value", Text, -1);
            m_contexts.append(item);
            parseBlocks(reader, sink);
            m_contexts.removeLast();
        } else {
            reader.skipElement();
        }
    }
}

void OdtParser::parseTable(SafeXmlReader &reader, TextBlocks &sink)
{
    QList<QStringList> rows;
    parseRows(reader, rows);
    sink.addTable(rows);
}

void OdtParser::parseRows(SafeXmlReader &reader, QList<QStringList> &rows)
{
    while (reader.nextChild()) {
        const QXmlStreamReader &xml = reader.xml();
        if (is(xml, Table, u"table-row")) {
            const int repeat = std::clamp(intAttribute(reader, u"number-rows-repeated", Table, 1), 1, MaxRepeat);
            QStringList cells;
            while (reader.nextChild()) {
                if (is(reader.xml(), Table, u"table-cell") || is(reader.xml(), Table, u"covered-table-cell")) {
                    const int columns
                        = std::clamp(intAttribute(reader, u"number-columns-repeated", Table, 1), 1, MaxRepeat);
                    TextBlocks cell;
                    parseIsolated(reader, cell);
                    for (int i = 0; i < columns; ++i)
                        cells.append(cell.cellText());
                } else {
                    reader.skipElement();
                }
            }
            bool empty = true;
            for (const QString &cell : std::as_const(cells))
                empty = empty && cell.isEmpty();
            for (int i = 0; i < (empty ? 1 : repeat); ++i)
                rows.append(cells);
        } else if (is(xml, Table, u"table-header-rows") || is(xml, Table, u"table-rows")
                   || is(xml, Table, u"table-row-group")) {
            parseRows(reader, rows);
        } else {
            reader.skipElement();
        }
    }
}

Result<ImportedDocument> OdtParser::run()
{
    if (auto styles = parseStyles(QStringLiteral("styles.xml"), nullptr); !styles)
        return Error{styles.error()};
    TextBlocks body;
    if (auto content = parseStyles(QStringLiteral("content.xml"), &body); !content)
        return Error{content.error()};

    addNotes(body, m_notes);
    return officeDocument(body, QStringLiteral("application/vnd.oasis.opendocument.text"),
                          Tr::tr("%1: the OpenDocument file has no text.").arg(m_fileName));
}

} // namespace

QString OdtReader::mimeType(ZipArchive &archive)
{
    if (!archive.contains(QStringLiteral("mimetype")) || archive.declaredSize(QStringLiteral("mimetype")) > 256)
        return {};
    const auto bytes = archive.read(QStringLiteral("mimetype"));
    return bytes ? QString::fromLatin1(bytes->trimmed()) : QString();
}

Result<ImportedDocument> OdtReader::read(ZipArchive &archive, const QString &fileName)
{
    OdtParser parser(archive, fileName);
    return parser.run();
}

Result<ImportedDocument> OdtReader::read(const QByteArray &bytes, const QString &fileName)
{
    auto archive = ZipArchive::fromBytes(bytes, fileName);
    if (!archive)
        return Error{archive.error()};
    const QString type = mimeType(**archive);
    if (!type.startsWith(QLatin1String("application/vnd.oasis.opendocument.text")))
        return Error{Tr::tr("%1: this ZIP archive is not an OpenDocument text.").arg(fileName)};
    return read(**archive, fileName);
}

} // namespace Marginalia::Core

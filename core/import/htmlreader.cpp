#include "import/htmlreader.h"

#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::HtmlReader)
};

struct NamedEntity
{
    QStringView name;
    char32_t codePoint;
};

// HTML 4's character entity references and &apos; (generated from Python's html.entities.name2codepoint),
// sorted by name for a binary search.
// clang-format off
constexpr NamedEntity namedEntities[] = {
    {u"AElig", 0xC6}, {u"Aacute", 0xC1}, {u"Acirc", 0xC2}, {u"Agrave", 0xC0}, {u"Alpha", 0x391}, {u"Aring", 0xC5},
    {u"Atilde", 0xC3}, {u"Auml", 0xC4}, {u"Beta", 0x392}, {u"Ccedil", 0xC7}, {u"Chi", 0x3A7}, {u"Dagger", 0x2021},
    {u"Delta", 0x394}, {u"ETH", 0xD0}, {u"Eacute", 0xC9}, {u"Ecirc", 0xCA}, {u"Egrave", 0xC8}, {u"Epsilon", 0x395},
    {u"Eta", 0x397}, {u"Euml", 0xCB}, {u"Gamma", 0x393}, {u"Iacute", 0xCD}, {u"Icirc", 0xCE}, {u"Igrave", 0xCC},
    {u"Iota", 0x399}, {u"Iuml", 0xCF}, {u"Kappa", 0x39A}, {u"Lambda", 0x39B}, {u"Mu", 0x39C}, {u"Ntilde", 0xD1},
    {u"Nu", 0x39D}, {u"OElig", 0x152}, {u"Oacute", 0xD3}, {u"Ocirc", 0xD4}, {u"Ograve", 0xD2}, {u"Omega", 0x3A9},
    {u"Omicron", 0x39F}, {u"Oslash", 0xD8}, {u"Otilde", 0xD5}, {u"Ouml", 0xD6}, {u"Phi", 0x3A6}, {u"Pi", 0x3A0},
    {u"Prime", 0x2033}, {u"Psi", 0x3A8}, {u"Rho", 0x3A1}, {u"Scaron", 0x160}, {u"Sigma", 0x3A3}, {u"THORN", 0xDE},
    {u"Tau", 0x3A4}, {u"Theta", 0x398}, {u"Uacute", 0xDA}, {u"Ucirc", 0xDB}, {u"Ugrave", 0xD9},
    {u"Upsilon", 0x3A5}, {u"Uuml", 0xDC}, {u"Xi", 0x39E}, {u"Yacute", 0xDD}, {u"Yuml", 0x178}, {u"Zeta", 0x396},
    {u"aacute", 0xE1}, {u"acirc", 0xE2}, {u"acute", 0xB4}, {u"aelig", 0xE6}, {u"agrave", 0xE0},
    {u"alefsym", 0x2135}, {u"alpha", 0x3B1}, {u"amp", 0x26}, {u"and", 0x2227}, {u"ang", 0x2220}, {u"apos", 0x27},
    {u"aring", 0xE5}, {u"asymp", 0x2248}, {u"atilde", 0xE3}, {u"auml", 0xE4}, {u"bdquo", 0x201E}, {u"beta", 0x3B2},
    {u"brvbar", 0xA6}, {u"bull", 0x2022}, {u"cap", 0x2229}, {u"ccedil", 0xE7}, {u"cedil", 0xB8}, {u"cent", 0xA2},
    {u"chi", 0x3C7}, {u"circ", 0x2C6}, {u"clubs", 0x2663}, {u"cong", 0x2245}, {u"copy", 0xA9}, {u"crarr", 0x21B5},
    {u"cup", 0x222A}, {u"curren", 0xA4}, {u"dArr", 0x21D3}, {u"dagger", 0x2020}, {u"darr", 0x2193}, {u"deg", 0xB0},
    {u"delta", 0x3B4}, {u"diams", 0x2666}, {u"divide", 0xF7}, {u"eacute", 0xE9}, {u"ecirc", 0xEA},
    {u"egrave", 0xE8}, {u"empty", 0x2205}, {u"emsp", 0x2003}, {u"ensp", 0x2002}, {u"epsilon", 0x3B5},
    {u"equiv", 0x2261}, {u"eta", 0x3B7}, {u"eth", 0xF0}, {u"euml", 0xEB}, {u"euro", 0x20AC}, {u"exist", 0x2203},
    {u"fnof", 0x192}, {u"forall", 0x2200}, {u"frac12", 0xBD}, {u"frac14", 0xBC}, {u"frac34", 0xBE},
    {u"frasl", 0x2044}, {u"gamma", 0x3B3}, {u"ge", 0x2265}, {u"gt", 0x3E}, {u"hArr", 0x21D4}, {u"harr", 0x2194},
    {u"hearts", 0x2665}, {u"hellip", 0x2026}, {u"iacute", 0xED}, {u"icirc", 0xEE}, {u"iexcl", 0xA1},
    {u"igrave", 0xEC}, {u"image", 0x2111}, {u"infin", 0x221E}, {u"int", 0x222B}, {u"iota", 0x3B9},
    {u"iquest", 0xBF}, {u"isin", 0x2208}, {u"iuml", 0xEF}, {u"kappa", 0x3BA}, {u"lArr", 0x21D0},
    {u"lambda", 0x3BB}, {u"lang", 0x2329}, {u"laquo", 0xAB}, {u"larr", 0x2190}, {u"lceil", 0x2308},
    {u"ldquo", 0x201C}, {u"le", 0x2264}, {u"lfloor", 0x230A}, {u"lowast", 0x2217}, {u"loz", 0x25CA},
    {u"lrm", 0x200E}, {u"lsaquo", 0x2039}, {u"lsquo", 0x2018}, {u"lt", 0x3C}, {u"macr", 0xAF}, {u"mdash", 0x2014},
    {u"micro", 0xB5}, {u"middot", 0xB7}, {u"minus", 0x2212}, {u"mu", 0x3BC}, {u"nabla", 0x2207}, {u"nbsp", 0xA0},
    {u"ndash", 0x2013}, {u"ne", 0x2260}, {u"ni", 0x220B}, {u"not", 0xAC}, {u"notin", 0x2209}, {u"nsub", 0x2284},
    {u"ntilde", 0xF1}, {u"nu", 0x3BD}, {u"oacute", 0xF3}, {u"ocirc", 0xF4}, {u"oelig", 0x153}, {u"ograve", 0xF2},
    {u"oline", 0x203E}, {u"omega", 0x3C9}, {u"omicron", 0x3BF}, {u"oplus", 0x2295}, {u"or", 0x2228},
    {u"ordf", 0xAA}, {u"ordm", 0xBA}, {u"oslash", 0xF8}, {u"otilde", 0xF5}, {u"otimes", 0x2297}, {u"ouml", 0xF6},
    {u"para", 0xB6}, {u"part", 0x2202}, {u"permil", 0x2030}, {u"perp", 0x22A5}, {u"phi", 0x3C6}, {u"pi", 0x3C0},
    {u"piv", 0x3D6}, {u"plusmn", 0xB1}, {u"pound", 0xA3}, {u"prime", 0x2032}, {u"prod", 0x220F}, {u"prop", 0x221D},
    {u"psi", 0x3C8}, {u"quot", 0x22}, {u"rArr", 0x21D2}, {u"radic", 0x221A}, {u"rang", 0x232A}, {u"raquo", 0xBB},
    {u"rarr", 0x2192}, {u"rceil", 0x2309}, {u"rdquo", 0x201D}, {u"real", 0x211C}, {u"reg", 0xAE},
    {u"rfloor", 0x230B}, {u"rho", 0x3C1}, {u"rlm", 0x200F}, {u"rsaquo", 0x203A}, {u"rsquo", 0x2019},
    {u"sbquo", 0x201A}, {u"scaron", 0x161}, {u"sdot", 0x22C5}, {u"sect", 0xA7}, {u"shy", 0xAD}, {u"sigma", 0x3C3},
    {u"sigmaf", 0x3C2}, {u"sim", 0x223C}, {u"spades", 0x2660}, {u"sub", 0x2282}, {u"sube", 0x2286},
    {u"sum", 0x2211}, {u"sup", 0x2283}, {u"sup1", 0xB9}, {u"sup2", 0xB2}, {u"sup3", 0xB3}, {u"supe", 0x2287},
    {u"szlig", 0xDF}, {u"tau", 0x3C4}, {u"there4", 0x2234}, {u"theta", 0x3B8}, {u"thetasym", 0x3D1},
    {u"thinsp", 0x2009}, {u"thorn", 0xFE}, {u"tilde", 0x2DC}, {u"times", 0xD7}, {u"trade", 0x2122},
    {u"uArr", 0x21D1}, {u"uacute", 0xFA}, {u"uarr", 0x2191}, {u"ucirc", 0xFB}, {u"ugrave", 0xF9}, {u"uml", 0xA8},
    {u"upsih", 0x3D2}, {u"upsilon", 0x3C5}, {u"uuml", 0xFC}, {u"weierp", 0x2118}, {u"xi", 0x3BE},
    {u"yacute", 0xFD}, {u"yen", 0xA5}, {u"yuml", 0xFF}, {u"zeta", 0x3B6}, {u"zwj", 0x200D}, {u"zwnj", 0x200C},
};
// clang-format on

char32_t lookupEntity(QStringView name)
{
    const auto it = std::lower_bound(std::begin(namedEntities), std::end(namedEntities), name,
                                     [](const NamedEntity &entity, QStringView key) { return entity.name < key; });
    return it != std::end(namedEntities) && it->name == name ? it->codePoint : 0;
}

// What numeric references to C1 controls mean on the web: the characters windows-1252 has there.
constexpr char16_t windows1252[32]
    = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

/// Decodes the character reference at @p i ("&..."); returns the characters and moves @p i past it, or
/// returns an empty string (and leaves @p i) when there is none: the "&" is then ordinary text.
QString decodeReference(QStringView html, qsizetype &i)
{
    const qsizetype n = html.size();
    qsizetype j = i + 1;
    if (j < n && html[j] == u'#') {
        ++j;
        const bool hex = j < n && (html[j] == u'x' || html[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        char32_t value = 0;
        bool overflow = false;
        while (j < n
               && (hex ? isAsciiAlnum(html[j]) && QStringView(u"0123456789abcdefABCDEF").contains(html[j])
                       : (html[j] >= u'0' && html[j] <= u'9'))) {
            value = value * (hex ? 16 : 10) + char32_t(QStringView(u"0123456789abcdef").indexOf(html[j].toLower()));
            overflow = overflow || value > 0x10FFFF;
            if (overflow)
                value = 0x110000;
            ++j;
        }
        if (j == digitsStart)
            return {};
        if (j < n && html[j] == u';')
            ++j;
        i = j;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return QString(QChar(0xFFFD));
        if (value >= 0x80 && value <= 0x9F)
            return QString(QChar(windows1252[value - 0x80]));
        if (value < 0x20 && value != u'\t' && value != u'\n')
            return QStringLiteral(" ");
        return QString::fromUcs4(&value, 1);
    }
    qsizetype end = j;
    while (end < n && end - j < 32 && isAsciiAlnum(html[end]))
        ++end;
    if (end == j)
        return {};
    // With ";" any known name; without, the longest Latin-1 name (&copy2020 is "©2020"), as browsers do.
    if (end < n && html[end] == u';') {
        if (const char32_t c = lookupEntity(html.sliced(j, end - j))) {
            i = end + 1;
            return QString::fromUcs4(&c, 1);
        }
    }
    for (qsizetype k = end; k > j; --k) {
        const char32_t c = lookupEntity(html.sliced(j, k - j));
        if (c && c <= 0xFF) {
            i = k;
            return QString(QChar(char16_t(c)));
        }
    }
    return {};
}

QString decodeReferences(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            const QString decoded = decodeReference(text, i);
            if (!decoded.isEmpty()) {
                out += decoded;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

enum class Display { Inline, Line, Paragraph };

Display displayOf(QStringView tag)
{
    static const QStringView paragraphs[]
        = {u"address", u"blockquote", u"dl", u"figure", u"form", u"h1",  u"h2",    u"h3", u"h4",
           u"h5",      u"h6",         u"hr", u"ol",     u"p",    u"pre", u"table", u"ul"};
    static const QStringView lines[]
        = {u"article",  u"aside",    u"caption",  u"center",     u"dd",      u"details", u"dialog", u"dir",
           u"div",      u"dt",       u"fieldset", u"figcaption", u"footer",  u"header",  u"hgroup", u"legend",
           u"li",       u"main",     u"menu",     u"nav",        u"section", u"summary", u"tbody",  u"tfoot",
           u"thead",    u"tr",       u"body",     u"html",       u"listing", u"xmp",     u"option", u"optgroup",
           u"frameset", u"noframes", u"search",   u"blockquote"};
    for (const QStringView name : paragraphs) {
        if (tag == name)
            return Display::Paragraph;
    }
    for (const QStringView name : lines) {
        if (tag == name)
            return Display::Line;
    }
    return Display::Inline;
}

bool isVoid(QStringView tag)
{
    static const QStringView voids[]
        = {u"area", u"base",  u"br",     u"col",   u"embed", u"hr",       u"img",     u"input", u"link",
           u"meta", u"param", u"source", u"track", u"wbr",   u"basefont", u"bgsound", u"frame", u"keygen"};
    return std::find(std::begin(voids), std::end(voids), tag) != std::end(voids);
}

/// Elements whose content is raw text up to their end tag: never markup, never shown (except textarea).
bool isRawText(QStringView tag)
{
    return tag == u"script" || tag == u"style" || tag == u"xmp" || tag == u"iframe" || tag == u"noembed"
        || tag == u"noframes" || tag == u"noscript" || tag == u"title" || tag == u"textarea" || tag == u"plaintext";
}

/// Elements whose content is markup that is not shown.
bool isHiddenContainer(QStringView tag)
{
    return tag == u"head" || tag == u"template" || tag == u"svg" || tag == u"select" || tag == u"canvas"
        || tag == u"audio" || tag == u"video" || tag == u"object" || tag == u"datalist" || tag == u"map";
}

struct Tag
{
    QString name; // lower case
    bool end = false;
    bool selfClosing = false;
    QList<std::pair<QString, QString>> attributes;

    QString attribute(QStringView key) const
    {
        for (const auto &[name, value] : attributes) {
            if (name == key)
                return value;
        }
        return {};
    }
    bool hasAttribute(QStringView key) const
    {
        for (const auto &attribute : attributes) {
            if (attribute.first == key)
                return true;
        }
        return false;
    }
};

/// Parses the tag at @p i ("<..."); moves @p i past its ">". Returns false when "<" does not start a
/// tag (it is text then).
bool parseTag(QStringView html, qsizetype &i, Tag &tag)
{
    const qsizetype n = html.size();
    qsizetype j = i + 1;
    tag = Tag{};
    if (j < n && html[j] == u'/') {
        tag.end = true;
        ++j;
    }
    if (j >= n || !isAsciiAlpha(html[j]))
        return false;
    const qsizetype nameStart = j;
    while (j < n && !isHtmlSpace(html[j]) && html[j] != u'/' && html[j] != u'>')
        ++j;
    tag.name = html.sliced(nameStart, j - nameStart).toString().toLower();
    // Attributes: name, optionally = and a value (quoted or not); anything odd is skipped, never fatal.
    for (;;) {
        while (j < n && (isHtmlSpace(html[j]) || html[j] == u'/')) {
            if (html[j] == u'/' && j + 1 < n && html[j + 1] == u'>')
                tag.selfClosing = true;
            ++j;
        }
        if (j >= n) {
            i = n;
            return true;
        }
        if (html[j] == u'>') {
            i = j + 1;
            return true;
        }
        const qsizetype keyStart = j;
        while (j < n && !isHtmlSpace(html[j]) && html[j] != u'/' && html[j] != u'>'
               && (html[j] != u'=' || j == keyStart))
            ++j;
        const QString key = html.sliced(keyStart, j - keyStart).toString().toLower();
        while (j < n && isHtmlSpace(html[j]))
            ++j;
        QString value;
        if (j < n && html[j] == u'=') {
            ++j;
            while (j < n && isHtmlSpace(html[j]))
                ++j;
            if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
                const QChar quote = html[j];
                const qsizetype valueStart = ++j;
                while (j < n && html[j] != quote)
                    ++j;
                value = html.sliced(valueStart, j - valueStart).toString();
                if (j < n)
                    ++j;
            } else {
                const qsizetype valueStart = j;
                while (j < n && !isHtmlSpace(html[j]) && html[j] != u'>')
                    ++j;
                value = html.sliced(valueStart, j - valueStart).toString();
            }
        }
        if (!tag.end && tag.attributes.size() < 64)
            tag.attributes.append({key, decodeReferences(value)});
    }
}

/// Writes text with line breaks that blocks require, collapsing white space as a browser lays it out.
class Layout
{
public:
    void text(QStringView text, bool preformatted)
    {
        for (const QChar c : text) {
            if (!preformatted && isHtmlSpace(c)) {
                m_pendingSpace = true;
                continue;
            }
            flush();
            if (preformatted && c == u'\n' && m_cellDepth > 0) {
                m_out += u' ';
            } else {
                m_out += c;
            }
        }
    }

    /// Text that is not collapsed: list markers, cell separators.
    void literal(QStringView text)
    {
        flush();
        m_pendingSpace = false;
        m_out += text;
    }

    void requireBreaks(int count)
    {
        if (m_cellDepth > 0)
            m_pendingSpace = true;
        else
            m_pendingBreaks = std::max(m_pendingBreaks, count);
    }

    void lineBreak()
    {
        if (m_cellDepth > 0) {
            m_pendingSpace = true;
            return;
        }
        flushBreaks();
        trimTrailingSpaces();
        if (!m_out.isEmpty())
            m_out += u'\n';
        m_pendingSpace = false;
    }

    void enterCell(bool firstInRow)
    {
        if (m_cellDepth == 0 && !firstInRow) {
            flushBreaks();
            trimTrailingSpaces();
            m_out += u'\t';
            m_pendingSpace = false;
        } else if (m_cellDepth > 0) {
            m_pendingSpace = true;
        }
        ++m_cellDepth;
    }
    void leaveCell() { m_cellDepth = std::max(0, m_cellDepth - 1); }
    int cellDepth() const { return m_cellDepth; }

    QString finish()
    {
        trimTrailingSpaces();
        // Breaks that blocks asked for add up at most to one blank line.
        static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n(?:[ \\t]*\\n)+"));
        m_out.replace(blankLines, QStringLiteral("\n\n"));
        return m_out.trimmed();
    }

private:
    void trimTrailingSpaces()
    {
        while (!m_out.isEmpty() && m_out.back() == u' ')
            m_out.chop(1);
    }

    void flushBreaks()
    {
        if (m_pendingBreaks > 0 && !m_out.isEmpty()) {
            trimTrailingSpaces();
            qsizetype present = 0;
            for (qsizetype k = m_out.size() - 1; k >= 0 && m_out.at(k) == u'\n'; --k)
                ++present;
            for (qsizetype k = present; k < m_pendingBreaks; ++k)
                m_out += u'\n';
            m_pendingSpace = false;
        }
        m_pendingBreaks = 0;
    }

    void flush()
    {
        if (m_pendingBreaks > 0)
            flushBreaks();
        if (m_pendingSpace) {
            if (!m_out.isEmpty() && !m_out.back().isSpace())
                m_out += u' ';
            m_pendingSpace = false;
        }
    }

    QString m_out;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
    int m_cellDepth = 0;
};

struct ListState
{
    bool ordered = false;
    int next = 1;
};

struct TableState
{
    int cells = 0; // in the current row
    bool cellOpen = false;
};

QString encodingForLabel(QString label)
{
    // The WHATWG Encoding Standard's meaning of the labels pages use, as iconv names.
    label = label.trimmed().toLower();
    if (label.isEmpty())
        return {};
    if (label == u"utf-8" || label == u"utf8" || label == u"unicode-1-1-utf-8" || label.startsWith(u"utf-16")
        || label == u"unicode" || label == u"ucs-2")
        return QStringLiteral("UTF-8"); // a page that can declare its charset in ASCII is not UTF-16
    if (label == u"iso-8859-1" || label == u"latin1" || label == u"l1" || label == u"us-ascii" || label == u"ascii"
        || label == u"iso8859-1" || label == u"windows-1252" || label == u"cp1252" || label == u"x-cp1252"
        || label == u"iso_8859-1" || label == u"cp819" || label == u"ibm819")
        return QStringLiteral("WINDOWS-1252");
    if (label == u"iso-8859-9" || label == u"latin5" || label == u"windows-1254")
        return QStringLiteral("WINDOWS-1254");
    if (label == u"tis-620" || label == u"iso-8859-11" || label == u"windows-874")
        return QStringLiteral("WINDOWS-874");
    if (label == u"gb2312" || label == u"gbk" || label == u"x-gbk" || label == u"chinese" || label == u"gb18030"
        || label == u"csgb2312" || label == u"iso-ir-58")
        return QStringLiteral("GB18030");
    if (label == u"big5" || label == u"big5-hkscs" || label == u"x-x-big5" || label == u"cn-big5")
        return QStringLiteral("BIG5-HKSCS");
    if (label == u"shift_jis" || label == u"shift-jis" || label == u"sjis" || label == u"x-sjis" || label == u"ms_kanji"
        || label == u"windows-31j" || label == u"csshiftjis")
        return QStringLiteral("CP932");
    if (label == u"euc-kr" || label == u"ks_c_5601-1987" || label == u"windows-949" || label == u"cseuckr")
        return QStringLiteral("CP949");
    static const QRegularExpression plausible(QStringLiteral("^[a-z0-9][a-z0-9_.:()-]{0,39}$"));
    if (!plausible.match(label).hasMatch())
        return {};
    return label.toUpper();
}

/// The first bytes as text, for sniffing: UTF-16 with a byte-order mark decoded, else ASCII-compatible.
QString headText(QByteArrayView head)
{
    head = head.first(std::min<qsizetype>(head.size(), 4096));
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder.decode(head.sliced(2));
    }
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    return QString::fromLatin1(head);
}

} // namespace

bool HtmlReader::looksLikeHtml(QByteArrayView head)
{
    const QString text = headText(head).toLower();
    qsizetype i = 0;
    while (i < text.size() && isHtmlSpace(text.at(i)))
        ++i;
    const QStringView start = QStringView(text).sliced(i);
    if (start.startsWith(u"<!doctype html") || start.startsWith(u"<html") || start.startsWith(u"<head")
        || start.startsWith(u"<body"))
        return true;
    // An XML declaration or a comment first: XHTML, or a page saved with a note on top.
    if (start.startsWith(u"<?xml") || start.startsWith(u"<!--")) {
        static const QRegularExpression html(QStringLiteral("<(!doctype\\s+html|html[\\s>])"));
        // A QString: match(QStringView) is deprecated in Qt 6.8, and matchView() is new in Qt 6.5.
        return html.match(start.left(1024).toString()).hasMatch();
    }
    return false;
}

QString HtmlReader::declaredEncoding(QByteArrayView head)
{
    const QString text = headText(head);
    static const QRegularExpression xmlDeclaration(
        QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression meta(QStringLiteral("<meta\\s[^>]*charset\\s*=\\s*[\"']?\\s*([-A-Za-z0-9_:.()]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    // Comments can hold markup that does not count; drop them before looking.
    static const QRegularExpression comment(QStringLiteral("<!--.*?(-->|$)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString visible = text;
    visible.remove(comment);
    if (const auto match = meta.match(visible); match.hasMatch())
        return encodingForLabel(match.captured(1));
    if (const auto match = xmlDeclaration.match(visible); match.hasMatch())
        return encodingForLabel(match.captured(1));
    return {};
}

QString HtmlReader::toText(QStringView html)
{
    Layout layout;
    QList<ListState> lists;
    QList<TableState> tables;
    int preDepth = 0;
    QString skipping; // a hidden element whose end we are looking for
    int skipNesting = 0;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            if (html.sliced(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (html.sliced(i).startsWith(u"<![CDATA[")) {
                const qsizetype end = html.indexOf(u"]]>", i + 9);
                if (skipping.isEmpty())
                    layout.text(html.sliced(i + 9, (end < 0 ? n : end) - i - 9), preDepth > 0);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (i + 1 < n && (html[i + 1] == u'!' || html[i + 1] == u'?')) {
                const qsizetype end = html.indexOf(u'>', i + 2);
                i = end < 0 ? n : end + 1;
                continue;
            }
            Tag tag;
            qsizetype next = i;
            if (!parseTag(html, next, tag)) {
                if (skipping.isEmpty())
                    layout.text(QStringView(u"<"), preDepth > 0);
                ++i;
                continue;
            }
            i = next;

            if (!tag.end && isRawText(tag.name) && !tag.selfClosing) {
                // Raw text runs to the matching end tag; none of it is markup, even in a hidden element.
                qsizetype end = i;
                for (;;) {
                    end = html.indexOf(u"</", end, Qt::CaseSensitive);
                    if (end < 0 || html.sliced(end + 2).startsWith(tag.name, Qt::CaseInsensitive))
                        break;
                    end += 2;
                }
                const qsizetype contentEnd = end < 0 ? n : end;
                if (skipping.isEmpty() && (tag.name == u"textarea" || tag.name == u"plaintext" || tag.name == u"xmp")) {
                    layout.requireBreaks(1);
                    QStringView content = html.sliced(i, contentEnd - i);
                    if (content.startsWith(u'\n'))
                        content = content.sliced(1);
                    layout.text(tag.name == u"textarea" ? QStringView(decodeReferences(content)) : content, true);
                    layout.requireBreaks(1);
                }
                if (end < 0) {
                    i = n;
                } else {
                    const qsizetype close = html.indexOf(u'>', end);
                    i = close < 0 ? n : close + 1;
                }
                continue;
            }

            if (!skipping.isEmpty()) {
                if (tag.name == skipping && !isVoid(tag.name) && !tag.selfClosing)
                    skipNesting += tag.end ? -1 : 1;
                if (skipNesting <= 0)
                    skipping.clear();
                // Whatever starts the body also ends a head that was never closed.
                else if (skipping == u"head" && !tag.end
                         && (tag.name == u"body" || displayOf(tag.name) != Display::Inline))
                    skipping.clear();
                else
                    continue;
                if (tag.end)
                    continue;
            }

            const QString &name = tag.name;
            const bool hidden = !tag.end
                && (tag.hasAttribute(u"hidden")
                    || tag.attribute(u"style").remove(u' ').toLower().contains(u"display:none"));
            if (!tag.end && !isVoid(name) && !tag.selfClosing && (isHiddenContainer(name) || hidden)) {
                skipping = name;
                skipNesting = 1;
                continue;
            }

            const Display display = displayOf(name);
            if (name == u"br") {
                layout.lineBreak();
            } else if (name == u"td" || name == u"th") {
                // End tags of cells and rows are optional in HTML: a new cell closes the open one.
                if (tables.isEmpty())
                    tables.append(TableState{});
                TableState &table = tables.last();
                if (table.cellOpen) {
                    layout.leaveCell();
                    table.cellOpen = false;
                }
                if (!tag.end) {
                    layout.enterCell(table.cells++ == 0);
                    table.cellOpen = true;
                }
            } else if (name == u"tr" || name == u"table") {
                if (!tables.isEmpty() && tables.last().cellOpen) {
                    layout.leaveCell();
                    tables.last().cellOpen = false;
                }
                if (name == u"table") {
                    if (!tag.end && tables.size() < 64)
                        tables.append(TableState{});
                    else if (tag.end && !tables.isEmpty())
                        tables.removeLast();
                } else if (!tables.isEmpty()) {
                    tables.last().cells = 0;
                }
                layout.requireBreaks(display == Display::Paragraph ? 2 : 1);
            } else if (display != Display::Inline) {
                layout.requireBreaks(display == Display::Paragraph ? 2 : 1);
                if (name == u"pre")
                    preDepth = std::max(0, preDepth + (tag.end ? -1 : 1));
                if ((name == u"ul" || name == u"ol" || name == u"menu" || name == u"dir") && !tag.end
                    && lists.size() < 64) {
                    ListState list;
                    list.ordered = name == u"ol";
                    bool ok = false;
                    const int start = tag.attribute(u"start").trimmed().toInt(&ok);
                    list.next = ok ? start : 1;
                    lists.append(list);
                } else if ((name == u"ul" || name == u"ol" || name == u"menu" || name == u"dir") && tag.end
                           && !lists.isEmpty()) {
                    lists.removeLast();
                } else if (name == u"li" && !tag.end) {
                    ListState fallback;
                    ListState &list = lists.isEmpty() ? fallback : lists.last();
                    bool ok = false;
                    const int value = tag.attribute(u"value").trimmed().toInt(&ok);
                    if (ok)
                        list.next = value;
                    layout.literal(list.ordered ? QString::number(list.next++) + QStringLiteral(". ")
                                                : QStringLiteral("\u2022 "));
                } else if (name == u"pre" && !tag.end && i < n && html[i] == u'\n') {
                    ++i; // the line break right after <pre> is not part of its content
                }
            }
            continue;
        }

        // Text up to the next tag.
        qsizetype end = html.indexOf(u'<', i + 1);
        if (end < 0)
            end = n;
        // Text that is not white space ends a head left open, as it starts the body in a browser.
        if (skipping == u"head" && !html.sliced(i, end - i).trimmed().isEmpty())
            skipping.clear();
        if (skipping.isEmpty())
            layout.text(decodeReferences(html.sliced(i, end - i)), preDepth > 0);
        i = end;
    }
    return layout.finish();
}

Result<ImportedDocument> HtmlReader::read(const QByteArray &bytes, const QString &fileName)
{
    ImportedDocument result;
    QString text;
    const bool byteOrderMark
        = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    const QString declared = byteOrderMark ? QString() : declaredEncoding(bytes);
    bool decoded = false;
    if (!declared.isEmpty() && declared != QLatin1String("UTF-8")) {
        // A page saved as UTF-8 under a template that still declares a legacy charset is common; text in a
        // legacy encoding that happens to be valid UTF-8 with multibyte characters is not.
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString asUtf8 = utf8.decode(bytes);
        bool multibyte = false;
        for (const char byte : bytes)
            multibyte = multibyte || (uchar(byte) & 0x80);
        if (!utf8.hasError() && multibyte && !bytes.contains('\0')) {
            result.warnings.append(
                Tr::tr("%1: the page says its encoding is %2, but its bytes are UTF-8; it was read as "
                       "UTF-8.")
                    .arg(fileName, declared));
            text = TextDecoder::normalize(asUtf8);
            result.encoding = QStringLiteral("UTF-8");
            decoded = true;
        }
    }
    if (!declared.isEmpty() && !decoded) {
        if (bytes.contains('\0'))
            return Error{
                Tr::tr("%1: this looks like a binary file, not a web page (it contains NUL bytes).").arg(fileName)};
        if (auto declaredText = TextDecoder::decodeAs(bytes, declared, fileName)) {
            text = TextDecoder::normalize(std::move(*declaredText));
            result.encoding = declared;
            decoded = true;
        } else {
            result.warnings.append(
                Tr::tr("%1: the page says its encoding is %2, but its bytes are not %2; the encoding "
                       "was detected instead.")
                    .arg(fileName, declared));
        }
    }
    if (!decoded) {
        auto detected = TextDecoder::decode(bytes, fileName);
        if (!detected)
            return Error{detected.error()};
        text = std::move(detected->text);
        result.encoding = detected->encoding;
    }

    result.text = toText(text);
    result.format = QStringLiteral("text");
    result.fileType = QStringLiteral("text/html");
    if (result.text.trimmed().isEmpty())
        return Error{Tr::tr("%1: the web page has no visible text.").arg(fileName)};
    return result;
}

} // namespace Marginalia::Core

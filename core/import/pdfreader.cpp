#include "import/pdfreader.h"

#include "text/textoffsets.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>
#include <QRegularExpression>
#include <QVariant>

// Poppler's Qt binding declares rendering API with Qt Gui types (QImage, QColor), so including it needs Qt
// Gui's headers and linking it loads libQt6Gui. Only this file sees it, core links it privately, and text
// extraction needs no QGuiApplication: the command-line tool and servers still run without a display.
#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::PdfReader)
};

// Poppler reports problems through one process-wide callback; each read collects what its own thread
// caused, to name the cause when a file is refused (and to keep Poppler from printing to stderr).
thread_local QStringList *t_popplerMessages = nullptr;

void collectPopplerMessage(const QString &message, const QVariant &)
{
    if (t_popplerMessages && t_popplerMessages->size() < 20)
        t_popplerMessages->append(message.trimmed());
}

class PopplerMessages
{
public:
    PopplerMessages()
    {
        static std::once_flag installed;
        std::call_once(installed, [] { Poppler::setDebugErrorFunction(collectPopplerMessage, QVariant()); });
        t_popplerMessages = &m_messages;
    }
    ~PopplerMessages() { t_popplerMessages = nullptr; }
    PopplerMessages(const PopplerMessages &) = delete;
    PopplerMessages &operator=(const PopplerMessages &) = delete;

    QString first() const
    {
        for (const QString &message : m_messages) {
            if (!message.isEmpty())
                return message;
        }
        return Tr::tr("no details");
    }

private:
    QStringList m_messages;
};

constexpr char16_t SoftHyphen = 0x00AD;

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(SoftHyphen);
}

bool isWordCharacter(QChar c)
{
    return c.isLetter() || c.isMark();
}

/// The text Poppler gives for one page, cleaned: see the class comment. Counts characters that suggest a
/// text layer without a usable Unicode mapping.
QString cleanPage(const QString &raw, qsizetype &suspicious, qsizetype &characters)
{
    QString text;
    text.reserve(raw.size());
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u == u'\r') {
            text += u'\n';
        } else if (u == 0x202A || u == 0x202B || u == 0x202C) {
            continue; // Poppler's embedding marks around right-to-left runs: the text is in logical order
        } else if (u < 0x20 && u != u'\n' && u != u'\t') {
            ++suspicious;
        } else if (u >= 0xFB00 && u <= 0xFB06) {
            // A ligature glyph the font maps to its presentation form ("\uFB01" for "fi"): the letters,
            // so that "identified" is found whichever way the PDF drew it.
            const QString letters = c.decomposition();
            text += letters;
            characters += letters.size();
        } else {
            if ((u >= 0xE000 && u <= 0xF8FF) || u == 0xFFFD)
                ++suspicious;
            if (!c.isSpace())
                ++characters;
            text += c;
        }
    }
    QStringList lines = text.split(u'\n');
    QStringList kept;
    kept.reserve(lines.size());
    for (QString &line : lines) {
        line = line.trimmed();
        // Poppler separates lines, not paragraphs; a run of empty lines is at most one blank line.
        if (line.isEmpty() && (kept.isEmpty() || kept.last().isEmpty()))
            continue;
        kept.append(line);
    }
    while (!kept.isEmpty() && kept.last().isEmpty())
        kept.removeLast();
    return kept.join(u'\n');
}

bool isRightToLeft(uint c)
{
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirR || d == QChar::DirAL;
}

bool isLeftToRight(uint c)
{
    return QChar::direction(c) == QChar::DirL;
}

bool readsLeftToRightInRightToLeft(uint c)
{
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirL || d == QChar::DirEN || d == QChar::DirAN;
}

/// Reverses, in place, every run of @p code points that starts and ends with a character @p inRun accepts
/// and has no character @p breaksRun accepts inside; with @p mirror, brackets in the runs are mirrored.
template<typename InRun, typename BreaksRun>
void reverseRuns(QList<uint> &codePoints, InRun inRun, BreaksRun breaksRun, bool mirror)
{
    const qsizetype n = codePoints.size();
    for (qsizetype i = 0; i < n;) {
        if (!inRun(codePoints.at(i))) {
            ++i;
            continue;
        }
        qsizetype last = i;
        qsizetype j = i + 1;
        for (; j < n && !breaksRun(codePoints.at(j)); ++j) {
            if (inRun(codePoints.at(j)))
                last = j;
        }
        std::reverse(codePoints.begin() + i, codePoints.begin() + last + 1);
        if (mirror) {
            for (qsizetype k = i; k <= last; ++k)
                codePoints[k] = QChar::mirroredChar(codePoints.at(k));
        }
        i = last + 1;
    }
}

/// Poppler gives a line's words left to right as they are drawn, and right-to-left script is drawn in
/// visual order: its runs are turned back into the order they are read and typed, as pdftotext does. A
/// line mostly in a right-to-left script reads from the right: the whole line is reversed, then the runs of
/// left-to-right text and numbers in it are turned back.
QString logicalOrder(const QString &visual)
{
    QList<uint> codePoints = visual.toUcs4();
    qsizetype rightToLeft = 0;
    qsizetype leftToRight = 0;
    for (const uint c : std::as_const(codePoints)) {
        if (isRightToLeft(c))
            ++rightToLeft;
        else if (isLeftToRight(c))
            ++leftToRight;
    }
    if (rightToLeft == 0)
        return visual;
    if (rightToLeft > leftToRight) {
        std::reverse(codePoints.begin(), codePoints.end());
        for (uint &c : codePoints)
            c = QChar::mirroredChar(c);
        reverseRuns(codePoints, readsLeftToRightInRightToLeft, isRightToLeft, true);
    } else {
        reverseRuns(codePoints, isRightToLeft, isLeftToRight, true);
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
}

double median(std::vector<double> values, double fallback)
{
    if (values.empty())
        return fallback;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

/// One line of a page, as Poppler's layout analysis gives it (the same lines as pdftotext without -layout).
struct PageLine
{
    QString text;
    QRectF box; ///< the union of its words' boxes, in points from the page's top left
    double baseline = 0.0; ///< the median bottom of its words: a superscript or subscript does not move it
    double height = 0.0; ///< the median height of its words, about the font size
};

/// The lines of @p page in Poppler's reading order: flows (columns), then blocks, then lines. A word ends its
/// line where Poppler links it to no next word.
QList<PageLine> pageLines(const Poppler::Page &page)
{
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = page.textList();
    QList<PageLine> lines;
    PageLine line;
    std::vector<double> bottoms;
    std::vector<double> heights;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Poppler::TextBox &word = *words.at(i);
        const QRectF box = word.boundingBox();
        line.text += word.text();
        line.box = line.box.isNull() ? box : line.box.united(box);
        bottoms.push_back(box.bottom());
        heights.push_back(box.height());
        const bool endsLine = i + 1 == words.size() || word.nextWord() != words.at(i + 1).get();
        if (!endsLine) {
            if (word.hasSpaceAfter())
                line.text += u' ';
            continue;
        }
        line.text = logicalOrder(line.text);
        line.baseline = median(bottoms, line.box.bottom());
        line.height = median(heights, line.box.height());
        lines.append(std::move(line));
        line = PageLine();
        bottoms.clear();
        heights.clear();
    }
    return lines;
}

bool overlapHorizontally(const PageLine &a, const PageLine &b)
{
    return a.box.left() < b.box.right() && b.box.left() < a.box.right();
}

/// How far apart, in line heights, the baselines of two consecutive lines of one paragraph are: the median
/// over the document of consecutive lines one above the other, so that double spacing is not read as a
/// paragraph on every line.
double documentLeading(const QList<QList<PageLine>> &pages)
{
    std::vector<double> ratios;
    for (const QList<PageLine> &lines : pages) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const PageLine &previous = lines.at(i - 1);
            const PageLine &line = lines.at(i);
            const double height = std::max(previous.height, line.height);
            const double pitch = line.baseline - previous.baseline;
            if (height > 0.0 && pitch > 0.5 * height && pitch < 3.0 * height && overlapHorizontally(previous, line))
                ratios.push_back(pitch / height);
        }
    }
    return median(std::move(ratios), 1.2);
}

/// Whether @p line, which follows @p previous in reading order, begins a new paragraph: it is further below
/// than the document's line spacing, or it is in another column or block (above, or beside, the line
/// before), unless the text runs on into it (a word hyphenated across, or a lower-case start).
bool startsParagraph(const PageLine &previous, const PageLine &line, double leading)
{
    const double height = std::max(previous.height, line.height);
    const double pitch = line.baseline - previous.baseline;
    // On the same baseline: a part of the line Poppler keeps apart, such as a table's cell.
    if (std::abs(pitch) < 0.3 * height)
        return false;
    if (pitch < 0.0 || !overlapHorizontally(previous, line)) {
        const QString &before = previous.text;
        const bool hyphenated
            = before.size() >= 2 && isHyphen(before.back()) && before.at(before.size() - 2).isLetter();
        const bool runsOn = !line.text.isEmpty() && line.text.front().isLower();
        return !hyphenated && !runsOn;
    }
    return pitch > (leading + 0.3) * height;
}

/// The text of one page's @p lines: one line per line, a blank line between paragraphs.
QString pageText(const QList<PageLine> &lines, double leading)
{
    QString text;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            text += startsParagraph(lines.at(i - 1), lines.at(i), leading) ? QStringLiteral("\n\n")
                                                                           : QStringLiteral("\n");
        text += lines.at(i).text;
    }
    return text;
}

/// What makes a line at a page's edge the same line as on other pages: its text (white space collapsed,
/// case folded) in type of the same size, and, for each number in it, the text with that number taken to be the page
/// number (the rest the same, the number minus the page's index the same). "Report 2024, page 7" on the seventh page
/// and "Report 2024, page 8" on the eighth are one running header; "Article 5" on one page and "Article 9"
/// on another are not.
QStringList runningKeys(const PageLine &line, qsizetype pageIndex)
{
    QStringList keys;
    const QString text = line.text.simplified().toCaseFolded();
    if (text.isEmpty())
        return keys;
    // The size of the type is part of it: a document's title is not the running header that repeats it.
    const QString size = QString::number(qRound(line.height)) + u'\x1F';
    keys.append(size + text);
    static const QRegularExpression number(QStringLiteral("(?<!\\d)\\d{1,5}(?!\\d)"));
    for (QRegularExpressionMatchIterator it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString key = text;
        key.replace(match.capturedStart(), match.capturedLength(), QStringLiteral("\x1F#"));
        keys.append(size + key + u'\x1F' + QString::number(match.captured().toLongLong() - pageIndex));
    }
    return keys;
}

/// A line that is nothing but a page number: "3", "- 3 -", "Page 3", "p. 3", "3/12", "3 of 12", "iv".
bool isPageNumber(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[-\\x{2013}\\x{2014}|\\[(\\s]*(?:(?:page|pages|p\\.|pg\\.?|seite|p\\x{E1}gina|pagina)\\s*)?"
                       "(?:\\d{1,4}|(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
                       "(?:\\s*(?:/|of|de|sur|von|di)\\s*\\d{1,4})?[-\\x{2013}\\x{2014}|\\])\\s]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text.trimmed()).hasMatch();
}

bool onOneBaseline(const PageLine &a, const PageLine &b)
{
    return std::abs(a.baseline - b.baseline) < 0.3 * std::max(a.height, b.height);
}

/// The lines of a page that may be running headers, footers or page numbers: from the top edge, then from
/// the bottom edge, at most three rows each, a row being the lines on one baseline (a header on the left,
/// a page number on the right), nearest the edge first, all in the outer fifth of the page.
struct EdgeRows
{
    QList<QList<qsizetype>> top;
    QList<QList<qsizetype>> bottom;
};

constexpr qsizetype EdgeRowCount = 3;
constexpr double EdgeBand = 0.2;

EdgeRows edgeRows(const QList<PageLine> &lines, double pageHeight)
{
    double height = pageHeight;
    for (const PageLine &line : lines)
        height = std::max(height, line.box.bottom());
    QList<qsizetype> order(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        order[i] = i;
    const auto rows = [&](auto inBand) {
        QList<QList<qsizetype>> rows;
        for (const qsizetype i : std::as_const(order)) {
            if (!inBand(lines.at(i)))
                break;
            if (rows.isEmpty() || !onOneBaseline(lines.at(rows.last().first()), lines.at(i))) {
                if (rows.size() == EdgeRowCount)
                    break;
                rows.append(QList<qsizetype>());
            }
            rows.last().append(i);
        }
        return rows;
    };
    EdgeRows edges;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return lines.at(a).baseline < lines.at(b).baseline; });
    edges.top = rows([&](const PageLine &line) { return line.box.bottom() <= EdgeBand * height; });
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return lines.at(a).baseline > lines.at(b).baseline; });
    edges.bottom = rows([&](const PageLine &line) { return line.box.top() >= (1.0 - EdgeBand) * height; });
    return edges;
}

/// Which lines of each page are running headers, running footers or page numbers, to be left out: lines at
/// the top or bottom edge that recur on three or more pages (see runningKeys()), and one lone page number
/// at an edge of a page when two or more pages have one. Only from the edge inwards: a row with a line that
/// is neither stops it, so body text is never reached. A document of one page keeps everything.
QList<QList<bool>> runningLines(const QList<QList<PageLine>> &pages, const QList<double> &pageHeights)
{
    QList<QList<bool>> dropped;
    dropped.reserve(pages.size());
    for (const QList<PageLine> &lines : pages)
        dropped.append(QList<bool>(lines.size(), false));
    if (pages.size() < 2)
        return dropped;

    QList<EdgeRows> edges;
    edges.reserve(pages.size());
    QHash<QString, int> pagesWithKey;
    int pagesWithNumber = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QList<PageLine> &lines = pages.at(p);
        edges.append(edgeRows(lines, pageHeights.at(p)));
        QSet<QString> keys;
        bool number = false;
        for (const QList<QList<qsizetype>> *rows : {&edges.last().top, &edges.last().bottom}) {
            for (const QList<qsizetype> &row : *rows) {
                for (const qsizetype i : row) {
                    const QStringList lineKeys = runningKeys(lines.at(i), p);
                    keys.unite(QSet<QString>(lineKeys.cbegin(), lineKeys.cend()));
                    number = number || isPageNumber(lines.at(i).text);
                }
            }
        }
        for (const QString &key : std::as_const(keys))
            ++pagesWithKey[key];
        if (number)
            ++pagesWithNumber;
    }

    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QList<PageLine> &lines = pages.at(p);
        // One page number to a page: a second lone number is more likely a figure in a table.
        bool numberDropped = false;
        for (const QList<QList<qsizetype>> *rows : {&edges.at(p).top, &edges.at(p).bottom}) {
            for (const QList<qsizetype> &row : *rows) {
                bool wholeRow = true;
                for (const qsizetype i : row) {
                    const QStringList keys = runningKeys(lines.at(i), p);
                    const bool running = std::any_of(keys.cbegin(), keys.cend(),
                                                     [&](const QString &key) { return pagesWithKey.value(key) >= 3; });
                    const bool number = !numberDropped && pagesWithNumber >= 2 && isPageNumber(lines.at(i).text);
                    if (running || number) {
                        dropped[p][i] = true;
                        numberDropped = numberDropped || (number && !running);
                    } else {
                        wholeRow = false;
                    }
                }
                if (!wholeRow)
                    break;
            }
        }
    }
    return dropped;
}

/// The lines of a page that are left, with lines Poppler keeps apart on one baseline (a bullet and its
/// item, the cells of a table's row) joined into one, separated by a space.
QList<PageLine> keptLines(const QList<PageLine> &lines, const QList<bool> &dropped)
{
    QList<PageLine> kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (dropped.at(i))
            continue;
        const PageLine &line = lines.at(i);
        if (!kept.isEmpty() && onOneBaseline(kept.last(), line) && line.box.left() >= kept.last().box.right()) {
            PageLine &last = kept.last();
            last.text += u' ' + line.text;
            last.box = last.box.united(line.box);
            last.height = std::max(last.height, line.height);
            continue;
        }
        kept.append(line);
    }
    return kept;
}

/// "3, 7-9, 12" for the 1-based page numbers @p pages (ascending).
QString pageList(const QList<int> &pages)
{
    QStringList parts;
    for (qsizetype i = 0; i < pages.size();) {
        qsizetype j = i;
        while (j + 1 < pages.size() && pages.at(j + 1) == pages.at(j) + 1)
            ++j;
        parts.append(i == j ? QString::number(pages.at(i))
                            : QString::number(pages.at(i)) + u'-' + QString::number(pages.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QSet<QString> PdfReader::vocabulary(const QString &text)
{
    QSet<QString> words;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!isWordCharacter(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        for (;;) {
            while (end < n && isWordCharacter(text.at(end)))
                ++end;
            // A hyphen between letters belongs to the word ("self-identification").
            if (end + 1 < n && (text.at(end) == u'-' || text.at(end) == QChar(0x2010))
                && isWordCharacter(text.at(end + 1)))
                ++end;
            else
                break;
        }
        words.insert(text.mid(i, end - i).toLower());
        i = end;
    }
    return words;
}

QString PdfReader::joinHyphenation(const QString &page, const QSet<QString> &vocabulary)
{
    QStringList lines = page.split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        // A line can end in a hyphen again after the next one moved up ("self-" "identifi-" "cation").
        while (i + 1 < lines.size()) {
            QString &line = lines[i];
            const QString &next = lines.at(i + 1);
            if (line.size() < 2 || next.isEmpty() || !isHyphen(line.back()))
                break;
            const QChar hyphen = line.back();
            const QChar left = line.at(line.size() - 2);
            const QChar right = next.front();
            qsizetype wordEnd = 0;
            while (wordEnd < next.size() && !next.at(wordEnd).isSpace())
                ++wordEnd;
            const QString rest = next.mid(wordEnd);

            bool keepHyphen = false;
            if (hyphen == QChar(SoftHyphen)) {
                if (!right.isLetter())
                    break;
            } else if (left.isLetter() && left.isLower() && right.isLetter() && right.isLower()) {
                qsizetype wordStart = line.size() - 1;
                while (wordStart > 0 && isWordCharacter(line.at(wordStart - 1)))
                    --wordStart;
                qsizetype rightEnd = 0;
                while (rightEnd < next.size() && isWordCharacter(next.at(rightEnd)))
                    ++rightEnd;
                const QString leftWord = line.mid(wordStart, line.size() - 1 - wordStart).toLower();
                const QString rightWord = next.left(rightEnd).toLower();
                keepHyphen
                    = vocabulary.contains(leftWord + u'-' + rightWord) && !vocabulary.contains(leftWord + rightWord);
            } else if (left.isLetterOrNumber() && (right.isUpper() || right.isDigit())) {
                keepHyphen = true;
            } else {
                break;
            }

            line.chop(1);
            if (keepHyphen)
                line += hyphen;
            line += QStringView(next).left(wordEnd);
            const QString trimmedRest = rest.trimmed();
            if (trimmedRest.isEmpty())
                lines.removeAt(i + 1);
            else
                lines[i + 1] = trimmedRest;
        }
    }
    return lines.join(u'\n');
}

Result<ImportedDocument> PdfReader::read(const QByteArray &bytes, const QString &fileName)
{
    // Every PDF ends with "%%EOF" (readers look in the last 1024 bytes); without it the file was cut off,
    // and Poppler would rebuild what it can and silently lose the rest.
    if (!bytes.right(1024).contains("%%EOF")) {
        return Error{Tr::tr("%1: the PDF is incomplete (it does not end as every PDF does): it was probably cut off "
                            "while downloading or copying. Get a complete copy and import that.")
                         .arg(fileName)};
    }

    PopplerMessages messages;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Error{Tr::tr("%1: the PDF is damaged and cannot be read (%2).").arg(fileName, messages.first())};
    // Asked first: Poppler 22 crashes when a locked document is asked for its pages.
    if (document->isLocked()) {
        return Error{Tr::tr("%1: the PDF is protected by a password. Save a copy without the password (in a PDF "
                            "viewer, or with \"qpdf --decrypt --password=PASSWORD in.pdf out.pdf\") and import that.")
                         .arg(fileName)};
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return Error{Tr::tr("%1: the PDF has no pages.").arg(fileName)};

    QList<QList<PageLine>> lines;
    lines.reserve(pageCount);
    QList<double> pageHeights;
    pageHeights.reserve(pageCount);
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return Error{Tr::tr("%1: page %2 of the PDF is damaged and cannot be read (%3).")
                             .arg(fileName, QString::number(i + 1), messages.first())};
        lines.append(pageLines(*page));
        pageHeights.append(page->pageSizeF().height());
    }

    const QList<QList<bool>> dropped = runningLines(lines, pageHeights);
    QList<QList<PageLine>> kept;
    kept.reserve(pageCount);
    for (int i = 0; i < pageCount; ++i)
        kept.append(keptLines(lines.at(i), dropped.at(i)));
    const double leading = documentLeading(kept);
    QStringList pages;
    pages.reserve(pageCount);
    QList<int> emptyPages;
    qsizetype suspicious = 0;
    qsizetype characters = 0;
    for (int i = 0; i < pageCount; ++i) {
        pages.append(cleanPage(pageText(kept.at(i), leading), suspicious, characters));
        // A page whose only text was its running header or page number has text: it is not a scan.
        if (pages.last().isEmpty() && !dropped.at(i).contains(true))
            emptyPages.append(i + 1);
    }
    if (emptyPages.size() == pageCount) {
        return Error{Tr::tr("%1: the PDF has no text layer: its pages are images, as in a scan. Run OCR on it first "
                            "(for example with ocrmypdf, or the OCR of your PDF program) and import the result.")
                         .arg(fileName)};
    }

    const QSet<QString> words = vocabulary(pages.join(u'\n'));
    ImportedDocument result;
    result.format = QStringLiteral("text");
    result.fileType = QStringLiteral("application/pdf");
    result.encoding = QStringLiteral(""); // a PDF's text comes from its fonts' Unicode maps, not an encoding
    result.pageCount = pageCount;
    QString text;
    qint64 length = 0;
    QList<qint64> starts(pageCount, -1);
    for (int i = 0; i < pageCount; ++i) {
        if (pages.at(i).isEmpty())
            continue;
        const QString page = joinHyphenation(pages.at(i), words);
        if (!text.isEmpty()) {
            text += QStringLiteral("\n\n");
            length += 2;
        }
        starts[i] = length;
        text += page;
        length += TextOffsets::codePointLength(page);
    }
    // A page without text begins where the next page with text does (or where the text ends).
    for (qsizetype i = pageCount - 1; i >= 0; --i) {
        if (starts.at(i) < 0)
            starts[i] = i + 1 < pageCount ? starts.at(i + 1) : length;
    }
    result.pageStarts = starts.mid(1);
    result.text = std::move(text);

    if (!emptyPages.isEmpty()) {
        result.warnings.append(
            Tr::tr("%1: %n page(s) without text (%2): scanned images? They are empty in the document.", nullptr,
                   int(emptyPages.size()))
                .arg(fileName, pageList(emptyPages)));
    }
    if (suspicious * 10 > characters) {
        result.warnings.append(Tr::tr("%1: the PDF's text looks garbled (its fonts do not say which characters they "
                                      "draw); check the document, and consider OCR.")
                                   .arg(fileName));
    }
    return result;
}

} // namespace Marginalia::Core

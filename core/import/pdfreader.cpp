#include "import/pdfreader.h"

#include "text/textoffsets.h"

#include <QCoreApplication>
#include <QVariant>

// Poppler's Qt binding declares rendering API with Qt Gui types (QImage, QColor), so including it needs Qt
// Gui's headers and linking it loads libQt6Gui. Only this file sees it, core links it privately, and text
// extraction needs no QGuiApplication: the command-line tool and servers still run without a display.
#include <poppler-qt6.h>

#include <mutex>

namespace Marginalia::Core {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Marginalia::Core::PdfReader", text, disambiguation, n);
}

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
        return tr("no details");
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
        return Error{tr("%1: the PDF is incomplete (it does not end as every PDF does): it was probably cut off "
                        "while downloading or copying. Get a complete copy and import that.")
                         .arg(fileName)};
    }

    PopplerMessages messages;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Error{tr("%1: the PDF is damaged and cannot be read (%2).").arg(fileName, messages.first())};
    // Asked first: Poppler 22 crashes when a locked document is asked for its pages.
    if (document->isLocked()) {
        return Error{tr("%1: the PDF is protected by a password. Save a copy without the password (in a PDF "
                        "viewer, or with \"qpdf --decrypt --password=PASSWORD in.pdf out.pdf\") and import that.")
                         .arg(fileName)};
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return Error{tr("%1: the PDF has no pages.").arg(fileName)};

    QStringList pages;
    pages.reserve(pageCount);
    qsizetype suspicious = 0;
    qsizetype characters = 0;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return Error{tr("%1: page %2 of the PDF is damaged and cannot be read (%3).")
                             .arg(fileName, QString::number(i + 1), messages.first())};
        pages.append(cleanPage(page->text(QRectF()), suspicious, characters));
    }

    QList<int> emptyPages;
    for (int i = 0; i < pageCount; ++i) {
        if (pages.at(i).isEmpty())
            emptyPages.append(i + 1);
    }
    if (emptyPages.size() == pageCount) {
        return Error{tr("%1: the PDF has no text layer: its pages are images, as in a scan. Run OCR on it first "
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
        result.warnings.append(tr("%1: %n page(s) without text (%2): scanned images? They are empty in the document.",
                                  nullptr, int(emptyPages.size()))
                                   .arg(fileName, pageList(emptyPages)));
    }
    if (suspicious * 10 > characters) {
        result.warnings.append(tr("%1: the PDF's text looks garbled (its fonts do not say which characters they "
                                  "draw); check the document, and consider OCR.")
                                   .arg(fileName));
    }
    return result;
}

} // namespace Marginalia::Core

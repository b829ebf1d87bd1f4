// Tests for PdfReader's reading order on PDFs laid out the way word processors lay them out: two columns,
// running headers and page numbers, paragraphs, words hyphenated at line ends. The PDFs are drawn here with
// QPdfWriter (real embedded fonts and text layers), which needs Qt Gui, so this is a program of its own:
// tst_pdfreader stays without a QGuiApplication, as the command-line tool runs. Real PDFs from the shared
// corpus are read in place when there are any.

#include "import/pdfreader.h"
#include "text/textoffsets.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Marginalia::Core;

namespace {

/// A run of text drawn with its baseline starting at @p at, in points from the page's top left.
struct Placed
{
    QPointF at;
    QString text;
};
using Page = QList<Placed>;

/// An A4 PDF of @p pages, drawn in DejaVu Serif (Qt falls back to another font where it is missing).
QByteArray drawPdf(const QList<Page> &pages, qreal pointSize = 10)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72); // painter units are points
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPointSizeF(pointSize);
        painter.setFont(font);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            for (const Placed &placed : pages.at(i))
                painter.drawText(placed.at, placed.text);
        }
    }
    return bytes;
}

/// @p lines one below the other from (@p x, @p y), @p pitch points apart; an empty line leaves a gap.
Page column(const QStringList &lines, qreal x, qreal y, qreal pitch = 13)
{
    Page page;
    for (const QString &line : lines) {
        if (!line.isEmpty())
            page.append({QPointF(x, y), line});
        y += pitch;
    }
    return page;
}

const QStringList leftColumn{
    QStringLiteral("States shall ensure that victims"), QStringLiteral("of trafficking are identified"),
    QStringLiteral("early and referred to services"),   QStringLiteral("without delay, whatever their"),
    QStringLiteral("migration status or nationality."),
};
const QStringList rightColumn{
    QStringLiteral("Border officials receive training"), QStringLiteral("on indicators of exploitation"),
    QStringLiteral("and on the rights of children"),     QStringLiteral("travelling alone, in cooperation"),
    QStringLiteral("with civil society organisations."),
};

const QString header = QStringLiteral("UNHCR Annual Report 2024");

const QList<QStringList> bodies{
    {QStringLiteral("The situation of refugees in the region"),
     QStringLiteral("worsened in the first half of the year.")},
    {QStringLiteral("Partners reached more families than"), QStringLiteral("planned, with support from donors.")},
    {QStringLiteral("Funding fell short of the appeal, and"), QStringLiteral("some programmes had to be cut back.")},
};

QString bodyOfPage(int n)
{
    return bodies.at(n - 1).join(u'\n');
}

/// Three pages with the running header at the top and @p footer (with %1 for the page number, %2 for
/// the page count, in @p numerals) at the bottom; each page's first lines are @p firstLines' (if any),
/// then its body.
QList<Page> reportPages(const QString &footer, const QStringList &numerals, const QStringList &firstLines = {})
{
    QList<Page> pages;
    for (int i = 0; i < 3; ++i) {
        QStringList lines = bodies.at(i);
        if (!firstLines.isEmpty())
            lines.prepend(firstLines.at(i));
        Page page = column(lines, 72, 100);
        page.append({QPointF(72, 40), header});
        const QString number = footer.contains(QStringLiteral("%2")) ? footer.arg(numerals.at(i), QStringLiteral("3"))
                                                                     : footer.arg(numerals.at(i));
        page.append({QPointF(280, 805), number});
        pages.append(page);
    }
    return pages;
}

const QStringList arabicNumerals{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};

/// The text of each page of @p text, cut at @p pageStarts.
QStringList pageTexts(const QString &text, const QList<qint64> &pageStarts)
{
    QStringList pages;
    qint64 start = 0;
    const qint64 length = TextOffsets::codePointLength(text);
    for (qsizetype i = 0; i <= pageStarts.size(); ++i) {
        const qint64 end = i < pageStarts.size() ? pageStarts.at(i) : length;
        pages.append(TextOffsets::slice(text, start, end).trimmed());
        start = end;
    }
    return pages;
}

} // namespace

class TestPdfReadingOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void twoColumns_leftColumnComesEntirelyBeforeTheRight();
    void wordHyphenatedAcrossColumns_isJoined();
    void runningHeaderAndPageNumbers_areLeftOut_data();
    void runningHeaderAndPageNumbers_areLeftOut();
    void onePageDocument_keepsHeaderAndPageNumber();
    void headerOnTwoPagesOnly_isKept();
    void lineRepeatedInTheBody_isKept();
    void headingsThatDifferInTheirNumber_areKept();
    void pageNumberBesideAChapterHeader_aloneIsLeftOut();
    void pageWithOnlyHeaderAndNumber_isEmptyWithoutWarning();
    void hyphenatedWordAtLineEnd_isJoined();
    void paragraphs_areSeparatedByABlankLine();
    void doubleSpacedLines_areOneParagraph();

    void corpusPdfs_haveNoRunningHeadersOrPageNumbersLeft();
};

void TestPdfReadingOrder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPdfReadingOrder::twoColumns_leftColumnComesEntirelyBeforeTheRight()
{
    // The columns' lines share baselines: read across the page, they would interleave line by line.
    Page page = column(leftColumn, 56, 100);
    page.append(column(rightColumn, 316, 100));
    const auto document = PdfReader::read(drawPdf({page}), QStringLiteral("columns.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, leftColumn.join(u'\n') + QStringLiteral("\n\n") + rightColumn.join(u'\n'));
}

void TestPdfReadingOrder::wordHyphenatedAcrossColumns_isJoined()
{
    Page page
        = column({QStringLiteral("The Committee stresses the"), QStringLiteral("need for effective protec-")}, 56, 100);
    page.append(
        column({QStringLiteral("tion of all migrants in"), QStringLiteral("vulnerable situations.")}, 316, 100));
    const auto document = PdfReader::read(drawPdf({page}), QStringLiteral("columns.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text,
             QStringLiteral("The Committee stresses the\nneed for effective protection\n"
                            "of all migrants in\nvulnerable situations."));
}

void TestPdfReadingOrder::runningHeaderAndPageNumbers_areLeftOut_data()
{
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QStringList>("numerals");
    const QStringList arabic = arabicNumerals;
    QTest::newRow("3") << QStringLiteral("%1") << arabic;
    QTest::newRow("- 3 -") << QStringLiteral("- %1 -") << arabic;
    QTest::newRow("Page 3") << QStringLiteral("Page %1") << arabic;
    QTest::newRow("Page 3 of 12") << QStringLiteral("Page %1 of %2") << arabic;
    QTest::newRow("3/12") << QStringLiteral("%1/%2") << arabic;
    QTest::newRow("iii") << QStringLiteral("%1")
                         << QStringList{QStringLiteral("i"), QStringLiteral("ii"), QStringLiteral("iii")};
    QTest::newRow("repeated footer with a number") << QStringLiteral("GE.24-01234 %1") << arabic;
}

void TestPdfReadingOrder::runningHeaderAndPageNumbers_areLeftOut()
{
    QFETCH(QString, footer);
    QFETCH(QStringList, numerals);
    const auto document = PdfReader::read(drawPdf(reportPages(footer, numerals)), QStringLiteral("report.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    const QString expected
        = bodyOfPage(1) + QStringLiteral("\n\n") + bodyOfPage(2) + QStringLiteral("\n\n") + bodyOfPage(3);
    QCOMPARE(document->text, expected);
    QVERIFY(!document->text.contains(header));
    // Pages still begin where their body does.
    QCOMPARE(pageTexts(document->text, document->pageStarts),
             (QStringList{bodyOfPage(1), bodyOfPage(2), bodyOfPage(3)}));
    QVERIFY(document->warnings.isEmpty());
}

void TestPdfReadingOrder::onePageDocument_keepsHeaderAndPageNumber()
{
    const QList<Page> pages = reportPages(QStringLiteral("%1"), arabicNumerals);
    const auto document = PdfReader::read(drawPdf({pages.first()}), QStringLiteral("one.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, header + QStringLiteral("\n\n") + bodyOfPage(1) + QStringLiteral("\n\n1"));
}

void TestPdfReadingOrder::headerOnTwoPagesOnly_isKept()
{
    // Two pages are too few to tell a running header from a heading that happens to repeat; page numbers
    // on both pages are page numbers.
    QList<Page> pages = reportPages(QStringLiteral("%1"), arabicNumerals);
    pages.removeLast();
    const auto document = PdfReader::read(drawPdf(pages), QStringLiteral("two.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text,
             header + QStringLiteral("\n\n") + bodyOfPage(1) + QStringLiteral("\n\n") + header + QStringLiteral("\n\n")
                 + bodyOfPage(2));
}

void TestPdfReadingOrder::lineRepeatedInTheBody_isKept()
{
    // The same heading on every page, away from the edges, is text.
    QList<Page> pages;
    QString expected;
    for (int i = 1; i <= 3; ++i) {
        const QStringList finding{QStringLiteral("Finding %1 concerns the reception centres").arg(i),
                                  QStringLiteral("visited in the spring, where the mission"),
                                  QStringLiteral("found families housed in tents.")};
        const QStringList recommendation{QStringLiteral("Recommendation"),
                                         QStringLiteral("Close the centres within a year.")};
        pages.append(column(finding + QStringList{QString()} + recommendation, 72, 380));
        if (!expected.isEmpty())
            expected += QStringLiteral("\n\n");
        expected += finding.join(u'\n') + QStringLiteral("\n\n") + recommendation.join(u'\n');
    }
    const auto document = PdfReader::read(drawPdf(pages), QStringLiteral("findings.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, expected);
}

void TestPdfReadingOrder::headingsThatDifferInTheirNumber_areKept()
{
    // Right under the running header on every page, the same but for a number that does not follow the
    // page: headings, not a running header.
    const QStringList articles{QStringLiteral("Article 5"), QStringLiteral("Article 9"), QStringLiteral("Article 12")};
    const auto document = PdfReader::read(drawPdf(reportPages(QStringLiteral("%1"), arabicNumerals, articles)),
                                          QStringLiteral("articles.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(pageTexts(document->text, document->pageStarts),
             (QStringList{articles.at(0) + u'\n' + bodyOfPage(1), articles.at(1) + u'\n' + bodyOfPage(2),
                          articles.at(2) + u'\n' + bodyOfPage(3)}));
}

void TestPdfReadingOrder::pageNumberBesideAChapterHeader_aloneIsLeftOut()
{
    // A book's header names the chapter, on the left, and the page, on the right: a chapter of two pages
    // is too short for its header to count as running, but its page numbers are page numbers.
    const QStringList chapters{QStringLiteral("Chapter 1: Introduction"), QStringLiteral("Chapter 1: Introduction"),
                               QStringLiteral("Chapter 2: Scope")};
    QList<Page> pages;
    QStringList expected;
    for (int i = 0; i < 3; ++i) {
        Page page = column(bodies.at(i), 72, 100);
        page.append({QPointF(72, 40), chapters.at(i)});
        page.append({QPointF(500, 40), QString::number(i + 1)});
        pages.append(page);
        expected.append(chapters.at(i) + QStringLiteral("\n\n") + bodyOfPage(i + 1));
    }
    const auto document = PdfReader::read(drawPdf(pages), QStringLiteral("book.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(pageTexts(document->text, document->pageStarts), expected);
}

void TestPdfReadingOrder::pageWithOnlyHeaderAndNumber_isEmptyWithoutWarning()
{
    QList<Page> pages = reportPages(QStringLiteral("%1"), arabicNumerals);
    pages[1] = Page{{QPointF(72, 40), header}, {QPointF(280, 805), QStringLiteral("2")}};
    const auto document = PdfReader::read(drawPdf(pages), QStringLiteral("blank.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, bodyOfPage(1) + QStringLiteral("\n\n") + bodyOfPage(3));
    const qint64 third = TextOffsets::codePointLength(bodyOfPage(1)) + 2;
    QCOMPARE(document->pageStarts, (QList<qint64>{third, third}));
    QVERIFY2(document->warnings.isEmpty(), qPrintable(document->warnings.join(u'\n')));
}

void TestPdfReadingOrder::hyphenatedWordAtLineEnd_isJoined()
{
    const auto document = PdfReader::read(
        drawPdf({column({QStringLiteral("It calls for the protec-"), QStringLiteral("tion of refugees and a well-"),
                         QStringLiteral("known Non-"), QStringLiteral("Governmental partner, well-known.")},
                        72, 100)}),
        QStringLiteral("hyphens.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    // "well-known" keeps its hyphen because the document spells it so elsewhere (PdfReader::vocabulary()).
    QCOMPARE(document->text,
             QStringLiteral("It calls for the protection\nof refugees and a well-known\n"
                            "Non-Governmental\npartner, well-known."));
}

void TestPdfReadingOrder::paragraphs_areSeparatedByABlankLine()
{
    const auto document = PdfReader::read(drawPdf({column({QStringLiteral("1. The Committee welcomes the report"),
                                                           QStringLiteral("submitted by the State party."), QString(),
                                                           QStringLiteral("2. It regrets the delay in its submission"),
                                                           QStringLiteral("and the lack of data on returns.")},
                                                          72, 100)}),
                                          QStringLiteral("paragraphs.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text,
             QStringLiteral("1. The Committee welcomes the report\nsubmitted by the State party.\n\n"
                            "2. It regrets the delay in its submission\nand the lack of data on returns."));
}

void TestPdfReadingOrder::doubleSpacedLines_areOneParagraph()
{
    const QStringList lines{QStringLiteral("A draft is often printed double spaced"),
                            QStringLiteral("so that reviewers can write between"),
                            QStringLiteral("the lines, and it is still one paragraph.")};
    const auto document = PdfReader::read(drawPdf({column(lines, 72, 100, 24)}), QStringLiteral("draft.pdf"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, lines.join(u'\n'));
}

void TestPdfReadingOrder::corpusPdfs_haveNoRunningHeadersOrPageNumbersLeft()
{
    const QString corpus = QStringLiteral(MARGINALIA_SHARED_DIR "/corpus");
    QStringList files;
    QDirIterator it(corpus, {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    if (files.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no PDF in %1").arg(corpus)));

    static const QRegularExpression pageNumber(QStringLiteral("^(?:page\\s*)?\\d{1,4}$"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const auto document = PdfReader::read(file.readAll(), path);
        QVERIFY2(document, qPrintable(document.error()));
        const QStringList pages = pageTexts(document->text, document->pageStarts);
        if (pages.size() < 3)
            continue;
        // Running headers and footers left in would begin or end most pages with the same line (digits
        // aside), and page numbers left in with a lone number. Body text does that on some pages (a
        // heading, "[Function]" at the right of a signature): half the pages is the mark.
        QHash<QString, int> edges;
        int numbers = 0;
        int nonEmpty = 0;
        for (const QString &page : pages) {
            if (page.isEmpty())
                continue;
            ++nonEmpty;
            const QString first = page.section(u'\n', 0, 0).trimmed();
            const QString last = page.section(u'\n', -1).trimmed();
            if (pageNumber.match(first).hasMatch() || pageNumber.match(last).hasMatch())
                ++numbers;
            for (QString key : {QStringLiteral("first: ") + first, QStringLiteral("last: ") + last}) {
                key.replace(QRegularExpression(QStringLiteral("\\d")), QStringLiteral("0"));
                ++edges[key];
            }
        }
        QVERIFY2(numbers * 2 < nonEmpty,
                 qPrintable(QStringLiteral("%1: %2 of %3 pages begin or end with a lone number")
                                .arg(path, QString::number(numbers), QString::number(nonEmpty))));
        for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
            QVERIFY2(it.value() * 2 < nonEmpty || it.value() < 3,
                     qPrintable(QStringLiteral("%1: %2 on %3 of %4 pages")
                                    .arg(path, it.key(), QString::number(it.value()), QString::number(nonEmpty))));
        }
    }
}

QTEST_MAIN(TestPdfReadingOrder)
#include "tst_pdfreadingorder.moc"

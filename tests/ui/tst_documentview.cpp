// DocumentView's very long paragraphs: shown broken at spaces so that scrolling never lays out 100,000
// characters at once, with every position unchanged and the stored text given back by selection, copy and
// textOf. And its structure highlighting: which documents get a syntax, and, where the build has
// KSyntaxHighlighting (Debian 13), that the text really is coloured. And what it draws beside and over
// the text without changing it: page rules and numbers, UN paragraph numbers in the margin, search hits.

#include "documentview.h"
#include "structurehighlighting.h"
#include "text/textoffsets.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Marginalia;

class TestDocumentView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longParagraphs_areBrokenAtSpacesOnly_data();
    void longParagraphs_areBrokenAtSpacesOnly();
    void brokenParagraph_givesBackTheStoredText();
    void syntaxFor_recognisesMarkdownAndTranscripts_data();
    void syntaxFor_recognisesMarkdownAndTranscripts();
    void structure_isColouredWhereTheBuildHasIt_data();
    void structure_isColouredWhereTheBuildHasIt();
    void pageMarks_standAtEachPageStart_andLeaveTheTextAlone();
    void pageMarks_nameBlankPagesWithTheNext();
    void paragraphNumbers_areListedAndShownInTheMargin();
    void searchHighlights_areKeptInCodePoints_andClearedByTheNextDocument();
    void revealRange_scrollsOnlyWhenOutOfView();
    void pagedDocument_screenshots();

private:
    static QString longParagraph(int words);
    /// A report as a PDF import gives it: numbered paragraphs over three pages, the third beginning inside a
    /// paragraph, with text outside the BMP so that code points and UTF-16 differ.
    static QString pagedReport();
    static QList<qint64> pagedReportPageStarts(const QString &text);
};

QString TestDocumentView::longParagraph(int words)
{
    // Words of varying length, with a Markdown-looking "# " and "- " that a break must not put at a
    // line's start, and a non-BMP character so that UTF-16 and code points differ.
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += u' ';
        switch (i % 7) {
        case 3:
            text += QStringLiteral("#");
            break;
        case 5:
            text += QStringLiteral("-");
            break;
        case 6:
            text += QString::fromUtf16(u"\U0001F30Dglobe");
            break;
        default:
            text += QStringLiteral("word%1").arg(i);
        }
    }
    return text;
}

void TestDocumentView::longParagraphs_areBrokenAtSpacesOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("broken");
    QTest::newRow("short lines") << QStringLiteral("one\ntwo three\n\nfour") << false;
    QTest::newRow("a normal long paragraph") << longParagraph(1000) << false;
    QTest::newRow("an OCR page as one line") << longParagraph(20000) << true;
    QTest::newRow("between short lines") << (QStringLiteral("Title\n") + longParagraph(30000) + QStringLiteral("\nend"))
                                         << true;
    QTest::newRow("no spaces at all") << QString(30000, u'x') << false;
}

void TestDocumentView::longParagraphs_areBrokenAtSpacesOnly()
{
    QFETCH(QString, text);
    QFETCH(bool, broken);
    const QString shown = Ui::DocumentView::withLongParagraphsBroken(text);
    QCOMPARE(shown.size(), text.size());
    int breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown.at(i) == text.at(i))
            continue;
        QCOMPARE(text.at(i), u' ');
        QCOMPARE(shown.at(i), u'\n');
        QVERIFY(text.at(i + 1).isLetterOrNumber());
        ++breaks;
    }
    QCOMPARE(breaks > 0, broken);
    // No paragraph is left much longer than a piece where spaces allow.
    if (broken) {
        for (const QString &line : shown.split(u'\n'))
            QVERIFY2(line.size() <= Ui::DocumentView::LongParagraph, qPrintable(QString::number(line.size())));
    }
}

void TestDocumentView::brokenParagraph_givesBackTheStoredText()
{
    const QString text = QStringLiteral("Heading\n") + longParagraph(20000);
    Ui::DocumentView view;
    view.resize(800, 600);
    view.show();
    view.showDocument(1, text, QStringLiteral("text"));
    QVERIFY(view.document()->blockCount() > 3); // the long paragraph shows as several

    // A range across a break: textOf and the copy give the stored spaces, not the view's line breaks.
    const QString shown = Ui::DocumentView::withLongParagraphsBroken(text);
    const qsizetype breakAt = shown.indexOf(u'\n', 8);
    QVERIFY(breakAt > 0);
    const Core::TextOffsets offsets(text);
    const qint64 start = offsets.toCodePoint(breakAt - 20);
    const qint64 end = offsets.toCodePoint(breakAt + 20);
    const QString expected = text.mid(breakAt - 20, 40);
    QVERIFY(!expected.contains(u'\n'));
    QCOMPARE(view.textOf(start, end), expected);

    view.selectRange(start, end);
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), expected);

    // The selection snaps to the same words as in the stored text, in code points.
    const auto range = view.selectedRange();
    QVERIFY(range);
    const QString snapped = view.textOf(range->first, range->second);
    QVERIFY2(snapped.contains(expected.trimmed()), qPrintable(snapped));
    QVERIFY(!snapped.contains(u'\n'));
}

namespace {

const QString transcript = QStringLiteral("[00:00:05] Interviewer: When did you arrive?\n"
                                          "[00:00:09] Respondent: In March, after the border closed.\n"
                                          "[00:00:15] Interviewer: Who met you there?\n"
                                          "[00:00:18] Respondent: Nobody. [pause] A volunteer, later.\n");

} // namespace

void TestDocumentView::syntaxFor_recognisesMarkdownAndTranscripts_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("syntax");
    QTest::newRow("Markdown") << QStringLiteral("markdown") << QStringLiteral("# Title\n\nText.")
                              << QStringLiteral("Markdown");
    QTest::newRow("transcript") << QStringLiteral("text") << transcript << QStringLiteral("Interview Transcript");
    QTest::newRow("speaker labels only") << QStringLiteral("text")
                                         << QStringLiteral("Anna: yes\nBen: no\nAnna: why\nBen: because\n")
                                         << QStringLiteral("Interview Transcript");
    QTest::newRow("a report") << QStringLiteral("text")
                              << QStringLiteral("Summary\nThe meeting agreed.\nIt noted: three points.\nEnd.\n")
                              << QString();
    QTest::newRow("too short to tell") << QStringLiteral("text") << QStringLiteral("Anna: yes\n") << QString();
}

void TestDocumentView::syntaxFor_recognisesMarkdownAndTranscripts()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QString, syntax);
    QCOMPARE(Ui::StructureHighlighting::syntaxFor(format, text), syntax);
}

void TestDocumentView::structure_isColouredWhereTheBuildHasIt_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("syntax");
    QTest::newRow("Markdown heading") << QStringLiteral("markdown")
                                      << QStringLiteral("# Protection of victims\n\nBody text.")
                                      << QStringLiteral("Markdown");
    QTest::newRow("transcript") << QStringLiteral("text") << transcript << QStringLiteral("Interview Transcript");
}

void TestDocumentView::structure_isColouredWhereTheBuildHasIt()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QString, syntax);
    // Without KSyntaxHighlighting, Markdown headings still have formats of their own (HeadingHighlighter).
    if (!Ui::StructureHighlighting::isAvailable() && syntax != QLatin1String("Markdown"))
        QSKIP("built without KSyntaxHighlighting (it needs Qt 6.5; Debian 13 has it)");
    Ui::DocumentView view;
    view.resize(800, 400);
    view.show();
    view.showDocument(1, text, format);
    QCOMPARE(view.syntax(), syntax);
    // The first line (a heading, or a timestamp and a speaker) gets formats of its own; the highlighter
    // works on the event loop.
    const QTextBlock first = view.document()->firstBlock();
    QTRY_VERIFY(!first.layout()->formats().isEmpty());
    // And the text itself is untouched: highlighting only adds formats.
    QCOMPARE(view.document()->toPlainText(), text);
}

QString TestDocumentView::pagedReport()
{
    return QStringLiteral(
        "Report of the Special Rapporteur on the human rights of migrants \U0001F30D\n"
        "\n"
        "I. Introduction\n"
        "\n"
        "1. The present report is submitted pursuant to Human Rights Council resolution 52/20. It reviews the "
        "identification of victims of trafficking at borders.\n"
        "\n"
        "2. The Special Rapporteur thanks the States that replied to the questionnaire \U0002000B.\n"
        "\n"
        "II. Identification at borders\n"
        "\n"
        "3. Early identification protects victims. Screening must happen before any decision on return, and "
        "children must be referred to child protection services without delay.\n"
        "\n"
        "3 bis. States should train border officials to recognise indicators of trafficking.\n"
        "\n"
        "(4) The principle of non-refoulement applies to everyone, everywhere, whatever their status.\n"
        "\n"
        "1.2 Scope of the questionnaire\n"
        "\n"
        "5. Several States described screening procedures that begin only after an asylum claim is lodged, "
        "which leaves victims who do not claim asylum without any protection at all.\n");
}

QList<qint64> TestDocumentView::pagedReportPageStarts(const QString &text)
{
    const Core::TextOffsets offsets(text);
    // Page 2 at a heading, page 3 inside paragraph 5 (the paragraph runs over the page break).
    return {0, offsets.toCodePoint(text.indexOf(QStringLiteral("II. Identification"))),
            offsets.toCodePoint(text.indexOf(QStringLiteral("which leaves victims")))};
}

void TestDocumentView::pageMarks_standAtEachPageStart_andLeaveTheTextAlone()
{
    const QString text = pagedReport();
    const QList<qint64> pages = pagedReportPageStarts(text);
    Ui::DocumentView view;
    view.resize(700, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showDocument(1, text, QStringLiteral("text"), pages);

    // Drawn over the text, never in it: every code-point offset a coding points to stays the same.
    QCOMPARE(view.document()->toPlainText(), text);
    QCOMPARE(view.storedText(), text);
    QCOMPARE(view.pageStarts(), pages);

    const QList<Ui::DocumentView::LineMark> marks = view.visiblePageMarks();
    QCOMPARE(marks.size(), 3);
    const Core::TextOffsets offsets(text);
    for (int i = 0; i < 3; ++i) {
        const Ui::DocumentView::LineMark &mark = marks.at(i);
        QCOMPARE(mark.label, QStringLiteral("p. %1").arg(i + 1));
        QCOMPARE(mark.codePoint, pages.at(i));
        // Level with the line the page begins in, and at its first character.
        QTextCursor cursor(view.document());
        cursor.setPosition(int(offsets.toUtf16(pages.at(i))));
        const QRect caret = view.cursorRect(cursor);
        QCOMPARE(qRound(mark.top), caret.top());
        QVERIFY2(qAbs(mark.x - caret.left()) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(mark.x).arg(caret.left())));
    }
    QVERIFY(marks.at(1).startsLine);
    QVERIFY(!marks.at(2).startsLine); // inside paragraph 5: the rule steps around its first character
    // Page 2 begins after a blank line: its rule is drawn in that line, clear of the text.
    QVERIFY(marks.at(1).rule < marks.at(1).top);
    QVERIFY(marks.at(1).rule > marks.at(1).top - (marks.at(1).bottom - marks.at(1).top));
    QCOMPARE(marks.at(2).rule, marks.at(2).top);
    // The page numbers get a gutter on the right; an unpaged document gives the text that room back.
    const int pagedWidth = view.viewport()->width();
    view.showDocument(2, text, QStringLiteral("text"));
    QVERIFY(view.viewport()->width() > pagedWidth);
    QVERIFY(view.visiblePageMarks().isEmpty());
}

void TestDocumentView::pageMarks_nameBlankPagesWithTheNext()
{
    // Pages 2 and 3 begin at the same place: page 2 had no text (a figure, a blank page).
    const QString text = QStringLiteral("First page.\nThird page.\nFourth page.");
    Ui::DocumentView view;
    view.resize(500, 300);
    view.show();
    view.showDocument(1, text, QStringLiteral("text"), {0, 12, 12, 24});
    QStringList labels;
    for (const Ui::DocumentView::LineMark &mark : view.visiblePageMarks())
        labels.append(mark.label);
    QCOMPARE(labels, (QStringList{QStringLiteral("p. 1"), QStringLiteral("pp. 2\u20133"), QStringLiteral("p. 4")}));
}

void TestDocumentView::paragraphNumbers_areListedAndShownInTheMargin()
{
    const QString text = pagedReport();
    Ui::DocumentView view;
    view.resize(700, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showDocument(1, QStringLiteral("No numbered paragraphs here.\nNor here."), QStringLiteral("text"));
    QVERIFY(view.numberedParagraphs().isEmpty());
    QCOMPARE(view.paragraphNumberWidth(), 0);
    const int marginWithoutNumbers = view.viewport()->x();

    view.showDocument(2, text, QStringLiteral("text"));
    QCOMPARE(view.document()->toPlainText(), text);
    // "1.2 Scope" is a section heading, not paragraph 1.2.
    const QStringList expected{QStringLiteral("1"),     QStringLiteral("2"), QStringLiteral("3"),
                               QStringLiteral("3 bis"), QStringLiteral("4"), QStringLiteral("5")};
    QStringList numbers;
    for (const Core::NumberedParagraph &paragraph : view.numberedParagraphs())
        numbers.append(paragraph.number);
    QCOMPARE(numbers, expected);

    // In the margin, level with each paragraph's first line, which makes the margin wider.
    QVERIFY(view.viewport()->x() > marginWithoutNumbers);
    const QList<Ui::DocumentView::LineMark> shown = view.visibleParagraphNumbers();
    QCOMPARE(shown.size(), expected.size());
    const Core::TextOffsets offsets(text);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown.at(i).label, expected.at(i));
        QTextCursor cursor(view.document());
        cursor.setPosition(int(offsets.toUtf16(shown.at(i).codePoint)));
        QCOMPARE(qRound(shown.at(i).top), view.cursorRect(cursor).top());
        QVERIFY(shown.at(i).baseline > shown.at(i).top && shown.at(i).baseline < shown.at(i).bottom);
    }
    // "(4)" and "3 bis." are where the text has them.
    QCOMPARE(shown.at(4).codePoint, offsets.toCodePoint(text.indexOf(QStringLiteral("(4) The principle"))));
    QCOMPARE(shown.at(3).codePoint, offsets.toCodePoint(text.indexOf(QStringLiteral("3 bis. States"))));
}

void TestDocumentView::searchHighlights_areKeptInCodePoints_andClearedByTheNextDocument()
{
    const QString text = pagedReport();
    Ui::DocumentView view;
    view.resize(700, 900);
    view.show();
    view.showDocument(1, text, QStringLiteral("text"));
    const Core::TextOffsets offsets(text);
    const QList<Core::TextRange> hits{{offsets.toCodePoint(text.indexOf(QStringLiteral("questionnaire"))),
                                       offsets.toCodePoint(text.indexOf(QStringLiteral("questionnaire")) + 13)},
                                      {offsets.toCodePoint(text.indexOf(QStringLiteral("Early"))),
                                       offsets.toCodePoint(text.indexOf(QStringLiteral("Early")) + 5)}};
    view.setSearchHighlights(hits, 1);
    QCOMPARE(view.searchHighlights(), hits);
    QCOMPARE(view.currentSearchHighlight(), 1);
    QCOMPARE(view.textOf(hits.at(0).start, hits.at(0).end), QStringLiteral("questionnaire"));
    view.setSearchHighlights(hits, 7); // out of range: no current hit
    QCOMPARE(view.currentSearchHighlight(), -1);

    QSignalSpy shown(&view, &Ui::DocumentView::documentShown);
    view.showDocument(2, QStringLiteral("Another text."), QStringLiteral("text"));
    QCOMPARE(shown.size(), 1);
    QVERIFY(view.searchHighlights().isEmpty());
    QCOMPARE(view.currentSearchHighlight(), -1);
}

void TestDocumentView::revealRange_scrollsOnlyWhenOutOfView()
{
    QString text;
    for (int i = 1; i <= 300; ++i)
        text += QStringLiteral("%1. Paragraph number %1 of a long report.\n\n").arg(i);
    Ui::DocumentView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showDocument(1, text, QStringLiteral("text"));
    const Core::TextOffsets offsets(text);
    auto rangeOf = [&](const QString &needle) {
        const qsizetype at = text.indexOf(needle);
        return std::pair{offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size())};
    };

    // In view already: nothing moves, and the selection is left alone unless asked for.
    const auto second = rangeOf(QStringLiteral("Paragraph number 2 "));
    view.revealRange(second.first, second.second);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    QVERIFY(!view.textCursor().hasSelection());

    // Far below: scrolled into view.
    const auto far = rangeOf(QStringLiteral("Paragraph number 250 "));
    view.revealRange(far.first, far.second, true);
    QVERIFY(view.verticalScrollBar()->value() > 0);
    QTextCursor cursor(view.document());
    cursor.setPosition(int(offsets.toUtf16(far.first)));
    const QRect caret = view.cursorRect(cursor);
    QVERIFY(caret.top() >= 0 && caret.bottom() <= view.viewport()->height());
    QCOMPARE(view.textOf(view.selectedRange()->first, view.selectedRange()->second),
             QStringLiteral("Paragraph number 250"));
}

void TestDocumentView::pagedDocument_screenshots()
{
    const QString text = pagedReport();
    const Core::TextOffsets offsets(text);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? Test::screenshotDarkPalette() : light);
        Ui::DocumentView view;
        view.resize(760, 620);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showDocument(1, text, QStringLiteral("text"), pagedReportPageStarts(text));
        Core::Code identification;
        identification.id = 1;
        identification.name = QStringLiteral("Identification");
        identification.color = QStringLiteral("#F28E2B");
        Core::Code children;
        children.id = 2;
        children.name = QStringLiteral("Children");
        children.color = QStringLiteral("#4E79A7");
        view.setCodes({identification, children},
                      {{1, QStringLiteral("Protection/Identification")}, {2, QStringLiteral("Protection/Children")}});
        auto span = [&](qint64 id, qint64 code, const QString &needle) {
            const qsizetype at = text.indexOf(needle);
            return Core::CodingSpan{id, code, 1, offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size())};
        };
        view.setCodings({span(1, 1, QStringLiteral("Early identification protects victims")),
                         span(2, 2, QStringLiteral("children must be referred to child protection services")),
                         span(3, 1, QStringLiteral("identification of victims"))});
        QVERIFY(!view.visiblePageMarks().isEmpty());
        Test::saveScreenshot(&view, dark ? QStringLiteral("viewer-pages-dark") : QStringLiteral("viewer-pages-light"));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"

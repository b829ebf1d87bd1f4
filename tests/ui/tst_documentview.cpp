// DocumentView's very long paragraphs: shown broken at spaces so that scrolling never lays out 100,000
// characters at once, with every position unchanged and the stored text given back by selection, copy and
// textOf. And its structure highlighting: which documents get a syntax, and, where the build has
// KSyntaxHighlighting (Debian 13), that the text really is coloured.

#include "documentview.h"
#include "structurehighlighting.h"
#include "text/textoffsets.h"

#include <QApplication>
#include <QClipboard>
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

private:
    static QString longParagraph(int words);
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
    if (!Ui::StructureHighlighting::isAvailable())
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

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"

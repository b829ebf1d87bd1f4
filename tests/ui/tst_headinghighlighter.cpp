// Markdown headings without KSyntaxHighlighting: bold in the heading colour, the marks muted, code blocks
// left alone, and no line taller than another (the coding margin is drawn from the line geometry).

#include "documentview.h"
#include "headinghighlighter.h"
#include "structurehighlighting.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Marginalia;

class TestHeadingHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headings_areBoldInTheHeadingColour_marksMuted();
    void codeBlocksAndOtherLines_stayPlain();
    void markdownInTheView_keepsEveryLineTheSameHeight();

private:
    static const QTextLayout::FormatRange *formatAt(const QTextBlock &block, int position);
    static QString sample();
};

void TestHeadingHighlighter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestHeadingHighlighter::sample()
{
    return QStringLiteral("# Interviews with border officials\n"
                          "\n"
                          "The first round took place in March. Officials described screening at the border.\n"
                          "\n"
                          "## A passage to practise on ##\n"
                          "\n"
                          "Children travelling alone were referred to child protection services.\n"
                          "\n"
                          "```\n"
                          "# not a heading: code\n"
                          "```\n"
                          "#hashtag is not a heading either\n"
                          "###### Sixth level\n");
}

const QTextLayout::FormatRange *TestHeadingHighlighter::formatAt(const QTextBlock &block, int position)
{
    const QList<QTextLayout::FormatRange> &ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return &range;
    }
    return nullptr;
}

void TestHeadingHighlighter::headings_areBoldInTheHeadingColour_marksMuted()
{
    QTextDocument document(sample());
    const QPalette palette = QApplication::palette();
    Ui::HeadingHighlighter highlighter(&document, palette);
    highlighter.rehighlight();

    const QTextBlock first = document.firstBlock();
    const auto *mark = formatAt(first, 0);
    QVERIFY(mark);
    QCOMPARE(mark->format.foreground().color(), Ui::HeadingHighlighter::markColor(palette));
    const auto *title = formatAt(first, 2);
    QVERIFY(title);
    QCOMPARE(title->format.fontWeight(), int(QFont::Bold));
    QCOMPARE(title->format.foreground().color(), Ui::HeadingHighlighter::headingColor(palette));
    QCOMPARE(title->start + title->length, first.length() - 1); // to the end of the line
    QVERIFY(!title->format.hasProperty(QTextFormat::FontPointSize)); // no size of its own

    const QTextBlock second = document.findBlockByNumber(4);
    QVERIFY(second.text().startsWith(QLatin1String("## A passage")));
    QCOMPARE(formatAt(second, 3)->format.foreground().color(), Ui::HeadingHighlighter::headingColor(palette));
    // The closing marks are muted like the opening ones.
    QCOMPARE(formatAt(second, second.length() - 2)->format.foreground().color(),
             Ui::HeadingHighlighter::markColor(palette));
    QVERIFY(formatAt(document.findBlockByNumber(12), 8));

    // Headings read on dark palettes too.
    const QPalette dark = Test::screenshotDarkPalette();
    QVERIFY(Ui::HeadingHighlighter::headingColor(dark).lightness() > dark.color(QPalette::Base).lightness() + 100);
    QVERIFY(Ui::HeadingHighlighter::headingColor(palette).lightness() + 100
            < palette.color(QPalette::Base).lightness());
}

void TestHeadingHighlighter::codeBlocksAndOtherLines_stayPlain()
{
    QTextDocument document(sample());
    Ui::HeadingHighlighter highlighter(&document, QApplication::palette());
    highlighter.rehighlight();
    for (const int plain : {2, 6, 9, 11}) {
        const QTextBlock block = document.findBlockByNumber(plain);
        QVERIFY2(block.layout()->formats().isEmpty(), qPrintable(block.text()));
    }
}

void TestHeadingHighlighter::markdownInTheView_keepsEveryLineTheSameHeight()
{
    Ui::DocumentView view;
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showDocument(1, sample(), QStringLiteral("markdown"));
    QCOMPARE(view.syntax(), QStringLiteral("Markdown")); // with KSyntaxHighlighting or without
    const QTextBlock heading = view.document()->firstBlock();
    QTRY_VERIFY(!heading.layout()->formats().isEmpty());
    QCOMPARE(view.document()->toPlainText(), sample());
    const QTextBlock body = view.document()->findBlockByNumber(2);
    // KSyntaxHighlighting's formats drop a block's lines until the next layout: wait for both to be laid
    // out again (an empty layout's line has no height to read).
    QTRY_VERIFY(heading.layout()->lineCount() > 0 && body.layout()->lineCount() > 0);
    QCOMPARE(heading.layout()->lineAt(0).height(), body.layout()->lineAt(0).height());
    Test::saveScreenshot(&view,
                         QStringLiteral("test-markdown-headings%1")
                             .arg(Ui::StructureHighlighting::isAvailable() ? QString() : QStringLiteral("-fallback")));
    // A switch to dark with the document open: the headings take the dark palette's colours.
    const QPalette light = QApplication::palette();
    const QPalette dark = Test::screenshotDarkPalette();
    QApplication::setPalette(dark);
    if (!Ui::StructureHighlighting::isAvailable()) {
        QTRY_COMPARE(formatAt(view.document()->firstBlock(), 2)->format.foreground().color(),
                     Ui::HeadingHighlighter::headingColor(dark));
    }
    Test::saveScreenshot(&view, QStringLiteral("test-markdown-headings-dark"));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestHeadingHighlighter)
#include "tst_headinghighlighter.moc"

// Word and OpenDocument headings in the window: a .docx and an .odt imported from the window show their
// headings bold in the heading colour, on every build (with KSyntaxHighlighting or without), while the
// stored text stays the plain text it always was and every line keeps its height (the coding margin is
// drawn from the line geometry). A heading in a paragraph the view breaks for its length is bold in every
// piece.

#include "documentview.h"
#include "headinghighlighter.h"
#include "import/batchimporter.h"
#include "mainwindow.h"
#include "officebuilder.h"
#include "store/project.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Marginalia;

class TestWordHeadings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void docx_headingsAreShownAsHeadings_textUnchanged();
    void odt_headingsAreShownAsHeadings();
    void longHeading_brokenByTheView_isBoldInEveryPiece();

private:
    /// The format at @p position of @p block (its position within the block), or nullptr when it has none.
    static const QTextLayout::FormatRange *formatAt(const QTextBlock &block, int position);
    static bool isHeading(const QTextBlock &block, const QPalette &palette);
    QTextBlock blockStartingWith(const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestWordHeadings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MARGINALIA_CODER", "tester");
}

void TestWordHeadings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("study.marginalia"));
    QVERIFY(Core::Project::create(m_path));
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->resize(1100, 640);
    QVERIFY(m_window->openProject(m_path));
}

void TestWordHeadings::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

const QTextLayout::FormatRange *TestWordHeadings::formatAt(const QTextBlock &block, int position)
{
    const QList<QTextLayout::FormatRange> &ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return &range;
    }
    return nullptr;
}

bool TestWordHeadings::isHeading(const QTextBlock &block, const QPalette &palette)
{
    // The whole line, bold, in the heading colour, at the size of the rest.
    const auto *first = formatAt(block, 0);
    const auto *last = formatAt(block, block.length() - 2);
    return first && last && first->format.fontWeight() == QFont::Bold
        && first->format.foreground().color() == Ui::HeadingHighlighter::headingColor(palette)
        && !first->format.hasProperty(QTextFormat::FontPointSize) && first->start == 0
        && last->start + last->length == block.length() - 1;
}

QTextBlock TestWordHeadings::blockStartingWith(const QString &text) const
{
    for (QTextBlock block = m_window->documentView()->document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(text))
            return block;
    }
    return {};
}

void TestWordHeadings::docx_headingsAreShownAsHeadings_textUnchanged()
{
    Test::DocxParts parts;
    parts.styles = "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
                   "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
                   "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>";
    const auto styled = [](const char *style, const QString &text) -> QByteArray {
        return QByteArray("<w:p><w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr><w:r><w:t>"
            + text.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    };
    parts.body = styled("Title", QStringLiteral("Identifying victims of trafficking at borders"))
        + Test::wordParagraph(QStringLiteral("A report on the first round of interviews with border officials, held "
                                             "in March at three crossings."))
        + styled("Heading1", QStringLiteral("1. Screening at the border"))
        + Test::wordParagraph(QStringLiteral("Officials described how travellers are screened, and what makes them "
                                             "refer a person to the protection services."))
        + styled("Heading2", QString::fromUtf16(u"1.1 Children travelling alone \U0001F30D"))
        + Test::wordParagraph(QStringLiteral("Children travelling alone were referred to child protection services "
                                             "the same day."))
        + styled("Heading1", QStringLiteral("2. Non-refoulement"))
        + Test::wordParagraph(QStringLiteral("No one was returned while a claim was pending."));
    const QString file = m_dir->filePath(QStringLiteral("Border report.docx"));
    QVERIFY(Test::writeDocx(file, parts));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->importFiles({file}).importedCount(), 1);

    Ui::DocumentView *view = m_window->documentView();
    QVERIFY(view->documentId() != 0);
    // The stored text is the plain text: no "#" or other mark was added for the headings.
    QVERIFY(view->storedText().startsWith(QLatin1String("Identifying victims of trafficking at borders\n\nA report")));
    QVERIFY(!view->storedText().contains(u'#'));
    QCOMPARE(view->document()->toPlainText(), view->storedText());
    QCOMPARE(view->syntax(), QStringLiteral("Headings"));

    const QPalette palette = view->palette();
    // The highlighter formats the text once the event loop runs (QSyntaxHighlighter's delayed first pass).
    QTRY_VERIFY(isHeading(blockStartingWith(QStringLiteral("Identifying victims")), palette));
    for (const QString &heading : {QStringLiteral("Identifying victims"), QStringLiteral("1. Screening"),
                                   QStringLiteral("1.1 Children"), QStringLiteral("2. Non-refoulement")}) {
        const QTextBlock block = blockStartingWith(heading);
        QVERIFY2(block.isValid(), qPrintable(heading));
        QVERIFY2(isHeading(block, palette), qPrintable(heading));
    }
    const QTextBlock body = blockStartingWith(QStringLiteral("A report on"));
    QVERIFY(body.layout()->formats().isEmpty());
    QVERIFY(blockStartingWith(QStringLiteral("Children travelling")).layout()->formats().isEmpty());
    // Laid out, a heading's line is as tall as the text's.
    QTRY_VERIFY(blockStartingWith(QStringLiteral("1. Screening")).layout()->lineCount() > 0
                && body.layout()->lineCount() > 0);
    QCOMPARE(blockStartingWith(QStringLiteral("1. Screening")).layout()->lineAt(0).height(),
             body.layout()->lineAt(0).height());

    Test::saveScreenshot(m_window.get(), QStringLiteral("word-headings-light"));
    // A switch to dark with the document open: the headings take the dark palette's colour.
    const QPalette light = QApplication::palette();
    const QPalette dark = Test::screenshotDarkPalette();
    QApplication::setPalette(dark);
    QTRY_COMPARE(formatAt(blockStartingWith(QStringLiteral("1. Screening")), 0)->format.foreground().color(),
                 Ui::HeadingHighlighter::headingColor(dark));
    QVERIFY(isHeading(blockStartingWith(QStringLiteral("1. Screening")), dark));
    Test::saveScreenshot(m_window.get(), QStringLiteral("word-headings-dark"));
    QApplication::setPalette(light);
}

void TestWordHeadings::odt_headingsAreShownAsHeadings()
{
    Test::OdtParts parts;
    parts.body = "<text:h text:outline-level=\"1\">Entretiens</text:h>"
        + Test::odfParagraph(QStringLiteral("Les agents ont décrit le contrôle aux frontières."))
        + "<text:h text:outline-level=\"2\">Enfants</text:h>"
        + Test::odfParagraph(QStringLiteral("Les enfants non accompagnés ont été orientés."));
    const QString file = m_dir->filePath(QStringLiteral("entretiens.odt"));
    QVERIFY(Test::writeOdt(file, parts));
    QCOMPARE(m_window->importFiles({file}).importedCount(), 1);
    Ui::DocumentView *view = m_window->documentView();
    QCOMPARE(view->storedText(),
             QStringLiteral("Entretiens\n\nLes agents ont décrit le contrôle aux frontières.\n\n"
                            "Enfants\n\nLes enfants non accompagnés ont été orientés."));
    QTRY_VERIFY(isHeading(blockStartingWith(QStringLiteral("Entretiens")), view->palette()));
    QVERIFY(isHeading(blockStartingWith(QStringLiteral("Enfants")), view->palette()));
    QVERIFY(blockStartingWith(QStringLiteral("Les agents")).layout()->formats().isEmpty());
}

void TestWordHeadings::longHeading_brokenByTheView_isBoldInEveryPiece()
{
    // A heading longer than the view's long-paragraph limit is shown in pieces; each is bold, the paragraph
    // after it is not.
    QStringList words;
    for (int i = 0; i < 5000; ++i)
        words.append(QStringLiteral("word%1").arg(i));
    const QString heading = words.join(u' ');
    const QString text = heading + QStringLiteral("\n\nBody.");
    Ui::DocumentView view;
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showDocument(1, text, QStringLiteral("text"), {}, {{0, heading.size(), 1}});
    QVERIFY(view.document()->blockCount() > 3); // broken into pieces
    QTRY_VERIFY(!view.document()->firstBlock().layout()->formats().isEmpty());
    for (QTextBlock block = view.document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.text() == QLatin1String("Body."))
            QVERIFY(block.layout()->formats().isEmpty());
        else if (!block.text().isEmpty())
            QVERIFY2(isHeading(block, view.palette()), qPrintable(block.text().left(30)));
    }
    // Another document without headings: nothing of the last one's stays.
    view.showDocument(2, text, QStringLiteral("text"));
    QVERIFY(view.syntax().isEmpty());
    QVERIFY(view.document()->firstBlock().layout()->formats().isEmpty());
}

QTEST_MAIN(TestWordHeadings)
#include "tst_wordheadings.moc"

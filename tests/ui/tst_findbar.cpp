// The find bar (Ctrl+F): every hit of the query in the open document, counted ("2 of 5"), stepped through
// with wrap-around, highlighted in the view in code points (Arabic, text outside the BMP), Esc closing it
// with the current hit selected, a bad pattern shown as such.

#include "documentview.h"
#include "findbar.h"
#include "text/textoffsets.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Marginalia;

namespace {

const QString report = QStringLiteral(
    "1. Refugees and migrants \U0001F30D have the same human rights. A refugee may not be returned.\n\n"
    "2. The protection of refugees is the duty of States; protect them at borders.\n\n"
    "3. \u0627\u0644\u0644\u0627\u062c\u0626\u0648\u0646 \u0644\u0647\u0645 \u062d\u0642\u0648\u0642 \U0002000B "
    "\u0627\u0644\u0644\u0627\u062c\u0626\u0648\u0646.\n\n"
    "4. R\u00e9fugi\u00e9s et migrants : refugees, REFUGEES, refugees.\n");

/// The code-point ranges of every occurrence of @p needle, found the slow obvious way.
QList<Core::TextRange> expectedRanges(const QString &text, const QString &needle, Qt::CaseSensitivity sensitivity)
{
    const Core::TextOffsets offsets(text);
    QList<Core::TextRange> ranges;
    for (qsizetype at = text.indexOf(needle, 0, sensitivity); at >= 0;
         at = text.indexOf(needle, at + needle.size(), sensitivity))
        ranges.append({offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size())});
    return ranges;
}

} // namespace

class TestFindBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typing_findsEveryHit_andCountsThem();
    void next_andPrevious_wrapAround();
    void keys_stepThroughHits();
    void escape_hidesTheBar_andSelectsTheCurrentHit();
    void open_takesTheSelection();
    void wholeWords_andMatchCase_narrowTheHits();
    void badPattern_showsAnErrorAndNoHits();
    void hits_areCodePointRanges_data();
    void hits_areCodePointRanges();
    void anotherDocument_isSearchedAgain();
    void screenshots();

private:
    QLineEdit *queryEdit() const { return m_bar->findChild<QLineEdit *>(QStringLiteral("findQuery")); }
    void typeQuery(const QString &query);

    std::unique_ptr<QWidget> m_window;
    Ui::DocumentView *m_view = nullptr;
    Ui::FindBar *m_bar = nullptr;
};

void TestFindBar::init()
{
    // As the main window holds them: the view, and the bar under it.
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new Ui::DocumentView(m_window.get());
    m_bar = new Ui::FindBar(m_view, m_window.get());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_bar);
    m_window->resize(900, 500);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view->showDocument(1, report, QStringLiteral("text"));
    QVERIFY(m_bar->isHidden());
}

void TestFindBar::cleanup()
{
    m_window.reset();
}

void TestFindBar::typeQuery(const QString &query)
{
    m_bar->open();
    queryEdit()->clear();
    QTest::keyClicks(queryEdit(), query);
}

void TestFindBar::typing_findsEveryHit_andCountsThem()
{
    typeQuery(QStringLiteral("refugee"));
    QVERIFY(m_bar->isVisible());
    const QList<Core::TextRange> expected = expectedRanges(report, QStringLiteral("refugee"), Qt::CaseInsensitive);
    QCOMPARE(expected.size(), 6);
    QCOMPARE(m_bar->hits(), expected);
    QCOMPARE(m_bar->currentHit(), 0);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 6"));
    // The view shows the same hits, the current one marked.
    QCOMPARE(m_view->searchHighlights(), expected);
    QCOMPARE(m_view->currentSearchHighlight(), 0);
    // Searched as typed: one letter more narrows the hits, around the current one.
    QTest::keyClicks(queryEdit(), QStringLiteral("s"));
    QCOMPARE(m_bar->hits(), expectedRanges(report, QStringLiteral("refugees"), Qt::CaseInsensitive));
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 5"));
    QTest::keyClick(queryEdit(), Qt::Key_Return);
    QCOMPARE(m_bar->statusText(), QStringLiteral("2 of 5"));
    QCOMPARE(m_view->currentSearchHighlight(), 1);
    QTest::keyClicks(queryEdit(), QStringLiteral("xyz"));
    QVERIFY(m_bar->hits().isEmpty());
    QCOMPARE(m_bar->statusText(), QStringLiteral("No matches"));
    QVERIFY(m_view->searchHighlights().isEmpty());
}

void TestFindBar::next_andPrevious_wrapAround()
{
    typeQuery(QStringLiteral("refugees"));
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 5"));
    QSignalSpy changed(m_bar, &Ui::FindBar::hitsChanged);
    for (int i = 2; i <= 5; ++i) {
        m_bar->findNext();
        QCOMPARE(m_bar->statusText(), QStringLiteral("%1 of 5").arg(i));
    }
    m_bar->findNext();
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 5"));
    m_bar->findPrevious();
    QCOMPARE(m_bar->statusText(), QStringLiteral("5 of 5"));
    QCOMPARE(m_view->currentSearchHighlight(), 4);
    QCOMPARE(changed.size(), 6);
}

void TestFindBar::keys_stepThroughHits()
{
    typeQuery(QStringLiteral("refugees"));
    QTest::keyClick(queryEdit(), Qt::Key_Return);
    QCOMPARE(m_bar->currentHit(), 1);
    QTest::keyClick(queryEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_bar->currentHit(), 0);
    QTest::keyClick(queryEdit(), Qt::Key_Enter); // the keypad's
    QCOMPARE(m_bar->currentHit(), 1);
    // F3 and Shift+F3, from the bar and from the text.
    QVERIFY(m_bar->findNextAction()->shortcuts().contains(QKeySequence(Qt::Key_F3)));
    QVERIFY(m_bar->findPreviousAction()->shortcuts().contains(QKeySequence(Qt::ShiftModifier | Qt::Key_F3)));
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        QSKIP("the platform does not activate windows, so shortcuts cannot be sent");
    QTest::keyClick(queryEdit(), Qt::Key_F3);
    QCOMPARE(m_bar->currentHit(), 2);
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
    QTest::keyClick(m_view, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_bar->currentHit(), 1);
}

void TestFindBar::escape_hidesTheBar_andSelectsTheCurrentHit()
{
    typeQuery(QStringLiteral("refugees"));
    m_bar->findNext();
    const Core::TextRange current = m_bar->hits().at(1);
    QTest::keyClick(queryEdit(), Qt::Key_Escape);
    QVERIFY(m_bar->isHidden());
    QVERIFY(m_view->searchHighlights().isEmpty());
    // Left selected, so that it can be coded at once.
    const auto selected = m_view->selectedRange();
    QVERIFY(selected);
    QCOMPARE(selected->first, current.start);
    QCOMPARE(selected->second, current.end);

    // Opened again, the query is kept (the selection is its own hit, not a new query) and found again.
    m_bar->open();
    QCOMPARE(m_bar->query(), QStringLiteral("refugees"));
    QCOMPARE(m_bar->currentHit(), 1);
    QCOMPARE(m_view->searchHighlights().size(), 5);
    QVERIFY(queryEdit()->hasSelectedText());
}

void TestFindBar::open_takesTheSelection()
{
    const Core::TextOffsets offsets(report);
    const qsizetype at = report.indexOf(QStringLiteral("human rights"));
    m_view->selectRange(offsets.toCodePoint(at), offsets.toCodePoint(at + 12));
    m_bar->open();
    QCOMPARE(m_bar->query(), QStringLiteral("human rights"));
    QCOMPARE(m_bar->hits().size(), 1);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 1"));
}

void TestFindBar::wholeWords_andMatchCase_narrowTheHits()
{
    typeQuery(QStringLiteral("protect"));
    QCOMPARE(m_bar->hits().size(), 2); // "protection", "protect"
    m_bar->setWholeWords(true);
    QCOMPARE(m_bar->hits().size(), 1);
    QCOMPARE(m_view->textOf(m_bar->hits().at(0).start, m_bar->hits().at(0).end + 5), QStringLiteral("protect them"));
    m_bar->setWholeWords(false);
    typeQuery(QStringLiteral("REFUGEES"));
    QCOMPARE(m_bar->hits().size(), 5);
    m_bar->setCaseSensitive(true);
    QCOMPARE(m_bar->hits(), expectedRanges(report, QStringLiteral("REFUGEES"), Qt::CaseSensitive));
    QCOMPARE(m_bar->hits().size(), 1);
}

void TestFindBar::badPattern_showsAnErrorAndNoHits()
{
    m_bar->open();
    m_bar->setRegularExpression(true);
    m_bar->setQuery(QStringLiteral("refugees?"));
    QCOMPARE(m_bar->hits().size(), 6);
    QVERIFY(!m_bar->hasError());
    m_bar->setQuery(QStringLiteral("(refugees"));
    QVERIFY(m_bar->hasError());
    QCOMPARE(m_bar->statusText(), QStringLiteral("Invalid pattern"));
    QVERIFY(queryEdit()->toolTip().startsWith(QStringLiteral("Invalid pattern: ")));
    QVERIFY(m_bar->hits().isEmpty());
    QVERIFY(m_view->searchHighlights().isEmpty());
    // The edit shows it too, in a colour of its own.
    QVERIFY(queryEdit()->palette().color(QPalette::Base) != m_bar->palette().color(QPalette::Base));
    m_bar->setQuery(QStringLiteral("(refugees)"));
    QVERIFY(!m_bar->hasError());
    QCOMPARE(queryEdit()->palette().color(QPalette::Base), m_bar->palette().color(QPalette::Base));
    QCOMPARE(m_bar->hits().size(), 5);
}

void TestFindBar::hits_areCodePointRanges_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("regularExpression");
    QTest::addColumn<QList<Core::TextRange>>("expected");
    const Core::TextOffsets offsets(report);
    auto range = [&](const QString &needle, int occurrence = 0) {
        qsizetype at = report.indexOf(needle);
        for (int i = 0; i < occurrence; ++i)
            at = report.indexOf(needle, at + 1);
        return Core::TextRange{offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size())};
    };
    const QString refugees = QStringLiteral("\u0627\u0644\u0644\u0627\u062c\u0626\u0648\u0646");
    QTest::newRow("Arabic, after an emoji")
        << refugees << false << QList<Core::TextRange>{range(refugees, 0), range(refugees, 1)};
    QTest::newRow("a character outside the BMP")
        << QStringLiteral("\U0002000B") << false << QList<Core::TextRange>{range(QStringLiteral("\U0002000B"))};
    QTest::newRow("an emoji with its neighbours")
        << QStringLiteral("migrants \U0001F30D have") << false
        << QList<Core::TextRange>{range(QStringLiteral("migrants \U0001F30D have"))};
    QTest::newRow("accented, case folded") << QStringLiteral("r\u00c9fugi\u00c9s") << false
                                           << QList<Core::TextRange>{range(QStringLiteral("R\u00e9fugi\u00e9s"))};
    QTest::newRow("a pattern over Arabic words")
        << QStringLiteral("\u062d\u0642\u0648\u0642 \\S+") << true
        << QList<Core::TextRange>{range(QStringLiteral("\u062d\u0642\u0648\u0642 \U0002000B"))};
}

void TestFindBar::hits_areCodePointRanges()
{
    QFETCH(QString, query);
    QFETCH(bool, regularExpression);
    QFETCH(QList<Core::TextRange>, expected);
    m_bar->open();
    m_bar->setRegularExpression(regularExpression);
    m_bar->setQuery(query);
    QCOMPARE(m_bar->hits(), expected);
    QCOMPARE(m_view->searchHighlights(), expected);
    // What the view shows for each hit is the text the query matched.
    if (!regularExpression) {
        for (const Core::TextRange &hit : expected)
            QCOMPARE(m_view->textOf(hit.start, hit.end).compare(query, Qt::CaseInsensitive), 0);
    }
    // Drawn without trouble where the hit is right-to-left or a surrogate pair.
    m_view->viewport()->repaint();
}

void TestFindBar::anotherDocument_isSearchedAgain()
{
    typeQuery(QStringLiteral("refugees"));
    QCOMPARE(m_bar->hits().size(), 5);
    const QString other = QStringLiteral("Only two refugees here, and refugees there.");
    m_view->showDocument(2, other, QStringLiteral("text"));
    QCOMPARE(m_bar->hits(), expectedRanges(other, QStringLiteral("refugees"), Qt::CaseInsensitive));
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 2"));
    QCOMPARE(m_view->searchHighlights().size(), 2);
}

void TestFindBar::screenshots()
{
    const QPalette light = QApplication::palette();
    QString text;
    for (int i = 1; i <= 12; ++i) {
        text += QStringLiteral("%1. The Special Rapporteur recalls that refugees and migrants are entitled to "
                               "protection; States must identify refugees early and refer them to services.\n\n")
                    .arg(i);
    }
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? Test::screenshotDarkPalette() : light);
        QTest::qWait(10); // the palette reaches the widgets through the event loop
        m_view->showDocument(3, text, QStringLiteral("text"));
        typeQuery(QStringLiteral("refugees"));
        m_bar->findNext();
        m_bar->findNext();
        QCOMPARE(m_bar->statusText(), QStringLiteral("3 of 24"));
        Test::saveScreenshot(m_window.get(), dark ? QStringLiteral("findbar-dark") : QStringLiteral("findbar-light"));
        m_bar->setRegularExpression(true);
        m_bar->setQuery(QStringLiteral("refugee(s"));
        QVERIFY(m_bar->hasError());
        Test::saveScreenshot(m_bar,
                             dark ? QStringLiteral("findbar-error-dark") : QStringLiteral("findbar-error-light"));
        m_bar->setRegularExpression(false);
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"

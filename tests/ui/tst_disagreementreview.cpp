#include "disagreementreview.h"
#include "documentview.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Marginalia;
using Kind = Core::ReviewDecision::Kind;

/**
 * The disagreement review window on the fixture's Identification code, alice against bob: bob alone coded
 * "identification" in the action plan; in the Vienna statement alice coded "identification of victims"
 * and bob "Early identification". Two disagreements, decided with the buttons and keys, undone and redone
 * through the window's undo stack, and resumed in a new window.
 */
class TestDisagreementReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensAtTheFirstDisagreementWithThreeLanes();
    void decision_writesConsensusCodingsAndMovesOn();
    void undoAndRedo_takeTheDecisionAndItsCodingsBackAndForth();
    void keys_decideAndNavigate();
    void adjusted_codesTheSelection();
    void review_resumesInANewWindow();
    void screenshot();

private:
    std::unique_ptr<Ui::DisagreementReview> openReview();
    QList<Core::Coding> consensusCodings() const;
    QPushButton *button(Kind kind) const;

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    Core::Review m_review;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<Ui::DisagreementReview> m_window;
};

void TestDisagreementReview::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(m_dir.filePath(QStringLiteral("r.marginalia")));
    const Core::Status created = m_fixture.create(m_dir.filePath(QStringLiteral("r.marginalia")));
    QVERIFY2(created, qPrintable(created.error()));
    auto review = m_fixture.project->startReview(m_fixture.identification, false, m_fixture.alice, m_fixture.bob,
                                                 QStringLiteral("consensus"));
    QVERIFY2(review, qPrintable(review.error()));
    m_review = *review;
    m_undo = std::make_unique<QUndoStack>();
    m_window = openReview();
}

void TestDisagreementReview::cleanup()
{
    m_window.reset();
    m_undo.reset();
    m_fixture.project.reset();
}

std::unique_ptr<Ui::DisagreementReview> TestDisagreementReview::openReview()
{
    auto window = std::make_unique<Ui::DisagreementReview>(m_fixture.project.get(), m_undo.get(), m_review);
    window->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
    window->resize(900, 520);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("review window not exposed");
    return window;
}

QList<Core::Coding> TestDisagreementReview::consensusCodings() const
{
    QList<Core::Coding> result;
    Core::CodingFilter filter;
    filter.coderId = m_review.consensusCoderId;
    for (const Core::Coding &coding : m_fixture.project->codings(filter))
        result.append(coding);
    std::sort(result.begin(), result.end(), [this](const Core::Coding &a, const Core::Coding &b) {
        // The plan before the Vienna statement, as the review goes.
        return (a.documentId == m_fixture.planId) > (b.documentId == m_fixture.planId);
    });
    return result;
}

QPushButton *TestDisagreementReview::button(Kind kind) const
{
    return m_window->findChild<QPushButton *>(QStringLiteral("reviewDecide%1").arg(int(kind)));
}

void TestDisagreementReview::opensAtTheFirstDisagreementWithThreeLanes()
{
    QCOMPARE(m_window->disagreements().size(), 2);
    QCOMPARE(m_window->current(), 0);
    QCOMPARE(m_window->progressText(), QStringLiteral("0 of 2 reviewed"));
    // Documents in name order: the action plan first, where only bob coded.
    const Core::ReviewRegion &first = m_window->disagreements().first();
    QCOMPARE(first.documentId, m_fixture.planId);
    QVERIFY(first.first.isEmpty());
    QCOMPARE(m_window->view()->documentId(), m_fixture.planId);
    QCOMPARE(m_window->view()->laneCount(), 3);
    const auto selected = m_window->view()->selectedRange();
    QVERIFY(selected);
    QCOMPARE(m_window->view()->textOf(selected->first, selected->second), QStringLiteral("identification"));
    QVERIFY(button(Kind::Union)->isEnabled());
}

void TestDisagreementReview::decision_writesConsensusCodingsAndMovesOn()
{
    button(Kind::Second)->click(); // accept bob's "identification" in the plan
    QCOMPARE(consensusCodings().size(), 1);
    QCOMPARE(consensusCodings().first().documentId, m_fixture.planId);
    QCOMPARE(m_window->progressText(), QStringLiteral("1 of 2 reviewed"));
    QCOMPARE(m_window->current(), 1);
    QCOMPARE(m_window->view()->documentId(), m_fixture.viennaId);

    button(Kind::Intersection)->click(); // "identification" where alice's and bob's overlap
    const QList<Core::Coding> codings = consensusCodings();
    QCOMPARE(codings.size(), 2);
    const Core::Coding &vienna = codings.at(1);
    QCOMPARE(Core::TextOffsets::slice(m_fixture.vienna, vienna.start, vienna.end), QStringLiteral("identification"));
    QCOMPARE(m_window->progressText(), QStringLiteral("2 of 2 reviewed"));
    // Decided: the buttons wait for an undo.
    QVERIFY(!button(Kind::Union)->isEnabled());
    QCOMPARE(m_undo->count(), 2);
}

void TestDisagreementReview::undoAndRedo_takeTheDecisionAndItsCodingsBackAndForth()
{
    m_window->showDisagreement(1);
    button(Kind::Union)->click();
    QCOMPARE(consensusCodings().size(), 1);
    const QString guid = consensusCodings().first().guid;
    m_undo->undo();
    QCOMPARE(consensusCodings().size(), 0);
    QCOMPARE(m_window->progressText(), QStringLiteral("0 of 2 reviewed"));
    m_window->showDisagreement(1);
    QVERIFY(button(Kind::Union)->isEnabled());
    m_undo->redo();
    QCOMPARE(consensusCodings().size(), 1);
    QCOMPARE(consensusCodings().first().guid, guid);
    QCOMPARE(m_window->progressText(), QStringLiteral("1 of 2 reviewed"));
    const Core::Coding united = consensusCodings().first();
    QCOMPARE(Core::TextOffsets::slice(m_fixture.vienna, united.start, united.end),
             QStringLiteral("Early identification of victims"));
}

void TestDisagreementReview::keys_decideAndNavigate()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_window->current(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_window->current(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_N);
    QCOMPARE(m_window->progressText(), QStringLiteral("1 of 2 reviewed"));
    QCOMPARE(consensusCodings().size(), 0); // "none" codes nothing, and is still a decision
    QCOMPARE(m_window->current(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_1);
    QCOMPARE(consensusCodings().size(), 1);
    QCOMPARE(
        Core::TextOffsets::slice(m_fixture.vienna, consensusCodings().first().start, consensusCodings().first().end),
        QStringLiteral("identification of victims"));
}

void TestDisagreementReview::adjusted_codesTheSelection()
{
    m_window->showDisagreement(1);
    const qint64 at
        = Core::TextOffsets(m_fixture.vienna).toCodePoint(m_fixture.vienna.indexOf(QStringLiteral("victims")));
    m_window->view()->selectRange(at, at + 7);
    button(Kind::Adjusted)->click();
    QCOMPARE(consensusCodings().size(), 1);
    QCOMPARE(
        Core::TextOffsets::slice(m_fixture.vienna, consensusCodings().first().start, consensusCodings().first().end),
        QStringLiteral("victims"));
}

void TestDisagreementReview::review_resumesInANewWindow()
{
    button(Kind::First)->click(); // alice coded nothing in the plan: the consensus codes nothing there
    QCOMPARE(m_window->progressText(), QStringLiteral("1 of 2 reviewed"));
    m_window.reset();
    // The same review started again (as the window does): the same row, resumed at the undecided one.
    auto again = m_fixture.project->startReview(m_fixture.identification, false, m_fixture.alice, m_fixture.bob,
                                                QStringLiteral("consensus"));
    QVERIFY(again);
    QCOMPARE(again->id, m_review.id);
    m_window = openReview();
    QCOMPARE(m_window->progressText(), QStringLiteral("1 of 2 reviewed"));
    QCOMPARE(m_window->current(), 1);
}

void TestDisagreementReview::screenshot()
{
    m_window->showDisagreement(1);
    QTest::qWait(10);
    Test::saveScreenshot(m_window.get(), QStringLiteral("disagreement-review-light"));
    QApplication::setPalette(Test::screenshotDarkPalette());
    QTest::qWait(10);
    Test::saveScreenshot(m_window.get(), QStringLiteral("disagreement-review-dark"));
    QApplication::setPalette(QPalette());
}

QTEST_MAIN(TestDisagreementReview)
#include "tst_disagreementreview.moc"

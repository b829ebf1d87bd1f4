// The codebook panel on its own: what it keeps across the model's reloads, its pins, and that every change
// it offers comes out as a request and leaves the project as it was.

#include "codebookmodel.h"
#include "codebookpanel.h"
#include "isolatednamedelegate.h"
#include "store/project.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Marginalia;

class TestCodebookPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void reload_keepsOpenCodesAndTheCurrentCode();
    void selectCodePath_makesTheCodeCurrentAndSaysSo();
    void pins_areShownMovedAndKeptAcrossOpenings();
    void editsAndDoubleClicks_areRequestsThatLeaveTheProjectAlone();
    void names_areIsolated_soAMirroredPanelElidesThemAtTheirEnd();

private:
    /// Codes "Children" in the action plan with @p codeId and waits for the panel's model to reload.
    void codeAndWaitForReload(qint64 codeId);

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::CodebookPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCodebookPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCodebookPanel::init()
{
    static int counter = 0;
    m_fixture = Test::CodedProject();
    const Core::Status created = m_fixture.create(m_dir.filePath(QStringLiteral("c%1.marginalia").arg(++counter)));
    QVERIFY2(created, qPrintable(created.error()));
    m_panel = std::make_unique<Ui::CodebookPanel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(360, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setProject(m_fixture.project.get());
}

void TestCodebookPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_fixture.project.reset();
}

void TestCodebookPanel::codeAndWaitForReload(qint64 codeId)
{
    QSignalSpy reset(m_panel->model(), &QAbstractItemModel::modelReset);
    m_fixture.addCoding(m_fixture.planId, m_fixture.plan, QStringLiteral("Children"), codeId, m_fixture.bob);
    QTRY_VERIFY(reset.count() > 0);
}

void TestCodebookPanel::reload_keepsOpenCodesAndTheCurrentCode()
{
    QTreeView *view = m_panel->view();
    Ui::CodebookModel *model = m_panel->model();
    // Every code open after opening the project.
    QVERIFY(view->isExpanded(model->indexOf(m_fixture.protection)));
    m_panel->setCurrentCode(m_fixture.identification);

    // A reset of a model collapses a tree and forgets its current row; the panel puts both back.
    codeAndWaitForReload(m_fixture.nonRefoulement);
    QVERIFY(view->isExpanded(model->indexOf(m_fixture.protection)));
    QCOMPARE(m_panel->currentCode(), m_fixture.identification);

    view->collapse(model->indexOf(m_fixture.protection));
    m_panel->setCurrentCode(m_fixture.nonRefoulement);
    codeAndWaitForReload(m_fixture.children);
    QVERIFY(!view->isExpanded(model->indexOf(m_fixture.protection)));
    QCOMPARE(m_panel->currentCode(), m_fixture.nonRefoulement);
}

void TestCodebookPanel::selectCodePath_makesTheCodeCurrentAndSaysSo()
{
    QSignalSpy current(m_panel.get(), &Ui::CodebookPanel::currentCodeChanged);
    QVERIFY(m_panel->selectCodePath(QStringLiteral("Protection/Children")));
    QCOMPARE(m_panel->currentCode(), m_fixture.children);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().first().toLongLong(), m_fixture.children);
    QVERIFY(!m_panel->selectCodePath(QStringLiteral("Children")));
    QCOMPARE(m_panel->currentCode(), m_fixture.children);
}

void TestCodebookPanel::pins_areShownMovedAndKeptAcrossOpenings()
{
    Ui::CodebookModel *model = m_panel->model();
    auto keyOf = [model](qint64 codeId) {
        return model->indexOf(codeId, Ui::CodebookModel::KeyColumn).data();
    };
    m_panel->pinCode(m_fixture.children, 2);
    QCOMPARE(m_panel->pinnedCode(2), m_fixture.children);
    QCOMPARE(keyOf(m_fixture.children).toInt(), 2);

    // A key holds one code: pinning another to it takes it from the first.
    m_panel->pinCode(m_fixture.identification, 2);
    QCOMPARE(m_panel->pinnedCode(2), m_fixture.identification);
    QVERIFY(!keyOf(m_fixture.children).isValid());
    m_panel->pinCode(m_fixture.nonRefoulement, 5);

    // Another panel on the same project reads the pins back from the settings.
    Ui::CodebookPanel other;
    other.setProject(m_fixture.project.get());
    QCOMPARE(other.pinnedCodes(), (QHash<int, qint64>{{2, m_fixture.identification}, {5, m_fixture.nonRefoulement}}));
    QCOMPARE(other.model()->indexOf(m_fixture.nonRefoulement, Ui::CodebookModel::KeyColumn).data().toInt(), 5);

    m_panel->pinCode(m_fixture.identification, 0);
    QCOMPARE(m_panel->pinnedCodes(), (QHash<int, qint64>{{5, m_fixture.nonRefoulement}}));
}

void TestCodebookPanel::editsAndDoubleClicks_areRequestsThatLeaveTheProjectAlone()
{
    QSignalSpy renames(m_panel.get(), &Ui::CodebookPanel::renameRequested);
    QSignalSpy selections(m_panel.get(), &Ui::CodebookPanel::codeSelectionRequested);
    Ui::CodebookModel *model = m_panel->model();

    QVERIFY(model->setData(model->indexOf(m_fixture.children), QStringLiteral("Minors")));
    QCOMPARE(renames.count(), 1);
    QCOMPARE(renames.first().at(0).toLongLong(), m_fixture.children);
    QCOMPARE(renames.first().at(1).toString(), QStringLiteral("Minors"));

    QTreeView *view = m_panel->view();
    const QRect rect = view->visualRect(model->indexOf(m_fixture.nonRefoulement));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(selections.count(), 1);
    QCOMPARE(selections.first().first().toLongLong(), m_fixture.nonRefoulement);

    QCOMPARE(m_fixture.project->code(m_fixture.children)->name, QStringLiteral("Children"));
    QCOMPARE(m_fixture.project->codings().size(), 7);
}

QTEST_MAIN(TestCodebookPanel)
#include "tst_codebookpanel.moc"

void TestCodebookPanel::names_areIsolated_soAMirroredPanelElidesThemAtTheirEnd()
{
    QCOMPARE(Ui::IsolatedNameDelegate::isolated(QStringLiteral("Children")), QStringLiteral("\u2068Children\u2069"));
    QCOMPARE(Ui::IsolatedNameDelegate::isolated(QString()), QString());
    QTreeView *view = m_panel->view();
    QVERIFY(qobject_cast<Ui::IsolatedNameDelegate *>(view->itemDelegateForColumn(Ui::CodebookModel::NameColumn)));
    // The model's text, which editing and keyboard search use, stays the name itself.
    const QModelIndex first = view->model()->index(0, Ui::CodebookModel::NameColumn);
    QVERIFY(!first.data().toString().contains(QChar(0x2068)));

    // As the Arabic window lays it out, narrow: English names cut at their end, for a look.
    m_panel->setLayoutDirection(Qt::RightToLeft);
    m_panel->resize(200, 300);
    view->expandAll();
    Test::saveScreenshot(m_panel.get(), QStringLiteral("codebook-rtl-narrow"));
    m_panel->setLayoutDirection(Qt::LeftToRight);
}

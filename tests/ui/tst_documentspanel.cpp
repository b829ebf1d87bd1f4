// The documents panel on its own: the filter, which document is current and who hears of it, and that
// renames and removals come out as requests that leave the project as it was.

#include "documentlistmodel.h"
#include "documentspanel.h"
#include "store/project.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Marginalia;

class TestDocumentsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void list_isSortedByNameAndFilteredAsTyped();
    void choosingARow_activatesItsDocument_showingOneElsewhereDoesNot();
    void deleteKeyAndEditedName_areRequestsThatLeaveTheProjectAlone();
    void coderFilter_countsThatCodersCodings();

private:
    QStringList names() const;
    qint64 idAt(int row) const;

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::DocumentsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_sortTester;
};

void TestDocumentsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Core::Status created = m_fixture.create(m_dir.filePath(QStringLiteral("documents.marginalia")));
    QVERIFY2(created, qPrintable(created.error()));
}

void TestDocumentsPanel::init()
{
    m_panel = std::make_unique<Ui::DocumentsPanel>();
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_panel->model(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sortTester = std::make_unique<QAbstractItemModelTester>(m_panel->sortModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(320, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setProject(m_fixture.project.get());
}

void TestDocumentsPanel::cleanup()
{
    m_sortTester.reset();
    m_modelTester.reset();
    m_panel.reset();
}

QStringList TestDocumentsPanel::names() const
{
    QStringList result;
    const QAbstractItemModel *model = m_panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, Ui::DocumentListModel::NameColumn).data().toString());
    return result;
}

qint64 TestDocumentsPanel::idAt(int row) const
{
    return m_panel->view()->model()->index(row, 0).data(Ui::DocumentListModel::DocumentIdRole).toLongLong();
}

void TestDocumentsPanel::list_isSortedByNameAndFilteredAsTyped()
{
    QCOMPARE(names(), (QStringList{QStringLiteral("Action plan"), QStringLiteral("Vienna statement")}));
    auto *filter = m_panel->findChild<QLineEdit *>();
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("VIENNA"));
    QCOMPARE(names(), QStringList{QStringLiteral("Vienna statement")});
    filter->clear();
    QCOMPARE(names().size(), 2);
}

void TestDocumentsPanel::choosingARow_activatesItsDocument_showingOneElsewhereDoesNot()
{
    QSignalSpy activated(m_panel.get(), &Ui::DocumentsPanel::documentActivated);
    m_panel->activateFirstDocument();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().first().toLongLong(), m_fixture.planId);

    m_panel->view()->setCurrentIndex(m_panel->view()->model()->index(1, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().first().toLongLong(), m_fixture.viennaId);

    // The window showed a document some other way (a jump from retrieval): the list follows, quietly.
    m_panel->setCurrentDocument(m_fixture.planId);
    QCOMPARE(idAt(m_panel->view()->currentIndex().row()), m_fixture.planId);
    QCOMPARE(activated.count(), 0);
}

void TestDocumentsPanel::deleteKeyAndEditedName_areRequestsThatLeaveTheProjectAlone()
{
    QSignalSpy removals(m_panel.get(), &Ui::DocumentsPanel::removeRequested);
    QSignalSpy renames(m_panel.get(), &Ui::DocumentsPanel::renameRequested);
    QTreeView *view = m_panel->view();
    view->setCurrentIndex(view->model()->index(1, 0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(removals.count(), 1);
    QCOMPARE(removals.first().first().toLongLong(), m_fixture.viennaId);

    // The model changes when the project says the rename happened, so the edit itself reports no change.
    view->model()->setData(view->model()->index(0, Ui::DocumentListModel::NameColumn),
                           QStringLiteral("Plan of action"));
    QCOMPARE(renames.count(), 1);
    QCOMPARE(renames.first().at(0).toLongLong(), m_fixture.planId);
    QCOMPARE(renames.first().at(1).toString(), QStringLiteral("Plan of action"));

    QCOMPARE(m_fixture.project->documents().size(), 2);
    QCOMPARE(m_fixture.project->document(m_fixture.planId)->name, QStringLiteral("Action plan"));
}

void TestDocumentsPanel::coderFilter_countsThatCodersCodings()
{
    auto codingsOf = [this](int row) {
        return m_panel->view()->model()->index(row, Ui::DocumentListModel::CodingsColumn).data().toInt();
    };
    QCOMPARE(codingsOf(1), 4); // Vienna statement: alice's two and bob's two
    m_panel->setCoderFilter(m_fixture.alice);
    QCOMPARE(codingsOf(0), 2);
    QCOMPARE(codingsOf(1), 2);
    m_panel->setCoderFilter(m_fixture.bob);
    QCOMPARE(codingsOf(0), 1);
    m_panel->setCoderFilter(0);
    QCOMPARE(codingsOf(0), 3);
}

QTEST_MAIN(TestDocumentsPanel)
#include "tst_documentspanel.moc"

#include "classviewpanel.h"
#include "exchange/projectmerge.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace Marginalia;

/// The class view: students x codes against the key, shaded, sortable, and a cell opening the review.
class TestClassView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void table_hasAStudentRowAndACodeColumnAgainstTheKey();
    void noKey_saysWhatToDo();
    void activatingACell_asksForTheReview();
    void screenshot();

private:
    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::ClassViewPanel> m_panel;
};

void TestClassView::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(m_dir.filePath(QStringLiteral("c.marginalia")));
    QVERIFY(m_fixture.create(m_dir.filePath(QStringLiteral("c.marginalia"))));
    // bob is the key here, alice the one student.
    m_panel = std::make_unique<Ui::ClassViewPanel>();
    m_panel->resize(700, 300);
    m_panel->setProject(m_fixture.project.get());
    m_panel->setKey(m_fixture.bob);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestClassView::cleanup()
{
    m_panel.reset();
    m_fixture.project.reset();
}

void TestClassView::table_hasAStudentRowAndACodeColumnAgainstTheKey()
{
    QStandardItemModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->item(0, 0)->text(), QStringLiteral("alice"));
    // The pooled score first, then the codes in codebook order.
    QCOMPARE(model->horizontalHeaderItem(1)->text(), QStringLiteral("All codes"));
    QCOMPARE(model->item(0, 1)->data(Ui::ClassViewPanel::CodeIdRole).toLongLong(), 0);
    bool sawIdentification = false;
    for (int column = 2; column < model->columnCount(); ++column) {
        if (model->horizontalHeaderItem(column)->text() == QStringLiteral("Protection/Identification")) {
            sawIdentification = true;
            const QStandardItem *cell = model->item(0, column);
            QVERIFY(cell->data(Ui::ClassViewPanel::CodeIdRole).toLongLong() == m_fixture.identification);
            QVERIFY(cell->background().color().isValid());
        }
    }
    QVERIFY(sawIdentification);
    m_panel->setShown(Ui::ClassViewPanel::Shown::Recall);
    QVERIFY(model->rowCount() == 1);
}

void TestClassView::noKey_saysWhatToDo()
{
    m_panel->setKey(0);
    // No coder is named "key" in the fixture: the panel asks for one.
    QVERIFY2(m_panel->message().contains(QStringLiteral("key")), qPrintable(m_panel->message()));
}

void TestClassView::activatingACell_asksForTheReview()
{
    QSignalSpy requested(m_panel.get(), &Ui::ClassViewPanel::reviewRequested);
    QStandardItemModel *model = m_panel->model();
    int column = 2;
    while (model->item(0, column)->data(Ui::ClassViewPanel::CodeIdRole).toLongLong() != m_fixture.identification)
        ++column;
    const QModelIndex cell = m_panel->sortModel()->mapFromSource(model->index(0, column));
    Q_EMIT m_panel->view()->activated(cell);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), m_fixture.identification);
    QCOMPARE(requested.first().at(2).toLongLong(), m_fixture.bob);
    QCOMPARE(requested.first().at(3).toLongLong(), m_fixture.alice);
}

void TestClassView::screenshot()
{
    Test::saveScreenshot(m_panel.get(), QStringLiteral("class-view-light"));
}

QTEST_MAIN(TestClassView)
#include "tst_classview.moc"

#include "attributetablemodel.h"
#include "base/translations.h"
#include "casespanel.h"
#include "documentview.h"
#include "mainwindow.h"
#include "projectcommand.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Marginalia;

/// The Cases dock in the window: cases added, renamed and removed, their attributes' values edited by type,
/// documents and passages assigned and taken out, the memo; each change one undo step that undo takes back,
/// also across a case whose removal was undone (and which has a new id since).
class TestCasesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addRenameRemoveCase_eachOneUndoStep();
    void undoingARemovedCase_bringsBackItsMembersValuesAndMemo_underANewId();
    void renameToATakenOrEmptyName_changesNothing_andSaysWhy();
    void values_editedByType_andABadValueRefusedWithAClearMessage();
    void caseAttribute_addedAndRemoved_undoBringsTheValuesBack();
    void assigningTheDocumentAndAPassage_showsThemAsMembers_undoably();
    void assignToCaseChooser_offersNewCase();
    void removingMembers_isOneStep();
    void memo_isSavedAsOneMergedStep();
    void screenshot();

private:
    QModelIndex cell(const QString &caseName, const QString &column) const;
    QString valueOf(const QString &caseName, const QString &attributeName) const;
    Core::Project &project() const { return *m_window->project(); }
    Ui::CasesPanel *panel() const { return m_window->casesPanel(); }
    QUndoStack *stack() const { return m_window->undoStack(); }
    qint64 caseId(const QString &name) const;

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_errors;
};

void TestCasesPanel::initTestCase()
{
    Core::installTranslations(); // "2 cases", not "case(s)", in the screenshot
}

void TestCasesPanel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("c.marginalia"));
    QFile::remove(path);
    QVERIFY(m_fixture.create(path));
    Core::Project &fixture = *m_fixture.project;
    const qint64 austria = fixture.addCase(QStringLiteral("Austria"))->id;
    QVERIFY(fixture.addCase(QStringLiteral("Thailand")));
    const qint64 region
        = fixture
              .addAttribute(QStringLiteral("region"), Core::AttributeType::List,
                            {QStringLiteral("Europe"), QStringLiteral("Asia"), QStringLiteral("Africa")},
                            Core::AttributeTarget::Case)
              ->id;
    QVERIFY(
        fixture.addAttribute(QStringLiteral("ratified"), Core::AttributeType::Date, {}, Core::AttributeTarget::Case));
    QVERIFY(fixture.setCaseAttributeValues({{austria, region, QStringLiteral("Europe")}}));
    m_fixture.project.reset();

    m_window = std::make_unique<Ui::MainWindow>();
    QVERIFY(m_window->openProject(path));
    m_errors.clear();
    // After the window, which reports failures in a message box: here they are collected.
    Ui::ProjectCommand::setErrorHandler([this](const QString &message) { m_errors.append(message); });
    m_tester = std::make_unique<QAbstractItemModelTester>(panel()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("casesDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    panel()->reload();
}

void TestCasesPanel::cleanup()
{
    m_tester.reset();
    m_window.reset();
    Ui::ProjectCommand::setErrorHandler({});
}

qint64 TestCasesPanel::caseId(const QString &name) const
{
    const auto found = project().caseByName(name);
    return found ? found->id : 0;
}

QModelIndex TestCasesPanel::cell(const QString &caseName, const QString &column) const
{
    const QAbstractItemModel *model = panel()->sortModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() != caseName)
            continue;
        for (int each = 0; each < model->columnCount(); ++each) {
            if (model->headerData(each, Qt::Horizontal).toString() == column)
                return model->index(row, each);
        }
    }
    return {};
}

QString TestCasesPanel::valueOf(const QString &caseName, const QString &attributeName) const
{
    const auto attribute = project().attributeByName(attributeName, Core::AttributeTarget::Case);
    if (!attribute)
        return QStringLiteral("<no attribute>");
    const qint64 id = caseId(caseName);
    for (const Core::CaseAttributeValue &value : project().caseAttributeValues(attribute->id)) {
        if (value.caseId == id)
            return value.value;
    }
    return {};
}

void TestCasesPanel::addRenameRemoveCase_eachOneUndoStep()
{
    QCOMPARE(panel()->model()->rowCount(), 2);
    Test::answerNextDialogs({QStringLiteral("UNHCR")});
    panel()->askNewCase();
    QCOMPARE(stack()->count(), 1);
    QVERIFY(caseId(QStringLiteral("UNHCR")) != 0);
    QTRY_VERIFY(cell(QStringLiteral("UNHCR"), QStringLiteral("Case")).isValid());

    // The name cell renames.
    const QModelIndex name = cell(QStringLiteral("UNHCR"), QStringLiteral("Case"));
    QVERIFY(name.flags() & Qt::ItemIsEditable);
    panel()->sortModel()->setData(name, QStringLiteral(" UN Refugee Agency "));
    QCOMPARE(stack()->count(), 2);
    QVERIFY(caseId(QStringLiteral("UN Refugee Agency")) != 0);
    QCOMPARE(caseId(QStringLiteral("UNHCR")), 0);
    QTRY_VERIFY(cell(QStringLiteral("UN Refugee Agency"), QStringLiteral("Case")).isValid());

    QVERIFY(panel()->selectCase(QStringLiteral("UN Refugee Agency")));
    Test::answerNextDialogs({QStringLiteral("yes")});
    panel()->askRemoveCase();
    QCOMPARE(stack()->count(), 3);
    QCOMPARE(caseId(QStringLiteral("UN Refugee Agency")), 0);
    QTRY_COMPARE(panel()->model()->rowCount(), 2);

    stack()->undo();
    QVERIFY(caseId(QStringLiteral("UN Refugee Agency")) != 0);
    stack()->undo();
    QVERIFY(caseId(QStringLiteral("UNHCR")) != 0);
    const QString guid = project().caseByName(QStringLiteral("UNHCR"))->guid;
    stack()->undo();
    QCOMPARE(caseId(QStringLiteral("UNHCR")), 0);
    QCOMPARE(project().cases().size(), 2);
    // Redo makes the same case again (its GUID), renamed and removed as before.
    stack()->redo();
    QCOMPARE(project().caseByName(QStringLiteral("UNHCR"))->guid, guid);
    stack()->redo();
    stack()->redo();
    QCOMPARE(project().cases().size(), 2);
    QVERIFY(m_errors.isEmpty());
}

void TestCasesPanel::undoingARemovedCase_bringsBackItsMembersValuesAndMemo_underANewId()
{
    QVERIFY(m_window->assignToCase(project().caseByName(QStringLiteral("Austria"))->guid, QStringLiteral("Austria"),
                                   m_fixture.viennaId));
    QVERIFY(m_window->assignToCase(project().caseByName(QStringLiteral("Austria"))->guid, QStringLiteral("Austria"),
                                   m_fixture.planId, 5, 20));
    panel()->reload();
    panel()->sortModel()->setData(cell(QStringLiteral("Austria"), QStringLiteral("ratified")),
                                  QStringLiteral("2018-12"));
    QCOMPARE(valueOf(QStringLiteral("Austria"), QStringLiteral("ratified")), QStringLiteral("2018-12-01"));
    QVERIFY(panel()->selectCase(QStringLiteral("Austria")));
    panel()->memoEdit()->setPlainText(QStringLiteral("Host of the Vienna meeting"));
    panel()->flushMemo();
    QCOMPARE(stack()->count(), 4);
    const qint64 oldId = caseId(QStringLiteral("Austria"));

    Test::answerNextDialogs({QStringLiteral("yes")});
    panel()->askRemoveCase();
    QCOMPARE(stack()->count(), 5);
    QCOMPARE(caseId(QStringLiteral("Austria")), 0);
    QCOMPARE(project().caseMembers().size(), 0);

    stack()->undo();
    const auto restored = project().caseByName(QStringLiteral("Austria"));
    QVERIFY(restored);
    QVERIFY(restored->id != oldId);
    QCOMPARE(restored->memo, QStringLiteral("Host of the Vienna meeting"));
    QCOMPARE(project().caseMembers(restored->id).size(), 2);
    QCOMPARE(valueOf(QStringLiteral("Austria"), QStringLiteral("region")), QStringLiteral("Europe"));
    QCOMPARE(valueOf(QStringLiteral("Austria"), QStringLiteral("ratified")), QStringLiteral("2018-12-01"));

    // The steps before the removal find the case under its new id.
    stack()->undo(); // the memo
    QCOMPARE(project().caseByName(QStringLiteral("Austria"))->memo, QString());
    stack()->undo(); // the value
    QCOMPARE(valueOf(QStringLiteral("Austria"), QStringLiteral("ratified")), QString());
    stack()->undo(); // the passage
    QCOMPARE(project().caseMembers(caseId(QStringLiteral("Austria"))).size(), 1);
    stack()->undo(); // the document
    QCOMPARE(project().caseMembers(caseId(QStringLiteral("Austria"))).size(), 0);
    for (int i = 0; i < 5; ++i)
        stack()->redo();
    QCOMPARE(caseId(QStringLiteral("Austria")), 0);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

void TestCasesPanel::renameToATakenOrEmptyName_changesNothing_andSaysWhy()
{
    panel()->sortModel()->setData(cell(QStringLiteral("Austria"), QStringLiteral("Case")), QStringLiteral("thailand"));
    QCOMPARE(stack()->count(), 0);
    QVERIFY2(panel()->message().contains(QStringLiteral("already a case named \"Thailand\"")),
             qPrintable(panel()->message()));
    panel()->sortModel()->setData(cell(QStringLiteral("Austria"), QStringLiteral("Case")), QStringLiteral("  "));
    QCOMPARE(stack()->count(), 0);
    QVERIFY2(panel()->message().contains(QStringLiteral("needs a name")), qPrintable(panel()->message()));
    QVERIFY(caseId(QStringLiteral("Austria")) != 0);
}

void TestCasesPanel::values_editedByType_andABadValueRefusedWithAClearMessage()
{
    const QModelIndex ratified = cell(QStringLiteral("Thailand"), QStringLiteral("ratified"));
    QVERIFY(ratified.isValid());
    panel()->sortModel()->setData(ratified, QStringLiteral("last spring"));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(valueOf(QStringLiteral("Thailand"), QStringLiteral("ratified")), QString());
    QVERIFY2(panel()->message().contains(QStringLiteral("Thailand")), qPrintable(panel()->message()));
    QVERIFY2(panel()->message().contains(QStringLiteral("\"last spring\" is not a date")),
             qPrintable(panel()->message()));

    panel()->sortModel()->setData(ratified, QStringLiteral("2019"));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(valueOf(QStringLiteral("Thailand"), QStringLiteral("ratified")), QStringLiteral("2019-01-01"));
    QVERIFY(panel()->message().isEmpty());
    QTRY_COMPARE(cell(QStringLiteral("Thailand"), QStringLiteral("ratified")).data().toString(),
                 QStringLiteral("2019-01-01"));

    // A list's cell is edited with its values, "no value" first.
    const QModelIndex region = cell(QStringLiteral("Thailand"), QStringLiteral("region"));
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> editor(
        panel()->view()->itemDelegateForIndex(region)->createEditor(panel()->view()->viewport(), option, region));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(2), QStringLiteral("Asia"));
    panel()->sortModel()->setData(region, QStringLiteral("asia"));
    QCOMPARE(valueOf(QStringLiteral("Thailand"), QStringLiteral("region")), QStringLiteral("Asia"));
    panel()->sortModel()->setData(cell(QStringLiteral("Thailand"), QStringLiteral("region")),
                                  QStringLiteral("Oceania"));
    QCOMPARE(stack()->count(), 2);
    QVERIFY2(panel()->message().contains(QStringLiteral("Oceania")), qPrintable(panel()->message()));

    stack()->undo();
    QCOMPARE(valueOf(QStringLiteral("Thailand"), QStringLiteral("region")), QString());
    stack()->undo();
    QCOMPARE(valueOf(QStringLiteral("Thailand"), QStringLiteral("ratified")), QString());
    QVERIFY(m_errors.isEmpty());
}

void TestCasesPanel::caseAttribute_addedAndRemoved_undoBringsTheValuesBack()
{
    Q_EMIT panel()->newAttributeRequested(QStringLiteral("member state"), Core::AttributeType::Boolean, {});
    QCOMPARE(stack()->count(), 1);
    // A case attribute, not a document one: the documents' may have the same name.
    QVERIFY(project().attributeByName(QStringLiteral("member state"), Core::AttributeTarget::Case));
    QVERIFY(!project().attributeByName(QStringLiteral("member state")));
    panel()->reload();
    panel()->sortModel()->setData(cell(QStringLiteral("Austria"), QStringLiteral("member state")), QStringLiteral("Y"));
    QCOMPARE(valueOf(QStringLiteral("Austria"), QStringLiteral("member state")), QStringLiteral("yes"));

    // Removed after the case went and came back (a new id): undo finds the case by its GUID.
    QVERIFY(panel()->selectCase(QStringLiteral("Austria")));
    Test::answerNextDialogs({QStringLiteral("yes")});
    panel()->askRemoveCase();
    stack()->undo();
    panel()->reload();
    QVERIFY(panel()->view()->model()->rowCount() == 2);
    const auto attribute = project().attributeByName(QStringLiteral("member state"), Core::AttributeTarget::Case);
    Q_EMIT panel()->removeAttributeRequested(attribute->id);
    QVERIFY(!project().attributeByName(QStringLiteral("member state"), Core::AttributeTarget::Case));
    stack()->undo();
    QCOMPARE(valueOf(QStringLiteral("Austria"), QStringLiteral("member state")), QStringLiteral("yes"));
    stack()->undo(); // the value
    stack()->undo(); // the attribute
    QVERIFY(!project().attributeByName(QStringLiteral("member state"), Core::AttributeTarget::Case));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

void TestCasesPanel::assigningTheDocumentAndAPassage_showsThemAsMembers_undoably()
{
    const QString austria = project().caseByName(QStringLiteral("Austria"))->guid;
    QVERIFY(m_window->showDocument(m_fixture.viennaId));
    QVERIFY(m_window->assignToCase(austria, QStringLiteral("Austria"), m_fixture.viennaId));
    // The passage "Early identification" of the plan, in code points (the emoji before it counts one).
    QVERIFY(m_window->showDocument(m_fixture.planId));
    m_window->documentView()->selectRange(0, 8);
    QVERIFY(m_window->assignToCase(austria, QStringLiteral("Austria"), m_fixture.planId, 0, 8));
    QCOMPARE(stack()->count(), 2);
    // The same again is not a step.
    QVERIFY(!m_window->assignToCase(austria, QStringLiteral("Austria"), m_fixture.viennaId));
    QCOMPARE(stack()->count(), 2);

    QCOMPARE(panel()->currentCase()->name, QStringLiteral("Austria"));
    QTreeWidget *members = panel()->membersView();
    QTRY_COMPARE(members->topLevelItemCount(), 2);
    QStringList rows;
    for (int row = 0; row < members->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = members->topLevelItem(row);
        rows.append(item->text(0) + u'|' + item->text(1) + u'|' + item->text(2));
    }
    rows.sort();
    QCOMPARE(rows.at(0), QStringLiteral("Action plan|passage 0\u20138|Children"));
    QVERIFY2(
        rows.at(1).startsWith(QStringLiteral("Vienna statement|whole document|1. \U0001F30D Early identification")),
        qPrintable(rows.at(1)));

    stack()->undo();
    QCOMPARE(project().caseMembers(caseId(QStringLiteral("Austria"))).size(), 1);
    QTRY_COMPARE(members->topLevelItemCount(), 1);
    stack()->undo();
    QCOMPARE(project().caseMembers().size(), 0);

    // To a new case: the case and its member are one step.
    QVERIFY(m_window->assignToCase(QString(), QStringLiteral("Sudan"), m_fixture.viennaId, 3, 10));
    QCOMPARE(stack()->count(), 1);
    const QString sudan = project().caseByName(QStringLiteral("Sudan"))->guid;
    QCOMPARE(project().caseMembers(caseId(QStringLiteral("Sudan"))).size(), 1);
    stack()->undo();
    QVERIFY(!project().caseByName(QStringLiteral("Sudan")));
    stack()->redo();
    QCOMPARE(project().caseByName(QStringLiteral("Sudan"))->guid, sudan);
    QCOMPARE(project().caseMembers(caseId(QStringLiteral("Sudan"))).constFirst().end, 10);
    QVERIFY(m_errors.isEmpty());
}

void TestCasesPanel::assignToCaseChooser_offersNewCase()
{
    QVERIFY(m_window->showDocument(m_fixture.planId));
    m_window->documentView()->selectRange(0, 8);
    Test::answerNextDialogs({QStringLiteral("New case..."), QStringLiteral("Unaccompanied minors")});
    m_window->askAssignSelectionToCase();
    QCOMPARE(stack()->count(), 1);
    const auto minors = project().caseByName(QStringLiteral("Unaccompanied minors"));
    QVERIFY(minors);
    QCOMPARE(project().caseMembers(minors->id).constFirst().start, 0);
    QCOMPARE(project().caseMembers(minors->id).constFirst().end, 8);

    Test::answerNextDialogs({QStringLiteral("Thailand")});
    m_window->askAssignDocumentToCase();
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(project().caseMembers(caseId(QStringLiteral("Thailand"))).constFirst().end, 0);
    QCOMPARE(stack()->text(1), QStringLiteral("Assign \"Action plan\" to case \"Thailand\""));
}

void TestCasesPanel::removingMembers_isOneStep()
{
    const QString austria = project().caseByName(QStringLiteral("Austria"))->guid;
    QVERIFY(m_window->assignToCase(austria, QStringLiteral("Austria"), m_fixture.viennaId));
    QVERIFY(m_window->assignToCase(austria, QStringLiteral("Austria"), m_fixture.planId, 0, 8));
    QTRY_COMPARE(panel()->membersView()->topLevelItemCount(), 2);
    panel()->membersView()->selectAll();
    panel()->removeSelectedMembers();
    QCOMPARE(stack()->count(), 3);
    QCOMPARE(project().caseMembers().size(), 0);
    stack()->undo();
    QCOMPARE(project().caseMembers().size(), 2);
    QTRY_COMPARE(panel()->membersView()->topLevelItemCount(), 2);
}

void TestCasesPanel::memo_isSavedAsOneMergedStep()
{
    QVERIFY(panel()->selectCase(QStringLiteral("Thailand")));
    QPlainTextEdit *memo = panel()->memoEdit();
    QVERIFY(memo->isEnabled());
    memo->setPlainText(QStringLiteral("Bangkok"));
    QTRY_COMPARE(project().caseByName(QStringLiteral("Thailand"))->memo, QStringLiteral("Bangkok")); // a pause saves
    memo->setPlainText(QStringLiteral("Bangkok consultation, 2018"));
    panel()->flushMemo();
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(project().caseByName(QStringLiteral("Thailand"))->memo, QStringLiteral("Bangkok consultation, 2018"));
    stack()->undo();
    QCOMPARE(project().caseByName(QStringLiteral("Thailand"))->memo, QString());
    QTRY_COMPARE(memo->toPlainText(), QString());
}

void TestCasesPanel::screenshot()
{
    const QString austria = project().caseByName(QStringLiteral("Austria"))->guid;
    const QString thailand = project().caseByName(QStringLiteral("Thailand"))->guid;
    QVERIFY(m_window->assignToCase(austria, QStringLiteral("Austria"), m_fixture.viennaId));
    QVERIFY(m_window->assignToCase(austria, QStringLiteral("Austria"), m_fixture.planId, 0, 52));
    QVERIFY(m_window->assignToCase(thailand, QStringLiteral("Thailand"), m_fixture.planId));
    panel()->sortModel()->setData(cell(QStringLiteral("Austria"), QStringLiteral("ratified")),
                                  QStringLiteral("2018-12-19"));
    panel()->sortModel()->setData(cell(QStringLiteral("Thailand"), QStringLiteral("region")), QStringLiteral("Asia"));
    QVERIFY(panel()->selectCase(QStringLiteral("Austria")));
    panel()->memoEdit()->setPlainText(
        QStringLiteral("Host of the 2017 Vienna meeting; federal ministries' statements."));
    panel()->flushMemo();
    m_window->resize(1360, 860);
    QTest::qWait(50);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("casesDock"));
    QTRY_VERIFY(dock->isVisible());
    // Like every bottom panel, it can be made small (tst_mainwindow): it does not hold the text's room.
    QVERIFY(dock->minimumSizeHint().height() <= 220);
    QVERIFY(panel()->width() > 700);
    QVERIFY(panel()->height() > 150);
    Test::saveScreenshot(dock, QStringLiteral("cases-panel"));
    QVERIFY(m_errors.isEmpty());
}

QTEST_MAIN(TestCasesPanel)
#include "tst_casespanel.moc"

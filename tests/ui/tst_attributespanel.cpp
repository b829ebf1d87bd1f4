#include "attributecommands.h"
#include "attributespanel.h"
#include "attributetablemodel.h"
#include "base/translations.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Marginalia;

/// The Attributes panel: editing values by type, attributes added and removed, CSV import, the condition
/// filter and sets, sorting by value; each change one undo step, wired as the window wires it.
class TestAttributesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editingACell_writesTheCanonicalValue_asOneUndoStep();
    void aValueTheTypeCannotRead_changesNothing_andSaysWhy();
    void listCell_offersTheListsValues();
    void addAndRemoveAttribute_undoBringsTheValuesBack();
    void csvImportWithABadRow_changesNothing_andListsTheProblem();
    void csvImport_isOneUndoStep();
    void exportCsv_writesTheTable();
    void condition_narrowsTheRows_andABadOneNamesTheAttribute();
    void saveAsSet_savesTheCondition_undoably();
    void numberColumn_sortsByValue();
    void window_hasTheDock_andReportsABadImport();
    void screenshot();

private:
    QModelIndex cell(const QString &documentName, const QString &attributeName) const;
    QString valueOf(qint64 documentId, const QString &attributeName) const;
    QString writeFile(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::AttributesPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_errors;
};

void TestAttributesPanel::initTestCase()
{
    Core::installTranslations(); // "3 of 5 documents", not "document(s)", in the screenshot
}

void TestAttributesPanel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(m_dir.filePath(QStringLiteral("a.marginalia")));
    QVERIFY(m_fixture.create(m_dir.filePath(QStringLiteral("a.marginalia"))));
    Core::Project &project = *m_fixture.project;
    const qint64 year = project.addAttribute(QStringLiteral("year"), Core::AttributeType::Number)->id;
    const qint64 type
        = project
              .addAttribute(QStringLiteral("type"), Core::AttributeType::List,
                            {QStringLiteral("resolution"), QStringLiteral("statement"), QStringLiteral("plan")})
              ->id;
    // 2 and 10: by value the Vienna statement comes first, by text ("10" < "2") or by name the Action plan.
    QVERIFY(project.setAttributeValues({{m_fixture.viennaId, year, QStringLiteral("2")},
                                        {m_fixture.planId, year, QStringLiteral("10")},
                                        {m_fixture.viennaId, type, QStringLiteral("statement")},
                                        {m_fixture.planId, type, QStringLiteral("plan")}}));

    m_errors.clear();
    Ui::ProjectCommand::setErrorHandler([this](const QString &message) { m_errors.append(message); });
    m_stack = std::make_unique<QUndoStack>();
    m_panel = std::make_unique<Ui::AttributesPanel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    // What MainWindow::connectAttributesPanel() does with the panel's requests.
    Core::Project *p = m_fixture.project.get();
    QUndoStack *stack = m_stack.get();
    connect(m_panel.get(), &Ui::AttributesPanel::valueChangeRequested, stack,
            [p, stack](qint64 documentId, const QString &documentName, const QString &attributeName,
                       const QString &oldValue, const QString &newValue) {
                stack->push(
                    new Ui::SetAttributeValueCommand(p, documentId, documentName, attributeName, oldValue, newValue));
            });
    connect(m_panel.get(), &Ui::AttributesPanel::newAttributeRequested, stack,
            [p, stack](const QString &name, Core::AttributeType type, const QStringList &values) {
                stack->push(new Ui::AddAttributeCommand(p, name, type, values));
            });
    connect(m_panel.get(), &Ui::AttributesPanel::removeAttributeRequested, stack, [p, stack](qint64 attributeId) {
        for (const Core::Attribute &attribute : p->attributes()) {
            if (attribute.id == attributeId)
                stack->push(new Ui::RemoveAttributeCommand(p, attribute));
        }
    });
    connect(m_panel.get(), &Ui::AttributesPanel::setRequested, stack,
            [p, stack](const QString &name, const QList<qint64> &documents, const QString &condition) {
                stack->push(new Ui::AddDocumentSetCommand(p, name, documents, condition));
            });
    m_panel->resize(900, 260);
    m_panel->setProject(p);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestAttributesPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_stack.reset();
    m_fixture.project.reset();
    Ui::ProjectCommand::setErrorHandler({});
}

QModelIndex TestAttributesPanel::cell(const QString &documentName, const QString &attributeName) const
{
    const QAbstractItemModel *model = m_panel->sortModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() != documentName)
            continue;
        for (int column = 1; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal).toString() == attributeName)
                return model->index(row, column);
        }
    }
    return {};
}

QString TestAttributesPanel::valueOf(qint64 documentId, const QString &attributeName) const
{
    const auto attribute = m_fixture.project->attributeByName(attributeName);
    if (!attribute)
        return QStringLiteral("<no attribute>");
    for (const Core::AttributeValue &value : m_fixture.project->attributeValues(attribute->id)) {
        if (value.documentId == documentId)
            return value.value;
    }
    return {};
}

QString TestAttributesPanel::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the CSV fixture");
    return path;
}

void TestAttributesPanel::editingACell_writesTheCanonicalValue_asOneUndoStep()
{
    const QModelIndex year = cell(QStringLiteral("Vienna statement"), QStringLiteral("year"));
    QVERIFY(year.isValid());
    QVERIFY(year.flags() & Qt::ItemIsEditable);
    QVERIFY(!(year.siblingAtColumn(0).flags() & Qt::ItemIsEditable));
    // A decimal comma is read, and the value kept in its canonical spelling.
    m_panel->sortModel()->setData(year, QStringLiteral(" 2,5 "));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QStringLiteral("2.5"));
    QTRY_COMPARE(cell(QStringLiteral("Vienna statement"), QStringLiteral("year")).data().toString(),
                 QStringLiteral("2.5"));
    QVERIFY(m_panel->message().isEmpty());

    m_stack->undo();
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QStringLiteral("2"));
    QTRY_COMPARE(cell(QStringLiteral("Vienna statement"), QStringLiteral("year")).data().toString(),
                 QStringLiteral("2"));
    m_stack->redo();
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QStringLiteral("2.5"));

    // An empty cell is no value, also one step.
    m_panel->sortModel()->setData(cell(QStringLiteral("Vienna statement"), QStringLiteral("year")), QString());
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QString());
    m_stack->undo();
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QStringLiteral("2.5"));
    QVERIFY(m_errors.isEmpty());
}

void TestAttributesPanel::aValueTheTypeCannotRead_changesNothing_andSaysWhy()
{
    m_panel->sortModel()->setData(cell(QStringLiteral("Action plan"), QStringLiteral("year")), QStringLiteral("soon"));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(valueOf(m_fixture.planId, QStringLiteral("year")), QStringLiteral("10"));
    QVERIFY2(m_panel->message().contains(QStringLiteral("soon")), qPrintable(m_panel->message()));
    QVERIFY2(m_panel->message().contains(QStringLiteral("Action plan")), qPrintable(m_panel->message()));

    // The next good edit answers it.
    m_panel->sortModel()->setData(cell(QStringLiteral("Action plan"), QStringLiteral("year")), QStringLiteral("11"));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_panel->message().isEmpty());
}

void TestAttributesPanel::listCell_offersTheListsValues()
{
    const QModelIndex type = cell(QStringLiteral("Vienna statement"), QStringLiteral("type"));
    m_panel->view()->setCurrentIndex(type);
    m_panel->view()->edit(type);
    auto *combo = m_panel->view()->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4); // no value, then the list in its order
    QCOMPARE(combo->itemText(1), QStringLiteral("resolution"));
    QCOMPARE(combo->currentText(), QStringLiteral("statement"));
    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("type")), QStringLiteral("resolution"));

    // The header says the type.
    const int column = type.column();
    QVERIFY(m_panel->sortModel()
                ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("list")));
}

void TestAttributesPanel::addAndRemoveAttribute_undoBringsTheValuesBack()
{
    Q_EMIT m_panel->newAttributeRequested(QStringLiteral("adopted"), Core::AttributeType::Date, {});
    QVERIFY(m_fixture.project->attributeByName(QStringLiteral("adopted")));
    QTRY_COMPARE(m_panel->sortModel()->columnCount(), 4);
    m_panel->sortModel()->setData(cell(QStringLiteral("Action plan"), QStringLiteral("adopted")),
                                  QStringLiteral("2017-05"));
    QCOMPARE(valueOf(m_fixture.planId, QStringLiteral("adopted")), QStringLiteral("2017-05-01"));

    const qint64 year = m_fixture.project->attributeByName(QStringLiteral("year"))->id;
    Q_EMIT m_panel->removeAttributeRequested(year);
    QCOMPARE(m_stack->count(), 3);
    QVERIFY(!m_fixture.project->attributeByName(QStringLiteral("year")));
    QTRY_COMPARE(m_panel->sortModel()->columnCount(), 3);

    m_stack->undo(); // the removal: year comes back (under a new id) with both values
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QStringLiteral("2"));
    QCOMPARE(valueOf(m_fixture.planId, QStringLiteral("year")), QStringLiteral("10"));
    QTRY_COMPARE(m_panel->sortModel()->columnCount(), 4);
    m_stack->undo(); // the date value
    m_stack->undo(); // the attribute
    QVERIFY(!m_fixture.project->attributeByName(QStringLiteral("adopted")));
    // Redo finds the attribute again by name, though it was added again with a new id.
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(valueOf(m_fixture.planId, QStringLiteral("adopted")), QStringLiteral("2017-05-01"));
    m_stack->redo();
    QVERIFY(!m_fixture.project->attributeByName(QStringLiteral("year")));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

void TestAttributesPanel::csvImportWithABadRow_changesNothing_andListsTheProblem()
{
    const QString path = writeFile(QStringLiteral("bad.csv"),
                                   "document,year,region\n"
                                   "Vienna statement,2017,Europe\n"
                                   "Lost report,2018,Asia\n");
    auto command = Ui::ImportAttributesCommand::importFile(m_fixture.project.get(), path);
    QVERIFY(!command);
    QVERIFY2(command.error().contains(QStringLiteral("Lost report")), qPrintable(command.error()));
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QStringLiteral("2"));
    QVERIFY(!m_fixture.project->attributeByName(QStringLiteral("region")));
}

void TestAttributesPanel::csvImport_isOneUndoStep()
{
    const QString path = writeFile(QStringLiteral("good.csv"),
                                   "document,year,region\n"
                                   "Vienna statement,2017,Europe\n"
                                   "Action plan,,Africa\n");
    auto command = Ui::ImportAttributesCommand::importFile(m_fixture.project.get(), path);
    QVERIFY2(command, qPrintable(command.error()));
    m_stack->push(command->release());
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QStringLiteral("2017"));
    QCOMPARE(valueOf(m_fixture.planId, QStringLiteral("year")), QString());
    QCOMPARE(valueOf(m_fixture.planId, QStringLiteral("region")), QStringLiteral("Africa"));
    QTRY_COMPARE(m_panel->sortModel()->columnCount(), 4);

    m_stack->undo();
    QVERIFY(!m_fixture.project->attributeByName(QStringLiteral("region")));
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QStringLiteral("2"));
    QCOMPARE(valueOf(m_fixture.planId, QStringLiteral("year")), QStringLiteral("10"));
    QTRY_COMPARE(m_panel->sortModel()->columnCount(), 3);
    m_stack->redo();
    QCOMPARE(valueOf(m_fixture.viennaId, QStringLiteral("year")), QStringLiteral("2017"));
    QCOMPARE(valueOf(m_fixture.planId, QStringLiteral("region")), QStringLiteral("Africa"));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

void TestAttributesPanel::exportCsv_writesTheTable()
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(m_panel->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.startsWith(QStringLiteral("document,year,type")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Vienna statement,2,statement")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Action plan,10,plan")), qPrintable(text));
}

void TestAttributesPanel::condition_narrowsTheRows_andABadOneNamesTheAttribute()
{
    QCOMPARE(m_panel->sortModel()->rowCount(), 2);
    // "document(s)" without the English plural forms, which the tests do not load.
    QVERIFY2(m_panel->countText().startsWith(QStringLiteral("2 document")), qPrintable(m_panel->countText()));
    m_panel->setCondition(QStringLiteral("year >= 5"));
    QCOMPARE(m_panel->sortModel()->rowCount(), 1);
    QVERIFY2(m_panel->countText().startsWith(QStringLiteral("1 of 2 document")), qPrintable(m_panel->countText()));
    QCOMPARE(m_panel->sortModel()->index(0, 0).data().toString(), QStringLiteral("Action plan"));
    QVERIFY(m_panel->message().isEmpty());

    m_panel->setCondition(QStringLiteral("yeer >= 5"));
    QVERIFY2(m_panel->message().contains(QStringLiteral("yeer")), qPrintable(m_panel->message()));
    QCOMPARE(m_panel->sortModel()->rowCount(), 2);

    // A change of values narrows again by the same condition.
    m_panel->setCondition(QStringLiteral("type = statement"));
    QCOMPARE(m_panel->sortModel()->rowCount(), 1);
    m_panel->sortModel()->setData(cell(QStringLiteral("Vienna statement"), QStringLiteral("type")),
                                  QStringLiteral("plan"));
    QTRY_COMPARE(m_panel->sortModel()->rowCount(), 0);
    m_panel->setCondition(QString());
    QCOMPARE(m_panel->sortModel()->rowCount(), 2);
}

void TestAttributesPanel::saveAsSet_savesTheCondition_undoably()
{
    m_panel->setCondition(QStringLiteral("type = plan"));
    m_panel->saveAsSet(QStringLiteral("Plans"));
    QCOMPARE(m_stack->count(), 1);
    const auto set = m_fixture.project->documentSetByName(QStringLiteral("Plans"));
    QVERIFY(set);
    QCOMPARE(set->condition, QStringLiteral("type = plan"));
    m_stack->undo();
    QVERIFY(!m_fixture.project->documentSetByName(QStringLiteral("Plans")));
    m_stack->redo();
    QVERIFY(m_fixture.project->documentSetByName(QStringLiteral("Plans")));

    // Without a condition, the selected documents make a listed set.
    m_panel->setCondition(QString());
    m_panel->view()->selectionModel()->select(cell(QStringLiteral("Vienna statement"), QStringLiteral("year")),
                                              QItemSelectionModel::ClearAndSelect);
    m_panel->saveAsSet(QStringLiteral("Picked"));
    const auto picked = m_fixture.project->documentSetByName(QStringLiteral("Picked"));
    QVERIFY(picked);
    QCOMPARE(picked->condition, QString());
    QCOMPARE(picked->documentIds, QList<qint64>{m_fixture.viennaId});
}

void TestAttributesPanel::numberColumn_sortsByValue()
{
    const int year = cell(QStringLiteral("Vienna statement"), QStringLiteral("year")).column();
    m_panel->view()->sortByColumn(year, Qt::AscendingOrder);
    QCOMPARE(m_panel->sortModel()->index(0, 0).data().toString(), QStringLiteral("Vienna statement")); // 2
    QCOMPARE(m_panel->sortModel()->index(1, 0).data().toString(), QStringLiteral("Action plan")); // 10
    m_panel->view()->sortByColumn(year, Qt::DescendingOrder);
    QCOMPARE(m_panel->sortModel()->index(0, 0).data().toString(), QStringLiteral("Action plan"));
}

void TestAttributesPanel::window_hasTheDock_andReportsABadImport()
{
    const QString path = m_dir.filePath(QStringLiteral("a.marginalia"));
    m_tester.reset();
    m_panel.reset();
    m_fixture.project.reset();
    Ui::MainWindow window;
    QVERIFY(window.openProject(path));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("attributesDock"));
    QVERIFY(dock);
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QVERIFY(dock->minimumSizeHint().height() <= 180);

    const QString bad = writeFile(QStringLiteral("bad.csv"), "document,year\nLost report,2018\n");
    QVERIFY(!window.importAttributes(bad));
    QCOMPARE(window.undoStack()->count(), 0);
    const QString good = writeFile(QStringLiteral("good.csv"), "document,year\nAction plan,2019\n");
    QVERIFY(window.importAttributes(good));
    QCOMPARE(window.undoStack()->count(), 1);

    // An edit in the window's panel is a step on the window's stack.
    window.attributesPanel()->reload();
    window.attributesPanel()->requestValue(window.project()->documents().first().id,
                                           window.project()->attributeByName(QStringLiteral("year"))->id,
                                           QStringLiteral("1999"));
    QCOMPARE(window.undoStack()->count(), 2);
}

void TestAttributesPanel::screenshot()
{
    Core::Project &project = *m_fixture.project;
    // More documents than the fixture's two, so that the condition visibly narrows them.
    const auto add = [&project](const QString &name) {
        Core::NewDocument document;
        document.name = name;
        document.text = name;
        return project.addDocument(document)->id;
    };
    const qint64 bangkok = add(QStringLiteral("Bangkok consultation"));
    const qint64 geneva = add(QStringLiteral("Geneva resolution"));
    const qint64 addis = add(QStringLiteral("Addis Ababa statement"));
    const qint64 year = project.attributeByName(QStringLiteral("year"))->id;
    const qint64 type = project.attributeByName(QStringLiteral("type"))->id;
    const qint64 adopted = project.addAttribute(QStringLiteral("adopted"), Core::AttributeType::Date)->id;
    const qint64 binding = project.addAttribute(QStringLiteral("binding"), Core::AttributeType::Boolean)->id;
    const qint64 country = project.addAttribute(QStringLiteral("country"), Core::AttributeType::Text)->id;
    QVERIFY(project.setAttributeValues({{m_fixture.viennaId, adopted, QStringLiteral("2017-05-04")},
                                        {m_fixture.viennaId, binding, QStringLiteral("no")},
                                        {m_fixture.viennaId, country, QStringLiteral("Austria")},
                                        {m_fixture.planId, adopted, QStringLiteral("2019-11")},
                                        {m_fixture.planId, binding, QStringLiteral("yes")},
                                        {bangkok, year, QStringLiteral("7")},
                                        {bangkok, type, QStringLiteral("statement")},
                                        {bangkok, adopted, QStringLiteral("2016-11-21")},
                                        {bangkok, country, QStringLiteral("Thailand")},
                                        {geneva, year, QStringLiteral("12")},
                                        {geneva, type, QStringLiteral("resolution")},
                                        {geneva, adopted, QStringLiteral("2018-12-10")},
                                        {geneva, binding, QStringLiteral("yes")},
                                        {geneva, country, QStringLiteral("Switzerland")},
                                        {addis, year, QStringLiteral("3")},
                                        {addis, type, QStringLiteral("statement")},
                                        {addis, adopted, QStringLiteral("2017-10-26")},
                                        {addis, country, QStringLiteral("Ethiopia")}}));
    m_panel->reload();
    m_panel->view()->sortByColumn(1, Qt::AscendingOrder);
    m_panel->setCondition(QStringLiteral("adopted >= 2017 and type != resolution"));
    QCOMPARE(m_panel->sortModel()->rowCount(), 3);
    m_panel->view()->setCurrentIndex(cell(QStringLiteral("Action plan"), QStringLiteral("country")));
    QApplication::processEvents();
    Test::saveScreenshot(m_panel.get(), QStringLiteral("attributes-light"));
}

QTEST_MAIN(TestAttributesPanel)
#include "tst_attributespanel.moc"

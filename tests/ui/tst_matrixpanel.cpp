#include "analysis/codematrix.h"
#include "base/translations.h"
#include "documentscopebar.h"
#include "excerptmodel.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixpanel.h"
#include "retrievalpanel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace Marginalia;
using Matrix = Core::CodeMatrix;

/// The code matrix panel: the table says what CodeMatrix computes, a cell lists its passages, it exports.
class TestMatrixPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void table_hasTheCellsAndTotalsOfCodeMatrix();
    void changingMeasureOrColumns_computesAgain();
    void charactersWithinN_showsTheCoreError();
    void cells_areShadedByValueAndZerosDimmed();
    void activatingACell_asksForItsCodeAndDocument();
    void activatingACellInTheWindow_listsThosePassages();
    void exports_writeCsvAndXlsx();
    void panel_canBeMadeShort();
    void screenshot();
    void scope_restrictsTheMatrixToASet();
    void attributeColumns_areOfferedAndCountedByValue();
    void caseColumns_countTheCasesDocumentsAndPassages();
    void activatingAGroupCell_asksForTheColumnsDocuments();
    void activatingAGroupCellInTheWindow_listsThosePassages();
    void scopedAttributeMatrix_screenshot();
    void codeSetRows_keepToTheSetsCodesAndTheirTotals();
    void caseAttributeColumns_areOfferedAndCountedByValue();
    void activatingACaseAttributeCell_asksForItsCasesDocuments();
    void codeSetByCaseAttribute_screenshot();

private:
    /// year (Vienna 2017, the plan 2019) and region (Vienna Europe; the plan none).
    void addAttributes();
    /// Cases with a case attribute "region": Austria and Hungary (the whole Vienna statement, Europe),
    /// Kenya (the plan's passage about unaccompanied minors, Africa), Germany (the whole plan, no region).
    void addCasesWithRegions();
    /// The texts of the columns combo.
    QStringList columnChoices() const;
    /// The texts of the rows combo.
    QStringList rowChoices() const;
    /// The row of @p codeId, the column of @p columnId (a document or code id) in the panel's model.
    QModelIndex cellOf(qint64 codeId, qint64 columnId) const;
    /// Every cell and total of the model against @p expected.
    void compareWith(const Matrix &expected) const;

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::MatrixPanel> m_panel;
};

void TestMatrixPanel::initTestCase()
{
    Core::installTranslations(); // the scope's "2 of 3 documents", not "document(s)"
}

void TestMatrixPanel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(m_dir.filePath(QStringLiteral("m.marginalia")));
    QVERIFY(m_fixture.create(m_dir.filePath(QStringLiteral("m.marginalia"))));
    m_panel = std::make_unique<Ui::MatrixPanel>();
    // Every reset and change the panel makes must keep the model consistent.
    new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_panel.get());
    m_panel->resize(760, 260);
    m_panel->setProject(m_fixture.project.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestMatrixPanel::cleanup()
{
    m_panel.reset();
    m_fixture.project.reset();
}

QModelIndex TestMatrixPanel::cellOf(qint64 codeId, qint64 columnId) const
{
    const Ui::MatrixModel *model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Ui::MatrixModel::CodeIdRole).toLongLong() != codeId)
            continue;
        for (int column = 1; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data(Ui::MatrixModel::ColumnIdRole).toLongLong() == columnId)
                return index;
        }
    }
    return {};
}

void TestMatrixPanel::compareWith(const Matrix &expected) const
{
    const Ui::MatrixModel *model = m_panel->model();
    const qsizetype rows = expected.rows.size();
    const qsizetype columns = expected.columns.size();
    QCOMPARE(model->rowCount(), int(rows) + 1);
    QCOMPARE(model->columnCount(), int(columns) + 2);
    const auto value = [model](qsizetype row, qsizetype column) {
        return model->index(int(row), int(column)).data(Ui::MatrixModel::ValueRole).toLongLong();
    };
    for (qsizetype row = 0; row < rows; ++row) {
        QCOMPARE(model->index(int(row), 0).data().toString(), expected.rows.at(row).codePath);
        for (qsizetype column = 0; column < columns; ++column)
            QCOMPARE(value(row, column + 1), expected.cell(row, column));
        QCOMPARE(value(row, columns + 1), expected.rowTotals.at(row));
    }
    QCOMPARE(model->index(int(rows), 0).data().toString(), QStringLiteral("Total"));
    for (qsizetype column = 0; column < columns; ++column) {
        QCOMPARE(model->headerData(int(column) + 1, Qt::Horizontal).toString(), expected.columns.at(column).name);
        QCOMPARE(value(rows, column + 1), expected.columnTotals.at(column));
    }
    QCOMPARE(model->headerData(int(columns) + 1, Qt::Horizontal).toString(), QStringLiteral("Total"));
    QCOMPARE(value(rows, columns + 1), expected.total);
}

void TestMatrixPanel::table_hasTheCellsAndTotalsOfCodeMatrix()
{
    const auto expected = Matrix::compute(*m_fixture.project, m_panel->spec());
    QVERIFY2(expected, qPrintable(expected.error()));
    compareWith(*expected);
    // By hand, so that a matrix wrong in both places fails too: Identification has alice's and bob's codings
    // in the Vienna statement and bob's in the action plan; seven codings in all.
    QCOMPARE(cellOf(m_fixture.identification, m_fixture.viennaId).data().toLongLong(), 2);
    QCOMPARE(cellOf(m_fixture.identification, m_fixture.planId).data().toLongLong(), 1);
    QCOMPARE(cellOf(m_fixture.nonRefoulement, m_fixture.planId).data().toLongLong(), 0);
    const Ui::MatrixModel *model = m_panel->model();
    QCOMPARE(model->index(model->rowCount() - 1, model->columnCount() - 1).data().toLongLong(), 7);
    // Indented as in the codebook.
    QCOMPARE(cellOf(m_fixture.identification, 0).data(Ui::MatrixModel::DepthRole).toInt(), 1);
}

void TestMatrixPanel::changingMeasureOrColumns_computesAgain()
{
    m_panel->setMeasure(Matrix::Measure::Characters);
    QCOMPARE(m_panel->model()->matrix().measure, Matrix::Measure::Characters);
    auto expected = Matrix::compute(*m_fixture.project, m_panel->spec());
    QVERIFY(expected);
    compareWith(*expected);
    // "identification" in the plan: 14 characters.
    QCOMPARE(cellOf(m_fixture.identification, m_fixture.planId).data().toLongLong(), 14);

    m_panel->setIncludeSubcodes(true);
    m_panel->setMeasure(Matrix::Measure::Codings);
    m_panel->setColumnKind(Matrix::ColumnKind::Codes);
    QCOMPARE(m_panel->model()->matrix().columnKind, Matrix::ColumnKind::Codes);
    QVERIFY(m_panel->model()->spec().includeSubcodes);
    expected = Matrix::compute(*m_fixture.project, m_panel->spec());
    QVERIFY(expected);
    compareWith(*expected);
    QCOMPARE(m_panel->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Protection/Identification"));
    // alice's and bob's overlapping codings of identification in the Vienna statement: one pair.
    QCOMPARE(cellOf(m_fixture.identification, m_fixture.identification).data().toLongLong(), 1);

    m_panel->setCooccurrence(Matrix::Cooccurrence::SameParagraph);
    QCOMPARE(m_panel->model()->spec().cooccurrence, Matrix::Cooccurrence::SameParagraph);
    expected = Matrix::compute(*m_fixture.project, m_panel->spec());
    QVERIFY(expected);
    compareWith(*expected);
}

void TestMatrixPanel::charactersWithinN_showsTheCoreError()
{
    m_panel->setColumnKind(Matrix::ColumnKind::Codes);
    m_panel->setCooccurrence(Matrix::Cooccurrence::Within, 20);
    QVERIFY(m_panel->errorMessage().isEmpty());
    m_panel->setMeasure(Matrix::Measure::Characters);
    const auto refused = Matrix::compute(*m_fixture.project, m_panel->spec());
    QVERIFY(!refused);
    QCOMPARE(m_panel->errorMessage(), refused.error());
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("matrixExportCsv"))->isEnabled());
    QVERIFY(!m_panel->exportCsv(m_dir.filePath(QStringLiteral("refused.csv"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.csv"))));

    // Back to overlap, where characters make sense: the message goes.
    m_panel->setCooccurrence(Matrix::Cooccurrence::Overlap);
    QVERIFY(m_panel->errorMessage().isEmpty());
    QVERIFY(m_panel->model()->rowCount() > 0);
}

void TestMatrixPanel::cells_areShadedByValueAndZerosDimmed()
{
    const QModelIndex two = cellOf(m_fixture.identification, m_fixture.viennaId);
    const QModelIndex one = cellOf(m_fixture.identification, m_fixture.planId);
    const QModelIndex zero = cellOf(m_fixture.nonRefoulement, m_fixture.planId);
    const QColor strong = two.data(Qt::BackgroundRole).value<QColor>();
    const QColor light = one.data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(strong.isValid());
    QVERIFY(light.isValid());
    const QPalette palette = m_panel->palette();
    const auto distance = [](const QColor &a, const QColor &b) {
        return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
    };
    // The larger count is further from the plain background, nearer the highlight.
    QVERIFY(distance(strong, palette.color(QPalette::Base)) > distance(light, palette.color(QPalette::Base)));
    QVERIFY(distance(strong, palette.color(QPalette::Highlight)) < distance(light, palette.color(QPalette::Highlight)));
    QVERIFY(!zero.data(Qt::BackgroundRole).isValid());
    QCOMPARE(zero.data(Qt::ForegroundRole).value<QColor>(), palette.color(QPalette::PlaceholderText));

    // In a dark palette the shades are mixed from its colours, with light text on the strong one.
    m_panel->setPalette(Test::screenshotDarkPalette());
    const QColor darkStrong = two.data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(darkStrong.lightnessF() < 0.5);
    QCOMPARE(two.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
}

void TestMatrixPanel::activatingACell_asksForItsCodeAndDocument()
{
    QSignalSpy spy(m_panel.get(), &Ui::MatrixPanel::passagesRequested);
    QTableView *view = m_panel->view();
    Q_EMIT view->activated(cellOf(m_fixture.identification, m_fixture.viennaId));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), (QList<QVariant>{m_fixture.identification, false, m_fixture.viennaId, qint64(0)}));

    // With subcodes and one coder: the row counts the subtree of that coder, and so do its passages.
    m_panel->setIncludeSubcodes(true);
    m_panel->setCoderFilter(m_fixture.alice);
    Q_EMIT view->activated(cellOf(m_fixture.protection, m_fixture.planId));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1), (QList<QVariant>{m_fixture.protection, true, m_fixture.planId, m_fixture.alice}));

    // The Total column: the code in every document; the Total row is no one code.
    const Ui::MatrixModel *model = m_panel->model();
    const QModelIndex protectionTotal = cellOf(m_fixture.protection, 0).siblingAtColumn(model->columnCount() - 1);
    Q_EMIT view->activated(protectionTotal);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(2).toLongLong(), 0);
    Q_EMIT view->activated(model->index(model->rowCount() - 1, 1));
    QCOMPARE(spy.count(), 3);

    // Co-occurrence: the passages panel cannot list pairs, so the row's code in every document.
    m_panel->setColumnKind(Matrix::ColumnKind::Codes);
    Q_EMIT view->activated(cellOf(m_fixture.identification, m_fixture.identification));
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.at(3), (QList<QVariant>{m_fixture.identification, true, qint64(0), m_fixture.alice}));
}

void TestMatrixPanel::activatingACellInTheWindow_listsThosePassages()
{
    const QString path = m_dir.filePath(QStringLiteral("m.marginalia"));
    m_panel.reset();
    m_fixture.project.reset();
    Ui::MainWindow window;
    window.resize(1200, 760);
    QVERIFY(window.openProject(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *matrixDock = qobject_cast<QDockWidget *>(window.matrixPanel()->parentWidget());
    QVERIFY(matrixDock);
    QCOMPARE(window.dockWidgetArea(matrixDock), Qt::BottomDockWidgetArea);
    QVERIFY(window.tabifiedDockWidgets(matrixDock).size() >= 4);
    matrixDock->raise();
    QTRY_VERIFY(!window.matrixPanel()->visibleRegion().isEmpty());

    Ui::MatrixPanel *panel = window.matrixPanel();
    const Ui::MatrixModel *model = panel->model();
    QModelIndex cell;
    for (int row = 0; row < model->rowCount() && !cell.isValid(); ++row) {
        if (model->index(row, 0).data().toString() != QStringLiteral("Protection/Identification"))
            continue;
        for (int column = 1; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Vienna statement"))
                cell = model->index(row, column);
        }
    }
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data().toLongLong(), 2);
    Q_EMIT panel->view()->activated(cell);

    Ui::RetrievalPanel *retrieval = window.retrievalPanel();
    // A tabbed-away dock is moved out of the window rather than hidden: what is on screen is what counts.
    QTRY_VERIFY(!retrieval->visibleRegion().isEmpty());
    QTRY_VERIFY(panel->visibleRegion().isEmpty());
    QCOMPARE(retrieval->code(), cell.data(Ui::MatrixModel::CodeIdRole).toLongLong());
    QCOMPARE(retrieval->documentFilter(), cell.data(Ui::MatrixModel::ColumnIdRole).toLongLong());
    QVERIFY(!retrieval->includeSubcodes());
    // alice's and bob's codings of identification in the Vienna statement, nothing of the action plan.
    QTRY_COMPARE(retrieval->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(retrieval->model()->index(row, Ui::ExcerptModel::DocumentColumn).data().toString(),
                 QStringLiteral("Vienna statement"));
    }

    // The menu entry brings the matrix back.
    QAction *entry = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Code &Matrix"))
            entry = action;
    }
    QVERIFY(entry);
    entry->trigger();
    QTRY_VERIFY(!panel->visibleRegion().isEmpty());
    // The next run of this test starts from the window's first layout, not from this one's.
    window.close();
    QSettings().remove(QStringLiteral("window"));
}

void TestMatrixPanel::exports_writeCsvAndXlsx()
{
    const QString csv = m_dir.filePath(QStringLiteral("matrix.csv"));
    QVERIFY(m_panel->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    // The header, a row per code, the totals.
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.first().trimmed(), QByteArray("code_path,Action plan,Vienna statement,total"));
    QCOMPARE(lines.last().trimmed(), QByteArray("total,3,4,7"));

    const QString xlsx = m_dir.filePath(QStringLiteral("matrix.xlsx"));
    QVERIFY(m_panel->exportXlsx(xlsx));
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK")); // a ZIP container, as every .xlsx
    QVERIFY(workbook.size() > 500);
}

void TestMatrixPanel::panel_canBeMadeShort()
{
    // The window's bottom docks must be able to give the text the height (tst_mainwindow readingArea_...).
    QVERIFY2(m_panel->minimumSizeHint().height() <= 180,
             qPrintable(QString::number(m_panel->minimumSizeHint().height())));
    m_panel->setColumnKind(Matrix::ColumnKind::Codes);
    m_panel->setCooccurrence(Matrix::Cooccurrence::Within, 50);
    QVERIFY(m_panel->minimumSizeHint().height() <= 180);
    // Nor wider than a bottom dock beside the window's side docks.
    QVERIFY2(m_panel->minimumSizeHint().width() <= 700,
             qPrintable(QString::number(m_panel->minimumSizeHint().width())));
}

void TestMatrixPanel::screenshot()
{
    // Codes x documents with subcodes, as a researcher first opens it; then co-occurrence within N
    // characters, and the first in a dark palette, to check that the shades read there too.
    m_panel->setIncludeSubcodes(true);
    m_panel->resize(760, 250);
    Test::saveScreenshot(m_panel.get(), QStringLiteral("matrix-light"));
    m_panel->setColumnKind(Matrix::ColumnKind::Codes);
    m_panel->setCooccurrence(Matrix::Cooccurrence::Within, 40);
    Test::saveScreenshot(m_panel.get(), QStringLiteral("matrix-cooccurrence-light"));
    m_panel->setColumnKind(Matrix::ColumnKind::Documents);
    m_panel->setPalette(Test::screenshotDarkPalette());
    Test::saveScreenshot(m_panel.get(), QStringLiteral("matrix-dark"));
    m_panel->setPalette(QPalette());
    // Mirrored, as in the Arabic window: the code paths keep their order ("Protection/Children").
    m_panel->setLayoutDirection(Qt::RightToLeft);
    m_panel->resize(420, 250);
    Test::saveScreenshot(m_panel.get(), QStringLiteral("matrix-rtl"));
    m_panel->setLayoutDirection(Qt::LeftToRight);
}

void TestMatrixPanel::addAttributes()
{
    Core::Project &project = *m_fixture.project;
    const auto year = project.addAttribute(QStringLiteral("year"), Core::AttributeType::Number);
    const auto region = project.addAttribute(QStringLiteral("region"), Core::AttributeType::Text);
    QVERIFY(year && region);
    // Given in the wrong order: the columns follow the values' order, not the values' arrival.
    QVERIFY(project.setAttributeValues({{m_fixture.planId, year->id, QStringLiteral("2019")},
                                        {m_fixture.viennaId, year->id, QStringLiteral("2017")},
                                        {m_fixture.viennaId, region->id, QStringLiteral("Europe")}}));
}

void TestMatrixPanel::addCasesWithRegions()
{
    Core::Project &project = *m_fixture.project;
    const auto region
        = project.addAttribute(QStringLiteral("region"), Core::AttributeType::Text, {}, Core::AttributeTarget::Case);
    QVERIFY(region);
    qint64 ids[4] = {};
    const QStringList names{QStringLiteral("Austria"), QStringLiteral("Hungary"), QStringLiteral("Kenya"),
                            QStringLiteral("Germany")};
    for (int i = 0; i < 4; ++i) {
        const auto added = project.addCase(names.at(i));
        QVERIFY(added);
        ids[i] = added->id;
    }
    const QString minors = QStringLiteral("👧 unaccompanied minors");
    const qsizetype at = m_fixture.plan.indexOf(minors);
    const Core::TextOffsets offsets(m_fixture.plan);
    QVERIFY(project.addCaseMember({0, ids[0], m_fixture.viennaId, 0, 0}));
    QVERIFY(project.addCaseMember({0, ids[1], m_fixture.viennaId, 0, 0}));
    QVERIFY(project.addCaseMember(
        {0, ids[2], m_fixture.planId, offsets.toCodePoint(at), offsets.toCodePoint(at + minors.size())}));
    QVERIFY(project.addCaseMember({0, ids[3], m_fixture.planId, 0, 0}));
    QVERIFY(project.setCaseAttributeValues({{ids[0], region->id, QStringLiteral("Europe")},
                                            {ids[1], region->id, QStringLiteral("Europe")},
                                            {ids[2], region->id, QStringLiteral("Africa")}}));
}

QStringList TestMatrixPanel::rowChoices() const
{
    const auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("matrixRows"));
    QStringList texts;
    for (int i = 0; combo && i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

QStringList TestMatrixPanel::columnChoices() const
{
    const auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("matrixColumns"));
    QStringList texts;
    for (int i = 0; combo && i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

void TestMatrixPanel::scope_restrictsTheMatrixToASet()
{
    QVERIFY(m_fixture.project->addDocumentSet(QStringLiteral("Plan only"), {m_fixture.planId}));
    QVERIFY(m_panel->scopeBar()->selectSet(QStringLiteral("Plan only")));
    QCOMPARE(m_panel->model()->spec().documents, std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.planId}));
    const auto expected = Matrix::compute(*m_fixture.project, m_panel->spec());
    QVERIFY(expected);
    compareWith(*expected);
    // One column, the plan's: its three codings, none of the Vienna statement's four.
    const Ui::MatrixModel *model = m_panel->model();
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Action plan"));
    QCOMPARE(model->index(model->rowCount() - 1, model->columnCount() - 1).data().toLongLong(), 3);

    // Co-occurrence in scope: alice's and bob's overlapping identifications are in Vienna, out of scope.
    m_panel->setColumnKind(Matrix::ColumnKind::Codes);
    QCOMPARE(cellOf(m_fixture.identification, m_fixture.identification).data().toLongLong(), 0);

    // The export says what the table says.
    m_panel->setColumnKind(Matrix::ColumnKind::Documents);
    const QString csv = m_dir.filePath(QStringLiteral("scoped.csv"));
    QVERIFY(m_panel->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("code_path,Action plan,total"));
    QCOMPARE(lines.last().trimmed(), QByteArray("total,3,3"));
}

void TestMatrixPanel::attributeColumns_areOfferedAndCountedByValue()
{
    QCOMPARE(
        columnChoices(),
        (QStringList{QStringLiteral("Documents"), QStringLiteral("Cases"), QStringLiteral("Codes (co-occurrence)")}));
    addAttributes();
    // The combo follows the attributes, one entry each, in their order.
    QCOMPARE(columnChoices(),
             (QStringList{QStringLiteral("Documents"), QStringLiteral("Cases"), QStringLiteral("Attribute: year"),
                          QStringLiteral("Attribute: region"), QStringLiteral("Codes (co-occurrence)")}));
    QVERIFY(!m_panel->setColumns(QStringLiteral("attribute:country")));
    QVERIFY(m_panel->setColumns(QStringLiteral("attribute:year")));
    QCOMPARE(m_panel->model()->matrix().columnKind, Matrix::ColumnKind::Groups);
    const Ui::MatrixModel *model = m_panel->model();
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("2017"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("2019"));
    // By hand: Identification twice in Vienna (2017), once in the plan (2019); Non-refoulement once in
    // Vienna; Children once in the plan.
    QCOMPARE(cellOf(m_fixture.identification, 0).data().toLongLong(), 2);
    QCOMPARE(cellOf(m_fixture.identification, 1).data().toLongLong(), 1);
    QCOMPARE(cellOf(m_fixture.nonRefoulement, 0).data().toLongLong(), 1);
    QCOMPARE(cellOf(m_fixture.nonRefoulement, 1).data().toLongLong(), 0);
    QCOMPARE(cellOf(m_fixture.children, 1).data().toLongLong(), 1);
    QCOMPARE(model->index(model->rowCount() - 1, 1).data().toLongLong(), 4);
    QCOMPARE(model->index(model->rowCount() - 1, 2).data().toLongLong(), 3);
    QVERIFY(m_panel->errorMessage().isEmpty());

    // Documents without a value are in no column: the plan has no region.
    QVERIFY(m_panel->setColumns(QStringLiteral("attribute:region")));
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Europe"));
    QCOMPARE(model->index(model->rowCount() - 1, model->columnCount() - 1).data().toLongLong(), 4);

    // A new value is a new column at once.
    const auto region = m_fixture.project->attributeByName(QStringLiteral("region"));
    QVERIFY(m_fixture.project->setAttributeValues({{m_fixture.planId, region->id, QStringLiteral("Africa")}}));
    QTRY_COMPARE(model->columnCount(), 4);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Africa"));

    // The exports have the same columns.
    const QString csv = m_dir.filePath(QStringLiteral("by-region.csv"));
    QVERIFY(m_panel->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("code_path,Africa,Europe,total"));
    QCOMPARE(lines.last().trimmed(), QByteArray("total,3,4,7"));
    QVERIFY(m_panel->exportXlsx(m_dir.filePath(QStringLiteral("by-region.xlsx"))));

    // The attribute removed: back to a column per document.
    QVERIFY(m_fixture.project->removeAttribute(region->id));
    QTRY_COMPARE(m_panel->model()->matrix().columnKind, Matrix::ColumnKind::Documents);
    QVERIFY(!columnChoices().contains(QStringLiteral("Attribute: region")));
}

void TestMatrixPanel::caseColumns_countTheCasesDocumentsAndPassages()
{
    Core::Project &project = *m_fixture.project;
    QVERIFY(m_panel->setColumns(QStringLiteral("cases")));
    // No cases yet: said, not an empty table without a word.
    QVERIFY(m_panel->errorMessage().contains(QStringLiteral("no cases")));
    const auto austria = project.addCase(QStringLiteral("Austria"));
    const auto kenya = project.addCase(QStringLiteral("Kenya"));
    QVERIFY(austria && kenya);
    QVERIFY(project.addCaseMember({0, austria->id, m_fixture.viennaId, 0, 0}));
    // Kenya: only the plan's passage about unaccompanied minors, not its "identification" further on.
    const qsizetype at = m_fixture.plan.indexOf(QStringLiteral("👧 unaccompanied minors"));
    const Core::TextOffsets offsets(m_fixture.plan);
    QVERIFY(project.addCaseMember({0, kenya->id, m_fixture.planId, offsets.toCodePoint(at),
                                   offsets.toCodePoint(at + QStringLiteral("👧 unaccompanied minors").size())}));
    QTRY_COMPARE(m_panel->model()->columnCount(), 4);
    QVERIFY(m_panel->errorMessage().isEmpty());
    const Ui::MatrixModel *model = m_panel->model();
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Austria"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Kenya"));
    QCOMPARE(cellOf(m_fixture.identification, 0).data().toLongLong(), 2);
    QCOMPARE(cellOf(m_fixture.identification, 1).data().toLongLong(), 0);
    QCOMPARE(cellOf(m_fixture.children, 1).data().toLongLong(), 1);
    const auto expected = Matrix::compute(project, m_panel->spec());
    QVERIFY(expected);
    compareWith(*expected);
}

void TestMatrixPanel::activatingAGroupCell_asksForTheColumnsDocuments()
{
    addAttributes();
    QVERIFY(m_panel->setColumns(QStringLiteral("attribute:year")));
    QSignalSpy spy(m_panel.get(), &Ui::MatrixPanel::documentPassagesRequested);
    QSignalSpy byDocument(m_panel.get(), &Ui::MatrixPanel::passagesRequested);
    Q_EMIT m_panel->view()->activated(cellOf(m_fixture.identification, 1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_fixture.identification);
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("year: 2019"));
    QCOMPARE(spy.at(0).at(3).value<QSet<qint64>>(), QSet<qint64>{m_fixture.planId});

    // The Total column: the documents of every value; with a scope, only those in it.
    const Ui::MatrixModel *model = m_panel->model();
    m_panel->scopeBar()->setCondition(QStringLiteral("year < 2018"));
    const QModelIndex total = cellOf(m_fixture.identification, 0).siblingAtColumn(model->columnCount() - 1);
    Q_EMIT m_panel->view()->activated(total);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(2).toString(), QStringLiteral("year: any, in year < 2018"));
    QCOMPARE(spy.at(1).at(3).value<QSet<qint64>>(), QSet<qint64>{m_fixture.viennaId});

    // Documents columns in a scope: a document's cell as before; its Total the scope's documents.
    m_panel->setColumnKind(Matrix::ColumnKind::Documents);
    Q_EMIT m_panel->view()->activated(cellOf(m_fixture.identification, m_fixture.viennaId));
    QCOMPARE(byDocument.count(), 1);
    Q_EMIT m_panel->view()->activated(cellOf(m_fixture.identification, 0).siblingAtColumn(model->columnCount() - 1));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(2).toString(), QStringLiteral("year < 2018"));
    QCOMPARE(spy.at(2).at(3).value<QSet<qint64>>(), QSet<qint64>{m_fixture.viennaId});
}

void TestMatrixPanel::activatingAGroupCellInTheWindow_listsThosePassages()
{
    addAttributes();
    const QString path = m_dir.filePath(QStringLiteral("m.marginalia"));
    m_panel.reset();
    m_fixture.project.reset();
    Ui::MainWindow window;
    window.resize(1200, 760);
    QVERIFY(window.openProject(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *matrixDock = qobject_cast<QDockWidget *>(window.matrixPanel()->parentWidget());
    QVERIFY(matrixDock);
    matrixDock->raise();
    QTRY_VERIFY(!window.matrixPanel()->visibleRegion().isEmpty());
    Ui::MatrixPanel *panel = window.matrixPanel();
    QVERIFY(panel->setColumns(QStringLiteral("attribute:year")));
    const Ui::MatrixModel *model = panel->model();
    QModelIndex cell;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == QStringLiteral("Protection/Identification"))
            cell = model->index(row, 1);
    }
    QVERIFY(cell.isValid());
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("2017"));
    QCOMPARE(cell.data().toLongLong(), 2);
    Q_EMIT panel->view()->activated(cell);

    Ui::RetrievalPanel *retrieval = window.retrievalPanel();
    QTRY_VERIFY(!retrieval->visibleRegion().isEmpty());
    QCOMPARE(retrieval->code(), cell.data(Ui::MatrixModel::CodeIdRole).toLongLong());
    QCOMPARE(retrieval->documentFilter(), qint64(0));
    QCOMPARE(retrieval->scopeBar()->description(), QStringLiteral("year: 2017"));
    // The two codings of identification in the Vienna statement (2017), not bob's in the plan (2019).
    QTRY_COMPARE(retrieval->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(retrieval->model()->index(row, Ui::ExcerptModel::DocumentColumn).data().toString(),
                 QStringLiteral("Vienna statement"));
    }
    window.close();
    QSettings().remove(QStringLiteral("window"));
}

void TestMatrixPanel::scopedAttributeMatrix_screenshot()
{
    // Codes x years with subcodes, in the documents meeting a condition: the bar, its count and the columns
    // must all read in a dock of ordinary size.
    addAttributes();
    Core::NewDocument report;
    report.name = QStringLiteral("Regional report");
    report.text = QStringLiteral("Protection of children on the move.");
    const auto added = m_fixture.project->addDocument(report);
    QVERIFY(added);
    const auto year = m_fixture.project->attributeByName(QStringLiteral("year"));
    QVERIFY(m_fixture.project->setAttributeValues({{added->id, year->id, QStringLiteral("2015")}}));
    m_panel->setIncludeSubcodes(true);
    QVERIFY(m_panel->setColumns(QStringLiteral("attribute:year")));
    m_panel->scopeBar()->setCondition(QStringLiteral("year >= 2016"));
    m_panel->resize(760, 250);
    QCOMPARE(m_panel->scopeBar()->findChild<QLabel *>(QStringLiteral("scopeCount"))->text(),
             QStringLiteral("2 of 3 documents"));
    // Every year is a column; the one out of scope counts nothing.
    QCOMPARE(m_panel->model()->columnCount(), 5);
    QCOMPARE(m_panel->model()->index(m_panel->model()->rowCount() - 1, 1).data().toLongLong(), 0);
    // The count label has just been shown: let the layout give it its room before the picture.
    QTest::qWait(20);
    Test::saveScreenshot(m_panel.get(), QStringLiteral("scope-matrix"));
    m_panel->scopeBar()->setCondition(QStringLiteral("yeer >= 2016"));
    QTest::qWait(20);
    Test::saveScreenshot(m_panel.get(), QStringLiteral("scope-matrix-error"));
}

void TestMatrixPanel::codeSetRows_keepToTheSetsCodesAndTheirTotals()
{
    Core::Project &project = *m_fixture.project;
    QCOMPARE(rowChoices(), QStringList{QStringLiteral("All codes")});
    QVERIFY(!m_panel->setCodeSet(QStringLiteral("Screening")));
    const auto set = project.addCodeSet(QStringLiteral("Screening"), {m_fixture.identification});
    QVERIFY(set);
    // The combo follows the sets at once.
    QCOMPARE(rowChoices(), (QStringList{QStringLiteral("All codes"), QStringLiteral("Screening")}));
    QVERIFY(m_panel->setCodeSet(QStringLiteral("screening")));
    QCOMPARE(m_panel->model()->spec().codes, std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.identification}));
    const auto expected = Matrix::compute(project, m_panel->spec());
    QVERIFY(expected);
    compareWith(*expected);
    // By hand: one row, Identification's, and a Total row of its codings only (2 in Vienna, 1 in the plan),
    // not the seven of every code.
    const Ui::MatrixModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Protection/Identification"));
    QCOMPARE(cellOf(m_fixture.identification, m_fixture.viennaId).data().toLongLong(), 2);
    QCOMPARE(cellOf(m_fixture.identification, m_fixture.planId).data().toLongLong(), 1);
    QCOMPARE(model->index(1, model->columnCount() - 1).data().toLongLong(), 3);
    QVERIFY(m_panel->errorMessage().isEmpty());

    // The export has the same rows.
    const QString csv = m_dir.filePath(QStringLiteral("screening.csv"));
    QVERIFY(m_panel->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1).trimmed(), QByteArray("Protection/Identification,1,2,3"));
    QCOMPARE(lines.last().trimmed(), QByteArray("total,1,2,3"));

    // Co-occurrence: the set's codes are the columns too; alice's and bob's identifications overlap once.
    m_panel->setColumnKind(Matrix::ColumnKind::Codes);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(cellOf(m_fixture.identification, m_fixture.identification).data().toLongLong(), 1);
    m_panel->setColumnKind(Matrix::ColumnKind::Documents);

    // A set changed is a matrix changed; an emptied one is said, not an empty table without a word.
    QVERIFY(project.setCodeSetMembers(set->id, {m_fixture.identification, m_fixture.nonRefoulement}));
    QTRY_COMPARE(model->rowCount(), 3);
    QVERIFY(project.setCodeSetMembers(set->id, {}));
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(m_panel->errorMessage().contains(QStringLiteral("Screening")));

    // The set removed: back to every code, with the seven codings.
    QVERIFY(project.removeCodeSet(set->id));
    QCOMPARE(rowChoices(), QStringList{QStringLiteral("All codes")});
    QTRY_COMPARE(model->rowCount(), 5);
    QCOMPARE(m_panel->model()->spec().codes, std::nullopt);
    QVERIFY(m_panel->errorMessage().isEmpty());
    QCOMPARE(model->index(model->rowCount() - 1, model->columnCount() - 1).data().toLongLong(), 7);
}

void TestMatrixPanel::caseAttributeColumns_areOfferedAndCountedByValue()
{
    // A document attribute and a case attribute may share a name: both are offered, apart.
    addAttributes();
    addCasesWithRegions();
    QCOMPARE(columnChoices(),
             (QStringList{QStringLiteral("Documents"), QStringLiteral("Cases"), QStringLiteral("Attribute: year"),
                          QStringLiteral("Attribute: region"), QStringLiteral("Case attribute: region"),
                          QStringLiteral("Codes (co-occurrence)")}));
    QVERIFY(!m_panel->setColumns(QStringLiteral("case-attribute:year")));
    QVERIFY(m_panel->setColumns(QStringLiteral("case-attribute:region")));
    const Ui::MatrixModel *model = m_panel->model();
    QCOMPARE(model->matrix().columnKind, Matrix::ColumnKind::Groups);
    QVERIFY(m_panel->errorMessage().isEmpty());
    // Germany has no region: in no column.
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Africa"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Europe"));
    // By hand: Europe is Austria's and Hungary's Vienna statement, counted once, not once per case; Africa
    // only Kenya's passage of the plan, with its Children coding but not the plan's identification.
    QCOMPARE(cellOf(m_fixture.identification, 0).data().toLongLong(), 0);
    QCOMPARE(cellOf(m_fixture.identification, 1).data().toLongLong(), 2);
    QCOMPARE(cellOf(m_fixture.children, 0).data().toLongLong(), 1);
    QCOMPARE(cellOf(m_fixture.children, 1).data().toLongLong(), 0);
    QCOMPARE(cellOf(m_fixture.nonRefoulement, 1).data().toLongLong(), 1);
    QCOMPARE(model->index(model->rowCount() - 1, 1).data().toLongLong(), 1);
    QCOMPARE(model->index(model->rowCount() - 1, 2).data().toLongLong(), 4);
    QCOMPARE(model->index(model->rowCount() - 1, 3).data().toLongLong(), 5);
    const auto expected = Matrix::compute(*m_fixture.project, m_panel->spec());
    QVERIFY(expected);
    compareWith(*expected);

    // Germany given a region: a new column at once, with the plan's three codings.
    const auto region = m_fixture.project->attributeByName(QStringLiteral("region"), Core::AttributeTarget::Case);
    QVERIFY(region);
    const auto germany = m_fixture.project->caseByName(QStringLiteral("Germany"));
    QVERIFY(germany);
    QVERIFY(m_fixture.project->setCaseAttributeValues({{germany->id, region->id, QStringLiteral("Europe West")}}));
    QTRY_COMPARE(model->columnCount(), 5);
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Europe West"));
    QCOMPARE(model->index(model->rowCount() - 1, 3).data().toLongLong(), 3);

    // The case attribute removed: back to documents, the document attribute of that name still offered.
    QVERIFY(m_fixture.project->removeAttribute(region->id));
    QTRY_COMPARE(model->matrix().columnKind, Matrix::ColumnKind::Documents);
    QVERIFY(!columnChoices().contains(QStringLiteral("Case attribute: region")));
    QVERIFY(columnChoices().contains(QStringLiteral("Attribute: region")));
}

void TestMatrixPanel::activatingACaseAttributeCell_asksForItsCasesDocuments()
{
    addCasesWithRegions();
    QVERIFY(m_panel->setColumns(QStringLiteral("case-attribute:region")));
    QSignalSpy spy(m_panel.get(), &Ui::MatrixPanel::documentPassagesRequested);
    QSignalSpy byDocument(m_panel.get(), &Ui::MatrixPanel::passagesRequested);
    Q_EMIT m_panel->view()->activated(cellOf(m_fixture.identification, 1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_fixture.identification);
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("region: Europe"));
    QCOMPARE(spy.at(0).at(3).value<QSet<qint64>>(), QSet<qint64>{m_fixture.viennaId});
    Q_EMIT m_panel->view()->activated(cellOf(m_fixture.children, 0));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(2).toString(), QStringLiteral("region: Africa"));
    QCOMPARE(spy.at(1).at(3).value<QSet<qint64>>(), QSet<qint64>{m_fixture.planId});
    // The Total column: the documents of every value, Africa's plan and Europe's Vienna statement.
    const Ui::MatrixModel *model = m_panel->model();
    Q_EMIT m_panel->view()->activated(cellOf(m_fixture.children, 0).siblingAtColumn(model->columnCount() - 1));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(2).toString(), QStringLiteral("region: any"));
    QCOMPARE(spy.at(2).at(3).value<QSet<qint64>>(), (QSet<qint64>{m_fixture.viennaId, m_fixture.planId}));
    QCOMPARE(byDocument.count(), 0);
}

void TestMatrixPanel::codeSetByCaseAttribute_screenshot()
{
    // A code set's rows by a case attribute's values, with subcodes: the controls row, with its Rows box,
    // must still fit a bottom dock of ordinary size.
    addCasesWithRegions();
    QVERIFY(m_fixture.project->addCodeSet(QStringLiteral("Protection of people on the move"),
                                          {m_fixture.protection, m_fixture.nonRefoulement}));
    m_panel->setIncludeSubcodes(true);
    QVERIFY(m_panel->setCodeSet(QStringLiteral("Protection of people on the move")));
    QVERIFY(m_panel->setColumns(QStringLiteral("case-attribute:region")));
    m_panel->resize(760, 250);
    QCOMPARE(m_panel->model()->rowCount(), 3);
    QCOMPARE(m_panel->model()->columnCount(), 4);
    // Protection with its subcodes: Kenya's Children coding in Africa.
    QCOMPARE(cellOf(m_fixture.protection, 0).data().toLongLong(), 1);
    QVERIFY2(m_panel->minimumSizeHint().width() <= 700,
             qPrintable(QString::number(m_panel->minimumSizeHint().width())));
    QTest::qWait(20);
    Test::saveScreenshot(m_panel.get(), QStringLiteral("matrix-rows"));
}

QTEST_MAIN(TestMatrixPanel)
#include "tst_matrixpanel.moc"

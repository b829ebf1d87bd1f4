#include "matrixpanel.h"

#include "analysis/matrixgroups.h"
#include "codepathdelegate.h"
#include "documentscopebar.h"
#include "export/csvexport.h"
#include "export/xlsxmatrix.h"
#include "fileexport.h"
#include "isolatednamedelegate.h"
#include "matrixmodel.h"
#include "panelcontrols.h"
#include "store/project.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <utility>

namespace Marginalia::Ui {

namespace {

using Matrix = Core::CodeMatrix;

/// The columns an item of the columns combo stands for, as the command line names them: "documents",
/// "cases", "attribute:NAME", "case-attribute:NAME", "codes" (Qt::UserRole holds the ColumnKind).
constexpr int ColumnsRole = Qt::UserRole + 1;
constexpr QLatin1String attributePrefix("attribute:");
constexpr QLatin1String caseAttributePrefix("case-attribute:");

/// The attribute a columns combo item names, and whose it is; std::nullopt for documents, cases or codes.
std::optional<std::pair<QString, Core::AttributeTarget>> attributeOf(const QString &columns)
{
    if (columns.startsWith(attributePrefix))
        return std::pair{columns.mid(attributePrefix.size()), Core::AttributeTarget::Document};
    if (columns.startsWith(caseAttributePrefix))
        return std::pair{columns.mid(caseAttributePrefix.size()), Core::AttributeTarget::Case};
    return std::nullopt;
}

/// The code column: the code's colour and path, indented by its depth so the rows read as the codebook
/// does, the path shortened from the front (CodePathDelegate) when the column is narrow.
class MatrixCodeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int indentOf(const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        return index.data(MatrixModel::DepthRole).toInt() * option.fontMetrics.averageCharWidth() * 2;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        // The background and the selection span the whole cell; only the swatch and the text move in.
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        const int indent = std::min(indentOf(opt, index), opt.rect.width() / 3);
        if (opt.direction == Qt::RightToLeft)
            opt.rect.setRight(opt.rect.right() - indent);
        else
            opt.rect.setLeft(opt.rect.left() + indent);
        opt.backgroundBrush = QBrush();
        // The style keeps this margin on either side of the text (QCommonStyle's item view drawing).
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const int width = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).width() - 2 * margin;
        // Isolated as CodePathDelegate does it: in the Arabic window a path's slashes and ellipsis would
        // otherwise be placed by the view's direction.
        opt.text = width < opt.fontMetrics.averageCharWidth() * 4
            ? QString()
            : IsolatedNameDelegate::isolated(CodePathDelegate::elidedPath(opt.text, opt.fontMetrics, width));
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += indentOf(option, index);
        return size;
    }
};

QString describeCells(Matrix::ColumnKind columns, Matrix::Measure measure)
{
    // What a cell and a total count, in a line: the same number means different things per measure.
    if (columns == Matrix::ColumnKind::Codes) {
        switch (measure) {
        case Matrix::Measure::Codings:
            return MatrixPanel::tr("Cells: pairs of co-occurring codings, one of each code (diagonal: two codings "
                                   "of one code).");
        case Matrix::Measure::Documents:
            return MatrixPanel::tr("Cells: documents in which the two codes co-occur.");
        case Matrix::Measure::Characters:
            return MatrixPanel::tr("Cells: characters where codings of the two codes overlap.");
        case Matrix::Measure::Presence:
            return MatrixPanel::tr("Cells: 1 when the two codes co-occur; totals count the cells with 1.");
        }
    }
    if (columns == Matrix::ColumnKind::Groups) {
        switch (measure) {
        case Matrix::Measure::Codings:
            return MatrixPanel::tr("Cells: the code's codings in the column.");
        case Matrix::Measure::Documents:
            return MatrixPanel::tr("Cells: the column's documents with the code; totals count distinct documents.");
        case Matrix::Measure::Characters:
            return MatrixPanel::tr("Cells: characters the code covers in the column, each counted once.");
        case Matrix::Measure::Presence:
            return MatrixPanel::tr("Cells: 1 when the code is in the column; totals count the cells with 1.");
        }
    }
    switch (measure) {
    case Matrix::Measure::Codings:
        return MatrixPanel::tr("Cells: the code's codings in the document.");
    case Matrix::Measure::Documents:
        return MatrixPanel::tr("Cells: 1 when the code is in the document; totals count distinct documents.");
    case Matrix::Measure::Characters:
        return MatrixPanel::tr("Cells: characters the code covers in the document, each counted once.");
    case Matrix::Measure::Presence:
        return MatrixPanel::tr("Cells: 1 when the code is in the document; totals count the cells with 1.");
    }
    return {};
}

QString describe(const Matrix::Spec &spec)
{
    QString text = describeCells(spec.columns, spec.measure);
    if (spec.includeSubcodes)
        text += QLatin1Char(' ') + MatrixPanel::tr("Subcodes count in their parents.");
    return text;
}

} // namespace

MatrixPanel::MatrixPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new MatrixModel(this))
    , m_rows(new QComboBox(this))
    , m_columns(new QComboBox(this))
    , m_measures(new QComboBox(this))
    , m_subcodes(new QCheckBox(tr("With &subcodes"), this))
    , m_coders(new QComboBox(this))
    , m_scope(new DocumentScopeBar(this))
    , m_cooccurrenceRow(new QWidget(this))
    , m_modes(new QComboBox(m_cooccurrenceRow))
    , m_distance(new QSpinBox(m_cooccurrenceRow))
    , m_error(new QLabel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_exportCsv(new QPushButton(tr("Export CSV..."), this))
    , m_exportXlsx(new QPushButton(tr("Export Excel..."), this))
    , m_deferredReload(this, [this] { reload(); })
{
    m_rows->setObjectName(QStringLiteral("matrixRows"));
    m_columns->setObjectName(QStringLiteral("matrixColumns"));
    m_measures->setObjectName(QStringLiteral("matrixMeasure"));
    m_subcodes->setObjectName(QStringLiteral("matrixSubcodes"));
    m_coders->setObjectName(QStringLiteral("matrixCoders"));
    m_modes->setObjectName(QStringLiteral("matrixCooccurrence"));
    m_distance->setObjectName(QStringLiteral("matrixDistance"));
    m_view->setObjectName(QStringLiteral("matrixTable"));
    m_exportCsv->setObjectName(QStringLiteral("matrixExportCsv"));
    m_exportXlsx->setObjectName(QStringLiteral("matrixExportXlsx"));

    refreshRows();
    m_rows->setToolTip(tr("A row per code, or only for the codes of a code set"));
    m_rows->setAccessibleName(tr("Rows"));
    refreshColumns();
    m_columns->setToolTip(tr("A column per document, per case, per value of a document's or a case's attribute, "
                             "or per code to see which codes occur together"));
    m_columns->setAccessibleName(tr("Columns"));
    m_measures->addItem(tr("Codings"), int(Matrix::Measure::Codings));
    m_measures->addItem(tr("Documents"), int(Matrix::Measure::Documents));
    m_measures->addItem(tr("Characters"), int(Matrix::Measure::Characters));
    m_measures->addItem(tr("Presence"), int(Matrix::Measure::Presence));
    m_measures->setToolTip(tr("What a cell counts"));
    m_measures->setAccessibleName(tr("Cell"));
    m_subcodes->setToolTip(tr("A code's row counts the codings of its subcodes too"));
    m_coders->setToolTip(tr("Count every coder's codings or one coder's"));
    m_coders->setAccessibleName(tr("Coder"));
    m_modes->addItem(tr("Overlap"), int(Matrix::Cooccurrence::Overlap));
    m_modes->addItem(tr("Within N characters"), int(Matrix::Cooccurrence::Within));
    m_modes->addItem(tr("Same paragraph"), int(Matrix::Cooccurrence::SameParagraph));
    m_modes->setToolTip(tr("When two codings co-occur: they share a character, lie at most N characters "
                           "apart, or touch a common paragraph"));
    m_modes->setAccessibleName(tr("Co-occurrence"));
    m_distance->setRange(0, 1000000);
    m_distance->setValue(100);
    m_distance->setSuffix(tr(" characters"));
    m_distance->setAccessibleName(tr("Largest gap in characters"));
    m_distance->setToolTip(tr("The largest gap between two codings that still co-occur"));
    // One computation when the user has finished typing a number, not one per digit.
    m_distance->setKeyboardTracking(false);
    for (QComboBox *combo : {m_rows, m_columns, m_measures, m_coders})
        PanelControls::setUpFilterCombo(combo);
    // Alone in its row: as wide as its longest mode.
    m_modes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_summary->setTextFormat(Qt::PlainText);
    // A long description must not make the dock wider: it is cut, and the tooltip has it whole.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_model->setPalette(palette());
    m_view->setModel(m_model);
    PanelControls::setUpResultTable(m_view);
    // A matrix is read cell by cell, along rows and columns: a grid, no alternating rows to compete with the
    // shading, and one cell selected at a time.
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setAlternatingRowColors(false);
    m_view->setShowGrid(true);
    m_view->setItemDelegateForColumn(MatrixModel::CodeColumn, new MatrixCodeDelegate(this));
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setToolTip(tr("Double-click a cell to list its passages"));

    m_exportCsv->setToolTip(tr("Write the matrix to a CSV file for a spreadsheet, R or Python"));
    m_exportXlsx->setToolTip(tr("Write the matrix to an Excel workbook (.xlsx)"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    const auto labelled = [this](QHBoxLayout *row, const QString &text, QWidget *control, int stretch) {
        auto *label = new QLabel(text, control->parentWidget());
        label->setBuddy(control);
        row->addWidget(label);
        row->addWidget(control, stretch);
    };
    // Rows, then columns, as the table reads; "with subcodes" says what a row counts, so it follows the rows.
    labelled(top, tr("&Rows:"), m_rows, 2);
    top->addWidget(m_subcodes);
    labelled(top, tr("C&olumns:"), m_columns, 2);
    labelled(top, tr("&Cell:"), m_measures, 1);
    layout->addLayout(top);
    // The co-occurrence settings get a row of their own, shown only for code columns: in the first row they
    // would make the panel wider than most docks.
    auto *cooccurrence = new QHBoxLayout(m_cooccurrenceRow);
    cooccurrence->setContentsMargins(0, 0, 0, 0);
    labelled(cooccurrence, tr("Co-occ&ur when:"), m_modes, 0);
    cooccurrence->addWidget(m_distance);
    // Whose codings and which documents count share the second row with them, which has room: with the
    // rows box, the first row would be wider than a bottom dock beside the side docks. The coder box says
    // "All coders" or a name: no label needed.
    auto *second = new QHBoxLayout;
    second->addWidget(m_coders, 1, Qt::AlignTop);
    second->addWidget(m_scope, 3);
    second->addWidget(m_cooccurrenceRow, 0, Qt::AlignTop);
    layout->addLayout(second);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_exportCsv);
    bottom->addWidget(m_exportXlsx);
    layout->addLayout(bottom);

    connect(m_rows, &QComboBox::currentIndexChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_columns, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        m_deferredReload.requestReload();
    });
    connect(m_measures, &QComboBox::currentIndexChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_subcodes, &QCheckBox::toggled, this, [this] { m_deferredReload.requestReload(); });
    connect(m_coders, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && m_coders->itemData(index).toLongLong() != m_coderId) {
            m_coderId = m_coders->itemData(index).toLongLong();
            m_deferredReload.requestReload();
        }
    });
    connect(m_modes, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        m_deferredReload.requestReload();
    });
    connect(m_distance, &QSpinBox::valueChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_scope, &DocumentScopeBar::scopeChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_view, &QAbstractItemView::activated, this, &MatrixPanel::activate);
    connect(m_exportCsv, &QPushButton::clicked, this, &MatrixPanel::exportCsvInteractively);
    connect(m_exportXlsx, &QPushButton::clicked, this, &MatrixPanel::exportXlsxInteractively);

    updateControls();
    reload();
}

MatrixPanel::~MatrixPanel() = default;

Core::Project *MatrixPanel::project() const
{
    return m_project;
}

void MatrixPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->setProject(project);
    m_coderId = 0;
    m_scope->setProject(project);
    {
        // Code set ids are the old project's: every code, until the user picks one of the new project's sets.
        const QSignalBlocker blocker(m_rows);
        m_rows->setCurrentIndex(0);
    }
    refreshRows();
    refreshColumns();
    updateControls();
    if (project) {
        // Cases and attribute values make the groups, a code set the rows: a change to them changes such a
        // matrix (the scope bar follows the attributes on its own).
        connect(project, &Core::Project::attributesChanged, this, [this] {
            const bool groups = Matrix::ColumnKind(m_columns->currentData().toInt()) == Matrix::ColumnKind::Groups;
            const bool codeSet = m_rows->currentData().toLongLong() != 0;
            refreshRows();
            refreshColumns();
            updateControls();
            if (groups || codeSet)
                m_deferredReload.reloadAfterChange();
        });
        // Codings change the numbers, the codebook the rows (and co-occurrence columns), the documents the
        // columns; the timer folds a burst of them into one computation.
        connect(project, &Core::Project::codingsChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
        connect(project, &Core::Project::codebookChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
        connect(project, &Core::Project::documentsChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
    }
    // A panel out of sight (a tab behind another, a closed dock) counts when it is shown: opening a large
    // project must not wait for every analysis the user is not looking at.
    if (project)
        m_deferredReload.requestReload();
    else
        reload();
}

Core::CodeMatrix::Spec MatrixPanel::spec() const
{
    Matrix::Spec spec;
    spec.columns = Matrix::ColumnKind(m_columns->currentData().toInt());
    spec.measure = Matrix::Measure(m_measures->currentData().toInt());
    spec.includeSubcodes = m_subcodes->isChecked();
    spec.cooccurrence = Matrix::Cooccurrence(m_modes->currentData().toInt());
    spec.distance = m_distance->value();
    spec.coderId = m_coderId;
    spec.documents = m_scope->scope();
    if (const qint64 setId = m_rows->currentData().toLongLong(); setId != 0 && m_project) {
        // The set's codes as they are now; a set removed since the combo was filled leaves no rows, and the
        // combo follows soon.
        spec.codes = QSet<qint64>();
        for (const Core::CodeSet &set : m_project->codeSets()) {
            if (set.id == setId)
                spec.codes = QSet<qint64>(set.codeIds.cbegin(), set.codeIds.cend());
        }
    }
    if (spec.columns == Matrix::ColumnKind::Groups && m_project) {
        const QString columns = m_columns->currentData(ColumnsRole).toString();
        if (const auto attribute = attributeOf(columns)) {
            // An attribute removed since the combo was filled leaves no column; the combo follows soon.
            if (auto groups = Core::MatrixGroups::ofAttribute(*m_project, attribute->first, attribute->second))
                spec.groups = std::move(*groups);
        } else {
            spec.groups = Core::MatrixGroups::ofCases(*m_project);
        }
    }
    return spec;
}

QString MatrixPanel::errorMessage() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void MatrixPanel::setColumnKind(Core::CodeMatrix::ColumnKind kind)
{
    m_columns->setCurrentIndex(m_columns->findData(int(kind)));
}

bool MatrixPanel::setColumns(const QString &columns)
{
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->itemData(i, ColumnsRole).toString().compare(columns, Qt::CaseInsensitive) == 0) {
            m_columns->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool MatrixPanel::setCodeSet(const QString &name)
{
    if (name.isEmpty()) {
        m_rows->setCurrentIndex(0);
        return true;
    }
    refreshRows();
    for (int i = 1; i < m_rows->count(); ++i) {
        if (m_rows->itemText(i).compare(name, Qt::CaseInsensitive) == 0) {
            m_rows->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MatrixPanel::setMeasure(Core::CodeMatrix::Measure measure)
{
    m_measures->setCurrentIndex(m_measures->findData(int(measure)));
}

void MatrixPanel::setIncludeSubcodes(bool include)
{
    m_subcodes->setChecked(include);
}

void MatrixPanel::setCooccurrence(Core::CodeMatrix::Cooccurrence mode, int distance)
{
    m_distance->setValue(distance);
    m_modes->setCurrentIndex(m_modes->findData(int(mode)));
}

void MatrixPanel::setCoderFilter(qint64 coderId)
{
    if (coderId == m_coderId)
        return;
    m_coderId = coderId;
    PanelControls::selectItem(m_coders, coderId, [this] { refreshCoders(); });
    m_deferredReload.requestReload();
}

void MatrixPanel::reload()
{
    m_deferredReload.reloadStarted();
    refreshCoders();
    m_model->setSpec(spec());
    const Core::Status status = m_model->reload();
    QString problem = status ? QString() : status.error();
    const QString columns = m_columns->currentData(ColumnsRole).toString();
    if (problem.isEmpty() && m_project && columns == QLatin1String("cases") && m_project->cases().isEmpty())
        problem = tr("This project has no cases yet (marginalia-cli cases adds them); group the documents by an "
                     "attribute instead.");
    if (problem.isEmpty() && m_project && m_model->spec().codes && m_model->spec().codes->isEmpty())
        problem = tr("The code set \"%1\" has no codes (its codes were deleted, or it was made empty); show "
                     "all codes instead.")
                      .arg(m_rows->currentText());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    const auto attribute = attributeOf(columns);
    m_computedGroupKind = attribute ? attribute->first : tr("Case", "a matrix column");
    m_computedScope = m_scope->description();
    const Matrix::Spec &computed = m_model->spec();
    m_summary->setText(describe(computed));
    m_summary->setToolTip(m_summary->text());
    const bool counted = m_project && m_model->rowCount() > 0;
    m_exportCsv->setEnabled(counted);
    m_exportXlsx->setEnabled(counted);
    layoutColumns();
}

void MatrixPanel::updateControls()
{
    // The co-occurrence mode means nothing for document columns, the distance only for "within".
    const bool cooccurrence = Matrix::ColumnKind(m_columns->currentData().toInt()) == Matrix::ColumnKind::Codes;
    m_cooccurrenceRow->setVisible(cooccurrence);
    m_distance->setVisible(cooccurrence
                           && Matrix::Cooccurrence(m_modes->currentData().toInt()) == Matrix::Cooccurrence::Within);
}

void MatrixPanel::layoutColumns()
{
    const int columns = m_model->columnCount();
    if (columns == 0)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int character = m_view->fontMetrics().averageCharWidth();
    header->setMinimumSectionSize(character * 4);
    // Code paths keep their end ("…/Identification"), as in the code column; document names their start.
    header->setTextElideMode(m_model->matrix().columnKind == Matrix::ColumnKind::Codes ? Qt::ElideLeft
                                                                                       : Qt::ElideRight);
    // A number column is as wide as its largest number (the bold total, usually) and as much of its name as
    // fits in a short column: long names are cut, the tooltip has them whole.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    // Straight from the matrix, not through the model's QVariants: a large one has a million cells.
    const Matrix &matrix = m_model->matrix();
    const qsizetype items = matrix.columns.size();
    QList<qint64> largest(items + 1, 0);
    for (qsizetype row = 0; row < matrix.rows.size(); ++row) {
        for (qsizetype item = 0; item < items; ++item)
            largest[item] = std::max(largest.at(item), matrix.cell(row, item));
        largest[items] = std::max(largest.at(items), matrix.rowTotals.at(row));
    }
    for (qsizetype item = 0; item < items; ++item)
        largest[item] = std::max(largest.at(item), matrix.columnTotals.at(item));
    largest[items] = std::max(largest.at(items), matrix.total);
    for (int column = 1; column < columns; ++column) {
        const int number = boldMetrics.horizontalAdvance(QString::number(largest.at(column - 1))) + character * 2;
        const int name = std::min(header->sectionSizeHint(column) + character * 2, character * 28);
        header->resizeSection(column, std::max({number, name, character * 6}));
    }
    // The code column as wide as its longest path, within limits: past them the path is shortened from the
    // front, as elsewhere.
    m_view->resizeColumnToContents(MatrixModel::CodeColumn);
    header->resizeSection(MatrixModel::CodeColumn,
                          std::clamp(header->sectionSize(MatrixModel::CodeColumn), character * 16, character * 40));
}

void MatrixPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 code = index.data(MatrixModel::CodeIdRole).toLongLong();
    // The Total row is every code: no one code's passages to list.
    if (code == 0)
        return;
    // The matrix as it was computed, not the controls, which may have changed since.
    const Matrix::Spec &spec = m_model->spec();
    const bool total = m_model->isTotalColumn(index.column());
    if (spec.columns == Matrix::ColumnKind::Documents && !total) {
        Q_EMIT passagesRequested(code, spec.includeSubcodes, index.data(MatrixModel::ColumnIdRole).toLongLong(),
                                 spec.coderId);
        return;
    }
    if (spec.columns == Matrix::ColumnKind::Groups) {
        // The column's documents (a Total: those of every column), within the scope the matrix counted.
        QSet<qint64> documents;
        QString label;
        if (total) {
            for (const Core::MatrixGroup &group : spec.groups)
                documents.unite(Core::MatrixGroups::documentsOf(group));
            label = tr("%1: any", "a matrix's Total column: every case, every value").arg(m_computedGroupKind);
        } else {
            const qint64 group = index.data(MatrixModel::ColumnIdRole).toLongLong();
            if (group < 0 || group >= spec.groups.size())
                return;
            documents = Core::MatrixGroups::documentsOf(spec.groups.at(group));
            label = tr("%1: %2", "a matrix column: case or attribute, then its name or value")
                        .arg(m_computedGroupKind, spec.groups.at(group).name);
        }
        if (spec.documents) {
            documents.intersect(*spec.documents);
            label = tr("%1, in %2", "a matrix column, then the documents in scope").arg(label, m_computedScope);
        }
        Q_EMIT documentPassagesRequested(code, spec.includeSubcodes, label, documents, spec.coderId);
        return;
    }
    // A Total column, or co-occurrence: the row's code in every document the matrix counted.
    if (spec.documents)
        Q_EMIT documentPassagesRequested(code, spec.includeSubcodes, m_computedScope, *spec.documents, spec.coderId);
    else
        Q_EMIT passagesRequested(code, spec.includeSubcodes, 0, spec.coderId);
}

void MatrixPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
}

void MatrixPanel::refreshCoders()
{
    PanelControls::fillCoders(m_coders, m_project, m_coderId);
}

void MatrixPanel::refreshColumns()
{
    const QString current = m_columns->currentData(ColumnsRole).toString();
    const QSignalBlocker blocker(m_columns);
    m_columns->clear();
    const auto add = [this](const QString &text, Matrix::ColumnKind kind, const QString &columns) {
        m_columns->addItem(text, int(kind));
        m_columns->setItemData(m_columns->count() - 1, columns, ColumnsRole);
    };
    add(tr("Documents"), Matrix::ColumnKind::Documents, QStringLiteral("documents"));
    add(tr("Cases"), Matrix::ColumnKind::Groups, QStringLiteral("cases"));
    if (m_project) {
        for (const Core::Attribute &attribute : m_project->attributes())
            add(tr("Attribute: %1").arg(attribute.name), Matrix::ColumnKind::Groups, attributePrefix + attribute.name);
        for (const Core::Attribute &attribute : m_project->attributes(Core::AttributeTarget::Case))
            add(tr("Case attribute: %1").arg(attribute.name), Matrix::ColumnKind::Groups,
                caseAttributePrefix + attribute.name);
    }
    add(tr("Codes (co-occurrence)"), Matrix::ColumnKind::Codes, QStringLiteral("codes"));
    // An attribute removed since: back to documents.
    m_columns->setCurrentIndex(std::max(0, m_columns->findData(current, ColumnsRole)));
}

void MatrixPanel::refreshRows()
{
    const qint64 current = m_rows->currentData().toLongLong();
    const QSignalBlocker blocker(m_rows);
    m_rows->clear();
    m_rows->addItem(tr("All codes"), qint64(0));
    if (m_project) {
        for (const Core::CodeSet &set : m_project->codeSets())
            m_rows->addItem(set.name, set.id);
    }
    // A set removed since: back to every code.
    m_rows->setCurrentIndex(std::max(0, m_rows->findData(current)));
}

Core::Status MatrixPanel::exportCsv(const QString &path) const
{
    if (!m_project)
        return Core::Error{tr("No project is open.")};
    if (!m_error->text().isEmpty())
        return Core::Error{m_error->text()};
    return FileExport::write(
        path, [this](QIODevice *file) { return Core::CsvExport::writeMatrix(m_model->matrix(), file, {}); });
}

Core::Status MatrixPanel::exportXlsx(const QString &path) const
{
    if (!m_project)
        return Core::Error{tr("No project is open.")};
    if (!m_error->text().isEmpty())
        return Core::Error{m_error->text()};
    // XlsxMatrix writes the whole file or nothing itself (a temporary file, renamed at the end).
    return Core::XlsxMatrix::writeFile(m_model->matrix(), path);
}

QString MatrixPanel::fileStem() const
{
    if (m_model->matrix().columnKind == Matrix::ColumnKind::Codes)
        return QStringLiteral("matrix-cooccurrence");
    if (m_model->matrix().columnKind == Matrix::ColumnKind::Documents)
        return QStringLiteral("matrix-codes-by-document");
    QString stem = QStringLiteral("matrix-codes-by-") + m_computedGroupKind.toLower();
    // Characters some file systems refuse in a name.
    for (QChar &c : stem) {
        if (QStringView(u"/\\:*?\"<>| ").contains(c))
            c = u'-';
    }
    return stem;
}

void MatrixPanel::exportCsvInteractively()
{
    FileExport::saveInteractively(this, tr("Export Matrix"), fileStem() + QStringLiteral(".csv"),
                                  tr("CSV files (*.csv)"), [this](const QString &path) { return exportCsv(path); });
}

void MatrixPanel::exportXlsxInteractively()
{
    FileExport::saveInteractively(this, tr("Export Matrix"), fileStem() + QStringLiteral(".xlsx"),
                                  tr("Excel workbooks (*.xlsx)"),
                                  [this](const QString &path) { return exportXlsx(path); });
}

} // namespace Marginalia::Ui

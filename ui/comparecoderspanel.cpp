#include "comparecoderspanel.h"

#include "agreementmodel.h"
#include "analysis/coderagreement.h"
#include "documentscopebar.h"
#include "export/csvexport.h"
#include "fileexport.h"
#include "model/codetree.h"
#include "panelcontrols.h"
#include "store/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

constexpr int CoderIdRole = Qt::UserRole + 1;

/// Codebook order, depth first, with each code's path: what the code filter lists.
void addCodes(QComboBox *combo, const Core::CodeTree &tree, qint64 parent, int depth)
{
    for (qint64 id : tree.children(parent)) {
        const Core::Code *code = tree.find(id);
        combo->addItem(QString(depth * 2, u' ') + code->name, id);
        combo->setItemData(combo->count() - 1, tree.path(id), Qt::ToolTipRole);
        addCodes(combo, tree, id, depth + 1);
    }
}

} // namespace

CompareCodersPanel::CompareCodersPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AgreementModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_coders(new QListWidget(this))
    , m_codes(new QComboBox(this))
    , m_subcodes(new QCheckBox(tr("With subcodes"), this))
    , m_documents(new QComboBox(this))
    , m_scope(new DocumentScopeBar(this))
    , m_message(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_review(new QPushButton(tr("Review Disagreements..."), this))
    , m_exportCsv(new QPushButton(tr("Export CSV"), this))
    , m_exportImage(new QPushButton(tr("Export Image..."), this))
    , m_deferredReload(this, [this] { reload(); })
{
    m_coders->setObjectName(QStringLiteral("compareCoders"));
    m_codes->setObjectName(QStringLiteral("compareCode"));
    m_subcodes->setObjectName(QStringLiteral("compareSubcodes"));
    m_documents->setObjectName(QStringLiteral("compareDocument"));
    m_view->setObjectName(QStringLiteral("agreementTable"));
    m_review->setObjectName(QStringLiteral("compareReview"));
    m_exportCsv->setObjectName(QStringLiteral("compareExportCsv"));
    m_exportImage->setObjectName(QStringLiteral("compareExportImage"));

    // The coders side by side, ticked to compare: a class of twenty fits in two or three rows.
    m_coders->setFlow(QListView::LeftToRight);
    m_coders->setWrapping(true);
    m_coders->setResizeMode(QListView::Adjust);
    m_coders->setSpacing(2);
    // Two rows of names; a class of forty scrolls. More would keep the bottom dock from being made small.
    m_coders->setMaximumHeight(m_coders->fontMetrics().height() * 2 + 12);
    m_coders->setAccessibleName(tr("Coders to compare"));
    m_coders->setToolTip(tr("Tick the coders to compare: two for Cohen's kappa and the disagreement review, "
                            "more for Fleiss' kappa and Krippendorff's alpha"));
    m_codes->setAccessibleName(tr("Code"));
    m_codes->setToolTip(tr("Compare every code, or one"));
    m_subcodes->setToolTip(tr("A code covers what its subcodes cover too"));
    m_documents->setAccessibleName(tr("Document"));
    m_documents->setToolTip(tr("Compare over every document the coders coded in, or one"));
    PanelControls::setUpFilterCombo(m_codes);
    PanelControls::setUpFilterCombo(m_documents);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgreementModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false); // the shading is the information
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AgreementModel::CodeColumn, QHeaderView::Stretch);
    for (int column = AgreementModel::DocumentsColumn; column < AgreementModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_review->setToolTip(tr("Go through every place where the two ticked coders differ on the selected code "
                            "and settle it into a consensus coder's codings"));
    m_exportCsv->setToolTip(tr("Write the table to a CSV file, per code or per code and document"));
    auto *csvMenu = new QMenu(m_exportCsv);
    csvMenu->addAction(tr("By Code..."), this, [this] {
        FileExport::saveInteractively(this, tr("Export Agreement"), QStringLiteral("agreement-by-code.csv"),
                                      tr("CSV files (*.csv)"),
                                      [this](const QString &path) { return exportCsv(path, CsvLayout::ByCode); });
    });
    csvMenu->addAction(tr("By Code and Document..."), this, [this] {
        FileExport::saveInteractively(this, tr("Export Agreement"), QStringLiteral("agreement-by-document.csv"),
                                      tr("CSV files (*.csv)"),
                                      [this](const QString &path) { return exportCsv(path, CsvLayout::ByDocument); });
    });
    m_exportCsv->setMenu(csvMenu);
    m_exportImage->setToolTip(tr("Save the table as it is shown as a PNG image"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_coders);
    auto *filters = new QHBoxLayout;
    // The combo boxes keep to the top of the row when the scope bar shows a condition's error under it.
    filters->addWidget(m_codes, 1, Qt::AlignTop);
    filters->addWidget(m_subcodes, 0, Qt::AlignTop);
    filters->addWidget(m_documents, 1, Qt::AlignTop);
    filters->addWidget(m_scope, 2);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    // The header and a row at the least, so that the dock can be made small.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 3 + 12);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_review);
    bottom->addStretch(1);
    bottom->addWidget(m_exportCsv);
    bottom->addWidget(m_exportImage);
    layout->addLayout(bottom);

    connect(m_coders, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(CoderIdRole).toLongLong();
        m_unchecked.removeAll(id);
        if (item->checkState() != Qt::Checked)
            m_unchecked.append(id);
        m_deferredReload.requestReload();
    });
    connect(m_codes, &QComboBox::currentIndexChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_subcodes, &QCheckBox::toggled, this, [this] { m_deferredReload.requestReload(); });
    connect(m_documents, &QComboBox::currentIndexChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_scope, &DocumentScopeBar::scopeChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateButtons(); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { requestReview(); });
    connect(m_review, &QPushButton::clicked, this, &CompareCodersPanel::requestReview);
    connect(m_exportImage, &QPushButton::clicked, this, [this] {
        FileExport::saveInteractively(this, tr("Export Agreement Table"), QStringLiteral("agreement.png"),
                                      tr("PNG images (*.png)"),
                                      [this](const QString &path) { return exportPng(path); });
    });

    reload();
}

CompareCodersPanel::~CompareCodersPanel() = default;

Core::Project *CompareCodersPanel::project() const
{
    return m_project;
}

void CompareCodersPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_unchecked.clear();
    m_scope->setProject(project);
    if (project) {
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

QList<qint64> CompareCodersPanel::checkedCoders() const
{
    QList<qint64> result;
    for (int i = 0; i < m_coders->count(); ++i) {
        if (m_coders->item(i)->checkState() == Qt::Checked)
            result.append(m_coders->item(i)->data(CoderIdRole).toLongLong());
    }
    return result;
}

void CompareCodersPanel::setCheckedCoders(const QList<qint64> &coderIds)
{
    {
        const QSignalBlocker blocker(m_coders);
        m_unchecked.clear();
        for (int i = 0; i < m_coders->count(); ++i) {
            QListWidgetItem *item = m_coders->item(i);
            const qint64 id = item->data(CoderIdRole).toLongLong();
            item->setCheckState(coderIds.contains(id) ? Qt::Checked : Qt::Unchecked);
            if (!coderIds.contains(id))
                m_unchecked.append(id);
        }
    }
    reload();
}

void CompareCodersPanel::setCode(qint64 codeId)
{
    PanelControls::selectItem(m_codes, codeId, [this] { refreshChoices(); });
    reload();
}

void CompareCodersPanel::setIncludeSubcodes(bool include)
{
    const QSignalBlocker blocker(m_subcodes);
    m_subcodes->setChecked(include);
    reload();
}

void CompareCodersPanel::setDocument(qint64 documentId)
{
    PanelControls::selectItem(m_documents, documentId, [this] { refreshChoices(); });
    reload();
}

QString CompareCodersPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void CompareCodersPanel::refreshChoices()
{
    const qint64 code = m_codes->currentData().toLongLong();
    const qint64 document = m_documents->currentData().toLongLong();
    const QSignalBlocker codersBlocker(m_coders);
    const QSignalBlocker codesBlocker(m_codes);
    const QSignalBlocker documentsBlocker(m_documents);
    m_coders->clear();
    m_codes->clear();
    m_documents->clear();
    m_codes->addItem(tr("All codes"), qint64(0));
    m_documents->addItem(tr("All coded documents"), qint64(0));
    if (!m_project)
        return;
    for (const Core::Coder &coder : m_project->coders()) {
        auto *item = new QListWidgetItem(coder.name, m_coders);
        item->setData(CoderIdRole, coder.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(m_unchecked.contains(coder.id) ? Qt::Unchecked : Qt::Checked);
    }
    addCodes(m_codes, Core::CodeTree(m_project->codes()), 0, 0);
    for (const Core::DocumentName &name : m_project->documentNames())
        m_documents->addItem(name.name, name.id);
    m_codes->setCurrentIndex(std::max(0, m_codes->findData(code)));
    m_documents->setCurrentIndex(std::max(0, m_documents->findData(document)));
}

void CompareCodersPanel::reload()
{
    m_deferredReload.reloadStarted();
    refreshChoices();
    QString problem;
    if (!m_project) {
        problem = tr("Open a project to compare its coders.");
    } else if (checkedCoders().size() < 2) {
        problem = tr("Tick two or more coders to compare.");
    } else {
        Core::AgreementRequest request;
        request.coderIds = checkedCoders();
        request.codeId = m_codes->currentData().toLongLong();
        request.includeSubcodes = m_subcodes->isChecked();
        request.documentId = m_documents->currentData().toLongLong();
        request.documentIds = m_scope->scope();
        auto result = Core::CoderAgreement::compute(*m_project, request);
        if (result)
            m_model->setResult(*result);
        else
            problem = result.error();
    }
    if (!problem.isEmpty())
        m_model->setResult({});
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    updateButtons();
}

qint64 CompareCodersPanel::currentCode() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AgreementModel::CodeIdRole).toLongLong() : 0;
}

void CompareCodersPanel::updateButtons()
{
    const bool computed = m_model->rowCount() > 0;
    m_exportCsv->setEnabled(computed);
    m_exportImage->setEnabled(computed);
    m_review->setEnabled(computed && checkedCoders().size() == 2 && currentCode() != 0);
    m_review->setToolTip(checkedCoders().size() == 2
                             ? tr("Go through every place where the two ticked coders differ on the selected code "
                                  "and settle it into a consensus coder's codings")
                             : tr("Tick exactly two coders and select a code to review their disagreements"));
}

void CompareCodersPanel::requestReview()
{
    const QList<qint64> coders = checkedCoders();
    const qint64 code = currentCode();
    if (coders.size() != 2 || code == 0)
        return;
    Q_EMIT reviewRequested(code, m_subcodes->isChecked(), coders.at(0), coders.at(1));
}

QString CompareCodersPanel::codersJoined() const
{
    QStringList names;
    for (const Core::Coder &coder : m_model->result().coders)
        names.append(coder.name);
    return names.join(u';');
}

Core::Status CompareCodersPanel::exportCsv(const QString &path, CsvLayout layout) const
{
    if (m_model->rowCount() == 0)
        return Core::Error{tr("There is no comparison to export: %1").arg(m_message->text())};
    return FileExport::write(path, [this, layout](QIODevice *file) {
        const auto &result = m_model->result();
        return layout == CsvLayout::ByCode
            ? Core::CsvExport::writeAgreementByCode(result.byCode, codersJoined(), file, {})
            : Core::CsvExport::writeAgreementByDocument(result.byDocument, codersJoined(), file, {});
    });
}

Core::Status CompareCodersPanel::exportPng(const QString &path) const
{
    const QPixmap pixmap = m_view->grab();
    if (pixmap.isNull())
        return Core::Error{tr("The table has no size to draw at; show the panel first.")};
    return FileExport::write(path, [&](QIODevice *file) -> Core::Status {
        if (!pixmap.save(file, "PNG"))
            return FileExport::cannotWrite(path, tr("encoding the image failed"));
        return Core::success();
    });
}

} // namespace Marginalia::Ui

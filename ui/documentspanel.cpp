#include "documentspanel.h"

#include "documentlistmodel.h"
#include "import/documentreader.h"
#include "isolatednamedelegate.h"
#include "store/project.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia::Ui {

DocumentsPanel::DocumentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DocumentListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(DocumentListModel::NameColumn);
    m_proxy->setSortRole(Qt::DisplayRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_filter->setPlaceholderText(tr("Filter documents"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    // Names in a study often share their start ("UPR summary – Albania", "UPR summary – Chad"): keep the end.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setItemDelegateForColumn(DocumentListModel::NameColumn, new IsolatedNameDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DocumentListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DocumentListModel::CodingsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DocumentListModel::CharactersColumn, QHeaderView::ResizeToContents);

    // F2 or a slow second click renames; the context menu and the Delete key remove.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    // Several documents (Ctrl+click, Shift+click) to add to a set at once; the current one is the one shown.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DocumentsPanel::showContextMenu);
    auto *remove = new QAction(m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &DocumentsPanel::removeCurrent);
    m_view->addAction(remove);

    connect(m_model, &DocumentListModel::renameRequested, this, &DocumentsPanel::renameRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT documentActivated(current.data(DocumentListModel::DocumentIdRole).toLongLong());
            });
}

DocumentsPanel::~DocumentsPanel() = default;

void DocumentsPanel::setProject(Core::Project *project)
{
    m_project = project;
    m_model->setProject(project);
}

Core::Project *DocumentsPanel::project() const
{
    return m_project;
}

void DocumentsPanel::setCoderFilter(qint64 coderId)
{
    m_model->setCoderFilter(coderId);
}

void DocumentsPanel::setCurrentDocument(qint64 documentId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(documentId), 0));
    if (index.isValid() && m_view->currentIndex().row() != index.row()) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->setCurrentIndex(index);
    }
}

void DocumentsPanel::activateFirstDocument()
{
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

QList<qint64> DocumentsPanel::selectedDocuments() const
{
    QList<qint64> documents;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(DocumentListModel::NameColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        documents.append(index.data(DocumentListModel::DocumentIdRole).toLongLong());
    if (documents.isEmpty() && m_view->currentIndex().isValid())
        documents.append(m_view->currentIndex().data(DocumentListModel::DocumentIdRole).toLongLong());
    return documents;
}

void DocumentsPanel::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        Q_EMIT removeRequested(current.data(DocumentListModel::DocumentIdRole).toLongLong());
}

void DocumentsPanel::showContextMenu(const QPoint &position)
{
    if (!m_project)
        return;
    const bool writable = !m_project->isReadOnly();
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    menu.addAction(tr("Import Documents..."), this, &DocumentsPanel::askFilesToImport)->setEnabled(writable);
    menu.addAction(tr("Import Folder..."), this, &DocumentsPanel::askFolderToImport)->setEnabled(writable);
    if (index.isValid()) {
        const qint64 documentId = index.data(DocumentListModel::DocumentIdRole).toLongLong();
        const QModelIndex nameIndex = index.siblingAtColumn(DocumentListModel::NameColumn);
        menu.addSeparator();
        menu.addAction(tr("Rename"), this, [this, nameIndex] { m_view->edit(nameIndex); })->setEnabled(writable);
        menu.addAction(tr("Remove from Project..."), this, [this, documentId] { Q_EMIT removeRequested(documentId); })
            ->setEnabled(writable);
        menu.addSeparator();
        // The selected documents when the click is on one of them, else the document clicked.
        QList<qint64> selected = selectedDocuments();
        if (!selected.contains(documentId))
            selected = {documentId};
        menu.addAction(tr("Add to Set..."), this, [this, selected] { Q_EMIT addToSetRequested(selected); })
            ->setEnabled(writable);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

// The dialogs open over the window, as they do from its File menu, also when the dock floats.

void DocumentsPanel::askFilesToImport()
{
    if (!m_project)
        return;
    QSettings settings;
    QStringList patterns;
    for (const QString &suffix : Core::DocumentReader::supportedSuffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    const QStringList paths = QFileDialog::getOpenFileNames(
        window(), tr("Import Documents"), settings.value(QStringLiteral("import/folder")).toString(),
        tr("Documents (%1);;All files (*)").arg(patterns.join(u' ')));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(paths.first()).absolutePath());
    Q_EMIT importRequested(paths);
}

void DocumentsPanel::askFolderToImport()
{
    if (!m_project)
        return;
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        window(), tr("Import a Folder of Documents"), settings.value(QStringLiteral("import/folder")).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), folder);
    Q_EMIT importRequested({folder});
}

} // namespace Marginalia::Ui

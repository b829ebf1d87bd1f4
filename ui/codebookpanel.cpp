#include "codebookpanel.h"

#include "codebookmodel.h"
#include "isolatednamedelegate.h"
#include "model/codetree.h"
#include "store/project.h"

#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

QString pinsSettingsKey(const Core::Project &project)
{
    return QStringLiteral("pinned/") + project.guid();
}

} // namespace

CodebookPanel::CodebookPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CodebookModel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    // The tree fills the dock edge to edge, as when it was the dock's widget itself.
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_view->setModel(m_model);
    m_view->setHeaderHidden(false);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Several codes (Ctrl+click, Shift+click) for a code set; a drag still moves the one under the pointer.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegateForColumn(CodebookModel::NameColumn, new IsolatedNameDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    for (int column : {CodebookModel::CodingsColumn, CodebookModel::WithSubcodesColumn, CodebookModel::KeyColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CodebookPanel::showContextMenu);

    connect(m_view, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT codeSelectionRequested(m_model->codeId(index)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentCodeChanged(m_model->codeId(current)); });
    connect(m_model, &CodebookModel::renameRequested, this, &CodebookPanel::renameRequested);
    connect(m_model, &CodebookModel::moveRequested, this, &CodebookPanel::moveRequested);
    // A reset forgets which codes were open: remember and restore, so the tree doesn't collapse after
    // every coding. (Connected after the view's own handling of the reset, which must come first.)
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CodebookPanel::rememberViewState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodebookPanel::restoreViewState);
}

CodebookPanel::~CodebookPanel() = default;

void CodebookPanel::setProject(Core::Project *project)
{
    m_project = project;
    m_model->setProject(project);
    m_view->expandAll();
    loadPins();
}

Core::Project *CodebookPanel::project() const
{
    return m_project;
}

void CodebookPanel::setCoderFilter(qint64 coderId)
{
    m_model->setCoderFilter(coderId);
}

void CodebookPanel::reload()
{
    m_model->reload();
}

const Core::CodeTree &CodebookPanel::tree() const
{
    return m_model->tree();
}

std::optional<Core::Code> CodebookPanel::code(qint64 codeId) const
{
    if (!m_project || codeId == 0)
        return std::nullopt;
    return m_project->code(codeId);
}

qint64 CodebookPanel::currentCode() const
{
    return m_model->codeId(m_view->currentIndex());
}

QList<qint64> CodebookPanel::selectedCodes() const
{
    QSet<qint64> selected;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(CodebookModel::NameColumn))
        selected.insert(m_model->codeId(index));
    QList<qint64> codes;
    for (qint64 codeId : tree().depthFirst()) {
        if (selected.contains(codeId))
            codes.append(codeId);
    }
    if (codes.isEmpty() && currentCode() != 0)
        codes.append(currentCode());
    return codes;
}

void CodebookPanel::setCurrentCode(qint64 codeId)
{
    m_view->setCurrentIndex(m_model->indexOf(codeId));
}

bool CodebookPanel::selectCodePath(const QString &path)
{
    const Core::Code *found = m_model->tree().findByPath(path);
    if (!found)
        return false;
    setCurrentCode(found->id);
    m_view->scrollTo(m_model->indexOf(found->id));
    return true;
}

void CodebookPanel::rememberViewState()
{
    m_expandedBeforeReset.clear();
    for (const Core::Code &c : m_model->tree().codes()) {
        if (m_view->isExpanded(m_model->indexOf(c.id)))
            m_expandedBeforeReset.append(c.id);
    }
    m_currentBeforeReset = currentCode();
}

void CodebookPanel::restoreViewState()
{
    for (qint64 id : std::as_const(m_expandedBeforeReset))
        m_view->setExpanded(m_model->indexOf(id), true);
    if (m_currentBeforeReset != 0)
        m_view->setCurrentIndex(m_model->indexOf(m_currentBeforeReset));
}

// --- Context menu and its dialogs ------------------------------------------------------------------------

void CodebookPanel::showContextMenu(const QPoint &position)
{
    if (!m_project)
        return;
    const qint64 codeId = m_model->codeId(m_view->indexAt(position));
    QMenu menu(this);
    menu.addAction(tr("New Code..."), this, [this] { askNewCode(0); });
    if (codeId != 0) {
        menu.addAction(tr("New Subcode..."), this, [this, codeId] { askNewCode(codeId); });
        menu.addSeparator();
        menu.addAction(tr("Code Selection"), this, [this, codeId] { Q_EMIT codeSelectionRequested(codeId); });
        menu.addAction(tr("Rename"), this, [this, codeId] { m_view->edit(m_model->indexOf(codeId)); });
        menu.addAction(tr("Colour..."), this, [this, codeId] { askColor(codeId); });
        menu.addAction(tr("Description..."), this, [this, codeId] { askDescription(codeId); });
        QMenu *pin = menu.addMenu(tr("Pin to Key"));
        for (int key = 1; key <= 9; ++key) {
            QAction *action = pin->addAction(QString::number(key), this, [this, codeId, key] { pinCode(codeId, key); });
            action->setCheckable(true);
            action->setChecked(m_pinned.value(key) == codeId);
        }
        pin->addSeparator();
        pin->addAction(tr("Unpin"), this, [this, codeId] { pinCode(codeId, 0); });
        menu.addSeparator();
        // The selected codes when the click is on one of them, else the code clicked, as file managers do.
        QList<qint64> selected = selectedCodes();
        if (!selected.contains(codeId))
            selected = {codeId};
        menu.addAction(tr("Add to Code Set..."), this, [this, selected] { Q_EMIT addToCodeSetRequested(selected); })
            ->setEnabled(!m_project->isReadOnly());
        menu.addAction(tr("Merge Into..."), this, [this, codeId] { askMergeTarget(codeId); });
        menu.addAction(tr("Delete..."), this, [this, codeId] { Q_EMIT deleteRequested(codeId); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

// The dialogs open over the window, as they do from its menus, also when the dock floats.

void CodebookPanel::askNewCode(qint64 parentId)
{
    if (!m_project)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(window(), parentId ? tr("New Subcode") : tr("New Code"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        Q_EMIT newCodeRequested(parentId, name);
}

void CodebookPanel::askColor(qint64 codeId)
{
    const auto existing = code(codeId);
    if (!existing)
        return;
    const QColor color
        = QColorDialog::getColor(QColor(existing->color), window(), tr("Colour of \"%1\"").arg(existing->name));
    if (color.isValid() && color.name().toUpper() != existing->color.toUpper())
        Q_EMIT colorChangeRequested(codeId, color.name().toUpper());
}

void CodebookPanel::askDescription(qint64 codeId)
{
    const auto existing = code(codeId);
    if (!existing)
        return;
    bool ok = false;
    const QString description = QInputDialog::getMultiLineText(
        window(), tr("Description of \"%1\"").arg(existing->name),
        tr("What the code means, when to use it and when not:"), existing->description, &ok);
    if (ok && description != existing->description)
        Q_EMIT descriptionChangeRequested(codeId, description);
}

void CodebookPanel::askMergeTarget(qint64 codeId)
{
    const auto source = code(codeId);
    if (!source)
        return;
    const Core::CodeTree &tree = m_model->tree();
    const QList<qint64> excluded = tree.subtree(codeId);
    QStringList paths;
    QList<qint64> ids;
    for (const Core::Code &c : tree.codes()) {
        if (!excluded.contains(c.id)) {
            paths.append(tree.path(c.id));
            ids.append(c.id);
        }
    }
    if (paths.isEmpty())
        return;
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(window(), tr("Merge \"%1\"").arg(source->name),
                                tr("Merge \"%1\" and its codings into:").arg(tree.path(codeId)), paths, 0, false, &ok);
    if (ok)
        Q_EMIT mergeRequested(codeId, ids.at(paths.indexOf(chosen)));
}

// --- Pins ------------------------------------------------------------------------------------------------

void CodebookPanel::pinCode(qint64 codeId, int key)
{
    for (auto it = m_pinned.begin(); it != m_pinned.end();) {
        if (it.value() == codeId || it.key() == key)
            it = m_pinned.erase(it);
        else
            ++it;
    }
    if (key >= 1 && key <= 9 && codeId != 0)
        m_pinned.insert(key, codeId);
    savePins();
}

void CodebookPanel::unpinMissingCodes()
{
    // Only forgotten here: the settings keep the pin (by GUID) until the next change of pins, so that a
    // deletion undone before then gets it back when the project is opened again.
    for (auto it = m_pinned.begin(); it != m_pinned.end();) {
        if (!code(it.value()))
            it = m_pinned.erase(it);
        else
            ++it;
    }
}

void CodebookPanel::savePins()
{
    QVariantMap stored;
    for (auto it = m_pinned.cbegin(); it != m_pinned.cend(); ++it) {
        if (const auto pinned = code(it.value()))
            stored.insert(QString::number(it.key()), pinned->guid);
    }
    showPins();
    if (m_project)
        QSettings().setValue(pinsSettingsKey(*m_project), stored);
}

void CodebookPanel::loadPins()
{
    m_pinned.clear();
    if (m_project) {
        const QVariantMap stored = QSettings().value(pinsSettingsKey(*m_project)).toMap();
        QHash<QString, qint64> byGuid;
        for (const Core::Code &c : m_project->codes())
            byGuid.insert(c.guid, c.id);
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (const qint64 id = byGuid.value(it.value().toString()))
                m_pinned.insert(it.key().toInt(), id);
        }
    }
    showPins();
}

void CodebookPanel::showPins()
{
    QHash<qint64, int> keys;
    for (auto it = m_pinned.cbegin(); it != m_pinned.cend(); ++it)
        keys.insert(it.value(), it.key());
    m_model->setPinnedKeys(keys);
}

} // namespace Marginalia::Ui

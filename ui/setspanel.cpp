#include "setspanel.h"

#include "analysis/documentcondition.h"
#include "model/codetree.h"
#include "store/project.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

enum SetColumn { NameColumn, ContentsColumn };
enum SetRole { GuidRole = Qt::UserRole + 1, KindRole };

} // namespace

SetsPanel::SetsPanel(QWidget *parent)
    : QWidget(parent)
    , m_sets(new QTreeWidget(this))
    , m_documentSets(new QTreeWidgetItem(m_sets))
    , m_codeSets(new QTreeWidgetItem(m_sets))
    , m_membersLabel(new QLabel(this))
    , m_members(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("Remove Set..."), this))
    , m_deferredReload(this, [this] { reload(); })
{
    m_sets->setObjectName(QStringLiteral("setList"));
    m_members->setObjectName(QStringLiteral("setMembers"));
    m_sets->setColumnCount(2);
    m_sets->setHeaderLabels({tr("Set"), tr("Contents")});
    m_sets->setUniformRowHeights(true);
    m_sets->setAllColumnsShowFocus(true);
    m_sets->header()->setStretchLastSection(true);
    m_sets->setAccessibleName(tr("Sets"));
    for (QTreeWidgetItem *heading : {m_documentSets, m_codeSets}) {
        heading->setFlags(Qt::ItemIsEnabled);
        QFont font = heading->font(NameColumn);
        font.setBold(true);
        heading->setFont(NameColumn, font);
        heading->setExpanded(true);
    }
    m_members->setColumnCount(1);
    m_members->setHeaderHidden(true);
    m_members->setRootIsDecorated(false);
    m_members->setUniformRowHeights(true);
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->setAccessibleName(tr("Members of the set"));
    m_membersLabel->setTextFormat(Qt::PlainText);
    m_membersLabel->setWordWrap(true);
    m_remove->setToolTip(tr("Remove the current set (not its documents or codes); undo brings it back"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sets, 1);
    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Add documents with \"Add to Set...\" in the Documents panel, codes with \"Add to "
                               "Code Set...\" in the Codebook"),
                            left);
    hint->setEnabled(false); // a hint, in the disabled colour
    hint->setWordWrap(true);
    buttons->addWidget(m_remove);
    buttons->addWidget(hint, 1);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(3);
    rightLayout->addWidget(m_membersLabel);
    rightLayout->addWidget(m_members, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_sets, &QTreeWidget::currentItemChanged, this, [this] {
        showMembers();
        updateActions();
    });
    connect(m_remove, &QPushButton::clicked, this, &SetsPanel::askRemoveSet);
    auto *removeKey = new QAction(m_sets);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, this, &SetsPanel::askRemoveSet);
    m_sets->addAction(removeKey);

    reload();
}

SetsPanel::~SetsPanel() = default;

void SetsPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        for (auto signal :
             {&Core::Project::attributesChanged, &Core::Project::documentsChanged, &Core::Project::codebookChanged})
            connect(project, signal, this, [this] { m_deferredReload.reloadAfterChange(); });
    }
    // A panel out of sight (a tab behind another, a closed dock) counts when it is shown: opening a large
    // project must not wait for every analysis the user is not looking at.
    if (project)
        m_deferredReload.requestReload();
    else
        reload();
}

Core::Project *SetsPanel::project() const
{
    return m_project;
}

std::optional<std::pair<SetsPanel::Kind, QString>> SetsPanel::currentSet() const
{
    const QTreeWidgetItem *item = m_sets->currentItem();
    if (!item || item->parent() == nullptr)
        return std::nullopt;
    return std::pair{Kind(item->data(0, KindRole).toInt()), item->data(0, GuidRole).toString()};
}

bool SetsPanel::selectSet(Kind kind, const QString &name)
{
    QTreeWidgetItem *heading = kind == Kind::Documents ? m_documentSets : m_codeSets;
    for (int row = 0; row < heading->childCount(); ++row) {
        if (heading->child(row)->text(NameColumn).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            m_sets->setCurrentItem(heading->child(row));
            return true;
        }
    }
    return false;
}

QStringList SetsPanel::memberNames() const
{
    QStringList names;
    for (int row = 0; row < m_members->topLevelItemCount(); ++row)
        names.append(m_members->topLevelItem(row)->text(0));
    return names;
}

void SetsPanel::reload()
{
    m_deferredReload.reloadStarted();
    const auto current = currentSet();
    const QSignalBlocker blocker(m_sets);
    qDeleteAll(m_documentSets->takeChildren());
    qDeleteAll(m_codeSets->takeChildren());
    QTreeWidgetItem *restored = nullptr;
    if (m_project) {
        for (const Core::DocumentSet &set : m_project->documentSets()) {
            auto *item = new QTreeWidgetItem(m_documentSets);
            item->setText(NameColumn, set.name);
            if (set.condition.isEmpty()) {
                item->setText(ContentsColumn, tr("%n document(s)", nullptr, int(set.documentIds.size())));
            } else {
                item->setText(ContentsColumn, tr("where %1").arg(set.condition));
                item->setToolTip(ContentsColumn,
                                 tr("The documents meeting the condition when the set is used: %1").arg(set.condition));
            }
            item->setData(0, GuidRole, set.guid);
            item->setData(0, KindRole, int(Kind::Documents));
            if (current && current->first == Kind::Documents && current->second == set.guid)
                restored = item;
        }
        for (const Core::CodeSet &set : m_project->codeSets()) {
            auto *item = new QTreeWidgetItem(m_codeSets);
            item->setText(NameColumn, set.name);
            item->setText(ContentsColumn, tr("%n code(s)", nullptr, int(set.codeIds.size())));
            item->setData(0, GuidRole, set.guid);
            item->setData(0, KindRole, int(Kind::Codes));
            if (current && current->first == Kind::Codes && current->second == set.guid)
                restored = item;
        }
    }
    m_documentSets->setText(NameColumn, tr("Sets of documents"));
    m_documentSets->setText(ContentsColumn, tr("%n set(s)", nullptr, m_documentSets->childCount()));
    m_codeSets->setText(NameColumn, tr("Sets of codes"));
    m_codeSets->setText(ContentsColumn, tr("%n set(s)", nullptr, m_codeSets->childCount()));
    m_sets->expandAll();
    m_sets->resizeColumnToContents(NameColumn);
    m_sets->setColumnWidth(NameColumn, std::clamp(m_sets->columnWidth(NameColumn), 140, 280));
    if (!restored)
        restored = m_documentSets->childCount() > 0 ? m_documentSets->child(0)
            : m_codeSets->childCount() > 0          ? m_codeSets->child(0)
                                                    : nullptr;
    m_sets->setCurrentItem(restored);
    showMembers();
    updateActions();
}

void SetsPanel::showMembers()
{
    m_members->clear();
    const auto current = currentSet();
    if (!current || !m_project) {
        m_membersLabel->setText(m_documentSets->childCount() + m_codeSets->childCount() == 0
                                    ? tr("No sets yet.")
                                    : tr("Choose a set to see its members."));
        return;
    }
    QStringList names;
    QString label;
    if (current->first == Kind::Documents) {
        std::optional<Core::DocumentSet> set;
        for (const Core::DocumentSet &each : m_project->documentSets()) {
            if (each.guid == current->second)
                set = each;
        }
        if (!set)
            return;
        QSet<qint64> ids(set->documentIds.cbegin(), set->documentIds.cend());
        QString problem;
        if (!set->condition.isEmpty()) {
            auto meeting = Core::DocumentCondition::documentsMeeting(*m_project, set->condition);
            if (meeting)
                ids = *meeting;
            else
                problem = meeting.error();
        }
        for (const Core::Document &document : m_project->documents()) {
            if (ids.contains(document.id))
                names.append(document.name);
        }
        if (!problem.isEmpty())
            label = tr("\"%1\": %2").arg(set->name, problem);
        else if (set->condition.isEmpty())
            label = tr("%n document(s) in \"%1\":", nullptr, int(names.size())).arg(set->name);
        else
            label = tr("%n document(s) meeting \"%1\" now:", nullptr, int(names.size())).arg(set->condition);
    } else {
        std::optional<Core::CodeSet> set;
        for (const Core::CodeSet &each : m_project->codeSets()) {
            if (each.guid == current->second)
                set = each;
        }
        if (!set)
            return;
        const Core::CodeTree tree(m_project->codes());
        for (qint64 codeId : set->codeIds) {
            if (tree.find(codeId))
                names.append(tree.path(codeId));
        }
        label = tr("%n code(s) in \"%1\":", nullptr, int(names.size())).arg(set->name);
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QList<QTreeWidgetItem *> items;
    for (const QString &name : std::as_const(names)) {
        auto *item = new QTreeWidgetItem({name});
        item->setToolTip(0, name);
        items.append(item);
    }
    m_members->addTopLevelItems(items);
    m_membersLabel->setText(label);
}

void SetsPanel::updateActions()
{
    m_remove->setEnabled(m_project && !m_project->isReadOnly() && currentSet().has_value());
}

std::optional<int> SetsPanel::chooseSet(const QString &title, const QString &question, const QStringList &names,
                                        const QString &newEntry, QString *newName)
{
    QStringList items = names;
    items.append(newEntry);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(window(), title, question, items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const int index = int(names.indexOf(chosen));
    if (index >= 0)
        return index;
    *newName = QInputDialog::getText(window(), title, tr("Name of the new set:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || newName->isEmpty())
        return std::nullopt;
    return -1;
}

// The dialogs open over the window, as the other panels' do, also when the dock floats.

void SetsPanel::askAddDocuments(const QList<qint64> &documentIds)
{
    if (!m_project || m_project->isReadOnly() || documentIds.isEmpty())
        return;
    // A set saved from a condition has the documents meeting it: it cannot be given others by hand.
    QList<Core::DocumentSet> listed;
    for (const Core::DocumentSet &set : m_project->documentSets()) {
        if (set.condition.isEmpty())
            listed.append(set);
    }
    QStringList names;
    for (const Core::DocumentSet &set : std::as_const(listed))
        names.append(set.name);
    QString newName;
    const auto chosen
        = chooseSet(tr("Add to Set"), tr("Add %n document(s) to the set:", nullptr, int(documentIds.size())), names,
                    tr("New set..."), &newName);
    if (!chosen)
        return;
    if (*chosen >= 0) {
        Q_EMIT addDocumentsRequested(listed.at(*chosen).guid, documentIds);
    } else if (const auto existing = m_project->documentSetByName(newName)) {
        if (existing->condition.isEmpty())
            Q_EMIT addDocumentsRequested(existing->guid, documentIds);
        else
            QMessageBox::information(window(), tr("Add to Set"),
                                     tr("\"%1\" is a set saved from a condition (%2): its documents are those "
                                        "meeting it.")
                                         .arg(existing->name, existing->condition));
    } else {
        Q_EMIT newDocumentSetRequested(newName, documentIds);
    }
}

void SetsPanel::askAddCodes(const QList<qint64> &codeIds)
{
    if (!m_project || m_project->isReadOnly() || codeIds.isEmpty())
        return;
    const QList<Core::CodeSet> sets = m_project->codeSets();
    QStringList names;
    for (const Core::CodeSet &set : sets)
        names.append(set.name);
    QString newName;
    const auto chosen
        = chooseSet(tr("Add to Code Set"), tr("Add %n code(s) to the code set:", nullptr, int(codeIds.size())), names,
                    tr("New code set..."), &newName);
    if (!chosen)
        return;
    if (*chosen >= 0)
        Q_EMIT addCodesRequested(sets.at(*chosen).guid, codeIds);
    else if (const auto existing = m_project->codeSetByName(newName))
        Q_EMIT addCodesRequested(existing->guid, codeIds);
    else
        Q_EMIT newCodeSetRequested(newName, codeIds);
}

void SetsPanel::askRemoveSet()
{
    const QTreeWidgetItem *item = m_sets->currentItem();
    if (!currentSet() || !item || !m_project || m_project->isReadOnly())
        return;
    const auto answer = QMessageBox::question(
        window(), tr("Remove Set"),
        tr("Remove the set \"%1\"? Its documents and codes stay; undo brings the set back.").arg(item->text(0)));
    if (answer == QMessageBox::Yes)
        removeCurrentSet();
}

void SetsPanel::removeCurrentSet()
{
    const auto current = currentSet();
    if (!current || !m_project || m_project->isReadOnly())
        return;
    if (current->first == Kind::Documents)
        Q_EMIT removeDocumentSetRequested(current->second);
    else
        Q_EMIT removeCodeSetRequested(current->second);
}

} // namespace Marginalia::Ui

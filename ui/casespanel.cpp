#include "casespanel.h"

#include "attributedelegate.h"
#include "attributeremoval.h"
#include "attributesortproxy.h"
#include "attributetablemodel.h"
#include "newattributedialog.h"
#include "panelcontrols.h"
#include "store/project.h"
#include "text/textoffsets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

enum MemberColumn { DocumentColumn, ExtentColumn, TextColumn };
enum MemberRole { MemberIdRole = Qt::UserRole + 1, MemberDocumentRole, MemberStartRole, MemberEndRole };

constexpr qsizetype PreviewLength = 90;
constexpr qsizetype TooltipLength = 600;

/// The start of @p text on one line, "…" where it was cut.
QString preview(const QString &text, qsizetype length)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= length)
        return simplified;
    return simplified.left(length).trimmed() + QChar(0x2026);
}

} // namespace

CasesPanel::CasesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AttributeTableModel(Core::AttributeTarget::Case, this))
    , m_proxy(new AttributeSortProxy(this))
    , m_message(new QLabel(this))
    , m_view(new QTableView(this))
    , m_newCase(new QPushButton(tr("New Case..."), this))
    , m_removeCase(new QPushButton(tr("Remove Case..."), this))
    , m_newAttribute(new QPushButton(tr("New Attribute..."), this))
    , m_removeAttribute(new QPushButton(tr("Remove Attribute..."), this))
    , m_count(new QLabel(this))
    , m_memoLabel(new QLabel(this))
    , m_memo(new QPlainTextEdit(this))
    , m_membersLabel(new QLabel(this))
    , m_members(new QTreeWidget(this))
    , m_removeMember(new QPushButton(tr("Remove from Case"), this))
    , m_deferredReload(this, [this] { reload(); })
{
    m_view->setObjectName(QStringLiteral("caseTable"));
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_memo->setObjectName(QStringLiteral("caseMemo"));
    m_members->setObjectName(QStringLiteral("caseMembers"));

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_newCase->setToolTip(tr("Add a case: a country, an organisation, a participant"));
    m_removeCase->setToolTip(tr("Remove the current case with its values and members (not the documents)"));
    m_newAttribute->setToolTip(tr("Add a variable of the cases: text, number, date, yes/no or a list"));
    m_removeAttribute->setToolTip(tr("Remove the case attribute of the current column with its values"));
    m_removeMember->setToolTip(tr("Take the selected documents or passages out of the case (the documents stay)"));

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new AttributeDelegate(m_view));
    PanelControls::setUpResultTable(m_view);
    // Cells to fill in, as in the Attributes panel: a row is a case, the name cell renames it.
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setShowGrid(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSortIndicator(AttributeTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_memo->setPlaceholderText(tr("Memo on the case: who or what it is, why these documents"));
    m_memo->setTabChangesFocus(true);
    // Two lines (it scrolls): the members below it are what the panel is mostly for.
    m_memo->setMaximumHeight(m_memo->fontMetrics().lineSpacing() * 2 + 12);
    m_memo->setMinimumHeight(m_memo->fontMetrics().lineSpacing() + 12);
    m_memo->setAccessibleName(tr("Case memo"));

    m_members->setColumnCount(3);
    m_members->setHeaderLabels({tr("Document"), tr("Part"), tr("Text")});
    m_members->setRootIsDecorated(false);
    m_members->setUniformRowHeights(true);
    m_members->setAlternatingRowColors(true);
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_members->setTextElideMode(Qt::ElideRight);
    m_members->setToolTip(tr("Assign documents and passages with Documents \u203A Assign Document to Case and "
                             "Assign Selection to Case, also in the text's context menu; double-click one to show it"));
    m_members->header()->setStretchLastSection(true);
    m_members->setAccessibleName(tr("Documents and passages of the case"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newCase);
    buttons->addWidget(m_removeCase);
    buttons->addSpacing(12);
    buttons->addWidget(m_newAttribute);
    buttons->addWidget(m_removeAttribute);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(3);
    m_memoLabel->setBuddy(m_memo);
    m_membersLabel->setBuddy(m_members);
    m_membersLabel->setTextFormat(Qt::PlainText);
    m_memoLabel->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_memoLabel);
    rightLayout->addWidget(m_memo);
    // The members' heading and their one button share a row: the list keeps the height the dock has.
    auto *membersHeading = new QHBoxLayout;
    membersHeading->addWidget(m_membersLabel, 1);
    membersHeading->addWidget(m_removeMember);
    rightLayout->addLayout(membersHeading);
    rightLayout->addWidget(m_members, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // Half each: the table is only as wide as its columns, the passages' text wants the room.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_memoTimer.setSingleShot(true);
    m_memoTimer.setInterval(600);
    connect(&m_memoTimer, &QTimer::timeout, this, &CasesPanel::flushMemo);
    connect(m_memo, &QPlainTextEdit::textChanged, this, [this] {
        if (m_shownCase.id != 0 && m_memo->toPlainText() != m_shownCase.memo)
            m_memoTimer.start();
    });
    connect(m_model, &AttributeTableModel::valueEdited, this, &CasesPanel::requestValue);
    connect(m_model, &AttributeTableModel::nameEdited, this, &CasesPanel::requestRename);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        flushMemo();
        showCurrentCase();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CasesPanel::updateActions);
    connect(m_members, &QTreeWidget::itemSelectionChanged, this, &CasesPanel::updateActions);
    connect(m_members, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT memberActivated(item->data(0, MemberDocumentRole).toLongLong(),
                               item->data(0, MemberStartRole).toLongLong(), item->data(0, MemberEndRole).toLongLong());
    });
    connect(m_newCase, &QPushButton::clicked, this, &CasesPanel::askNewCase);
    connect(m_removeCase, &QPushButton::clicked, this, &CasesPanel::askRemoveCase);
    connect(m_newAttribute, &QPushButton::clicked, this, &CasesPanel::askNewAttribute);
    connect(m_removeAttribute, &QPushButton::clicked, this, &CasesPanel::askRemoveAttribute);
    connect(m_removeMember, &QPushButton::clicked, this, &CasesPanel::removeSelectedMembers);

    reload();
}

CasesPanel::~CasesPanel() = default;

void CasesPanel::setProject(Core::Project *project)
{
    flushMemo();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_shownCase = {};
    m_model->setProject(project);
    if (project) {
        connect(project, &Core::Project::attributesChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
        connect(project, &Core::Project::documentsChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
    }
    // A panel out of sight (a tab behind another, a closed dock) counts when it is shown: opening a large
    // project must not wait for every analysis the user is not looking at.
    if (project)
        m_deferredReload.requestReload();
    else
        reload();
}

Core::Project *CasesPanel::project() const
{
    return m_project;
}

QString CasesPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

std::optional<Core::Case> CasesPanel::currentCase() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const qint64 id = m_model->itemId(current.row());
    if (id == 0 || !m_project)
        return std::nullopt;
    for (const Core::Case &each : m_project->cases()) {
        if (each.id == id)
            return each;
    }
    return std::nullopt;
}

bool CasesPanel::selectCase(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, AttributeTableModel::NameColumn);
        if (index.data().toString().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void CasesPanel::reload()
{
    m_deferredReload.reloadStarted();
    // The reset loses the current cell; keep the user's place across the edit that caused the reload.
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QString guid = m_model->itemGuid(current.row());
    const qint64 attributeId = current.isValid() ? current.data(AttributeTableModel::AttributeIdRole).toLongLong() : 0;
    const int column = current.column();
    {
        // The reset itself is not the user choosing another case: no memo flush, no second showCurrentCase().
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->reload();
    }
    int row = -1;
    for (int each = 0; each < m_model->rowCount() && !guid.isEmpty(); ++each) {
        if (m_model->itemGuid(each) == guid)
            row = each;
    }
    // A removed case's place goes to the first case, so that its members show.
    if (row < 0 && m_model->rowCount() > 0)
        row = m_proxy->mapToSource(m_proxy->index(0, 0)).row();
    if (row >= 0) {
        const int restoredColumn = attributeId != 0 ? m_model->columnOf(attributeId) : std::max(column, 0);
        const QModelIndex restored = m_proxy->mapFromSource(m_model->index(row, std::max(restoredColumn, 0)));
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->setCurrentIndex(restored);
    }
    QList<qint64> columns;
    for (const Core::Attribute &attribute : m_model->attributes())
        columns.append(attribute.id);
    if (columns != m_fittedColumns || m_model->rowCount() != m_fittedRows) {
        m_fittedColumns = columns;
        m_fittedRows = m_model->rowCount();
        m_view->resizeColumnsToContents();
        for (int each = 0; each < m_model->columnCount(); ++each)
            m_view->setColumnWidth(each, std::clamp(m_view->columnWidth(each), 90, 280));
    }
    m_count->setText(tr("%n case(s)", nullptr, m_model->rowCount()));
    showCurrentCase();
}

void CasesPanel::showCurrentCase()
{
    const auto shown = currentCase();
    const bool sameCase = shown && shown->guid == m_shownCase.guid;
    // The memo being typed stays: it is saved once typing pauses, and the reload that follows finds it.
    if (!sameCase || (!m_memoTimer.isActive() && m_memo->toPlainText() != (shown ? shown->memo : QString()))) {
        const QSignalBlocker blocker(m_memo);
        m_memo->setPlainText(shown ? shown->memo : QString());
    }
    m_shownCase = shown.value_or(Core::Case{});
    m_memo->setEnabled(shown.has_value() && m_project && !m_project->isReadOnly());
    m_memoLabel->setText(shown ? tr("&Memo on \"%1\":").arg(shown->name) : tr("&Memo:"));

    m_members->clear();
    if (shown && m_project) {
        QHash<qint64, Core::Document> documents;
        for (const Core::Document &document : m_project->documents())
            documents.insert(document.id, document);
        QHash<qint64, QString> texts; // read once per document, however many of its passages
        QList<QTreeWidgetItem *> items;
        const QList<Core::CaseMember> members = m_project->caseMembers(shown->id);
        for (const Core::CaseMember &member : members) {
            const Core::Document document = documents.value(member.documentId);
            if (!texts.contains(member.documentId)) {
                const auto text = m_project->documentText(member.documentId);
                texts.insert(member.documentId, text ? *text : QString());
            }
            const QString &text = texts[member.documentId];
            const QString part = member.end == 0
                ? Core::TextOffsets::slice(text, 0, std::min<qsizetype>(document.length, TooltipLength))
                : Core::TextOffsets::slice(text, member.start, member.end);
            auto *item = new QTreeWidgetItem;
            item->setText(DocumentColumn, document.name);
            item->setToolTip(DocumentColumn, document.name);
            item->setText(ExtentColumn,
                          member.end == 0 ? tr("whole document")
                                          : tr("passage %1\u2013%2").arg(member.start).arg(member.end));
            item->setText(TextColumn, preview(part, PreviewLength));
            item->setToolTip(TextColumn, preview(part, TooltipLength));
            item->setData(0, MemberIdRole, member.id);
            item->setData(0, MemberDocumentRole, member.documentId);
            item->setData(0, MemberStartRole, member.start);
            item->setData(0, MemberEndRole, member.end);
            items.append(item);
        }
        m_members->addTopLevelItems(items);
        m_members->resizeColumnToContents(DocumentColumn);
        m_members->resizeColumnToContents(ExtentColumn);
        m_members->setColumnWidth(DocumentColumn, std::clamp(m_members->columnWidth(DocumentColumn), 100, 220));
        m_membersLabel->setText(
            members.isEmpty()
                ? tr("Nothing in \"%1\" yet: use Documents \u203A Assign Document to Case.").arg(shown->name)
                : tr("%n document(s) or passage(s) in \"%1\":", nullptr, int(members.size())).arg(shown->name));
    } else {
        m_membersLabel->setText(m_model->rowCount() == 0 ? tr("No cases yet: add one with New Case.")
                                                         : tr("Choose a case to see its documents."));
    }
    updateActions();
}

void CasesPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CasesPanel::updateActions()
{
    const bool writable = m_project && !m_project->isReadOnly();
    const bool hasCase = m_shownCase.id != 0;
    m_newCase->setEnabled(writable);
    m_removeCase->setEnabled(writable && hasCase);
    m_newAttribute->setEnabled(writable);
    m_removeAttribute->setEnabled(writable && !m_model->attributes().isEmpty());
    m_removeMember->setEnabled(writable && hasCase && !m_members->selectedItems().isEmpty());
}

void CasesPanel::requestValue(qint64 caseId, qint64 attributeId, const QString &text)
{
    const int row = m_model->rowOf(caseId);
    const auto attribute = m_model->attribute(m_model->columnOf(attributeId));
    if (!m_project || row < 0 || !attribute)
        return;
    const QString caseName = m_model->itemName(row);
    QString value;
    if (!text.trimmed().isEmpty()) {
        auto canonical = Core::AttributeTypes::canonical(*attribute, text);
        if (!canonical) {
            showMessage(tr("%1: %2").arg(caseName, canonical.error()));
            return;
        }
        value = *canonical;
    }
    // From the store, not the table, which may not have read the latest change yet.
    QString old;
    for (const Core::CaseAttributeValue &stored : m_project->caseAttributeValues(attributeId)) {
        if (stored.caseId == caseId)
            old = stored.value;
    }
    showMessage({});
    if (value != old)
        Q_EMIT valueChangeRequested(m_model->itemGuid(row), caseName, attribute->name, old, value);
}

void CasesPanel::requestRename(qint64 caseId, const QString &name)
{
    const int row = m_model->rowOf(caseId);
    if (!m_project || row < 0)
        return;
    const QString oldName = m_model->itemName(row);
    const QString newName = name.trimmed();
    if (newName.isEmpty()) {
        showMessage(tr("A case needs a name: \"%1\" keeps its own.").arg(oldName));
        return;
    }
    if (const auto existing = m_project->caseByName(newName); existing && existing->id != caseId) {
        showMessage(tr("There is already a case named \"%1\".").arg(existing->name));
        return;
    }
    showMessage({});
    if (newName != oldName)
        Q_EMIT renameRequested(m_model->itemGuid(row), oldName, newName);
}

void CasesPanel::flushMemo()
{
    m_memoTimer.stop();
    if (m_shownCase.id == 0 || !m_project || m_project->isReadOnly())
        return;
    const QString text = m_memo->toPlainText();
    if (text == m_shownCase.memo)
        return;
    const QString old = m_shownCase.memo;
    m_shownCase.memo = text; // asked for once, whatever the reload after it finds
    Q_EMIT memoChangeRequested(m_shownCase.guid, m_shownCase.name, old, text);
}

std::optional<CasesPanel::Choice> CasesPanel::chooseCase(QWidget *parent, const Core::Project &project,
                                                         const QString &what)
{
    const QList<Core::Case> cases = project.cases();
    QStringList names;
    for (const Core::Case &each : cases)
        names.append(each.name);
    const QString newCase = tr("New case...");
    names.append(newCase);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Assign to Case"), tr("Assign %1 to the case:").arg(what),
                                                 names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    for (const Core::Case &each : cases) {
        if (each.name == chosen)
            return Choice{each.guid, each.name};
    }
    const QString name
        = QInputDialog::getText(parent, tr("New Case"), tr("Name of the new case:"), QLineEdit::Normal, {}, &ok)
              .trimmed();
    if (!ok || name.isEmpty())
        return std::nullopt;
    // A name already taken is that case: the researcher typed it rather than choosing it.
    if (const auto existing = project.caseByName(name))
        return Choice{existing->guid, existing->name};
    return Choice{QString(), name};
}

// The dialogs open over the window, as the other panels' do, also when the dock floats.

void CasesPanel::askNewCase()
{
    if (!m_project || m_project->isReadOnly())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(window(), tr("New Case"),
                                               tr("Name of the case (a country, an organisation, a participant):"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (const auto existing = m_project->caseByName(name)) {
        showMessage(tr("There is already a case named \"%1\".").arg(existing->name));
        selectCase(existing->name);
        return;
    }
    showMessage({});
    Q_EMIT newCaseRequested(name);
}

void CasesPanel::askRemoveCase()
{
    const auto shown = currentCase();
    if (!shown || !m_project || m_project->isReadOnly())
        return;
    flushMemo();
    const int members = int(m_project->caseMembers(shown->id).size());
    const auto answer = QMessageBox::question(
        window(), tr("Remove Case"),
        tr("Remove the case \"%1\" with its values and its %n document(s) or passage(s)? The documents stay; "
           "undo brings the case back.",
           nullptr, members)
            .arg(shown->name));
    if (answer == QMessageBox::Yes)
        Q_EMIT removeCaseRequested(shown->guid, shown->name);
}

void CasesPanel::askNewAttribute()
{
    if (!m_project || m_project->isReadOnly())
        return;
    NewAttributeDialog dialog(Core::AttributeTarget::Case, window());
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT newAttributeRequested(dialog.name(), dialog.type(), dialog.values());
}

void CasesPanel::askRemoveAttribute()
{
    if (!m_project || m_project->isReadOnly())
        return;
    const int column = m_proxy->mapToSource(m_view->currentIndex()).column();
    if (const auto attribute = AttributeRemoval::ask(window(), *m_model, column, *m_project))
        Q_EMIT removeAttributeRequested(attribute->id);
}

void CasesPanel::removeSelectedMembers()
{
    if (m_shownCase.id == 0 || !m_project || m_project->isReadOnly())
        return;
    QList<Core::CaseMember> members;
    QStringList documentNames;
    for (const QTreeWidgetItem *item : m_members->selectedItems()) {
        members.append({item->data(0, MemberIdRole).toLongLong(), m_shownCase.id,
                        item->data(0, MemberDocumentRole).toLongLong(), item->data(0, MemberStartRole).toLongLong(),
                        item->data(0, MemberEndRole).toLongLong()});
        documentNames.append(item->text(DocumentColumn));
    }
    if (!members.isEmpty())
        Q_EMIT removeMembersRequested(m_shownCase.guid, m_shownCase.name, members, documentNames);
}

} // namespace Marginalia::Ui

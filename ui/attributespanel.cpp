#include "attributespanel.h"

#include "analysis/documentcondition.h"
#include "attributedelegate.h"
#include "attributeremoval.h"
#include "attributesortproxy.h"
#include "attributetablemodel.h"
#include "export/attributecsv.h"
#include "fileexport.h"
#include "newattributedialog.h"
#include "panelcontrols.h"
#include "store/project.h"

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Marginalia::Ui {

AttributesPanel::AttributesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AttributeTableModel(Core::AttributeTarget::Document, this))
    , m_proxy(new AttributeSortProxy(this))
    , m_condition(new QLineEdit(this))
    , m_saveSet(new QPushButton(tr("Save as Set..."), this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_newAttribute(new QPushButton(tr("New Attribute..."), this))
    , m_removeAttribute(new QPushButton(tr("Remove Attribute..."), this))
    , m_importCsv(new QPushButton(tr("Import CSV..."), this))
    , m_exportCsv(new QPushButton(tr("Export CSV..."), this))
    , m_deferredReload(this, [this] { reload(); })
{
    m_condition->setObjectName(QStringLiteral("attributeCondition"));
    m_view->setObjectName(QStringLiteral("attributeTable"));
    m_message->setObjectName(QStringLiteral("attributeMessage"));

    m_condition->setPlaceholderText(tr("Show documents where... (e.g. year >= 2017 and type = resolution)"));
    m_condition->setClearButtonEnabled(true);
    m_condition->setAccessibleName(tr("Condition"));
    m_condition->setToolTip(tr("A condition on the attributes: =, !=, <, <=, >, >=, contains; and, or, not; "
                               "values with spaces in quotes"));
    m_saveSet->setToolTip(tr("Save the documents meeting the condition as a set (without a condition: the "
                             "selected documents), to limit analyses to them"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_newAttribute->setToolTip(tr("Add a variable of the documents: text, number, date, yes/no or a list"));
    m_removeAttribute->setToolTip(tr("Remove the attribute of the current column with its values"));
    m_importCsv->setToolTip(tr("Read attributes from a CSV table with a row per document (the first column "
                               "names the document)"));
    m_exportCsv->setToolTip(tr("Write the attributes as a CSV table with a row per document"));

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new AttributeDelegate(m_view));
    PanelControls::setUpResultTable(m_view);
    // A table of values to fill in, unlike the other panels' results: cells, not rows, and editable.
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setShowGrid(true);
    // Columns as wide as their values: a stretched last column made one empty cell look like a field.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSortIndicator(AttributeTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_condition, 1);
    top->addWidget(m_saveSet);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_newAttribute);
    bottom->addWidget(m_removeAttribute);
    bottom->addStretch(1);
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_importCsv);
    bottom->addWidget(m_exportCsv);
    layout->addLayout(bottom);

    m_conditionTimer.setSingleShot(true);
    m_conditionTimer.setInterval(400);
    connect(&m_conditionTimer, &QTimer::timeout, this, &AttributesPanel::applyCondition);
    connect(m_condition, &QLineEdit::textChanged, this, [this] { m_conditionTimer.start(); });
    connect(m_condition, &QLineEdit::returnPressed, this, &AttributesPanel::applyCondition);
    connect(m_model, &AttributeTableModel::valueEdited, this, &AttributesPanel::requestValue);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttributesPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AttributesPanel::updateActions);
    connect(m_saveSet, &QPushButton::clicked, this, &AttributesPanel::askSaveAsSet);
    connect(m_newAttribute, &QPushButton::clicked, this, &AttributesPanel::askNewAttribute);
    connect(m_removeAttribute, &QPushButton::clicked, this, &AttributesPanel::askRemoveAttribute);
    connect(m_importCsv, &QPushButton::clicked, this, &AttributesPanel::askImportCsv);
    connect(m_exportCsv, &QPushButton::clicked, this, &AttributesPanel::askExportCsv);

    reload();
}

AttributesPanel::~AttributesPanel() = default;

void AttributesPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
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

Core::Project *AttributesPanel::project() const
{
    return m_project;
}

QSortFilterProxyModel *AttributesPanel::sortModel() const
{
    return m_proxy;
}

QString AttributesPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString AttributesPanel::countText() const
{
    return m_count->text();
}

void AttributesPanel::reload()
{
    m_deferredReload.reloadStarted();
    // The reset loses the current cell; the edit that caused the reload should not lose the user's place.
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const qint64 documentId = m_model->itemId(current.row());
    const qint64 attributeId = current.isValid() ? current.data(AttributeTableModel::AttributeIdRole).toLongLong() : 0;
    m_model->reload();
    applyCondition();
    if (documentId != 0) {
        const int row = m_model->rowOf(documentId);
        const int column = attributeId != 0 ? m_model->columnOf(attributeId) : current.column();
        const QModelIndex restored = m_proxy->mapFromSource(m_model->index(row, std::max(column, 0)));
        if (restored.isValid())
            m_view->setCurrentIndex(restored);
    }
    // Columns are fitted to their values when they change (an attribute added or removed), not after
    // every edit, which would undo the widths the user dragged. Wide enough to read, never so wide that
    // one long value pushes the other columns off the panel.
    QList<qint64> columns;
    for (const Core::Attribute &attribute : m_model->attributes())
        columns.append(attribute.id);
    if (columns != m_fittedColumns || m_model->rowCount() != m_fittedRows) {
        m_fittedColumns = columns;
        m_fittedRows = m_model->rowCount();
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, std::clamp(m_view->columnWidth(column), 80, 320));
    }
    updateActions();
}

void AttributesPanel::setCondition(const QString &condition)
{
    m_condition->setText(condition);
    applyCondition();
}

QString AttributesPanel::condition() const
{
    return m_condition->text().trimmed();
}

void AttributesPanel::applyCondition()
{
    m_conditionTimer.stop();
    auto *proxy = static_cast<AttributeSortProxy *>(m_proxy);
    const QString text = condition();
    m_appliedCondition.clear();
    m_conditionError.clear();
    if (text.isEmpty() || !m_project) {
        proxy->setItems(std::nullopt);
    } else if (auto documents = Core::DocumentCondition::documentsMeeting(*m_project, text); !documents) {
        // Every row stays: an empty table would look like an answer to a question that was not asked.
        proxy->setItems(std::nullopt);
        m_conditionError = documents.error();
    } else {
        proxy->setItems(std::move(*documents));
        m_appliedCondition = text;
    }
    showMessage(m_conditionError);
    const int all = m_model->rowCount();
    m_count->setText(m_appliedCondition.isEmpty() ? tr("%n document(s)", nullptr, all)
                                                  : tr("%1 of %n document(s)", nullptr, all).arg(m_proxy->rowCount()));
    updateActions();
}

void AttributesPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AttributesPanel::updateActions()
{
    const bool writable = m_project && !m_project->isReadOnly();
    m_newAttribute->setEnabled(writable);
    m_removeAttribute->setEnabled(writable && !m_model->attributes().isEmpty());
    m_importCsv->setEnabled(writable);
    m_exportCsv->setEnabled(m_project != nullptr);
    m_condition->setEnabled(m_project != nullptr);
    m_saveSet->setEnabled(writable && (!m_appliedCondition.isEmpty() || !selectedDocuments().isEmpty()));
}

QList<qint64> AttributesPanel::selectedDocuments() const
{
    QList<qint64> documents;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
        const qint64 id = index.data(AttributeTableModel::ItemIdRole).toLongLong();
        if (!documents.contains(id))
            documents.append(id);
    }
    return documents;
}

void AttributesPanel::requestValue(qint64 documentId, qint64 attributeId, const QString &text)
{
    const int row = m_model->rowOf(documentId);
    const auto attribute = m_model->attribute(m_model->columnOf(attributeId));
    if (!m_project || row < 0 || !attribute)
        return;
    const QString documentName = m_model->index(row, AttributeTableModel::NameColumn).data().toString();
    QString value;
    if (!text.trimmed().isEmpty()) {
        auto canonical = Core::AttributeTypes::canonical(*attribute, text);
        if (!canonical) {
            showMessage(tr("%1: %2").arg(documentName, canonical.error()));
            return;
        }
        value = *canonical;
    }
    // From the store, not the table: the table may not have read the latest change yet (it reloads once
    // the event loop turns), and undo must put back what was really there.
    QString old;
    for (const Core::AttributeValue &stored : m_project->attributeValues(attributeId)) {
        if (stored.documentId == documentId)
            old = stored.value;
    }
    // A bad edit's message has been answered by this one; a bad condition's still stands.
    showMessage(m_conditionError);
    if (value != old)
        Q_EMIT valueChangeRequested(documentId, documentName, attribute->name, old, value);
}

void AttributesPanel::saveAsSet(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    if (!m_appliedCondition.isEmpty())
        Q_EMIT setRequested(name.trimmed(), {}, m_appliedCondition);
    else if (const QList<qint64> documents = selectedDocuments(); !documents.isEmpty())
        Q_EMIT setRequested(name.trimmed(), documents, {});
}

Core::Status AttributesPanel::exportCsv(const QString &path) const
{
    if (!m_project)
        return Core::Error{tr("No project is open.")};
    return FileExport::write(path, [this](QIODevice *file) { return Core::AttributeCsv::write(*m_project, file, {}); });
}

// The dialogs open over the window, as the other panels' do, also when the dock floats.

void AttributesPanel::askNewAttribute()
{
    if (!m_project || m_project->isReadOnly())
        return;
    NewAttributeDialog dialog(Core::AttributeTarget::Document, window());
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT newAttributeRequested(dialog.name(), dialog.type(), dialog.values());
}

void AttributesPanel::askRemoveAttribute()
{
    if (!m_project || m_project->isReadOnly())
        return;
    const int column = m_proxy->mapToSource(m_view->currentIndex()).column();
    if (const auto attribute = AttributeRemoval::ask(window(), *m_model, column, *m_project))
        Q_EMIT removeAttributeRequested(attribute->id);
}

void AttributesPanel::askImportCsv()
{
    if (!m_project || m_project->isReadOnly())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(window(), tr("Import Attributes"),
                                                      settings.value(QStringLiteral("attributes/folder")).toString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("attributes/folder"), QFileInfo(path).absolutePath());
    Q_EMIT importRequested(path);
}

void AttributesPanel::askExportCsv()
{
    FileExport::saveInteractively(this, tr("Export Attributes"), QStringLiteral("attributes.csv"),
                                  tr("CSV files (*.csv)"), [this](const QString &path) { return exportCsv(path); });
}

void AttributesPanel::askSaveAsSet()
{
    if (!m_project || m_project->isReadOnly())
        return;
    const int count = m_appliedCondition.isEmpty() ? int(selectedDocuments().size()) : m_proxy->rowCount();
    const QString question = m_appliedCondition.isEmpty()
        ? tr("Name of the set of the %n selected document(s):", nullptr, count)
        : tr("Name of the set of documents where %1 (%n now):", nullptr, count).arg(m_appliedCondition);
    bool ok = false;
    const QString name = QInputDialog::getText(window(), tr("Save as Set"), question, QLineEdit::Normal, {}, &ok);
    if (ok)
        saveAsSet(name);
}

} // namespace Marginalia::Ui

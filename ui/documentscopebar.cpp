#include "documentscopebar.h"

#include "analysis/documentcondition.h"
#include "panelcontrols.h"
#include "store/project.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

constexpr int KindRole = Qt::UserRole;
/// A set's name (Kind::Set).
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

DocumentScopeBar::DocumentScopeBar(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_condition(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("scopeCombo"));
    m_condition->setObjectName(QStringLiteral("scopeCondition"));
    m_count->setObjectName(QStringLiteral("scopeCount"));
    m_errorLabel->setObjectName(QStringLiteral("scopeError"));

    PanelControls::setUpFilterCombo(m_combo);
    m_combo->setAccessibleName(tr("Documents"));
    m_combo->setToolTip(tr("Count every document, the documents of a set, or those meeting a condition on their "
                           "attributes"));
    // As the Attributes dock's filter says it, so that a condition reads the same in both places.
    m_condition->setPlaceholderText(tr("Documents where... (e.g. year >= 2017 and type = resolution)"));
    m_condition->setClearButtonEnabled(true);
    m_condition->setAccessibleName(tr("Condition"));
    m_condition->setToolTip(tr("A condition on the attributes: =, !=, <, <=, >, >=, contains; and, or, not; "
                               "values with spaces in quotes. Applied with Enter."));
    m_condition->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_condition->setMinimumWidth(m_condition->fontMetrics().averageCharWidth() * 8);
    m_condition->hide();
    m_count->setTextFormat(Qt::PlainText);
    m_count->hide();
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    updateErrorColor();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    // Named, since the retrieval and agreement panels also have a box of one document beside it.
    auto *label = new QLabel(tr("Scope:"), this);
    label->setBuddy(m_combo);
    row->addWidget(label);
    row->addWidget(m_combo, 1);
    // Most of the row for the condition, which is typed, the combo keeping enough to be read.
    row->addWidget(m_condition, 3);
    row->addWidget(m_count);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &DocumentScopeBar::choose);
    // Enter, or leaving the field: not every keystroke, since each application counts the whole project.
    connect(m_condition, &QLineEdit::editingFinished, this, &DocumentScopeBar::applyCondition);
    // The clear button empties the field without finishing an edit.
    connect(m_condition, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyCondition();
    });

    refreshSets();
    evaluate();
}

DocumentScopeBar::~DocumentScopeBar()
{
    // Closing the window on the way out takes the focus from the field, which finishes an edit: by then
    // this object is no longer a DocumentScopeBar.
    disconnect(m_condition, nullptr, this, nullptr);
}

void DocumentScopeBar::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_givenDocuments.clear();
    if (project) {
        // Sets come and go with attributesChanged; a condition's documents change with the values, and
        // every scope's count with the documents.
        connect(project, &Core::Project::attributesChanged, this, [this] {
            refreshSets();
            evaluate();
        });
        connect(project, &Core::Project::documentsChanged, this, &DocumentScopeBar::evaluate);
    }
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(0);
    }
    refreshSets();
    choose(m_combo->currentIndex());
    m_combo->setEnabled(project != nullptr);
}

DocumentScopeBar::Kind DocumentScopeBar::kind() const
{
    return Kind(m_combo->currentData(KindRole).toInt());
}

QString DocumentScopeBar::description() const
{
    switch (kind()) {
    case Kind::AllDocuments:
        return tr("All documents");
    case Kind::Set:
        return m_combo->currentData(NameRole).toString();
    case Kind::Condition:
        return m_appliedCondition.isEmpty() ? tr("All documents") : m_appliedCondition;
    case Kind::Documents:
        return m_combo->currentText();
    }
    return {};
}

void DocumentScopeBar::selectAllDocuments()
{
    m_combo->setCurrentIndex(0);
}

void DocumentScopeBar::chooseAs(const DocumentScopeBar &other)
{
    switch (other.kind()) {
    case Kind::AllDocuments:
        selectAllDocuments();
        break;
    case Kind::Set:
        if (!selectSet(other.description()))
            selectAllDocuments();
        break;
    case Kind::Condition:
        setCondition(other.condition());
        break;
    case Kind::Documents:
        if (other.scope())
            setDocuments(other.description(), *other.scope());
        break;
    }
}

bool DocumentScopeBar::selectSet(const QString &name)
{
    for (int i = 0; i < m_combo->count(); ++i) {
        if (Kind(m_combo->itemData(i, KindRole).toInt()) == Kind::Set
            && m_combo->itemData(i, NameRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void DocumentScopeBar::setCondition(const QString &condition)
{
    {
        const QSignalBlocker blocker(m_condition);
        m_condition->setText(condition);
    }
    const int index = m_combo->findData(int(Kind::Condition), KindRole);
    if (m_combo->currentIndex() != index) {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(index);
        choose(index);
    }
    applyCondition();
}

void DocumentScopeBar::setDocuments(const QString &label, const QSet<qint64> &documents)
{
    m_givenDocuments = documents;
    int index = m_combo->findData(int(Kind::Documents), KindRole);
    const QSignalBlocker blocker(m_combo);
    if (index < 0) {
        m_combo->addItem(label, int(Kind::Documents));
        index = m_combo->count() - 1;
    }
    m_combo->setItemText(index, label);
    m_combo->setItemData(index, label, Qt::ToolTipRole);
    m_combo->setCurrentIndex(index);
    choose(index);
}

void DocumentScopeBar::refreshSets()
{
    const Kind current = m_combo->count() > 0 ? kind() : Kind::AllDocuments;
    const QString currentSet = m_combo->currentData(NameRole).toString();
    const int given = m_combo->findData(int(Kind::Documents), KindRole);
    const QString givenLabel = given >= 0 ? m_combo->itemText(given) : QString();

    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("All documents"), int(Kind::AllDocuments));
    if (m_project) {
        for (const Core::DocumentSet &set : m_project->documentSets()) {
            m_combo->addItem(tr("Set: %1").arg(set.name), int(Kind::Set));
            const int index = m_combo->count() - 1;
            m_combo->setItemData(index, set.name, NameRole);
            m_combo->setItemData(
                index,
                set.condition.isEmpty()
                    ? tr("%1: %n listed document(s)", nullptr, int(set.documentIds.size())).arg(set.name)
                    : tr("%1: the documents where %2").arg(set.name, set.condition),
                Qt::ToolTipRole);
        }
    }
    m_combo->addItem(tr("Documents where..."), int(Kind::Condition));
    if (!givenLabel.isEmpty()) {
        m_combo->addItem(givenLabel, int(Kind::Documents));
        m_combo->setItemData(m_combo->count() - 1, givenLabel, Qt::ToolTipRole);
    }

    int index = 0;
    if (current == Kind::Set) {
        for (int i = 0; i < m_combo->count(); ++i) {
            if (m_combo->itemData(i, NameRole).toString() == currentSet)
                index = i;
        }
        // index 0 when the set was removed (or renamed): every document rather than none.
    } else {
        index = std::max(0, m_combo->findData(int(current), KindRole));
    }
    m_combo->setCurrentIndex(index);
    m_condition->setVisible(kind() == Kind::Condition);
}

void DocumentScopeBar::choose(int index)
{
    if (index < 0)
        return;
    const Kind chosen = Kind(m_combo->itemData(index, KindRole).toInt());
    if (chosen != Kind::Documents) {
        // Documents the program gave are offered only until something else is chosen.
        const int given = m_combo->findData(int(Kind::Documents), KindRole);
        if (given >= 0) {
            const QSignalBlocker blocker(m_combo);
            m_combo->removeItem(given);
            m_givenDocuments.clear();
        }
    }
    const bool condition = chosen == Kind::Condition;
    m_condition->setVisible(condition);
    if (condition) {
        m_appliedCondition = m_condition->text().trimmed();
        if (m_condition->isVisibleTo(window()) && !m_condition->hasFocus() && m_combo->hasFocus())
            m_condition->setFocus(Qt::OtherFocusReason);
    }
    evaluate();
}

void DocumentScopeBar::applyCondition()
{
    const QString text = m_condition->text().trimmed();
    if (kind() != Kind::Condition || text == m_appliedCondition)
        return;
    m_appliedCondition = text;
    evaluate();
}

void DocumentScopeBar::evaluate()
{
    std::optional<QSet<qint64>> scope;
    QString error;
    if (m_project) {
        Core::Result<QSet<qint64>> documents = QSet<qint64>();
        switch (kind()) {
        case Kind::AllDocuments:
            break;
        case Kind::Set:
            documents = Core::DocumentCondition::documentsOfSet(*m_project, m_combo->currentData(NameRole).toString());
            scope = documents ? *documents : QSet<qint64>();
            break;
        case Kind::Condition:
            if (!m_appliedCondition.isEmpty()) {
                documents = Core::DocumentCondition::documentsMeeting(*m_project, m_appliedCondition);
                scope = documents ? *documents : QSet<qint64>();
            }
            break;
        case Kind::Documents:
            scope = m_givenDocuments;
            break;
        }
        if (!documents)
            error = documents.error();
    }
    const qsizetype total = m_project ? m_project->documentNames().size() : 0;
    const bool changed = scope != m_scope || error != m_error;
    m_scope = std::move(scope);
    m_error = error;
    updateLabels(total);
    if (changed)
        Q_EMIT scopeChanged();
}

void DocumentScopeBar::updateLabels(qsizetype documentCount)
{
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_condition->setToolTip(m_error.isEmpty() ? tr("A condition on the attributes: =, !=, <, <=, >, >=, contains; "
                                                   "and, or, not; values with spaces in quotes. Applied with Enter.")
                                              : m_error);
    // The count says what "All documents" says already; it is shown for a narrower scope only.
    const bool narrowed = m_scope.has_value() && m_error.isEmpty();
    m_count->setVisible(narrowed);
    if (narrowed) {
        m_count->setText(tr("%1 of %n document(s)", nullptr, int(documentCount)).arg(m_scope->size()));
        m_count->setToolTip(tr("%n document(s) in scope", nullptr, int(m_scope->size())));
    }
}

void DocumentScopeBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateErrorColor();
}

void DocumentScopeBar::updateErrorColor()
{
    // A red that stays readable on the dark palette as on the light one.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette red = m_errorLabel->palette();
    red.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    m_errorLabel->setPalette(red);
}

} // namespace Marginalia::Ui

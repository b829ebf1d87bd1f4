#include "disagreementreview.h"

#include "documentview.h"
#include "model/codetree.h"
#include "reviewcommand.h"
#include "store/project.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

using Kind = Core::ReviewDecision::Kind;

// The margin lanes of the review are not codes but the three coders: synthetic ids the view never
// confuses with a code's (codes have positive ids).
constexpr qint64 FirstLane = -1;
constexpr qint64 SecondLane = -2;
constexpr qint64 ConsensusLane = -3;
const auto FirstColor = QStringLiteral("#1F77B4");
const auto SecondColor = QStringLiteral("#E6820E");
const auto ConsensusColor = QStringLiteral("#2CA02C");

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::First:
    case Kind::Second:
        return DisagreementReview::tr("one coder's version");
    case Kind::Union:
        return DisagreementReview::tr("union");
    case Kind::Intersection:
        return DisagreementReview::tr("intersection");
    case Kind::None:
        return DisagreementReview::tr("not coded");
    case Kind::Adjusted:
        return DisagreementReview::tr("adjusted range");
    }
    return {};
}

} // namespace

DisagreementReview::DisagreementReview(Core::Project *project, QUndoStack *undoStack, const Core::Review &review,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_project(project)
    , m_undoStack(undoStack)
    , m_review(review)
    , m_title(new QLabel(this))
    , m_position(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_versions(new QLabel(this))
    , m_view(new DocumentView(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
{
    setObjectName(QStringLiteral("disagreementReview"));
    setAttribute(Qt::WA_DeleteOnClose);
    for (const Core::Coder &coder : project->coders()) {
        if (coder.id == review.firstCoderId)
            m_firstName = coder.name;
        else if (coder.id == review.secondCoderId)
            m_secondName = coder.name;
        else if (coder.id == review.consensusCoderId)
            m_consensusName = coder.name;
    }
    m_codePath = Core::CodeTree(project->codes()).path(review.codeId);
    setWindowTitle(tr("Review Disagreements: %1").arg(m_codePath));

    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("%1: %2 and %3, settled as %4")
                         .arg(m_codePath + (review.includeSubcodes ? tr(" (with subcodes)") : QString()), m_firstName,
                              m_secondName, m_consensusName));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_position->setTextFormat(Qt::PlainText);
    m_progressLabel->setObjectName(QStringLiteral("reviewProgress"));
    m_view->setObjectName(QStringLiteral("reviewDocument"));
    m_view->setSnapToWords(true);
    m_view->setLanePerCode(true);

    m_previous->setObjectName(QStringLiteral("reviewPrevious"));
    m_next->setObjectName(QStringLiteral("reviewNext"));
    m_previous->setToolTip(tr("The previous disagreement (Alt+Up, Shift+F8)"));
    m_next->setToolTip(tr("The next disagreement (Alt+Down, F8)"));
    // Window actions, not button shortcuts: those would not see Alt+arrows while the text has the focus.
    auto *nextAction = new QAction(this);
    nextAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_F8)});
    connect(nextAction, &QAction::triggered, this, &DisagreementReview::next);
    auto *previousAction = new QAction(this);
    previousAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    connect(previousAction, &QAction::triggered, this, &DisagreementReview::previous);
    addActions({nextAction, previousAction});
    connect(m_previous, &QPushButton::clicked, this, &DisagreementReview::previous);
    connect(m_next, &QPushButton::clicked, this, &DisagreementReview::next);

    struct Choice
    {
        Kind kind;
        QString text;
        QString key;
        QString tip;
    };
    const QList<Choice> choices = {
        {Kind::First, tr("Accept %1").arg(m_firstName), QStringLiteral("1"),
         tr("Code exactly what %1 coded here").arg(m_firstName)},
        {Kind::Second, tr("Accept %1").arg(m_secondName), QStringLiteral("2"),
         tr("Code exactly what %1 coded here").arg(m_secondName)},
        {Kind::Union, tr("Union"), QStringLiteral("U"), tr("Code everything either coder coded here")},
        {Kind::Intersection, tr("Intersection"), QStringLiteral("I"), tr("Code only what both coders coded here")},
        {Kind::None, tr("None"), QStringLiteral("N"), tr("Leave this passage uncoded")},
        {Kind::Adjusted, tr("Use Selection"), QStringLiteral("A"),
         tr("Code the text selected now (select to adjust the boundaries)")},
    };
    auto *buttons = new QHBoxLayout;
    for (const Choice &choice : choices) {
        auto *button = new QPushButton(QStringLiteral("%1  (%2)").arg(choice.text, choice.key), this);
        button->setObjectName(QStringLiteral("reviewDecide%1").arg(int(choice.kind)));
        button->setToolTip(choice.tip);
        const Kind kind = choice.kind;
        connect(button, &QPushButton::clicked, this, [this, kind] { decide(kind); });
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(choice.key));
        connect(action, &QAction::triggered, button, [button] {
            if (button->isEnabled())
                button->click();
        });
        addAction(action);
        buttons->addWidget(button);
        m_decisions.append(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto *status = new QHBoxLayout;
    status->addWidget(m_position, 1);
    status->addWidget(m_progressLabel);
    layout->addLayout(status);
    m_versions->setObjectName(QStringLiteral("reviewVersions"));
    m_versions->setTextFormat(Qt::RichText);
    m_versions->setWordWrap(true);
    layout->addWidget(m_versions);
    layout->addWidget(m_view, 1);
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_next);
    navigation->addStretch(1);
    layout->addLayout(navigation);
    layout->addLayout(buttons);
    resize(1000, 700);

    // Undo, redo, and edits elsewhere change the codings and decisions: read them again.
    connect(project, &Core::Project::codingsChanged, this, [this] { reload(); });
    connect(project, &QObject::destroyed, this, &QWidget::close);

    reload();
    // Resume at the first disagreement not decided yet.
    int first = 0;
    while (first < m_disagreements.size() && m_disagreements.at(first).decision)
        ++first;
    showDisagreement(m_disagreements.isEmpty() ? -1 : std::min(first, int(m_disagreements.size()) - 1));
}

DisagreementReview::~DisagreementReview() = default;

QString DisagreementReview::progressText() const
{
    return tr("%1 of %2 reviewed").arg(m_progress.decided).arg(m_progress.disagreements);
}

void DisagreementReview::reload()
{
    if (!m_project)
        return;
    auto regions = Core::Adjudication::regions(*m_project, m_review);
    m_disagreements.clear();
    if (regions) {
        for (const Core::ReviewRegion &region : std::as_const(*regions)) {
            if (!region.agreed())
                m_disagreements.append(region);
        }
        m_progress = Core::Adjudication::progress(*regions);
    } else {
        m_position->setText(regions.error());
    }
    if (m_current >= m_disagreements.size())
        m_current = int(m_disagreements.size()) - 1;
    showCodings();
    updateControls();
}

void DisagreementReview::showDisagreement(int index)
{
    if (index < 0 || index >= m_disagreements.size()) {
        m_current = -1;
        updateControls();
        return;
    }
    m_current = index;
    const Core::ReviewRegion &region = m_disagreements.at(index);
    if (region.documentId != m_shownDocument) {
        auto text = m_project->documentText(region.documentId);
        const auto document = m_project->document(region.documentId);
        m_view->showDocument(region.documentId, text ? *text : QString(), document ? document->format : QString(),
                             m_project->pageStarts(region.documentId), m_project->headings(region.documentId));
        m_shownDocument = region.documentId;
        showCodings();
    }
    m_view->selectRange(region.start, region.end);
    updateControls();
}

void DisagreementReview::showCodings()
{
    if (!m_project || m_shownDocument == 0)
        return;
    const QList<Core::Code> lanes = {
        {FirstLane, {}, 0, m_firstName, FirstColor, {}, {}, 0, {}, true},
        {SecondLane, {}, 0, m_secondName, SecondColor, {}, {}, 1, {}, true},
        {ConsensusLane, {}, 0, m_consensusName, ConsensusColor, {}, {}, 2, {}, true},
    };
    m_view->setCodes(lanes, {{FirstLane, m_firstName}, {SecondLane, m_secondName}, {ConsensusLane, m_consensusName}});
    m_view->setCoderNames({{m_review.firstCoderId, m_firstName},
                           {m_review.secondCoderId, m_secondName},
                           {m_review.consensusCoderId, m_consensusName}});
    Core::CodingFilter filter;
    filter.codeId = m_review.codeId;
    filter.includeSubcodes = m_review.includeSubcodes;
    filter.documentId = m_shownDocument;
    QList<Core::CodingSpan> spans;
    const Core::Status read
        = m_project->forEachCoding(filter, Core::Project::CodingOrder::ByDocument, Core::Project::CodingDetail::Spans,
                                   [&](const Core::Project::CodingRow &row) {
                                       qint64 lane = 0;
                                       if (row.coderId == m_review.firstCoderId)
                                           lane = FirstLane;
                                       else if (row.coderId == m_review.secondCoderId)
                                           lane = SecondLane;
                                       else if (row.coderId == m_review.consensusCoderId)
                                           lane = ConsensusLane;
                                       if (lane != 0)
                                           spans.append({row.id, lane, row.coderId, row.start, row.end});
                                       return true;
                                   });
    if (!read)
        m_position->setText(read.error());
    m_view->setCodings(spans);
}

void DisagreementReview::updateControls()
{
    m_progressLabel->setText(progressText());
    const bool any = m_current >= 0;
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(any && m_current + 1 < m_disagreements.size());
    const bool undecided = any && !m_disagreements.at(m_current).decision;
    for (QPushButton *button : std::as_const(m_decisions))
        button->setEnabled(undecided);
    m_versions->clear();
    if (m_disagreements.isEmpty()) {
        m_position->setText(
            m_progress.disagreements == 0
                ? tr("%1 and %2 agree everywhere on this code: nothing to review.").arg(m_firstName, m_secondName)
                : QString());
        return;
    }
    if (!any)
        return;
    const Core::ReviewRegion &region = m_disagreements.at(m_current);
    // Each coder's version in words, beside the lanes: what "accept alice" would code.
    const auto version = [this](const QString &name, const QString &color, const QList<Core::TextRange> &ranges) {
        QStringList passages;
        for (const Core::TextRange &range : ranges)
            passages.append(
                QStringLiteral("“%1”").arg(m_view->textOf(range.start, range.end).simplified().toHtmlEscaped()));
        return QStringLiteral("<span style=\"color:%1\">■</span> <b>%2</b>: %3")
            .arg(color, name.toHtmlEscaped(),
                 passages.isEmpty() ? tr("<i>nothing</i>") : passages.join(QStringLiteral(" … ")));
    };
    m_versions->setText(version(m_firstName, FirstColor, region.first) + QStringLiteral("<br>")
                        + version(m_secondName, SecondColor, region.second));
    QString where = tr("Disagreement %1 of %2 in \"%3\", characters %4 to %5")
                        .arg(m_current + 1)
                        .arg(m_disagreements.size())
                        .arg(region.document)
                        .arg(region.start)
                        .arg(region.end);
    if (region.decision) {
        const QString who = region.decision->kind == Kind::First ? m_firstName
            : region.decision->kind == Kind::Second              ? m_secondName
                                                                 : QString();
        where += QStringLiteral(": ")
            + (who.isEmpty() ? tr("decided (%1); undo to decide again").arg(kindName(region.decision->kind))
                             : tr("decided (%1's version); undo to decide again").arg(who));
    }
    m_position->setText(where);
}

void DisagreementReview::next()
{
    if (m_current + 1 < m_disagreements.size())
        showDisagreement(m_current + 1);
}

void DisagreementReview::previous()
{
    if (m_current > 0)
        showDisagreement(m_current - 1);
}

void DisagreementReview::decide(Kind kind)
{
    if (!m_project || m_current < 0 || m_disagreements.at(m_current).decision)
        return;
    const Core::ReviewRegion region = m_disagreements.at(m_current);
    Core::TextRange adjusted;
    if (kind == Kind::Adjusted) {
        const auto selection = m_view->selectedRange();
        if (!selection)
            return;
        adjusted = {selection->first, selection->second};
    }
    const int decided = m_current;
    const QString text = tr("Review %1: %2")
                             .arg(m_codePath,
                                  kind == Kind::First        ? tr("accept %1").arg(m_firstName)
                                      : kind == Kind::Second ? tr("accept %1").arg(m_secondName)
                                                             : kindName(kind));
    m_undoStack->push(
        new ReviewDecisionCommand(m_project, Core::Adjudication::step(m_review, region, kind, adjusted), text));
    reload();
    // On to the next disagreement not decided yet, after this one, else before it.
    for (int i = decided + 1; i < m_disagreements.size(); ++i) {
        if (!m_disagreements.at(i).decision)
            return showDisagreement(i);
    }
    for (int i = 0; i < decided && i < m_disagreements.size(); ++i) {
        if (!m_disagreements.at(i).decision)
            return showDisagreement(i);
    }
    showDisagreement(std::min(decided, int(m_disagreements.size()) - 1));
}

} // namespace Marginalia::Ui

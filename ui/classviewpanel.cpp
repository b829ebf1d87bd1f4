#include "classviewpanel.h"

#include "agreementmodel.h"
#include "analysis/studentscores.h"
#include "model/codetree.h"
#include "panelcontrols.h"
#include "store/project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

const Core::Statistic &statisticOf(const Core::ScoreRow &row, ClassViewPanel::Shown shown)
{
    switch (shown) {
    case ClassViewPanel::Shown::CohenKappa:
        return row.cohenKappa;
    case ClassViewPanel::Shown::PercentAgreement:
        return row.percentAgreement;
    case ClassViewPanel::Shown::AlphaU:
        return row.unitizingAlpha;
    case ClassViewPanel::Shown::Precision:
        return row.precision;
    case ClassViewPanel::Shown::Recall:
        return row.recall;
    }
    return row.cohenKappa;
}

} // namespace

ClassViewPanel::ClassViewPanel(QWidget *parent)
    : QWidget(parent)
    , m_keys(new QComboBox(this))
    , m_statistics(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_deferredReload(this, [this] { reload(); })
{
    m_keys->setObjectName(QStringLiteral("classKey"));
    m_statistics->setObjectName(QStringLiteral("classStatistic"));
    m_view->setObjectName(QStringLiteral("classTable"));
    m_keys->setAccessibleName(tr("Key"));
    m_keys->setToolTip(tr("The coder whose codings are the key the students are scored against"));
    m_statistics->setAccessibleName(tr("Statistic"));
    m_statistics->addItem(tr("Cohen's kappa"), int(Shown::CohenKappa));
    m_statistics->addItem(tr("Percent agreement"), int(Shown::PercentAgreement));
    m_statistics->addItem(tr("Unitizing alpha"), int(Shown::AlphaU));
    m_statistics->addItem(tr("Precision"), int(Shown::Precision));
    m_statistics->addItem(tr("Recall"), int(Shown::Recall));
    PanelControls::setUpFilterCombo(m_keys);
    PanelControls::setUpFilterCombo(m_statistics);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setModel(m_proxy);
    PanelControls::setUpResultTable(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setToolTip(tr("Double-click a student's cell to review their disagreements with the key on that code"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_keys);
    auto *statisticLabel = new QLabel(tr("&Show:"), this);
    statisticLabel->setBuddy(m_statistics);
    top->addWidget(keyLabel);
    top->addWidget(m_keys, 1);
    top->addWidget(statisticLabel);
    top->addWidget(m_statistics, 1);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_keys, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            m_keyId = m_keys->itemData(index).toLongLong();
            m_deferredReload.requestReload();
        }
    });
    connect(m_statistics, &QComboBox::currentIndexChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 code = index.data(CodeIdRole).toLongLong();
        const qint64 student = index.data(CoderIdRole).toLongLong();
        if (code != 0 && student != 0 && m_keyId != 0)
            Q_EMIT reviewRequested(code, false, m_keyId, student);
    });
    reload();
}

ClassViewPanel::~ClassViewPanel() = default;

void ClassViewPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_keyId = 0;
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

void ClassViewPanel::setKey(qint64 coderId)
{
    m_keyId = coderId;
    reload();
}

qint64 ClassViewPanel::key() const
{
    return m_keyId;
}

void ClassViewPanel::setShown(Shown shown)
{
    const QSignalBlocker blocker(m_statistics);
    m_statistics->setCurrentIndex(m_statistics->findData(int(shown)));
    reload();
}

QString ClassViewPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ClassViewPanel::refreshKeys()
{
    const QSignalBlocker blocker(m_keys);
    m_keys->clear();
    if (!m_project)
        return;
    for (const Core::Coder &coder : m_project->coders()) {
        m_keys->addItem(coder.name, coder.id);
        if (m_keyId == 0 && coder.name.compare(QStringLiteral("key"), Qt::CaseInsensitive) == 0)
            m_keyId = coder.id;
    }
    const int index = m_keys->findData(m_keyId);
    m_keys->setCurrentIndex(index);
    if (index < 0)
        m_keyId = 0;
}

void ClassViewPanel::reload()
{
    m_deferredReload.reloadStarted();
    refreshKeys();
    m_model->clear();
    QString problem;
    if (!m_project)
        problem = tr("Open a project to see its class.");
    else if (m_keyId == 0)
        problem = tr("Choose the key: the coder the students are scored against.");
    QList<Core::ScoreRow> rows;
    if (problem.isEmpty()) {
        auto scores = Core::StudentScores::compute(*m_project, m_keyId, {});
        if (scores)
            rows = *scores;
        else
            problem = scores.error();
    }
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;

    const Shown shown = Shown(m_statistics->currentData().toInt());
    // Codes in codebook order, those any student was scored on.
    const Core::CodeTree tree(m_project->codes());
    QSet<qint64> scored;
    for (const Core::ScoreRow &row : std::as_const(rows))
        scored.insert(row.codeId);
    QList<qint64> codes;
    for (qint64 code : tree.depthFirst()) {
        if (scored.contains(code))
            codes.append(code);
    }
    // The pooled score comes first, where it is seen without scrolling across a large codebook.
    QStringList headers{tr("Student"), tr("All codes")};
    for (qint64 code : std::as_const(codes))
        headers.append(tree.path(code));
    m_model->setHorizontalHeaderLabels(headers);
    m_model->horizontalHeaderItem(1)->setToolTip(tr("Pooled over every code the student or the key coded"));
    QList<qint64> students;
    QHash<qint64, QString> nameOf;
    QHash<QPair<qint64, qint64>, const Core::ScoreRow *> rowOf; // (student, code) -> row
    for (const Core::ScoreRow &row : std::as_const(rows)) {
        if (!nameOf.contains(row.coderId)) {
            students.append(row.coderId);
            nameOf.insert(row.coderId, row.coder);
        }
        rowOf.insert({row.coderId, row.codeId}, &row);
    }
    for (qint64 student : std::as_const(students)) {
        QList<QStandardItem *> items;
        const QString name = nameOf.value(student);
        auto *nameItem = new QStandardItem(name);
        nameItem->setData(name, SortRole);
        nameItem->setData(student, CoderIdRole);
        nameItem->setEditable(false);
        items.append(nameItem);
        const auto itemFor = [&](qint64 code) {
            auto *item = new QStandardItem;
            item->setEditable(false);
            item->setData(student, CoderIdRole);
            item->setData(code, CodeIdRole);
            item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            if (const Core::ScoreRow *found = rowOf.value({student, code})) {
                const Core::ScoreRow &row = *found;
                const Core::Statistic &statistic = statisticOf(row, shown);
                if (statistic.value) {
                    item->setText(QString::number(*statistic.value, 'f', 3));
                    item->setData(*statistic.value, SortRole);
                    item->setBackground(AgreementModel::shadeOf(*statistic.value));
                    item->setForeground(QColor(Qt::black));
                    item->setToolTip(
                        tr("%1 on %2: precision %3, recall %4")
                            .arg(name, code == 0 ? tr("all codes") : tree.path(code))
                            .arg(row.precision.value ? QString::number(*row.precision.value, 'f', 3) : tr("n/a"))
                            .arg(row.recall.value ? QString::number(*row.recall.value, 'f', 3) : tr("n/a")));
                } else {
                    item->setText(tr("n/a"));
                    item->setData(-1e300, SortRole);
                    item->setToolTip(statistic.undefinedReason);
                }
                return item;
            }
            item->setText(QStringLiteral("\u2013")); // neither coded it
            item->setData(-1e300, SortRole);
            return item;
        };
        items.append(itemFor(0));
        for (qint64 code : std::as_const(codes))
            items.append(itemFor(code));
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
}

} // namespace Marginalia::Ui

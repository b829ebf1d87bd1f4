#include "historypanel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia::Ui {

HistoryPanel::HistoryPanel(QUndoStack *stack, QWidget *parent)
    : QWidget(parent)
    , m_stack(stack)
    , m_heading(new QLabel(this))
    , m_earlierList(new QListWidget(this))
    , m_undoView(new QUndoView(stack, this))
{
    m_undoView->setEmptyLabel(tr("Project opened"));
    m_heading->setWordWrap(true);
    m_heading->setContentsMargins(4, 2, 4, 2);
    m_earlierList->setObjectName(QStringLiteral("earlierSteps"));
    m_earlierList->setSelectionMode(QAbstractItemView::NoSelection);
    m_earlierList->setFocusPolicy(Qt::NoFocus);
    // Per item, QListView counts the rows in sight before the list has its final height, and keeps a
    // scroll bar for rows that all fit.
    m_earlierList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(m_earlierList);
    layout->addWidget(m_undoView, 1);
    m_heading->hide();
    m_earlierList->hide();
    connect(m_stack, &QUndoStack::indexChanged, this, &HistoryPanel::record);
}

QString HistoryPanel::historyFile(const QString &projectGuid)
{
    // A GUID is safe in a file name; anything else a project might answer is made so.
    QString name = projectGuid;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history/") + name
        + QStringLiteral(".jsonl");
}

void HistoryPanel::setProject(const QString &projectGuid)
{
    m_session.clear();
    m_earlier.clear();
    m_earlierList->clear();
    m_file = projectGuid.isEmpty() ? QString() : historyFile(projectGuid);
    if (!m_file.isEmpty())
        m_earlier = read(m_file);
    const bool any = !m_earlier.isEmpty();
    m_heading->setVisible(any);
    m_earlierList->setVisible(any);
    if (!any)
        return;
    m_heading->setText(
        tr("Before %1 (cannot be undone)").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (const Step &step : std::as_const(m_earlier)) {
        auto *item = new QListWidgetItem(step.text, m_earlierList);
        item->setFlags(Qt::NoItemFlags);
        item->setForeground(grey);
        item->setToolTip(QLocale().toString(step.time.toLocalTime(), QLocale::LongFormat));
    }
    // As tall as its steps, up to a few: the live history below is what the user works with.
    constexpr int shownRows = 6;
    m_earlierList->ensurePolished(); // the style's frame and the font's rows, even before the panel shows
    m_earlierList->setFixedHeight(m_earlierList->sizeHintForRow(0) * std::min(int(m_earlier.size()), shownRows)
                                  + 2 * m_earlierList->frameWidth());
    m_earlierList->scrollToBottom();
}

QStringList HistoryPanel::earlierSteps() const
{
    QStringList texts;
    for (const Step &step : m_earlier)
        texts.append(step.text);
    return texts;
}

void HistoryPanel::record(int index)
{
    // clear() on closing a project empties the stack: that is not the user undoing everything.
    if (m_file.isEmpty() || m_stack->count() == 0)
        return;
    // The steps in effect now, each with the time it was first done in this session.
    QList<Step> steps;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < index; ++i) {
        const QUndoCommand *command = m_stack->command(i);
        if (i < m_session.size() && m_session.at(i).command == command)
            steps.append(m_session.at(i));
        else
            steps.append({now, command->text(), command});
    }
    m_session = steps;
    write();
}

void HistoryPanel::write() const
{
    QList<Step> all = m_earlier + m_session;
    if (all.size() > MaxSteps)
        all = all.mid(all.size() - MaxSteps);
    QByteArray lines;
    for (const Step &step : std::as_const(all)) {
        const QJsonObject object{{QStringLiteral("time"), step.time.toString(Qt::ISODate)},
                                 {QStringLiteral("text"), step.text}};
        lines += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    // The history is a convenience: a file that cannot be written costs the user nothing else.
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(lines);
        file.commit();
    }
}

QList<HistoryPanel::Step> HistoryPanel::read(const QString &path)
{
    QList<Step> steps;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return steps;
    while (!file.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        const QString text = object.value(QLatin1String("text")).toString();
        if (text.isEmpty())
            continue; // a line cut short, or not ours
        steps.append({QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODate), text});
    }
    if (steps.size() > MaxSteps)
        steps = steps.mid(steps.size() - MaxSteps);
    return steps;
}

} // namespace Marginalia::Ui

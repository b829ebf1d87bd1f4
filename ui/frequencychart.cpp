#include "frequencychart.h"

#include "model/codetree.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace Marginalia::Ui {

namespace {

/// Codes outside the top few, and codes without a colour.
const QColor OtherColor(0x9a, 0x9a, 0x9a);

/// Bar labels longer than this (in average characters) are elided in the middle, where a code path
/// has its least telling part.
constexpr int LabelCharacters = 30;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

/// A tick step of 1, 2 or 5 times a power of ten, about five ticks for @p maximum, never below 1:
/// codings are whole numbers, and Qt's "nice numbers" would happily label 0.5.
qint64 tickStep(qint64 maximum)
{
    const double raw = std::max(1.0, double(maximum) / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    const double nice = residual <= 1.0 ? 1.0 : residual <= 2.0 ? 2.0 : residual <= 5.0 ? 5.0 : 10.0;
    return std::max<qint64>(1, qint64(nice * magnitude));
}

/// Category axis labels must be unique, and two long names may elide alike.
QString uniqueLabel(const QString &label, QSet<QString> &taken)
{
    QString candidate = label;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = label + QStringLiteral(" (") + QString::number(n) + QLatin1Char(')');
    taken.insert(candidate);
    return candidate;
}

/// What a bar or legend entry calls each code: its name, which is short and what the user chose, or its
/// path where two of the codes shown share a name.
QStringList codeLabels(const QStringList &paths)
{
    QStringList names;
    QHash<QString, int> uses;
    for (const QString &path : paths) {
        const QStringList levels = Core::CodeTree::splitPath(path);
        names.append(levels.isEmpty() ? path : levels.constLast());
        ++uses[names.constLast()];
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (uses.value(names.at(i)) > 1)
            names[i] = paths.at(i);
    }
    return names;
}

} // namespace

FrequencyChart::FrequencyChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    // Small enough that the dock it sits in can be made small; the chart scales its bars to what it gets.
    setMinimumSize(200, 90);
    chart()->setAnimationOptions(QChart::NoAnimation);
    rebuild();
}

FrequencyChart::~FrequencyChart() = default;

void FrequencyChart::setFrequencies(const Core::Frequencies &frequencies, FrequencyModel::Grouping grouping,
                                    const QHash<qint64, QColor> &codeColors)
{
    m_frequencies = frequencies;
    m_grouping = grouping;
    m_codeColors = codeColors;
    rebuild();
}

void FrequencyChart::setMaxCodes(int codes)
{
    m_maxCodes = std::max(2, codes);
    rebuild();
}

void FrequencyChart::setMaxCategories(int categories)
{
    m_maxCategories = std::max(1, categories);
    rebuild();
}

void FrequencyChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // The chart draws with its own theme; follow the widget's palette and font when they change.
    if (!m_rebuilding
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
            || event->type() == QEvent::StyleChange))
        rebuild();
}

void FrequencyChart::rebuild()
{
    m_rebuilding = true;
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
    // Before any series: a theme recolours the series it finds.
    styleChart();
    if (m_grouping == FrequencyModel::Grouping::ByCode)
        buildByCode();
    else
        buildStacked();
    m_rebuilding = false;
}

void FrequencyChart::styleChart()
{
    QChart *c = chart();
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    c->setTheme(base.lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundBrush(base);
    c->setBackgroundPen(Qt::NoPen);
    c->setBackgroundRoundness(0);
    c->setPlotAreaBackgroundVisible(false);
    c->setMargins(QMargins(4, 4, 8, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setTitleBrush(text);
    c->legend()->setFont(font());
    c->legend()->setLabelColor(text);
    c->legend()->setBorderColor(Qt::transparent);
    // A narrow chart cuts legend labels; the whole name is then one hover away.
    c->legend()->setShowToolTips(true);
    setBackgroundBrush(base);
}

void FrequencyChart::buildByCode()
{
    QChart *c = chart();
    c->legend()->hide();

    QList<const Core::CodeFrequency *> used;
    for (const Core::CodeFrequency &f : std::as_const(m_frequencies.byCode)) {
        if (f.codings > 0)
            used.append(&f);
    }
    if (used.isEmpty()) {
        c->setTitle(tr("No codings to count yet"));
        return;
    }
    std::stable_sort(used.begin(), used.end(), [](const Core::CodeFrequency *a, const Core::CodeFrequency *b) {
        return a->codings > b->codings;
    });

    struct Bar
    {
        QString label;
        qint64 value = 0;
        QColor color;
    };
    QList<Bar> bars;
    const qsizetype shown = used.size() > m_maxCodes ? m_maxCodes - 1 : used.size();
    const QFontMetrics metrics(font());
    const int labelWidth = metrics.averageCharWidth() * LabelCharacters;
    QStringList paths;
    for (qsizetype i = 0; i < shown; ++i)
        paths.append(used.at(i)->codePath);
    const QStringList labels = codeLabels(paths);
    QSet<QString> taken;
    for (qsizetype i = 0; i < shown; ++i) {
        const Core::CodeFrequency *f = used.at(i);
        bars.append({uniqueLabel(metrics.elidedText(labels.at(i), Qt::ElideMiddle, labelWidth), taken), f->codings,
                     m_codeColors.value(f->codeId, OtherColor)});
    }
    if (shown < used.size()) {
        qint64 rest = 0;
        for (qsizetype i = shown; i < used.size(); ++i)
            rest += used.at(i)->codings;
        bars.append({uniqueLabel(tr("Other (%n codes)", nullptr, int(used.size() - shown)), taken), rest, OtherColor});
    }

    c->setTitle(tr("Codings per code"));
    // One set per bar, zero everywhere else, stacked: the only way Qt Charts gives bars of one series
    // their own colours. Categories run bottom to top, so the largest bar goes last to end up on top.
    std::reverse(bars.begin(), bars.end());
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    qint64 maximum = 0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        auto *set = new QBarSet(bar.label);
        for (qsizetype j = 0; j < bars.size(); ++j)
            set->append(j == i ? qreal(bar.value) : 0.0);
        set->setColor(bar.color);
        set->setBorderColor(outline(bar.color, bar.color));
        series->append(set);
        maximum = std::max(maximum, bar.value);
        m_categories.prepend(bar.label);
    }
    c->addSeries(series);
    QStringList bottomUp = m_categories;
    std::reverse(bottomUp.begin(), bottomUp.end());
    attachAxes(series, bottomUp, maximum);
}

void FrequencyChart::buildStacked()
{
    QChart *c = chart();
    const bool byDocument = m_grouping == FrequencyModel::Grouping::ByDocument;

    // One cell per (document or coder, code) that occurs, in the table's order (by name, then codebook).
    struct Cell
    {
        qint64 group = 0;
        qint64 codeId = 0;
        qint64 codings = 0;
    };
    QList<Cell> cells;
    QList<qint64> groups;
    QHash<qint64, QString> groupNames;
    QHash<qint64, QString> codePaths;
    QHash<qint64, qint64> groupTotals;
    const auto add
        = [&](qint64 group, const QString &groupName, qint64 codeId, const QString &codePath, qint64 codings) {
              if (codings <= 0)
                  return;
              cells.append({group, codeId, codings});
              if (!groupNames.contains(group)) {
                  groups.append(group);
                  groupNames.insert(group, groupName);
              }
              codePaths.insert(codeId, codePath);
              groupTotals[group] += codings;
          };
    if (byDocument) {
        for (const Core::DocumentCodeFrequency &f : std::as_const(m_frequencies.byDocument))
            add(f.documentId, f.document, f.codeId, f.codePath, f.codings);
    } else {
        for (const Core::CoderCodeFrequency &f : std::as_const(m_frequencies.byCoder))
            add(f.coderId, f.coder, f.codeId, f.codePath, f.codings);
    }
    if (cells.isEmpty()) {
        c->legend()->hide();
        c->setTitle(tr("No codings to count yet"));
        return;
    }

    // The documents (coders) with the most codings, kept in their table order.
    const qsizetype allGroups = groups.size();
    if (groups.size() > m_maxCategories) {
        QList<qint64> ranked = groups;
        std::stable_sort(ranked.begin(), ranked.end(),
                         [&](qint64 a, qint64 b) { return groupTotals.value(a) > groupTotals.value(b); });
        const QSet<qint64> kept(ranked.cbegin(), ranked.cbegin() + m_maxCategories);
        groups.removeIf([&](qint64 group) { return !kept.contains(group); });
    }
    QHash<qint64, qsizetype> groupIndex;
    for (qsizetype i = 0; i < groups.size(); ++i)
        groupIndex.insert(groups.at(i), i);

    // The codes with the most codings in those groups get a colour each; the rest add up to "other".
    QHash<qint64, qint64> codeTotals;
    QList<qint64> codes;
    for (const Cell &cell : std::as_const(cells)) {
        if (!groupIndex.contains(cell.group))
            continue;
        if (!codeTotals.contains(cell.codeId))
            codes.append(cell.codeId);
        codeTotals[cell.codeId] += cell.codings;
    }
    std::stable_sort(codes.begin(), codes.end(),
                     [&](qint64 a, qint64 b) { return codeTotals.value(a) > codeTotals.value(b); });
    const qsizetype shownCodes = codes.size() > m_maxCodes ? m_maxCodes - 1 : codes.size();
    QHash<qint64, qsizetype> codeIndex;
    for (qsizetype i = 0; i < shownCodes; ++i)
        codeIndex.insert(codes.at(i), i);

    // Rows of values per set, categories bottom to top (the first group ends up on top).
    const qsizetype n = groups.size();
    QList<QList<qreal>> values(shownCodes + 1, QList<qreal>(n, 0.0));
    for (const Cell &cell : std::as_const(cells)) {
        const auto g = groupIndex.constFind(cell.group);
        if (g == groupIndex.constEnd())
            continue;
        const qsizetype category = n - 1 - *g;
        const auto code = codeIndex.constFind(cell.codeId);
        values[code == codeIndex.constEnd() ? shownCodes : *code][category] += qreal(cell.codings);
    }

    const QFontMetrics metrics(font());
    const int labelWidth = metrics.averageCharWidth() * LabelCharacters;
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    QStringList paths;
    for (qsizetype i = 0; i < shownCodes; ++i)
        paths.append(codePaths.value(codes.at(i)));
    const QStringList labels = codeLabels(paths);
    for (qsizetype i = 0; i <= shownCodes; ++i) {
        const bool other = i == shownCodes;
        if (other && shownCodes == codes.size())
            break;
        auto *set = new QBarSet(other ? tr("Other codes (%n)", nullptr, int(codes.size() - shownCodes))
                                      : metrics.elidedText(labels.at(i), Qt::ElideMiddle, labelWidth));
        set->append(values.at(i));
        const QColor color = other ? OtherColor : m_codeColors.value(codes.at(i), OtherColor);
        set->setColor(color);
        // Segments of one bar are set apart by a line in the background colour.
        set->setBorderColor(outline(color, palette().color(QPalette::Base)));
        series->append(set);
    }
    c->addSeries(series);

    QSet<QString> taken;
    QStringList bottomUp;
    for (qsizetype i = 0; i < n; ++i) {
        const QString label
            = uniqueLabel(metrics.elidedText(groupNames.value(groups.at(i)), Qt::ElideMiddle, labelWidth), taken);
        m_categories.append(label);
        bottomUp.prepend(label);
    }
    qint64 maximum = 0;
    for (qint64 group : std::as_const(groups))
        maximum = std::max(maximum, groupTotals.value(group));

    if (allGroups > n) {
        c->setTitle(byDocument
                        ? tr("Codings per document: the %1 of %2 documents with the most codings").arg(n).arg(allGroups)
                        : tr("Codings per coder: the %1 of %2 coders with the most codings").arg(n).arg(allGroups));
    } else {
        c->setTitle(byDocument ? tr("Codings per document and code") : tr("Codings per coder and code"));
    }
    c->legend()->show();
    c->legend()->setAlignment(Qt::AlignBottom);

    attachAxes(series, bottomUp, maximum);
}

QColor FrequencyChart::outline(const QColor &fill, const QColor &usual) const
{
    // A code's colour is the user's choice, and a dark one vanishes on a dark background (a light one on a
    // light background): such a bar gets an outline in a colour between text and background.
    const QColor base = palette().color(QPalette::Base);
    if (std::abs(fill.lightness() - base.lightness()) < 48)
        return mix(palette().color(QPalette::Text), base, 0.45);
    return usual;
}

void FrequencyChart::attachAxes(QAbstractBarSeries *series, const QStringList &bottomUp, qint64 maximum)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(bottomUp);
    categoryAxis->setGridLineVisible(false);
    auto *valueAxis = new QValueAxis;
    const qint64 step = tickStep(maximum);
    valueAxis->setRange(0, double((maximum + step - 1) / step * step));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(double(step));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setMinorTickCount(0);

    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(categoryAxis), static_cast<QAbstractAxis *>(valueAxis)}) {
        axis->setLabelsFont(font());
        axis->setLabelsColor(text);
        axis->setLinePenColor(mix(text, base, 0.5));
        axis->setGridLineColor(mix(text, base, 0.85));
    }
    QChart *c = chart();
    c->addAxis(categoryAxis, Qt::AlignLeft);
    c->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

} // namespace Marginalia::Ui

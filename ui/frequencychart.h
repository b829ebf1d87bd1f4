#pragma once

#include "analysis/frequencies.h"
#include "frequencymodel.h"

#include <QChartView>
#include <QColor>
#include <QHash>

class QAbstractBarSeries;

namespace Marginalia::Ui {

/**
 * A horizontal bar chart of code frequencies (Qt Charts), drawn in the colours of the widget's palette so
 * that it reads in light and dark themes alike.
 *
 *  - By code: one bar per code, its number of codings, in the code's colour; the largest on top.
 *  - By document / by coder: one bar per document or coder, stacked by code in the codes' colours.
 *
 * A chart with hundreds of bars says nothing, so the chart keeps the maxCodes() codes with the most
 * codings and adds the rest up as "other" (and shows at most maxCategories() documents or coders, those
 * with the most codings); the table beside it has every number.
 */
class FrequencyChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrequencyChart)

public:
    static constexpr int DefaultMaxCodes = Core::Frequencies::DefaultChartCodes; // the report's chart too
    static constexpr int DefaultMaxCategories = 15;

    explicit FrequencyChart(QWidget *parent = nullptr);
    ~FrequencyChart() override;

    void setFrequencies(const Core::Frequencies &frequencies, FrequencyModel::Grouping grouping,
                        const QHash<qint64, QColor> &codeColors);

    int maxCodes() const { return m_maxCodes; }
    void setMaxCodes(int codes);
    int maxCategories() const { return m_maxCategories; }
    void setMaxCategories(int categories);

    /// The bar labels, top to bottom, as drawn on the category axis.
    QStringList categories() const { return m_categories; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void buildByCode();
    void buildStacked();
    void styleChart();
    QColor outline(const QColor &fill, const QColor &usual) const;
    void attachAxes(QAbstractBarSeries *series, const QStringList &bottomUp, qint64 maximum);

    Core::Frequencies m_frequencies;
    FrequencyModel::Grouping m_grouping = FrequencyModel::Grouping::ByCode;
    QHash<qint64, QColor> m_codeColors;
    int m_maxCodes = DefaultMaxCodes;
    int m_maxCategories = DefaultMaxCategories;
    QStringList m_categories;
    bool m_rebuilding = false;
};

} // namespace Marginalia::Ui

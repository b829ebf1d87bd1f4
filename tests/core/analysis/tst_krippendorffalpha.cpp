#include "analysis/krippendorffalpha.h"

#include <QTest>

using namespace Marginalia::Core;
using Metric = KrippendorffAlpha::Metric;
using Matrix = QList<QList<std::optional<double>>>;

Q_DECLARE_METATYPE(KrippendorffAlpha::Metric)

namespace {

/// Reliability data written as the papers print them: one string per coder, one value per unit, "." for
/// a missing value. Returned transposed, as the class takes it: one row per unit, one column per coder.
Matrix unitsByCoders(const QStringList &coderRows)
{
    Matrix units;
    for (qsizetype coder = 0; coder < coderRows.size(); ++coder) {
        const QStringList values = coderRows[coder].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (units.size() < values.size())
            units.resize(values.size());
        for (qsizetype unit = 0; unit < values.size(); ++unit) {
            QList<std::optional<double>> &row = units[unit];
            row.resize(coderRows.size());
            if (values[unit] != QLatin1String("."))
                row[coder] = values[unit].toDouble();
        }
    }
    return units;
}

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": the example of 4 observers (A-D)
/// and 12 units with missing values, the one the paper computes for every metric.
QStringList krippendorff2011()
{
    return {
        QStringLiteral("1 2 3 3 2 1 4 1 2 . . ."),
        QStringLiteral("1 2 3 3 2 2 4 1 2 5 . 3"),
        QStringLiteral(". 3 3 3 2 3 4 2 2 5 1 ."),
        QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 ."),
    };
}

/// Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders, 15 units.
QStringList wikipediaExample()
{
    return {
        QStringLiteral(". . . . . 3 4 1 2 1 1 3 3 . 3"),
        QStringLiteral("1 . 2 1 3 3 4 3 . . . . . . ."),
        QStringLiteral(". . 2 1 3 4 4 . 2 1 1 3 3 . 4"),
    };
}

} // namespace

class TestKrippendorffAlpha : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedExamples_matchToThreeDecimals_data();
    void publishedExamples_matchToThreeDecimals();
    void perfectAgreement_isExactlyOne_data();
    void perfectAgreement_isExactlyOne();
    void degenerateData_isUndefinedWithAReason_data();
    void degenerateData_isUndefinedWithAReason();
    void unpairableUnits_areIgnored();
    void valueCounts_equalUnitByUnit();
    void mergedAccumulators_equalOneAccumulator();
    void readyCoincidences_equalTheUnits();
    void asymmetricCoincidences_areRefused();
};

void TestKrippendorffAlpha::publishedExamples_matchToThreeDecimals_data()
{
    QTest::addColumn<QStringList>("coders");
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<int>("expectedThousandths");

    // Krippendorff (2011): alpha nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
    QTest::newRow("Krippendorff 2011, nominal") << krippendorff2011() << Metric::Nominal << 743;
    QTest::newRow("Krippendorff 2011, ordinal") << krippendorff2011() << Metric::Ordinal << 815;
    QTest::newRow("Krippendorff 2011, interval") << krippendorff2011() << Metric::Interval << 849;
    QTest::newRow("Krippendorff 2011, ratio") << krippendorff2011() << Metric::Ratio << 797;
    // Wikipedia's computational example: alpha nominal 0.691, interval 0.811.
    QTest::newRow("Wikipedia, nominal") << wikipediaExample() << Metric::Nominal << 691;
    QTest::newRow("Wikipedia, interval") << wikipediaExample() << Metric::Interval << 811;
}

void TestKrippendorffAlpha::publishedExamples_matchToThreeDecimals()
{
    QFETCH(QStringList, coders);
    QFETCH(Metric, metric);
    QFETCH(int, expectedThousandths);

    const Statistic alpha = KrippendorffAlpha::compute(unitsByCoders(coders), metric);
    QVERIFY2(alpha.isDefined(), qPrintable(alpha.undefinedReason));
    QCOMPARE(qRound(*alpha.value * 1000), expectedThousandths);
    QVERIFY(alpha.undefinedReason.isEmpty());
}

void TestKrippendorffAlpha::perfectAgreement_isExactlyOne_data()
{
    QTest::addColumn<Metric>("metric");
    QTest::newRow("nominal") << Metric::Nominal;
    QTest::newRow("ordinal") << Metric::Ordinal;
    QTest::newRow("interval") << Metric::Interval;
    QTest::newRow("ratio") << Metric::Ratio;
}

void TestKrippendorffAlpha::perfectAgreement_isExactlyOne()
{
    QFETCH(Metric, metric);
    // Three coders agree on every unit they valued; one value is missing, and units 6 and 7 have a single
    // value (not pairable): none of that is disagreement.
    const Matrix data = unitsByCoders({
        QStringLiteral("1 2 3 4 1 7 ."),
        QStringLiteral("1 2 . 4 1 . ."),
        QStringLiteral("1 2 3 4 1 . 9"),
    });
    const Statistic alpha = KrippendorffAlpha::compute(data, metric);
    QVERIFY(alpha.isDefined());
    QCOMPARE(*alpha.value, 1.0);
}

void TestKrippendorffAlpha::degenerateData_isUndefinedWithAReason_data()
{
    QTest::addColumn<QStringList>("coders");
    QTest::addColumn<Metric>("metric");

    QTest::newRow("no units") << QStringList{} << Metric::Nominal;
    QTest::newRow("no unit valued by two coders")
        << QStringList{QStringLiteral("1 . 3"), QStringLiteral(". 2 .")} << Metric::Nominal;
    QTest::newRow("a single value, nominal")
        << QStringList{QStringLiteral("2 2 2"), QStringLiteral("2 2 .")} << Metric::Nominal;
    QTest::newRow("a single value, interval")
        << QStringList{QStringLiteral("2 2 2"), QStringLiteral("2 2 .")} << Metric::Interval;
    QTest::newRow("a negative value, ratio")
        << QStringList{QStringLiteral("-1 2 3"), QStringLiteral("-1 2 4")} << Metric::Ratio;
}

void TestKrippendorffAlpha::degenerateData_isUndefinedWithAReason()
{
    QFETCH(QStringList, coders);
    QFETCH(Metric, metric);
    const Statistic alpha = KrippendorffAlpha::compute(unitsByCoders(coders), metric);
    QVERIFY(!alpha.isDefined());
    QVERIFY(!alpha.undefinedReason.isEmpty());
}

void TestKrippendorffAlpha::unpairableUnits_areIgnored()
{
    // Unit 12 of Krippendorff's example has one value: dropping it, or adding more such units, leaves alpha
    // as it is.
    Matrix data = unitsByCoders(krippendorff2011());
    const double withUnit12 = *KrippendorffAlpha::compute(data, Metric::Interval).value;
    data.removeLast();
    QCOMPARE(*KrippendorffAlpha::compute(data, Metric::Interval).value, withUnit12);
    data.append({std::nullopt, 7.0, std::nullopt, std::nullopt});
    data.append(QList<std::optional<double>>{});
    QCOMPARE(*KrippendorffAlpha::compute(data, Metric::Interval).value, withUnit12);
}

void TestKrippendorffAlpha::valueCounts_equalUnitByUnit()
{
    // The aggregated entry point: identical units given once with a multiplicity.
    KrippendorffAlpha byUnit;
    KrippendorffAlpha byCounts;
    for (int i = 0; i < 5; ++i)
        byUnit.addUnit({1.0, 1.0, 2.0});
    for (int i = 0; i < 3; ++i)
        byUnit.addUnit({2.0, std::nullopt, 2.0});
    byUnit.addUnit({3.0, 1.0, 2.0});
    byCounts.addUnitValueCounts({{1.0, 2}, {2.0, 1}}, 5);
    byCounts.addUnitValueCounts({{2.0, 2}}, 3);
    byCounts.addUnitValueCounts({{1.0, 1}, {2.0, 1}, {3.0, 1}});
    byCounts.addUnitValueCounts({{4.0, 1}}, 10); // one value per unit: not pairable, adds nothing
    QCOMPARE(byCounts.coincidences(), byUnit.coincidences());
    for (Metric metric : {Metric::Nominal, Metric::Ordinal, Metric::Interval, Metric::Ratio})
        QCOMPARE(*byCounts.alpha(metric).value, *byUnit.alpha(metric).value);
}

void TestKrippendorffAlpha::mergedAccumulators_equalOneAccumulator()
{
    const Matrix data = unitsByCoders(krippendorff2011());
    KrippendorffAlpha first;
    KrippendorffAlpha second;
    for (qsizetype unit = 0; unit < data.size(); ++unit)
        (unit < 5 ? first : second).addUnit(data[unit]);
    first.add(second);
    QCOMPARE(qRound(*first.alpha(Metric::Ordinal).value * 1000), 815);
}

void TestKrippendorffAlpha::readyCoincidences_equalTheUnits()
{
    // The entry point for data aggregated elsewhere: Wikipedia's example as a coincidence matrix, built
    // here from the definition (Krippendorff 2011: every ordered pair of values in a unit adds
    // 1 / (m_u - 1)), gives Wikipedia's alphas.
    const Matrix data = unitsByCoders(wikipediaExample());
    KrippendorffAlpha::Coincidences coincidences;
    for (const QList<std::optional<double>> &unit : data) {
        QList<double> values;
        for (const std::optional<double> &value : unit) {
            if (value)
                values.append(*value);
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            for (qsizetype j = 0; j < values.size(); ++j) {
                if (i != j)
                    coincidences[values[i]][values[j]] += 1.0 / double(values.size() - 1);
            }
        }
    }
    QCOMPARE(qRound(*KrippendorffAlpha::fromCoincidences(coincidences, Metric::Nominal).value * 1000), 691);
    QCOMPARE(qRound(*KrippendorffAlpha::fromCoincidences(coincidences, Metric::Interval).value * 1000), 811);
}

void TestKrippendorffAlpha::asymmetricCoincidences_areRefused()
{
    // A pair (1, 5) whose value 5 has no row of its own: not a coincidence matrix.
    KrippendorffAlpha::Coincidences coincidences;
    coincidences[1.0][1.0] = 4;
    coincidences[1.0][5.0] = 1;
    const Statistic alpha = KrippendorffAlpha::fromCoincidences(coincidences, Metric::Nominal);
    QVERIFY(!alpha.isDefined());
    QVERIFY(!alpha.undefinedReason.isEmpty());
}

QTEST_GUILESS_MAIN(TestKrippendorffAlpha)
#include "tst_krippendorffalpha.moc"

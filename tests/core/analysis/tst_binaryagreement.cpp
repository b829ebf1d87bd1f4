#include "analysis/binaryagreement.h"
#include "analysis/kappa.h"
#include "analysis/krippendorffalpha.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Marginalia::Core;
using Table = QList<QList<qint64>>;

namespace {

/// Compares to 5e-4, the precision of the published values ("to 3 decimals").
bool closeTo(const Statistic &statistic, double expected)
{
    return statistic.isDefined() && std::abs(*statistic.value - expected) < 5e-4;
}

/// Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5),
/// Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (1 depression, 2 personality disorder,
/// 3 schizophrenia, 4 neurosis, 5 other). Transcribed as statsmodels' test_inter_rater.py lists it
/// ("diagnoses", one row per patient, the diagnosis of each rater).
const int fleiss1971[30][6] = {
    {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
    {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
    {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
    {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
    {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
    {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
};

Table fleiss1971Counts()
{
    Table counts;
    for (const auto &patient : fleiss1971) {
        QList<qint64> row(5, 0);
        for (int diagnosis : patient)
            ++row[diagnosis - 1];
        counts.append(row);
    }
    return counts;
}

/// A random binary reliability matrix (units by coders), each mark with probability @p share.
QList<QList<bool>> randomMarks(quint32 seed, int coders, int units, double share)
{
    QRandomGenerator random(seed);
    QList<QList<bool>> marks;
    for (int unit = 0; unit < units; ++unit) {
        QList<bool> row;
        // Mostly agreeing coders, as real ones: a unit is "really" marked or not, each coder errs sometimes.
        const bool truth = random.generateDouble() < share;
        for (int coder = 0; coder < coders; ++coder)
            row.append(random.generateDouble() < 0.2 ? !truth : truth);
        marks.append(row);
    }
    return marks;
}

} // namespace

class TestBinaryAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nvivoExample_gives85PercentAndKappa0318();
    void cohenKappa_matchesPublishedCases_data();
    void cohenKappa_matchesPublishedCases();
    void fleissKappa_matchesPublishedCases_data();
    void fleissKappa_matchesPublishedCases();
    void binaryStatistics_equalTheGeneralOnes_data();
    void binaryStatistics_equalTheGeneralOnes();
    void degenerateCounts_areUndefinedWithAReason_data();
    void degenerateCounts_areUndefinedWithAReason();
    void oneCoderMarkingEverything_isDefined();
    void pooling_addsTheCounts();
};

void TestBinaryAgreement::nvivoExample_gives85PercentAndKappa0318()
{
    // NVivo's documentation of the coding comparison query, on how kappa is calculated: a document of
    // 1,000 characters, 50 coded by both users, 100 only by user A, 50 only by user B: agreement 85%,
    // kappa 0.318. Exactly: p_o = 0.85, p_e = 0.15 * 0.10 + 0.85 * 0.90 = 0.78, kappa = 0.07 / 0.22.
    const BinaryAgreement agreement = BinaryAgreement::forTwoCoders(50, 100, 50, 800);
    QCOMPARE(agreement.units(), 1000);
    QCOMPARE(qRound(*agreement.percentAgreement().value * 1000), 850);
    QCOMPARE(qRound(*agreement.cohenKappa().value * 1000), 318);
    QVERIFY(qFuzzyCompare(*agreement.cohenKappa().value, 0.07 / 0.22));
}

void TestBinaryAgreement::cohenKappa_matchesPublishedCases_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<double>("expected");

    // scikit-learn, sklearn/metrics/tests/test_classification.py, test_cohen_kappa: Artstein and Poesio
    // (2008), Table 1, contingency [[20, 20], [10, 50]]: 0.348.
    QTest::newRow("scikit-learn, Artstein & Poesio table 1") << Table{{20, 20}, {10, 50}} << 0.348;
    // Same test, multiclass: Artstein and Poesio, Table 4 (0.8013), and the weighting example unweighted
    // (0.9315); tables made from the test's label vectors.
    QTest::newRow("scikit-learn, Artstein & Poesio table 4") << Table{{46, 0, 0}, {6, 32, 6}, {0, 0, 10}} << 0.8013;
    QTest::newRow("scikit-learn, weighting example, unweighted") << Table{{46, 0, 0}, {4, 40, 0}, {0, 0, 10}} << 0.9315;
    // statsmodels, statsmodels/stats/tests/test_inter_rater.py, UnweightedCohens: table10, checked there
    // against SAS's printout: 0.4842.
    QTest::newRow("statsmodels, SAS example") << Table{{0, 4, 1}, {0, 8, 0}, {0, 1, 5}} << 0.4842;
    // statsmodels, test_cohens_kappa_irr: R irr's kappa2(anxiety[, 2:3]) = -0.006289308, raters 2 and 3
    // of the test's "anxiety" data (20 subjects, ratings 1-6), cross-tabulated here.
    const QList<int> rater2{3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4};
    const QList<int> rater3{2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2};
    Table anxiety(6, QList<qint64>(6, 0));
    for (qsizetype subject = 0; subject < rater2.size(); ++subject)
        ++anxiety[rater2[subject] - 1][rater3[subject] - 1];
    QTest::newRow("statsmodels, R irr anxiety raters 2 and 3") << anxiety << -0.006289308;
}

void TestBinaryAgreement::cohenKappa_matchesPublishedCases()
{
    QFETCH(Table, table);
    QFETCH(double, expected);
    QVERIFY(closeTo(Kappa::cohen(table), expected));
    if (table.size() == 2) {
        // The binary form on the same data: "marked" is category 1, so both = t11, only the first = t10.
        const BinaryAgreement binary
            = BinaryAgreement::forTwoCoders(table[1][1], table[1][0], table[0][1], table[0][0]);
        QVERIFY(closeTo(binary.cohenKappa(), expected));
        QVERIFY(qFuzzyCompare(*binary.cohenKappa().value, *Kappa::cohen(table).value));
    }
}

void TestBinaryAgreement::fleissKappa_matchesPublishedCases_data()
{
    QTest::addColumn<Table>("counts");
    QTest::addColumn<double>("expected");

    // Fleiss (1971): kappa = .430 for the 30 x 6 diagnoses (R irr's kappam.fleiss gives 0.4302445,
    // statsmodels' test_fleiss_kappa_irr).
    QTest::newRow("Fleiss 1971") << fleiss1971Counts() << 0.430;
    // Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories: 0.210 (also
    // statsmodels' test_fleiss_kappa).
    QTest::newRow("Wikipedia") << Table{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                                        {2, 2, 8, 1, 1},  {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                                        {6, 5, 2, 1, 0},  {0, 2, 2, 3, 7}}
                               << 0.210;
}

void TestBinaryAgreement::fleissKappa_matchesPublishedCases()
{
    QFETCH(Table, counts);
    QFETCH(double, expected);
    if (QByteArray(QTest::currentDataTag()) == "Fleiss 1971") {
        // The transcription, against the column totals statsmodels checks (test_aggregate_raters).
        QList<qint64> totals(5, 0);
        for (const QList<qint64> &row : counts) {
            for (int c = 0; c < 5; ++c)
                totals[c] += row[c];
        }
        QCOMPARE(totals, (QList<qint64>{26, 26, 30, 55, 43}));
    }
    QVERIFY(closeTo(Kappa::fleiss(counts), expected));
}

void TestBinaryAgreement::binaryStatistics_equalTheGeneralOnes_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("coders");
    QTest::addColumn<int>("units");
    QTest::addColumn<double>("share");

    QTest::newRow("2 coders, 50 units") << 1u << 2 << 50 << 0.3;
    QTest::newRow("2 coders, 500 units, rare code") << 2u << 2 << 500 << 0.05;
    QTest::newRow("3 coders, 200 units") << 3u << 3 << 200 << 0.5;
    QTest::newRow("5 coders, 300 units") << 4u << 5 << 300 << 0.2;
    QTest::newRow("12 coders, 100 units") << 5u << 12 << 100 << 0.4;
    QTest::newRow("30 coders, 40 units") << 6u << 30 << 40 << 0.6;
}

void TestBinaryAgreement::binaryStatistics_equalTheGeneralOnes()
{
    QFETCH(quint32, seed);
    QFETCH(int, coders);
    QFETCH(int, units);
    QFETCH(double, share);

    const QList<QList<bool>> marks = randomMarks(seed, coders, units, share);
    QList<qint64> histogram(coders + 1, 0);
    QList<qint64> byCoder(coders, 0);
    QList<QList<std::optional<double>>> matrix;
    Table fleissCounts;
    Table cohenTable{{0, 0}, {0, 0}};
    qint64 allAgree = 0;
    for (const QList<bool> &unit : marks) {
        int marked = 0;
        QList<std::optional<double>> values;
        for (int coder = 0; coder < coders; ++coder) {
            marked += unit[coder] ? 1 : 0;
            byCoder[coder] += unit[coder] ? 1 : 0;
            values.append(unit[coder] ? 1.0 : 0.0);
        }
        ++histogram[marked];
        matrix.append(values);
        fleissCounts.append({coders - marked, marked});
        if (coders == 2)
            ++cohenTable[unit[0] ? 1 : 0][unit[1] ? 1 : 0];
        if (marked == 0 || marked == coders)
            ++allAgree;
    }
    const BinaryAgreement binary(histogram, byCoder);

    QCOMPARE(*binary.percentAgreement().value, double(allAgree) / units);
    const Statistic fleiss = Kappa::fleiss(fleissCounts);
    QVERIFY(fleiss.isDefined());
    QVERIFY(std::abs(*binary.fleissKappa().value - *fleiss.value) < 1e-12);
    const Statistic alpha = KrippendorffAlpha::compute(matrix, KrippendorffAlpha::Metric::Nominal);
    QVERIFY(alpha.isDefined());
    QVERIFY(std::abs(*binary.krippendorffAlpha().value - *alpha.value) < 1e-12);
    if (coders == 2) {
        QVERIFY(std::abs(*binary.cohenKappa().value - *Kappa::cohen(cohenTable).value) < 1e-12);
    } else {
        QVERIFY(!binary.cohenKappa().isDefined());
    }
}

void TestBinaryAgreement::degenerateCounts_areUndefinedWithAReason_data()
{
    QTest::addColumn<QList<qint64>>("histogram");
    QTest::addColumn<QList<qint64>>("byCoder");
    QTest::addColumn<bool>("percentDefined");
    QTest::addColumn<bool>("cohenDefined");

    QTest::newRow("no units") << QList<qint64>{0, 0, 0} << QList<qint64>{0, 0} << false << false;
    // Percent agreement is 100% (all agree on "not coded"); the chance-corrected ones are 0/0.
    QTest::newRow("nobody coded anything") << QList<qint64>{40, 0, 0} << QList<qint64>{0, 0} << true << false;
    QTest::newRow("nobody coded anything, 4 coders")
        << QList<qint64>{40, 0, 0, 0, 0} << QList<qint64>{} << true << false;
    QTest::newRow("everyone coded everything") << QList<qint64>{0, 0, 40} << QList<qint64>{40, 40} << true << false;
    QTest::newRow("one coder") << QList<qint64>{10, 5} << QList<qint64>{5} << false << false;
    QTest::newRow("negative count") << QList<qint64>{10, -1, 3} << QList<qint64>{1, 1} << false << false;
    QTest::newRow("coders' counts do not add up") << QList<qint64>{10, 4, 3} << QList<qint64>{3, 3} << false << false;
    QTest::newRow("a coder marked more than anyone")
        << QList<qint64>{10, 4, 3} << QList<qint64>{10, 0} << false << false;
}

void TestBinaryAgreement::degenerateCounts_areUndefinedWithAReason()
{
    QFETCH(QList<qint64>, histogram);
    QFETCH(QList<qint64>, byCoder);
    QFETCH(bool, percentDefined);
    QFETCH(bool, cohenDefined);

    const BinaryAgreement agreement(histogram, byCoder);
    QCOMPARE(agreement.percentAgreement().isDefined(), percentDefined);
    if (percentDefined)
        QCOMPARE(*agreement.percentAgreement().value, 1.0);
    else
        QVERIFY(!agreement.percentAgreement().undefinedReason.isEmpty());
    for (const Statistic &statistic : {agreement.fleissKappa(), agreement.krippendorffAlpha()}) {
        QVERIFY(!statistic.isDefined());
        QVERIFY(!statistic.undefinedReason.isEmpty());
    }
    QCOMPARE(agreement.cohenKappa().isDefined(), cohenDefined);
    QVERIFY(!agreement.cohenKappa().undefinedReason.isEmpty());
}

void TestBinaryAgreement::oneCoderMarkingEverything_isDefined()
{
    // A coder who marks everything agrees with the other only by chance: kappa 0, not undefined (the
    // other coder's marks vary, so p_e < 1).
    const BinaryAgreement agreement = BinaryAgreement::forTwoCoders(30, 70, 0, 0);
    QCOMPARE(*agreement.cohenKappa().value, 0.0);
    QVERIFY(agreement.fleissKappa().isDefined());
    QVERIFY(agreement.krippendorffAlpha().isDefined());
    QCOMPARE(*agreement.percentAgreement().value, 0.3);
    // Three coders: one marked everything, the others nothing on 60 of the 100 units.
    const BinaryAgreement three({0, 60, 10, 30}, {100, 35, 35});
    QVERIFY(three.fleissKappa().isDefined());
    QVERIFY(three.krippendorffAlpha().isDefined());
    QCOMPARE(three.cohenKappa().undefinedReason, QStringLiteral("needs exactly two coders"));
}

void TestBinaryAgreement::pooling_addsTheCounts()
{
    // NVivo's example split into two documents, pooled back.
    BinaryAgreement pooled(QList<qint64>(3, 0), QList<qint64>(2, 0));
    pooled.add(BinaryAgreement::forTwoCoders(20, 60, 10, 500));
    pooled.add(BinaryAgreement::forTwoCoders(30, 40, 40, 300));
    QCOMPARE(pooled.units(), 1000);
    QCOMPARE(qRound(*pooled.cohenKappa().value * 1000), 318);
    // A document compared without each coder's counts leaves Cohen's kappa without them too...
    pooled.add(BinaryAgreement({10, 0, 0}));
    QVERIFY(!pooled.cohenKappa().isDefined());
    QVERIFY(pooled.fleissKappa().isDefined());
    // ... and one of three coders makes the counts meaningless.
    pooled.add(BinaryAgreement({10, 0, 0, 0}));
    QVERIFY(!pooled.fleissKappa().isDefined());
    QVERIFY(!pooled.percentAgreement().isDefined());
}

QTEST_GUILESS_MAIN(TestBinaryAgreement)
#include "tst_binaryagreement.moc"

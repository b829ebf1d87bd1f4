#include "analysis/unitizingalpha.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Marginalia::Core;
using Segment = UnitizingAlpha::Segment;
using Segments = QList<QList<Segment>>;

Q_DECLARE_METATYPE(Marginalia::Core::UnitizingAlpha::Segment)

namespace {

/// One continuum as the tests write it: its length and each coder's segments.
struct Continuum
{
    qint64 length = 0;
    Segments segments;
};

/// DKPro Statistics' examples give a segment as (offset, length) on a continuum that may begin past 0.
Segment unit(qint64 offset, qint64 length, qint64 continuumBegin = 0)
{
    return Segment{offset - continuumBegin, offset - continuumBegin + length};
}

/**
 * Krippendorff (1995), p. 57, as DKPro's Krippendorff1995Test.createExample(stretch) builds it: four pairs
 * of coders (A-D) on a continuum of 24 units, every position multiplied by @p stretch and truncated.
 */
Continuum krippendorff1995(char pair, double stretch)
{
    const auto at = [stretch](int offset, int length) {
        return Segment{qint64(offset * stretch), qint64(offset * stretch) + qint64(length * stretch)};
    };
    Continuum continuum{qint64(24 * stretch), {}};
    switch (pair) {
    case 'A':
        continuum.segments = {{at(2, 8), at(14, 6)}, {at(4, 4), at(15, 2)}};
        break;
    case 'B':
        continuum.segments = {{at(0, 18)}, {at(0, 2), at(2, 1), at(3, 1), at(4, 1), at(5, 1), at(6, 3), at(9, 1)}};
        break;
    case 'C':
        continuum.segments
            = {{at(2, 6), at(10, 2), at(14, 4), at(20, 2)}, {at(0, 2), at(4, 4), at(10, 4), at(16, 2), at(20, 2)}};
        break;
    case 'D':
        continuum.segments = {{at(0, 2), at(2, 8), at(10, 4), at(14, 6), at(20, 4)},
                              {at(0, 4), at(4, 4), at(8, 7), at(15, 2), at(17, 7)}};
        break;
    }
    return continuum;
}

/// A section of the naive reference: a segment (value 1) or a gap (value 0).
struct Section
{
    qint64 begin;
    qint64 length;
    bool segment;
};

QList<Section> sections(qint64 length, const QList<Segment> &segments)
{
    QList<Section> result;
    qint64 cursor = 0;
    for (const Segment &segment : segments) {
        if (segment.start > cursor)
            result.append({cursor, segment.start - cursor, false});
        result.append({segment.start, segment.end - segment.start, true});
        cursor = segment.end;
    }
    if (cursor < length)
        result.append({cursor, length - cursor, false});
    return result;
}

/// Krippendorff's (2004) delta² of two sections, written from the paper's cases.
double delta2(const Section &g, const Section &h)
{
    const double begins = double(g.begin - h.begin);
    const double ends = double(g.begin + g.length - h.begin - h.length);
    if (g.segment && h.segment && g.begin < h.begin + h.length && h.begin < g.begin + g.length)
        return begins * begins + ends * ends;
    if (g.segment && !h.segment && h.begin <= g.begin && g.begin + g.length <= h.begin + h.length)
        return double(g.length) * double(g.length);
    if (!g.segment && h.segment && g.begin <= h.begin && h.begin + h.length <= g.begin + g.length)
        return double(h.length) * double(h.length);
    return 0;
}

/// The formulas of the header, evaluated the slow way: every pair of sections of every pair of coders,
/// every segment against every gap. The reference the sweep must equal.
std::pair<double, double> naiveDisagreements(int coders, const QList<Continuum> &continua)
{
    double observed = 0;
    qint64 total = 0;
    QList<qint64> segmentLengths;
    QList<qint64> gapLengths;
    for (const Continuum &continuum : continua) {
        total += continuum.length;
        QList<QList<Section>> byCoder;
        for (const QList<Segment> &segments : continuum.segments)
            byCoder.append(sections(continuum.length, segments));
        for (int i = 0; i < coders; ++i) {
            for (int j = 0; j < coders; ++j) {
                if (i == j)
                    continue;
                for (const Section &g : byCoder[i]) {
                    for (const Section &h : byCoder[j])
                        observed += delta2(g, h);
                }
            }
            for (const Section &section : byCoder[i])
                (section.segment ? segmentLengths : gapLengths).append(section.length);
        }
    }
    const double m = coders;
    const double L = double(total);
    const double n = double(segmentLengths.size());
    double numerator = 0;
    double selfPairs = 0;
    for (qint64 segment : segmentLengths) {
        const double l = double(segment);
        double fits = 0;
        for (qint64 gap : gapLengths) {
            if (gap >= segment)
                fits += double(gap - segment + 1);
        }
        numerator += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fits;
        selfPairs += l * (l - 1);
    }
    return {observed / (m * (m - 1) * L * L), 2 / L * numerator / (m * L * (m * L - 1) - selfPairs)};
}

QList<Segment> randomSegments(QRandomGenerator &random, qint64 length, double share)
{
    QList<Segment> segments;
    qint64 cursor = 0;
    while (cursor < length) {
        const qint64 start = cursor + random.bounded(12);
        const qint64 end = start + 1 + random.bounded(15);
        if (end > length)
            break;
        if (random.generateDouble() < share)
            segments.append({start, end});
        // Now and then two segments touch: a coder's adjacent units stay two units.
        cursor = random.generateDouble() < 0.1 ? end : end + 1 + random.bounded(5);
    }
    return segments;
}

/// A random study of @p coders who roughly agree: each copies a shared "true" unitization with shifted
/// boundaries, and drops or adds segments now and then.
QList<Continuum> randomStudy(quint32 seed, int coders, int documents, qint64 length)
{
    QRandomGenerator random(seed);
    QList<Continuum> continua;
    for (int document = 0; document < documents; ++document) {
        const qint64 documentLength = 1 + random.bounded(length);
        const QList<Segment> truth = randomSegments(random, documentLength, 0.6);
        Continuum continuum{documentLength, {}};
        for (int coder = 0; coder < coders; ++coder) {
            QList<Segment> segments;
            qint64 cursor = 0;
            for (const Segment &segment : truth) {
                if (random.generateDouble() < 0.15)
                    continue;
                const qint64 start = std::max(cursor, segment.start + random.bounded(-2, 3));
                const qint64 end = std::min(documentLength, segment.end + random.bounded(-2, 3));
                if (end > start) {
                    segments.append({start, end});
                    cursor = end;
                }
            }
            if (random.generateDouble() < 0.1)
                segments.clear(); // a coder who coded nothing here
            continuum.segments.append(segments);
        }
        continua.append(continuum);
    }
    return continua;
}

UnitizingAlpha accumulate(int coders, const QList<Continuum> &continua)
{
    UnitizingAlpha alpha(coders);
    for (const Continuum &continuum : continua) {
        const Status status = alpha.addContinuum(continuum.length, continuum.segments);
        if (!status)
            qFatal("%s", qPrintable(status.error()));
    }
    return alpha;
}

bool relativelyClose(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

class TestUnitizingAlpha : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void krippendorff2004_matchesDkpro_data();
    void krippendorff2004_matchesDkpro();
    void dkproUnitizingAgreementTest_matches();
    void krippendorff1995_observedDisagreement_data();
    void krippendorff1995_observedDisagreement();
    void krippendorff1995_stretched_data();
    void krippendorff1995_stretched();
    void sweep_equalsPairwiseFormula_data();
    void sweep_equalsPairwiseFormula();
    void pooling_laysContinuaEndToEndWithoutJoiningGaps();
    void uncodedContinua_equalContinuaWithoutSegments();
    void perfectAgreement_isExactlyOne();
    void oneCharacterMarkedByOneCoder_isZero();
    void degenerateStudies_areUndefinedWithAReason();
    void badSegments_areRefusedAndAddNothing_data();
    void badSegments_areRefusedAndAddNothing();
    void manySegments_areHandledInOnePass();
};

void TestUnitizingAlpha::uncodedContinua_equalContinuaWithoutSegments()
{
    // One coded document and four nobody coded: once as continua without segments, once by their lengths.
    const QList<QList<UnitizingAlpha::Segment>> coded = {{{10, 40}, {60, 70}}, {{15, 40}}, {{10, 45}}};
    UnitizingAlpha oneByOne(3);
    QVERIFY(oneByOne.addContinuum(100, coded).ok());
    for (qint64 length : {30, 5, 200, 30})
        QVERIFY(oneByOne.addContinuum(length, QList<QList<UnitizingAlpha::Segment>>(3)).ok());
    UnitizingAlpha byLengths(3);
    QVERIFY(byLengths.addContinuum(100, coded).ok());
    QVERIFY(byLengths.addUncodedContinua({0, 5, 30}).ok());
    UnitizingAlpha more(3);
    QVERIFY(more.addUncodedContinua({30, 200}).ok());
    QVERIFY(byLengths.add(more).ok()); // merged, still sorted
    QCOMPARE(byLengths.length(), oneByOne.length());
    QVERIFY(std::abs(*byLengths.expectedDisagreement() - *oneByOne.expectedDisagreement()) < 1e-12);
    QVERIFY(std::abs(*byLengths.alpha().value - *oneByOne.alpha().value) < 1e-12);
    // Unsorted lengths are refused.
    QVERIFY(!byLengths.addUncodedContinua({50, 10}).ok());
    QCOMPARE(byLengths.length(), oneByOne.length());
}

void TestUnitizingAlpha::krippendorff2004_matchesDkpro_data()
{
    QTest::addColumn<Segments>("segments");
    QTest::addColumn<double>("observed");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("alpha");

    // Krippendorff (2004), Content Analysis 2nd ed., p. 254, as DKPro's Krippendorff2004Test builds it:
    // two observers on a continuum [150, 450) and the categories "c" and "k". Its testCategoryAgreement:
    // "c": D_o 0.0144, D_e 0.0532, alpha 0.7286; "k": D_o 0, D_e 0.0490, alpha 1 (to 1e-4).
    QTest::newRow("category c") << Segments{{unit(225, 70, 150), unit(370, 30, 150)},
                                            {unit(220, 80, 150), unit(355, 20, 150), unit(400, 20, 150)}}
                                << 0.0144 << 0.0532 << 0.7286;
    QTest::newRow("category k") << Segments{{unit(180, 60, 150), unit(300, 50, 150)},
                                            {unit(180, 60, 150), unit(300, 50, 150)}}
                                << 0.0 << 0.0490 << 1.0;
}

void TestUnitizingAlpha::krippendorff2004_matchesDkpro()
{
    QFETCH(Segments, segments);
    QFETCH(double, observed);
    QFETCH(double, expected);
    QFETCH(double, alpha);

    UnitizingAlpha study(2);
    QVERIFY(study.addContinuum(300, segments).ok());
    QVERIFY(std::abs(*study.observedDisagreement() - observed) < 1e-4);
    QVERIFY(std::abs(*study.expectedDisagreement() - expected) < 1e-4);
    QVERIFY(std::abs(*study.alpha().value - alpha) < 1e-4);
}

void TestUnitizingAlpha::dkproUnitizingAgreementTest_matches()
{
    // DKPro's UnitizingAgreementTest.testAgreement: r0 "-11111111-", r1 "--1-1-1---" (category A):
    // D_o 0.9100, D_e 0.5351, alpha -0.7003 (to 1e-4).
    UnitizingAlpha study(2);
    QVERIFY(study.addContinuum(10, {{unit(1, 8)}, {unit(2, 1), unit(4, 1), unit(6, 1)}}).ok());
    QVERIFY(std::abs(*study.observedDisagreement() - 0.9100) < 1e-4);
    QVERIFY(std::abs(*study.expectedDisagreement() - 0.5351) < 1e-4);
    QVERIFY(std::abs(*study.alpha().value - -0.7003) < 1e-4);
}

void TestUnitizingAlpha::krippendorff1995_observedDisagreement_data()
{
    QTest::addColumn<char>("pair");
    QTest::addColumn<double>("observed");

    // DKPro's Krippendorff1995Test.testAgreement on Krippendorff's (1995) example, to 1e-5.
    QTest::newRow("A (Bertha, Bill)") << 'A' << 0.03125;
    QTest::newRow("B (John, Jill)") << 'B' << 2.26736;
    QTest::newRow("C (Gerret, Gill)") << 'C' << 0.02777;
    QTest::newRow("D (Heather, Hill)") << 'D' << 0.38715;
}

void TestUnitizingAlpha::krippendorff1995_observedDisagreement()
{
    QFETCH(char, pair);
    QFETCH(double, observed);
    const Continuum continuum = krippendorff1995(pair, 1);
    UnitizingAlpha study(2);
    QVERIFY(study.addContinuum(continuum.length, continuum.segments).ok());
    QVERIFY2(std::abs(*study.observedDisagreement() - observed) < 1e-5,
             qPrintable(QString::number(*study.observedDisagreement())));
}

void TestUnitizingAlpha::krippendorff1995_stretched_data()
{
    QTest::addColumn<char>("pair");
    QTest::addColumn<double>("stretch");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("expectedTolerance");
    QTest::addColumn<double>("alphaTolerance");

    // DKPro's Krippendorff1995Test: the example's discrete D_e depends on the resolution; stretched 50,000
    // times it approaches Krippendorff's (1995) continuous values. Where this implementation meets them
    // to 3 decimals (A, D, and C at half resolution), they are checked to 5e-4.
    QTest::newRow("A, x50000") << 'A' << 50000.0 << 0.06990 << 0.553 << 5e-4 << 5e-4;
    QTest::newRow("D, x50000") << 'D' << 50000.0 << 0.41445 << 0.066 << 5e-4 << 5e-4;
    QTest::newRow("C, x0.5") << 'C' << 0.5 << 0.05494 << 0.494 << 5e-4 << 5e-4;
    // B and C at full resolution: DKPro's test allows 0.005 on D_e and 0.02 on alpha, and says why: "There
    // seems to be a small error in the computation of D_E in the original reference". The 2004 formula
    // (DKPro's and this one) gives D_e 1.1758 / alpha -0.928 for B and 0.0905 / 0.693 for C; the 1995
    // paper printed 1.17731 / -0.926 and 0.08642 / 0.679. Checked at DKPro's tolerances.
    QTest::newRow("B, x50000") << 'B' << 50000.0 << 1.17731 << -0.926 << 0.005 << 0.02;
    QTest::newRow("C, x50000") << 'C' << 50000.0 << 0.08642 << 0.679 << 0.005 << 0.02;
    QTest::newRow("C, x5") << 'C' << 5.0 << 0.08234 << 0.663 << 0.005 << 0.02;
    QTest::newRow("C, x50") << 'C' << 50.0 << 0.08600 << 0.677 << 0.005 << 0.02;
}

void TestUnitizingAlpha::krippendorff1995_stretched()
{
    QFETCH(char, pair);
    QFETCH(double, stretch);
    QFETCH(double, expected);
    QFETCH(double, alpha);
    QFETCH(double, expectedTolerance);
    QFETCH(double, alphaTolerance);

    const Continuum continuum = krippendorff1995(pair, stretch);
    UnitizingAlpha study(2);
    QVERIFY(study.addContinuum(continuum.length, continuum.segments).ok());
    // D_o does not depend on the resolution (DKPro checks 0.02777 for C at every stretch).
    const Continuum unstretched = krippendorff1995(pair, 1);
    UnitizingAlpha original(2);
    QVERIFY(original.addContinuum(unstretched.length, unstretched.segments).ok());
    QVERIFY(std::abs(*study.observedDisagreement() - *original.observedDisagreement()) < 1e-5);
    QVERIFY2(std::abs(*study.expectedDisagreement() - expected) < expectedTolerance,
             qPrintable(QString::number(*study.expectedDisagreement(), 'f', 5)));
    QVERIFY2(std::abs(*study.alpha().value - alpha) < alphaTolerance,
             qPrintable(QString::number(*study.alpha().value, 'f', 4)));
}

void TestUnitizingAlpha::sweep_equalsPairwiseFormula_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("coders");
    QTest::addColumn<int>("documents");
    QTest::addColumn<int>("length");

    QTest::newRow("2 coders, 1 document") << 11u << 2 << 1 << 200;
    QTest::newRow("2 coders, 5 documents") << 12u << 2 << 5 << 150;
    QTest::newRow("3 coders, 3 documents") << 13u << 3 << 3 << 300;
    QTest::newRow("4 coders, 8 short documents") << 14u << 4 << 8 << 30;
    QTest::newRow("6 coders, 2 documents") << 15u << 6 << 2 << 400;
    QTest::newRow("10 coders, 4 documents") << 16u << 10 << 4 << 120;
}

void TestUnitizingAlpha::sweep_equalsPairwiseFormula()
{
    QFETCH(quint32, seed);
    QFETCH(int, coders);
    QFETCH(int, documents);
    QFETCH(int, length);

    const QList<Continuum> study = randomStudy(seed, coders, documents, length);
    const auto [observed, expected] = naiveDisagreements(coders, study);
    const UnitizingAlpha alpha = accumulate(coders, study);
    QVERIFY2(relativelyClose(*alpha.observedDisagreement(), observed),
             qPrintable(QStringLiteral("%1 vs %2").arg(*alpha.observedDisagreement()).arg(observed)));
    QVERIFY2(relativelyClose(*alpha.expectedDisagreement(), expected),
             qPrintable(QStringLiteral("%1 vs %2").arg(*alpha.expectedDisagreement()).arg(expected)));
    QVERIFY(alpha.alpha().isDefined());

    // Per-document accumulators merged give the pooled one.
    UnitizingAlpha merged(coders);
    for (const Continuum &continuum : study)
        QVERIFY(merged.add(accumulate(coders, {continuum})).ok());
    QVERIFY(relativelyClose(*merged.alpha().value, *alpha.alpha().value));
    QCOMPARE(merged.length(), alpha.length());
    QCOMPARE(merged.segments(), alpha.segments());
}

void TestUnitizingAlpha::pooling_laysContinuaEndToEndWithoutJoiningGaps()
{
    // Coder 1's gap at the end of document 1 and at the start of document 2 are two gaps, not one: pooling
    // is not the same as one document made of both texts.
    const QList<Continuum> documents{
        {20, {{{2, 10}}, {{3, 10}}}},
        {20, {{{8, 18}}, {{8, 16}}}},
    };
    const Continuum joined{40, {{{2, 10}, {28, 38}}, {{3, 10}, {28, 36}}}};
    const UnitizingAlpha pooled = accumulate(2, documents);
    const UnitizingAlpha single = accumulate(2, {joined});
    QCOMPARE(pooled.length(), 40);
    QCOMPARE(*pooled.observedDisagreement(), *single.observedDisagreement()); // no pair crosses documents
    QVERIFY(*pooled.expectedDisagreement() != *single.expectedDisagreement()); // gaps 10 + 8 are not 18
    const auto [observed, expected] = naiveDisagreements(2, documents);
    QVERIFY(relativelyClose(*pooled.observedDisagreement(), observed));
    QVERIFY(relativelyClose(*pooled.expectedDisagreement(), expected));
}

void TestUnitizingAlpha::perfectAgreement_isExactlyOne()
{
    const QList<Segment> same{{0, 5}, {5, 9}, {20, 31}};
    const Statistic alpha = UnitizingAlpha::compute(3, 40, {same, same, same});
    QVERIFY(alpha.isDefined());
    QCOMPARE(*alpha.value, 1.0);
}

void TestUnitizingAlpha::oneCharacterMarkedByOneCoder_isZero()
{
    // DKPro's UnitizingAgreementTest.testSingleAnnotationUnit: 3 raters, 20 units, one unit [0, 1) by rater
    // 0. D_o = D_e there (both 1/600), so alpha is 0.
    const Statistic alpha = UnitizingAlpha::compute(3, 20, {{{0, 1}}, {}, {}});
    QVERIFY(alpha.isDefined());
    QVERIFY(std::abs(*alpha.value) < 1e-12);
}

void TestUnitizingAlpha::degenerateStudies_areUndefinedWithAReason()
{
    // DKPro's testEmptyAnnotationSet returns NaN: here a reason.
    const Statistic nobody = UnitizingAlpha::compute(3, 20, {{}, {}, {}});
    QVERIFY(!nobody.isDefined());
    QCOMPARE(nobody.undefinedReason, QStringLiteral("no coder coded anything"));

    QCOMPARE(UnitizingAlpha(2).alpha().undefinedReason, QStringLiteral("there is no text to compare"));
    QCOMPARE(UnitizingAlpha::compute(2, 0, {{}, {}}).undefinedReason, QStringLiteral("there is no text to compare"));

    // The formula would give 1 here; nothing in such data could show disagreement.
    const Statistic everything = accumulate(2, {{30, {{{0, 30}}, {{0, 30}}}}, {12, {{{0, 12}}, {{0, 12}}}}}).alpha();
    QVERIFY(!everything.isDefined());
    QCOMPARE(everything.undefinedReason, QStringLiteral("every coder coded everything"));
    const Statistic singleCharacters = UnitizingAlpha::compute(2, 1, {{{0, 1}}, {{0, 1}}});
    QCOMPARE(singleCharacters.undefinedReason, QStringLiteral("every coder coded everything"));

    // Everything covered, but cut differently: that is disagreement on the units, and alpha says so.
    const Statistic cutDifferently = UnitizingAlpha::compute(2, 30, {{{0, 30}}, {{0, 12}, {12, 30}}});
    QVERIFY(cutDifferently.isDefined());
    QVERIFY(*cutDifferently.value < 1);

    QCOMPARE(UnitizingAlpha::compute(1, 20, {{{0, 4}}}).undefinedReason, QStringLiteral("needs at least two coders"));
}

void TestUnitizingAlpha::badSegments_areRefusedAndAddNothing_data()
{
    QTest::addColumn<qint64>("length");
    QTest::addColumn<Segments>("segments");

    QTest::newRow("overlapping") << qint64(20) << Segments{{{0, 5}, {4, 8}}, {}};
    QTest::newRow("unsorted") << qint64(20) << Segments{{{6, 8}, {0, 5}}, {}};
    QTest::newRow("empty segment") << qint64(20) << Segments{{}, {{3, 3}}};
    QTest::newRow("past the end") << qint64(20) << Segments{{{15, 21}}, {}};
    QTest::newRow("before the start") << qint64(20) << Segments{{{-1, 2}}, {}};
    QTest::newRow("three coders' segments for two") << qint64(20) << Segments{{}, {}, {}};
    QTest::newRow("negative length") << qint64(-5) << Segments{{}, {}};
}

void TestUnitizingAlpha::badSegments_areRefusedAndAddNothing()
{
    QFETCH(qint64, length);
    QFETCH(Segments, segments);

    UnitizingAlpha study(2);
    QVERIFY(study.addContinuum(10, {{{1, 9}}, {{2, 3}, {4, 5}, {6, 7}}}).ok());
    const double before = *study.alpha().value;
    const Status status = study.addContinuum(length, segments);
    QVERIFY(!status.ok());
    QVERIFY(!status.error().isEmpty());
    QCOMPARE(study.length(), 10);
    QCOMPARE(study.segments(), 4);
    QCOMPARE(*study.alpha().value, before);
}

void TestUnitizingAlpha::manySegments_areHandledInOnePass()
{
    // The size of a large project's code: 200,000 segments of 4 coders in 400 documents of 50,000
    // characters. Not timed (benchmarks are in bench/): it must simply finish quickly and agree with the
    // same study merged from per-document accumulators.
    QRandomGenerator random(42);
    UnitizingAlpha pooled(4);
    UnitizingAlpha merged(4);
    for (int document = 0; document < 400; ++document) {
        Segments segments(4);
        for (int coder = 0; coder < 4; ++coder) {
            // One segment somewhere in each 400 characters: spread over the whole document, so that no
            // stretch is left uncoded by all and agreement is only what chance gives.
            for (qint64 slot = 0; slot < 125; ++slot) {
                const qint64 start = slot * 400 + random.bounded(330);
                segments[coder].append({start, start + 1 + random.bounded(60)});
            }
        }
        QVERIFY(pooled.addContinuum(50000, segments).ok());
        UnitizingAlpha one(4);
        QVERIFY(one.addContinuum(50000, segments).ok());
        QVERIFY(merged.add(one).ok());
    }
    QCOMPARE(pooled.segments(), 200000);
    const Statistic alpha = pooled.alpha();
    QVERIFY(alpha.isDefined());
    // Independent coders: agreement near chance.
    QVERIFY2(std::abs(*alpha.value) < 0.1, qPrintable(QString::number(*alpha.value)));
    QVERIFY(relativelyClose(*merged.alpha().value, *alpha.value));
}

QTEST_GUILESS_MAIN(TestUnitizingAlpha)
#include "tst_unitizingalpha.moc"

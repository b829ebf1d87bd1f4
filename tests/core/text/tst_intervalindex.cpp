#include "text/intervalindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using Marginalia::Core::IntervalIndex;

class TestIntervalIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlapping_data();
    void overlapping();
    void randomQueries_matchABruteForceScan();
    void empty_findsNothing();
};

void TestIntervalIndex::overlapping_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<int>>("expected");
    // Intervals: 0:[0,10) 1:[5,6) 2:[8,20) 3:[20,30) 4:[0,100)
    QTest::newRow("start") << qint64(0) << qint64(1) << QList<int>{0, 4};
    QTest::newRow("end is exclusive") << qint64(10) << qint64(11) << QList<int>{2, 4};
    QTest::newRow("touching is not overlapping") << qint64(30) << qint64(40) << QList<int>{4};
    QTest::newRow("inside a long one") << qint64(50) << qint64(60) << QList<int>{4};
    QTest::newRow("spanning several") << qint64(5) << qint64(21) << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("past everything") << qint64(100) << qint64(200) << QList<int>{};
}

void TestIntervalIndex::overlapping()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<int>, expected);
    const IntervalIndex index({{0, 10, 0}, {5, 6, 1}, {8, 20, 2}, {20, 30, 3}, {0, 100, 4}});
    std::vector<int> found;
    index.overlapping(from, to, found);
    std::sort(found.begin(), found.end());
    QCOMPARE(QList<int>(found.begin(), found.end()), expected);
}

void TestIntervalIndex::randomQueries_matchABruteForceScan()
{
    QRandomGenerator random(42);
    std::vector<IntervalIndex::Interval> intervals;
    for (int i = 0; i < 5000; ++i) {
        const qint64 start = random.bounded(100000);
        // Mostly short, a few very long: the case that defeats a naive "max length" bound.
        const qint64 length = i % 500 == 0 ? random.bounded(50000) + 1 : random.bounded(200) + 1;
        intervals.push_back({start, start + length, i});
    }
    const IntervalIndex index(intervals);
    for (int q = 0; q < 300; ++q) {
        const qint64 from = random.bounded(100000);
        const qint64 to = from + random.bounded(3000) + 1;
        std::vector<int> found;
        index.overlapping(from, to, found);
        std::sort(found.begin(), found.end());
        std::vector<int> expected;
        for (const auto &interval : intervals) {
            if (interval.start < to && interval.end > from)
                expected.push_back(interval.payload);
        }
        QCOMPARE(found, expected);
    }
}

void TestIntervalIndex::empty_findsNothing()
{
    const IntervalIndex index;
    std::vector<int> found;
    index.overlapping(0, 100, found);
    QVERIFY(found.empty());
    QVERIFY(index.isEmpty());
}

QTEST_GUILESS_MAIN(TestIntervalIndex)
#include "tst_intervalindex.moc"

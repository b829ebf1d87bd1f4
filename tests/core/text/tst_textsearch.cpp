#include "text/textoffsets.h"
#include "text/textsearch.h"

#include <QRegularExpression>
#include <QTest>

using namespace Marginalia::Core;

/// Hits come back in code points of the stored text, whatever precedes them (emoji, rare CJK, Arabic).
class TestTextSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phrase_rangesAreCodePoints_data();
    void phrase_rangesAreCodePoints();
    void phrase_emptyNeedle_findsNothing();
    void pattern_skipsEmptyMatchesAndCountsCodePoints();
};

void TestTextSearch::phrase_rangesAreCodePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<QList<TextRange>>("expected");
    QTest::newRow("ASCII") << QStringLiteral("identification, Identification") << QStringLiteral("identification")
                           << false << QList<TextRange>{{0, 14}};
    QTest::newRow("ignoring case") << QStringLiteral("identification, Identification")
                                   << QStringLiteral("identification") << true << QList<TextRange>{{0, 14}, {16, 30}};
    // 🌍 is two UTF-16 units and one code point: everything after it is one further in UTF-16.
    QTest::newRow("after an emoji") << QStringLiteral("🌍 victims and 𠀋 victims") << QStringLiteral("victims") << false
                                    << QList<TextRange>{{2, 9}, {16, 23}};
    QTest::newRow("Arabic") << QStringLiteral("حماية الضحايا واجب، حماية") << QStringLiteral("حماية") << false
                            << QList<TextRange>{{0, 5}, {20, 25}};
    QTest::newRow("not overlapping") << QStringLiteral("aaaa") << QStringLiteral("aa") << false
                                     << QList<TextRange>{{0, 2}, {2, 4}};
}

void TestTextSearch::phrase_rangesAreCodePoints()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    QFETCH(bool, ignoreCase);
    QFETCH(QList<TextRange>, expected);
    const QList<TextRange> found
        = TextSearch::phrase(text, phrase, ignoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive);
    QCOMPARE(found.size(), expected.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).start, expected.at(i).start);
        QCOMPARE(found.at(i).end, expected.at(i).end);
        QCOMPARE(TextOffsets::slice(text, found.at(i).start, found.at(i).end).compare(phrase, Qt::CaseInsensitive), 0);
    }
}

void TestTextSearch::phrase_emptyNeedle_findsNothing()
{
    QVERIFY(TextSearch::phrase(QStringLiteral("text"), QString(), Qt::CaseSensitive).isEmpty());
}

void TestTextSearch::pattern_skipsEmptyMatchesAndCountsCodePoints()
{
    const QString text = QStringLiteral("👧 children, child, childhood");
    const QList<TextRange> found
        = TextSearch::pattern(text, QRegularExpression(QStringLiteral("\\bchild(ren)?\\b|x*")));
    QCOMPARE(found.size(), 2);
    QCOMPARE(TextOffsets::slice(text, found.at(0).start, found.at(0).end), QStringLiteral("children"));
    QCOMPARE(found.at(0).start, 2);
    QCOMPARE(TextOffsets::slice(text, found.at(1).start, found.at(1).end), QStringLiteral("child"));
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"

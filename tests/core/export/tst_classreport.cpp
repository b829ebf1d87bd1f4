#include "export/classreport.h"

#include <QBuffer>
#include <QTest>

using namespace Marginalia::Core;

/// The class report: a self-contained, printable page with the students x codes table and a chart.
class TestClassReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void report_hasTheTableTheChartAndEscapedNames();
    void shade_goesFromRedThroughYellowToGreen();
};

namespace {

ScoreRow score(const QString &coder, const QString &code, double kappa, double precision, double recall)
{
    ScoreRow row;
    row.coder = coder;
    row.codePath = code;
    row.cohenKappa = Statistic::defined(kappa);
    row.precision = Statistic::defined(precision);
    row.recall = Statistic::defined(recall);
    return row;
}

} // namespace

void TestClassReport::report_hasTheTableTheChartAndEscapedNames()
{
    QList<ScoreRow> rows = {score(QStringLiteral("anna"), QStringLiteral("Identification"), 0.9, 1.0, 0.9),
                            score(QStringLiteral("anna"), QString(), 0.9, 1.0, 0.9),
                            score(QStringLiteral("<b>ben</b>"), QStringLiteral("Identification"), 0.1, 0.2, 0.95),
                            score(QStringLiteral("<b>ben</b>"), QString(), 0.1, 0.2, 0.95)};
    rows[2].cohenKappa = Statistic::undefined(QStringLiteral("the key coded nothing"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(ClassReport::writeHtml(rows, QStringLiteral("Seminar & co"), QStringLiteral("key"), &buffer));
    const QString html = QString::fromUtf8(buffer.data());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("Seminar &amp; co")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;ben&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>ben")));
    QVERIFY(html.contains(QStringLiteral("<th>Identification</th>")));
    QVERIFY(html.contains(QStringLiteral("0.900")));
    QVERIFY(html.contains(QStringLiteral("title=\"the key coded nothing\">n/a")));
    QVERIFY(html.contains(QStringLiteral("<svg")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
}

void TestClassReport::shade_goesFromRedThroughYellowToGreen()
{
    QCOMPARE(ClassReport::shadeOf(0.0), QStringLiteral("#f4c7c3"));
    QCOMPARE(ClassReport::shadeOf(-1.0), ClassReport::shadeOf(0.0));
    QCOMPARE(ClassReport::shadeOf(0.5), QStringLiteral("#fce8b2"));
    QCOMPARE(ClassReport::shadeOf(1.0), QStringLiteral("#b7e1cd"));
}

QTEST_GUILESS_MAIN(TestClassReport)
#include "tst_classreport.moc"

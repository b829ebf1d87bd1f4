#include "frequencymodel.h"
#include "store/project.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestFrequencyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byCode_countsEveryCodeInCodebookOrder();
    void byDocument_countsEachDocumentsCodes();
    void byCoder_countsEachCodersCodes();
    void coderFilter_countsOneCoder();
    void sortProxy_sortsNumbersAsNumbersAndCodesInCodebookOrder();
    void reloadAndGroupingChanges_keepTheModelConsistent();

private:
    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    qint64 m_numbersId = 0;
};

void TestFrequencyModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Core::Status created = m_fixture.create(m_dir.filePath(QStringLiteral("frequencies.marginalia")));
    QVERIFY2(created, qPrintable(created.error()));

    QString numbers;
    for (int i = 0; i < 10; ++i)
        numbers += QStringLiteral("n%1 ").arg(i);
    Core::NewDocument numbersDocument;
    numbersDocument.name = QStringLiteral("Numbers");
    numbersDocument.text = numbers;
    m_numbersId = m_fixture.project->addDocument(numbersDocument)->id;
    // Ten more for one code, so that a text sort ("11" < "3") and a numeric sort disagree.
    for (int i = 0; i < 10; ++i)
        m_fixture.addCoding(m_numbersId, numbers, QStringLiteral("n%1").arg(i), m_fixture.nonRefoulement,
                            m_fixture.bob);
}

void TestFrequencyModel::byCode_countsEveryCodeInCodebookOrder()
{
    Ui::FrequencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_fixture.project.get());
    QVERIFY(model.reload());
    QCOMPARE(model.grouping(), Ui::FrequencyModel::Grouping::ByCode);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Code"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Codings incl. subcodes"));
    QCOMPARE(model.rowCount(), 4);

    // Characters are code points, overlaps of one code counted once: "Early identification of victims" is
    // 31, the Arabic phrase 13, the phrase with U+2000B 25.
    QCOMPARE(Test::rowTexts(model, 0),
             (QStringList{QStringLiteral("Protection"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("23"),
                          QStringLiteral("6"), QStringLiteral("2")}));
    QCOMPARE(Test::rowTexts(model, 1),
             (QStringList{QStringLiteral("Protection/Identification"), QStringLiteral("3"), QStringLiteral("2"),
                          QStringLiteral("45"), QStringLiteral("3"), QStringLiteral("2")}));
    QCOMPARE(Test::rowTexts(model, 2),
             (QStringList{QStringLiteral("Protection/Children"), QStringLiteral("1"), QStringLiteral("1"),
                          QStringLiteral("22"), QStringLiteral("1"), QStringLiteral("1")}));
    QCOMPARE(Test::rowTexts(model, 3),
             (QStringList{QStringLiteral("Non-refoulement"), QStringLiteral("11"), QStringLiteral("2"),
                          QStringLiteral("45"), QStringLiteral("11"), QStringLiteral("2")}));

    QCOMPARE(model.index(1, 1).data().typeId(), QMetaType::LongLong);
    QCOMPARE(model.index(1, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(1, 0).data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#F28E2B")));
    QCOMPARE(model.index(1, 3).data(Ui::FrequencyModel::CodeIdRole).toLongLong(), m_fixture.identification);
}

void TestFrequencyModel::byDocument_countsEachDocumentsCodes()
{
    Ui::FrequencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_fixture.project.get());
    model.setGrouping(Ui::FrequencyModel::Grouping::ByDocument);
    QVERIFY(model.reload());
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Document"));
    const QList<QStringList> expected{
        {QStringLiteral("Action plan"), QStringLiteral("Protection"), QStringLiteral("1"), QStringLiteral("10")},
        {QStringLiteral("Action plan"), QStringLiteral("Protection/Identification"), QStringLiteral("1"),
         QStringLiteral("14")},
        {QStringLiteral("Action plan"), QStringLiteral("Protection/Children"), QStringLiteral("1"),
         QStringLiteral("22")},
        {QStringLiteral("Numbers"), QStringLiteral("Non-refoulement"), QStringLiteral("10"), QStringLiteral("20")},
        {QStringLiteral("Vienna statement"), QStringLiteral("Protection"), QStringLiteral("1"), QStringLiteral("13")},
        {QStringLiteral("Vienna statement"), QStringLiteral("Protection/Identification"), QStringLiteral("2"),
         QStringLiteral("31")},
        {QStringLiteral("Vienna statement"), QStringLiteral("Non-refoulement"), QStringLiteral("1"),
         QStringLiteral("25")},
    };
    QCOMPARE(model.rowCount(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(Test::rowTexts(model, i), expected.at(i));
    QCOMPARE(model.index(6, 0).data(Ui::FrequencyModel::GroupIdRole).toLongLong(), m_fixture.viennaId);
}

void TestFrequencyModel::byCoder_countsEachCodersCodes()
{
    Ui::FrequencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_fixture.project.get());
    QVERIFY(model.reload());
    model.setGrouping(Ui::FrequencyModel::Grouping::ByCoder);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Coder"));
    const QList<QStringList> expected{
        {QStringLiteral("alice"), QStringLiteral("Protection"), QStringLiteral("2"), QStringLiteral("2"),
         QStringLiteral("23")},
        {QStringLiteral("alice"), QStringLiteral("Protection/Identification"), QStringLiteral("1"), QStringLiteral("1"),
         QStringLiteral("25")},
        {QStringLiteral("alice"), QStringLiteral("Protection/Children"), QStringLiteral("1"), QStringLiteral("1"),
         QStringLiteral("22")},
        {QStringLiteral("bob"), QStringLiteral("Protection/Identification"), QStringLiteral("2"), QStringLiteral("2"),
         QStringLiteral("34")},
        {QStringLiteral("bob"), QStringLiteral("Non-refoulement"), QStringLiteral("11"), QStringLiteral("2"),
         QStringLiteral("45")},
    };
    QCOMPARE(model.rowCount(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(Test::rowTexts(model, i), expected.at(i));
    QCOMPARE(model.index(3, 2).data(Ui::FrequencyModel::GroupIdRole).toLongLong(), m_fixture.bob);
}

void TestFrequencyModel::coderFilter_countsOneCoder()
{
    Ui::FrequencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_fixture.project.get());
    model.setCoderFilter(m_fixture.bob);
    QVERIFY(model.reload());
    // Every code is listed, bob's counts only: alice's Protection codings are gone, his subcodes' remain.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(Test::rowTexts(model, 0),
             (QStringList{QStringLiteral("Protection"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                          QStringLiteral("2"), QStringLiteral("2")}));
    QCOMPARE(Test::rowTexts(model, 1).mid(1, 3),
             (QStringList{QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("34")}));
    model.setGrouping(Ui::FrequencyModel::Grouping::ByCoder);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("bob"));
}

void TestFrequencyModel::sortProxy_sortsNumbersAsNumbersAndCodesInCodebookOrder()
{
    Ui::FrequencyModel model;
    model.setProject(m_fixture.project.get());
    QVERIFY(model.reload());
    QSortFilterProxyModel proxy;
    proxy.setSortRole(Ui::FrequencyModel::SortRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(1, Qt::DescendingOrder);
    QStringList codings;
    for (int i = 0; i < proxy.rowCount(); ++i)
        codings.append(proxy.index(i, 1).data().toString());
    QCOMPARE(codings,
             (QStringList{QStringLiteral("11"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));

    // Sorting by code name puts "Non-refoulement" first; by the code column's key, codebook order.
    proxy.sort(0, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Protection"));
    QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("Non-refoulement"));
    proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Non-refoulement"));

    // Reloads and grouping changes go through the proxy cleanly.
    model.setGrouping(Ui::FrequencyModel::Grouping::ByDocument);
    proxy.sort(3, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 3).data().toString(), QStringLiteral("31"));
    proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Vienna statement"));
    QVERIFY(model.reload());
    QCOMPARE(proxy.rowCount(), 7);
}

void TestFrequencyModel::reloadAndGroupingChanges_keepTheModelConsistent()
{
    Ui::FrequencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.reload()); // no project: nothing to count, no error
    QCOMPARE(model.rowCount(), 0);
    model.setProject(m_fixture.project.get());
    QVERIFY(model.reload());
    for (const auto grouping : {Ui::FrequencyModel::Grouping::ByDocument, Ui::FrequencyModel::Grouping::ByCoder,
                                Ui::FrequencyModel::Grouping::ByCode}) {
        model.setGrouping(grouping);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.reload());
    }
    const qint64 code = m_fixture.project->addCode(QStringLiteral("Unused"))->id;
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(4, 1).data().toLongLong(), 0);
    QVERIFY(m_fixture.project->deleteCode(code));
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 4);
    model.setProject(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestFrequencyModel)
#include "tst_frequencymodel.moc"

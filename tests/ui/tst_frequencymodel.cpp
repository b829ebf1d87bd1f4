#include "frequencymodel.h"
#include "project.h"
#include "textoffsets.h"

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
    qint64 addCoding(qint64 documentId, const QString &text, const QString &needle, qint64 codeId, qint64 coderId);
    /// The row of @p model as strings, numbers included.
    static QStringList row(const QAbstractItemModel &model, int row);

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Project> m_project;
    qint64 m_viennaId = 0, m_planId = 0, m_numbersId = 0;
    qint64 m_protection = 0, m_identification = 0, m_children = 0, m_nonRefoulement = 0;
    qint64 m_alice = 0, m_bob = 0;
};

qint64 TestFrequencyModel::addCoding(qint64 documentId, const QString &text, const QString &needle, qint64 codeId,
                                     qint64 coderId)
{
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        qFatal("fixture: phrase not in text");
    const Core::TextOffsets offsets(text);
    auto added = m_project->addCoding(
        { documentId, codeId, coderId, offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size()), {}, {}, {} });
    if (!added || !added->has_value())
        qFatal("fixture: coding not added");
    return (*added)->id;
}

QStringList TestFrequencyModel::row(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

void TestFrequencyModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto project = Core::Project::create(m_dir.filePath(QStringLiteral("frequencies.marginalia")));
    QVERIFY2(project, qPrintable(project.error()));
    m_project = std::move(*project);

    const QString vienna = QStringLiteral("1. 🌍 Early identification of victims protects them.\n"
                                          "الفقرة ٢: حماية الضحايا واجب على الدول.\n"
                                          "3. Non-refoulement 𠀋 applies to everyone, everywhere.");
    Core::NewDocument viennaDocument;
    viennaDocument.name = QStringLiteral("Vienna statement");
    viennaDocument.text = vienna;
    m_viennaId = m_project->addDocument(viennaDocument)->id;
    const QString plan
        = QStringLiteral("Children and 👧 unaccompanied minors need early identification and protection.");
    Core::NewDocument planDocument;
    planDocument.name = QStringLiteral("Action plan");
    planDocument.text = plan;
    m_planId = m_project->addDocument(planDocument)->id;
    QString numbers;
    for (int i = 0; i < 10; ++i)
        numbers += QStringLiteral("n%1 ").arg(i);
    Core::NewDocument numbersDocument;
    numbersDocument.name = QStringLiteral("Numbers");
    numbersDocument.text = numbers;
    m_numbersId = m_project->addDocument(numbersDocument)->id;

    m_protection = m_project->addCode(QStringLiteral("Protection"), 0, QStringLiteral("#4E79A7"))->id;
    m_identification
        = m_project->addCode(QStringLiteral("Identification"), m_protection, QStringLiteral("#F28E2B"))->id;
    m_children = m_project->addCode(QStringLiteral("Children"), m_protection, QStringLiteral("#E15759"))->id;
    m_nonRefoulement = m_project->addCode(QStringLiteral("Non-refoulement"), 0, QStringLiteral("#59A14F"))->id;
    m_alice = m_project->ensureCoder(QStringLiteral("alice"))->id;
    m_bob = m_project->ensureCoder(QStringLiteral("bob"))->id;

    addCoding(m_viennaId, vienna, QStringLiteral("identification of victims"), m_identification, m_alice);
    addCoding(m_viennaId, vienna, QStringLiteral("Early identification"), m_identification, m_bob);
    addCoding(m_viennaId, vienna, QStringLiteral("حماية الضحايا"), m_protection, m_alice);
    addCoding(m_viennaId, vienna, QStringLiteral("Non-refoulement 𠀋 applies"), m_nonRefoulement, m_bob);
    addCoding(m_planId, plan, QStringLiteral("👧 unaccompanied minors"), m_children, m_alice);
    addCoding(m_planId, plan, QStringLiteral("identification"), m_identification, m_bob);
    addCoding(m_planId, plan, QStringLiteral("protection"), m_protection, m_alice);
    // Ten more for one code, so that a text sort ("11" < "3") and a numeric sort disagree.
    for (int i = 0; i < 10; ++i)
        addCoding(m_numbersId, numbers, QStringLiteral("n%1").arg(i), m_nonRefoulement, m_bob);
}

void TestFrequencyModel::byCode_countsEveryCodeInCodebookOrder()
{
    Ui::FrequencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QVERIFY(model.reload());
    QCOMPARE(model.grouping(), Ui::FrequencyModel::Grouping::ByCode);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Code"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Codings incl. subcodes"));
    QCOMPARE(model.rowCount(), 4);

    // Characters are code points, overlaps of one code counted once: "Early identification of victims" is
    // 31, the Arabic phrase 13, the phrase with U+2000B 25.
    QCOMPARE(row(model, 0),
             (QStringList { QStringLiteral("Protection"), QStringLiteral("2"), QStringLiteral("2"),
                            QStringLiteral("23"), QStringLiteral("6"), QStringLiteral("2") }));
    QCOMPARE(row(model, 1),
             (QStringList { QStringLiteral("Protection/Identification"), QStringLiteral("3"), QStringLiteral("2"),
                            QStringLiteral("45"), QStringLiteral("3"), QStringLiteral("2") }));
    QCOMPARE(row(model, 2),
             (QStringList { QStringLiteral("Protection/Children"), QStringLiteral("1"), QStringLiteral("1"),
                            QStringLiteral("22"), QStringLiteral("1"), QStringLiteral("1") }));
    QCOMPARE(row(model, 3),
             (QStringList { QStringLiteral("Non-refoulement"), QStringLiteral("11"), QStringLiteral("2"),
                            QStringLiteral("45"), QStringLiteral("11"), QStringLiteral("2") }));

    QCOMPARE(model.index(1, 1).data().typeId(), QMetaType::LongLong);
    QCOMPARE(model.index(1, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(1, 0).data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#F28E2B")));
    QCOMPARE(model.index(1, 3).data(Ui::FrequencyModel::CodeIdRole).toLongLong(), m_identification);
}

void TestFrequencyModel::byDocument_countsEachDocumentsCodes()
{
    Ui::FrequencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    model.setGrouping(Ui::FrequencyModel::Grouping::ByDocument);
    QVERIFY(model.reload());
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Document"));
    const QList<QStringList> expected {
        { QStringLiteral("Action plan"), QStringLiteral("Protection"), QStringLiteral("1"), QStringLiteral("10") },
        { QStringLiteral("Action plan"), QStringLiteral("Protection/Identification"), QStringLiteral("1"),
          QStringLiteral("14") },
        { QStringLiteral("Action plan"), QStringLiteral("Protection/Children"), QStringLiteral("1"),
          QStringLiteral("22") },
        { QStringLiteral("Numbers"), QStringLiteral("Non-refoulement"), QStringLiteral("10"), QStringLiteral("20") },
        { QStringLiteral("Vienna statement"), QStringLiteral("Protection"), QStringLiteral("1"), QStringLiteral("13") },
        { QStringLiteral("Vienna statement"), QStringLiteral("Protection/Identification"), QStringLiteral("2"),
          QStringLiteral("31") },
        { QStringLiteral("Vienna statement"), QStringLiteral("Non-refoulement"), QStringLiteral("1"),
          QStringLiteral("25") },
    };
    QCOMPARE(model.rowCount(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(row(model, i), expected.at(i));
    QCOMPARE(model.index(6, 0).data(Ui::FrequencyModel::GroupIdRole).toLongLong(), m_viennaId);
}

void TestFrequencyModel::byCoder_countsEachCodersCodes()
{
    Ui::FrequencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QVERIFY(model.reload());
    model.setGrouping(Ui::FrequencyModel::Grouping::ByCoder);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Coder"));
    const QList<QStringList> expected {
        { QStringLiteral("alice"), QStringLiteral("Protection"), QStringLiteral("2"), QStringLiteral("2"),
          QStringLiteral("23") },
        { QStringLiteral("alice"), QStringLiteral("Protection/Identification"), QStringLiteral("1"),
          QStringLiteral("1"), QStringLiteral("25") },
        { QStringLiteral("alice"), QStringLiteral("Protection/Children"), QStringLiteral("1"), QStringLiteral("1"),
          QStringLiteral("22") },
        { QStringLiteral("bob"), QStringLiteral("Protection/Identification"), QStringLiteral("2"), QStringLiteral("2"),
          QStringLiteral("34") },
        { QStringLiteral("bob"), QStringLiteral("Non-refoulement"), QStringLiteral("11"), QStringLiteral("2"),
          QStringLiteral("45") },
    };
    QCOMPARE(model.rowCount(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(row(model, i), expected.at(i));
    QCOMPARE(model.index(3, 2).data(Ui::FrequencyModel::GroupIdRole).toLongLong(), m_bob);
}

void TestFrequencyModel::coderFilter_countsOneCoder()
{
    Ui::FrequencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    model.setCoderFilter(m_bob);
    QVERIFY(model.reload());
    // Every code is listed, bob's counts only: alice's Protection codings are gone, his subcodes' remain.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(row(model, 0),
             (QStringList { QStringLiteral("Protection"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                            QStringLiteral("2"), QStringLiteral("2") }));
    QCOMPARE(row(model, 1).mid(1, 3), (QStringList { QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("34") }));
    model.setGrouping(Ui::FrequencyModel::Grouping::ByCoder);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("bob"));
}

void TestFrequencyModel::sortProxy_sortsNumbersAsNumbersAndCodesInCodebookOrder()
{
    Ui::FrequencyModel model;
    model.setProject(m_project.get());
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
             (QStringList { QStringLiteral("11"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1") }));

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
    model.setProject(m_project.get());
    QVERIFY(model.reload());
    for (const auto grouping : { Ui::FrequencyModel::Grouping::ByDocument, Ui::FrequencyModel::Grouping::ByCoder,
                                 Ui::FrequencyModel::Grouping::ByCode }) {
        model.setGrouping(grouping);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.reload());
    }
    const qint64 code = m_project->addCode(QStringLiteral("Unused"))->id;
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(4, 1).data().toLongLong(), 0);
    QVERIFY(m_project->deleteCode(code));
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 4);
    model.setProject(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestFrequencyModel)
#include "tst_frequencymodel.moc"

#include "analysis/frequencies.h"
#include "projecttestsupport.h"
#include "store/project.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

class TestFrequencies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byCode_countsCodingsDocumentsAndDistinctCharacters();
    void byCode_includesSubcodesAndZeroRowsInCodebookOrder();
    void byDocument_listsEachPairOnce();
    void byCoder_mergesOverlapsPerCoderOnly();
    void coderFilter_countsOnlyThatCoder();
    void adjacentAndContainedRanges_areUnitedCorrectly_data();
    void adjacentAndContainedRanges_areUnitedCorrectly();
    void emptyProject_hasNoRows();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Frequencies m_frequencies;
    qint64 m_parent = 0, m_child1 = 0, m_child2 = 0, m_other = 0;

    const CodeFrequency &codeRow(qint64 id) const;
};

const CodeFrequency &TestFrequencies::codeRow(qint64 id) const
{
    for (const CodeFrequency &row : m_frequencies.byCode) {
        if (row.codeId == id)
            return row;
    }
    qFatal("no row for code %lld", id);
}

void TestFrequencies::initTestCase()
{
    MARGINALIA_REQUIRE_STORE_BACKEND();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto project = Project::create(storeLocation(m_dir.filePath(QStringLiteral("f.marginalia"))));
    QVERIFY2(project, qPrintable(project.error()));
    m_project = std::move(*project);

    // Document A: 50 emoji then 50 letters: 100 code points, 150 UTF-16 units. Characters are code points.
    QString emoji;
    for (int i = 0; i < 50; ++i)
        emoji += QStringLiteral("🌍");
    NewDocument a;
    a.name = QStringLiteral("A");
    a.text = emoji + QString(50, u'x');
    NewDocument b;
    b.name = QStringLiteral("B");
    b.text = QString(40, u'y');
    const auto docA = m_project->addDocument(a);
    const auto docB = m_project->addDocument(b);
    QVERIFY(docA && docB);
    QCOMPARE(docA->length, 100);

    m_parent = m_project->addCode(QStringLiteral("Parent"))->id;
    m_child1 = m_project->addCode(QStringLiteral("Child1"), m_parent)->id;
    m_child2 = m_project->addCode(QStringLiteral("Child2"), m_parent)->id;
    m_other = m_project->addCode(QStringLiteral("Other"))->id;
    const qint64 alice = m_project->ensureCoder(QStringLiteral("alice"))->id;
    const qint64 bob = m_project->ensureCoder(QStringLiteral("bob"))->id;

    const QList<NewCoding> codings = {
        {docA->id, m_child1, alice, 0, 10, {}, {}, {}},
        {docA->id, m_child1, alice, 5, 15, {}, {}, {}}, // overlaps: A/Child1/alice covers 0..15
        {docA->id, m_child1, bob, 5, 15, {}, {}, {}}, // same range, other coder
        {docA->id, m_parent, alice, 20, 30, {}, {}, {}},
        {docB->id, m_child1, alice, 0, 4, {}, {}, {}},
        {docB->id, m_child2, bob, 10, 20, {}, {}, {}},
        {docB->id, m_child2, bob, 15, 25, {}, {}, {}}, // B/Child2 covers 10..25
    };
    auto added = m_project->addCodings(codings);
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(*added, 7);

    auto frequencies = Frequencies::compute(*m_project);
    QVERIFY2(frequencies, qPrintable(frequencies.error()));
    m_frequencies = *frequencies;
}

void TestFrequencies::byCode_countsCodingsDocumentsAndDistinctCharacters()
{
    const CodeFrequency &child1 = codeRow(m_child1);
    QCOMPARE(child1.codings, 4);
    QCOMPARE(child1.documents, 2);
    QCOMPARE(child1.characters, 15 + 4); // A: union 0..15 over both coders; B: 0..4
    const CodeFrequency &child2 = codeRow(m_child2);
    QCOMPARE(child2.codings, 2);
    QCOMPARE(child2.documents, 1);
    QCOMPARE(child2.characters, 15);
    QCOMPARE(codeRow(m_parent).characters, 10);
}

void TestFrequencies::byCode_includesSubcodesAndZeroRowsInCodebookOrder()
{
    const CodeFrequency &parent = codeRow(m_parent);
    QCOMPARE(parent.codings, 1);
    QCOMPARE(parent.documents, 1);
    QCOMPARE(parent.codingsInclSubcodes, 1 + 4 + 2);
    QCOMPARE(parent.documentsInclSubcodes, 2);
    QCOMPARE(codeRow(m_child1).codingsInclSubcodes, 4);

    const CodeFrequency &other = codeRow(m_other);
    QCOMPARE(other.codings, 0);
    QCOMPARE(other.documentsInclSubcodes, 0);

    QCOMPARE(m_frequencies.byCode.size(), 4);
    QCOMPARE(m_frequencies.byCode.at(0).codePath, QStringLiteral("Parent"));
    QCOMPARE(m_frequencies.byCode.at(1).codePath, QStringLiteral("Parent/Child1"));
    QCOMPARE(m_frequencies.byCode.at(2).codePath, QStringLiteral("Parent/Child2"));
    QCOMPARE(m_frequencies.byCode.at(3).codePath, QStringLiteral("Other"));
    QCOMPARE(m_frequencies.byCode.at(1).depth, 1);
}

void TestFrequencies::byDocument_listsEachPairOnce()
{
    const auto &rows = m_frequencies.byDocument;
    QCOMPARE(rows.size(), 4);
    auto check = [&](int i, const char *document, const char *path, qint64 codings, qint64 characters) {
        QCOMPARE(rows.at(i).document, QString::fromUtf8(document));
        QCOMPARE(rows.at(i).codePath, QString::fromUtf8(path));
        QCOMPARE(rows.at(i).codings, codings);
        QCOMPARE(rows.at(i).characters, characters);
    };
    check(0, "A", "Parent", 1, 10);
    check(1, "A", "Parent/Child1", 3, 15);
    check(2, "B", "Parent/Child1", 1, 4);
    check(3, "B", "Parent/Child2", 2, 15);
}

void TestFrequencies::byCoder_mergesOverlapsPerCoderOnly()
{
    const auto &rows = m_frequencies.byCoder;
    QCOMPARE(rows.size(), 4);
    auto check = [&](int i, const char *coder, const char *path, qint64 codings, qint64 documents, qint64 characters) {
        QCOMPARE(rows.at(i).coder, QString::fromUtf8(coder));
        QCOMPARE(rows.at(i).codePath, QString::fromUtf8(path));
        QCOMPARE(rows.at(i).codings, codings);
        QCOMPARE(rows.at(i).documents, documents);
        QCOMPARE(rows.at(i).characters, characters);
    };
    check(0, "alice", "Parent", 1, 1, 10);
    check(1, "alice", "Parent/Child1", 3, 2, 15 + 4);
    check(2, "bob", "Parent/Child1", 1, 1, 10);
    check(3, "bob", "Parent/Child2", 2, 1, 15);
}

void TestFrequencies::coderFilter_countsOnlyThatCoder()
{
    const qint64 bob = m_project->coderByName(QStringLiteral("bob"))->id;
    auto frequencies = Frequencies::compute(*m_project, bob);
    QVERIFY(frequencies);
    for (const CodeFrequency &row : frequencies->byCode) {
        if (row.codeId == m_child1) {
            QCOMPARE(row.codings, 1);
            QCOMPARE(row.characters, 10);
        } else if (row.codeId == m_parent) {
            QCOMPARE(row.codings, 0);
            QCOMPARE(row.codingsInclSubcodes, 3);
        }
    }
    for (const CoderCodeFrequency &row : frequencies->byCoder)
        QCOMPARE(row.coder, QStringLiteral("bob"));
}

void TestFrequencies::adjacentAndContainedRanges_areUnitedCorrectly_data()
{
    QTest::addColumn<QList<QPoint>>("ranges");
    QTest::addColumn<qint64>("characters");
    QTest::newRow("disjoint") << QList<QPoint>{{0, 5}, {10, 15}} << qint64(10);
    QTest::newRow("adjacent") << QList<QPoint>{{0, 5}, {5, 10}} << qint64(10);
    QTest::newRow("contained") << QList<QPoint>{{0, 20}, {5, 10}, {12, 14}} << qint64(20);
    QTest::newRow("chain") << QList<QPoint>{{0, 5}, {3, 8}, {7, 12}, {20, 21}} << qint64(13);
    QTest::newRow("same start") << QList<QPoint>{{4, 6}, {4, 9}} << qint64(5);
}

void TestFrequencies::adjacentAndContainedRanges_areUnitedCorrectly()
{
    QFETCH(QList<QPoint>, ranges);
    QFETCH(qint64, characters);
    QTemporaryDir dir;
    auto project = Project::create(storeLocation(dir.filePath(QStringLiteral("u.marginalia"))));
    QVERIFY(project);
    NewDocument document;
    document.name = QStringLiteral("d");
    document.text = QString(40, u'z');
    const qint64 documentId = (*project)->addDocument(document)->id;
    const qint64 codeId = (*project)->addCode(QStringLiteral("c"))->id;
    const qint64 coderId = (*project)->ensureCoder(QStringLiteral("me"))->id;
    for (const QPoint &range : ranges)
        QVERIFY((*project)->addCoding({documentId, codeId, coderId, range.x(), range.y(), {}, {}, {}}));
    auto frequencies = Frequencies::compute(**project);
    QVERIFY(frequencies);
    QCOMPARE(frequencies->byCode.first().characters, characters);
    QCOMPARE(frequencies->byCode.first().codings, qint64(ranges.size()));
    QCOMPARE(frequencies->byCoder.first().characters, characters);
}

void TestFrequencies::emptyProject_hasNoRows()
{
    QTemporaryDir dir;
    auto project = Project::create(storeLocation(dir.filePath(QStringLiteral("e.marginalia"))));
    QVERIFY(project);
    auto frequencies = Frequencies::compute(**project);
    QVERIFY(frequencies);
    QVERIFY(frequencies->byCode.isEmpty());
    QVERIFY(frequencies->byDocument.isEmpty());
    QVERIFY(frequencies->byCoder.isEmpty());
}

QTEST_GUILESS_MAIN(TestFrequencies)
#include "tst_frequencies.moc"

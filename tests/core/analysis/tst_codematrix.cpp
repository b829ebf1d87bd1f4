#include "analysis/codematrix.h"
#include "archive/ziparchive.h"
#include "export/csvexport.h"
#include "export/xlsxmatrix.h"
#include "projecttestsupport.h"
#include "store/project.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

namespace {

/**
 * A matrix as text, a line per row: "P/C1: 2 1 0 = 3", and last the totals row "total: 5 3 0 = 8". A failed
 * comparison then shows the whole matrix.
 */
QString render(const CodeMatrix &matrix)
{
    QString text;
    auto line = [&](const QString &label, const QList<qint64> &cells, qint64 total) {
        text += label + QStringLiteral(":");
        for (qint64 cell : cells)
            text += u' ' + QString::number(cell);
        text += QStringLiteral(" = ") + QString::number(total) + u'\n';
    };
    for (qsizetype r = 0; r < matrix.rows.size(); ++r)
        line(matrix.rows.at(r).codePath, matrix.cells.mid(r * matrix.columns.size(), matrix.columns.size()),
             matrix.rowTotals.at(r));
    line(QStringLiteral("total"), matrix.columnTotals, matrix.total);
    return text;
}

QString lines(std::initializer_list<const char *> rows)
{
    QString text;
    for (const char *row : rows)
        text += QString::fromUtf8(row) + u'\n';
    return text;
}

} // namespace

/**
 * One project, computed by hand (positions are code points; [s, e) ranges):
 *
 *   codes: P, P/C1, P/C2, Q (codebook order);  coders: alice, bob
 *   A: three paragraphs of 20 characters, [0,20) [22,42) [44,64), blank lines between
 *   B: 40 characters, one paragraph;  E: no codings
 *
 *   #  document  code  coder  range
 *   1  A         C1    alice  [0,10)
 *   2  A         C1    alice  [5,15)    overlaps 1 by [5,10)
 *   3  A         C2    bob    [12,18)   overlaps 2 by [12,15); 2 characters after 1
 *   4  A         P     alice  [30,35)
 *   5  A         Q     alice  [34,50)   overlaps 4 by [34,35); spans paragraphs 2 and 3
 *   6  B         C1    bob    [0,4)
 *   7  B         Q     alice  [4,10)    touches 6
 *   8  B         Q     bob    [20,30)   10 characters after 7
 */
class TestCodeMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void documents_labelsRowsInCodebookOrderAndColumnsInDocumentOrder();
    void documents_cells_data();
    void documents_cells();
    void groups_cells_data();
    void groups_cells();
    void groups_badRegion_isRefused();
    void documentFilter_keepsOnlyThoseColumnsAndCodings();
    void coderFilter_countsOnlyThatCoder();
    void codeSet_keepsOnlyItsRows_andTotalsTheirUnion();
    void cooccurrence_cells_data();
    void cooccurrence_cells();
    void cooccurrence_isSymmetricWithColumnTotalsEqualToRowTotals();
    void cooccurrence_charactersNearOrInParagraph_isRefused();
    void cooccurrence_negativeDistance_isRefused();
    void emptyProject_hasNoRowsAndZeroTotals();

    void csv_isExactlyTheContract();
    void xlsx_isAZipWithTheNumbersInSheet1();
    void xlsx_escapesNamesForXmlAndExcel();
    void xlsx_badPath_namesTheFileAndLeavesNothing();

private:
    Result<CodeMatrix> compute(CodeMatrix::Spec spec) const { return CodeMatrix::compute(*m_project, spec); }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_a = 0, m_b = 0, m_e = 0;
    qint64 m_p = 0, m_c1 = 0, m_c2 = 0, m_q = 0;
    qint64 m_alice = 0, m_bob = 0;
};

void TestCodeMatrix::initTestCase()
{
    MARGINALIA_REQUIRE_STORE_BACKEND();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto project = Project::create(storeLocation(m_dir.filePath(QStringLiteral("m.marginalia"))));
    QVERIFY2(project, qPrintable(project.error()));
    m_project = std::move(*project);

    auto add = [&](const char *name, const QString &text) {
        NewDocument document;
        document.name = QString::fromUtf8(name);
        document.text = text;
        auto added = m_project->addDocument(document);
        return added ? added->id : 0;
    };
    // Added out of name order: columns follow the names.
    m_e = add("E", QString(10, u'z'));
    m_b = add("B", QString(40, u'y'));
    m_a = add("A",
              QString(20, u'a') + QStringLiteral("\n\n") + QString(20, u'b') + QStringLiteral("\n\n")
                  + QString(20, u'c'));
    QVERIFY(m_a && m_b && m_e);

    m_p = m_project->addCode(QStringLiteral("P"))->id;
    m_c1 = m_project->addCode(QStringLiteral("C1"), m_p)->id;
    m_c2 = m_project->addCode(QStringLiteral("C2"), m_p)->id;
    m_q = m_project->addCode(QStringLiteral("Q"))->id;
    m_alice = m_project->ensureCoder(QStringLiteral("alice"))->id;
    m_bob = m_project->ensureCoder(QStringLiteral("bob"))->id;

    const QList<NewCoding> codings = {
        {m_a, m_c1, m_alice, 0, 10, {}, {}, {}}, {m_a, m_c1, m_alice, 5, 15, {}, {}, {}},
        {m_a, m_c2, m_bob, 12, 18, {}, {}, {}},  {m_a, m_p, m_alice, 30, 35, {}, {}, {}},
        {m_a, m_q, m_alice, 34, 50, {}, {}, {}}, {m_b, m_c1, m_bob, 0, 4, {}, {}, {}},
        {m_b, m_q, m_alice, 4, 10, {}, {}, {}},  {m_b, m_q, m_bob, 20, 30, {}, {}, {}},
    };
    auto added = m_project->addCodings(codings);
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(*added, 8);
}

void TestCodeMatrix::documents_labelsRowsInCodebookOrderAndColumnsInDocumentOrder()
{
    auto matrix = compute({});
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(matrix->rows.size(), 4);
    QCOMPARE(matrix->rows.at(0).codePath, QStringLiteral("P"));
    QCOMPARE(matrix->rows.at(1).codePath, QStringLiteral("P/C1"));
    QCOMPARE(matrix->rows.at(1).depth, 1);
    QCOMPARE(matrix->rows.at(1).codeId, m_c1);
    QCOMPARE(matrix->rows.at(3).codePath, QStringLiteral("Q"));
    QCOMPARE(matrix->rows.at(3).depth, 0);
    QCOMPARE(matrix->columns.size(), 3);
    QCOMPARE(matrix->columns.at(0).name, QStringLiteral("A"));
    QCOMPARE(matrix->columns.at(0).id, m_a);
    QCOMPARE(matrix->columns.at(2).name, QStringLiteral("E"));
    QCOMPARE(matrix->cells.size(), 12);
    QCOMPARE(matrix->cell(1, 0), 2);
}

void TestCodeMatrix::documents_cells_data()
{
    QTest::addColumn<CodeMatrix::Measure>("measure");
    QTest::addColumn<bool>("includeSubcodes");
    QTest::addColumn<QString>("expected");
    using M = CodeMatrix::Measure;

    // Columns A B E. Without subcodes the totals are the sums.
    QTest::newRow("codings") << M::Codings << false
                             << lines({"P: 1 0 0 = 1", "P/C1: 2 1 0 = 3", "P/C2: 1 0 0 = 1", "Q: 1 2 0 = 3",
                                       "total: 5 3 0 = 8"});
    // P's row counts its subtree; a column total still counts each coding once (not 5 + 4 in A).
    QTest::newRow("codings, subcodes") << M::Codings << true
                                       << lines({"P: 4 1 0 = 5", "P/C1: 2 1 0 = 3", "P/C2: 1 0 0 = 1", "Q: 1 2 0 = 3",
                                                 "total: 5 3 0 = 8"});
    // C1 in A: [0,10) and [5,15) cover 15 characters, not 20. Column A: [0,18) and [30,50).
    QTest::newRow("characters") << M::Characters << false
                                << lines({"P: 5 0 0 = 5", "P/C1: 15 4 0 = 19", "P/C2: 6 0 0 = 6", "Q: 16 16 0 = 32",
                                          "total: 38 20 0 = 58"});
    // P in A: [0,15), [12,18) and [30,35) united: 18 + 5.
    QTest::newRow("characters, subcodes")
        << M::Characters << true
        << lines({"P: 23 4 0 = 27", "P/C1: 15 4 0 = 19", "P/C2: 6 0 0 = 6", "Q: 16 16 0 = 32", "total: 38 20 0 = 58"});
    // A document column holds one document; the grand total is the documents with any coding.
    QTest::newRow("documents") << M::Documents << false
                               << lines({"P: 1 0 0 = 1", "P/C1: 1 1 0 = 2", "P/C2: 1 0 0 = 1", "Q: 1 1 0 = 2",
                                         "total: 1 1 0 = 2"});
    QTest::newRow("documents, subcodes") << M::Documents << true
                                         << lines({"P: 1 1 0 = 2", "P/C1: 1 1 0 = 2", "P/C2: 1 0 0 = 1", "Q: 1 1 0 = 2",
                                                   "total: 1 1 0 = 2"});
    // Presence totals count the cells with 1: A has 4 codes, the matrix 6 ones.
    QTest::newRow("presence") << M::Presence << false
                              << lines({"P: 1 0 0 = 1", "P/C1: 1 1 0 = 2", "P/C2: 1 0 0 = 1", "Q: 1 1 0 = 2",
                                        "total: 4 2 0 = 6"});
}

void TestCodeMatrix::documents_cells()
{
    QFETCH(CodeMatrix::Measure, measure);
    QFETCH(bool, includeSubcodes);
    QFETCH(QString, expected);
    CodeMatrix::Spec spec;
    spec.measure = measure;
    spec.includeSubcodes = includeSubcodes;
    auto matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(render(*matrix), expected);
}

void TestCodeMatrix::groups_cells_data()
{
    QTest::addColumn<CodeMatrix::Measure>("measure");
    QTest::addColumn<QString>("expected");
    using M = CodeMatrix::Measure;

    // G1 = A [0,13) and all of B; G2 = A [10,33) (two overlapping regions); Empty has none.
    // Coding 2 [5,15) is in G1 and G2: once in C1's total. Coding 1 [0,10) only touches G2 at 10: not in it.
    // Coding 5 [34,50) is in no group.
    QTest::newRow("codings") << M::Codings
                             << lines({"P: 0 1 0 = 1", "P/C1: 3 1 0 = 3", "P/C2: 1 1 0 = 1", "Q: 2 0 0 = 2",
                                       "total: 6 3 0 = 7"});
    // Only the characters inside the regions: C1 in G1 is [0,13) of A and [0,4) of B. The row total is the
    // coverage inside the union of the groups (A [0,33), B).
    QTest::newRow("characters") << M::Characters
                                << lines({"P: 0 3 0 = 3", "P/C1: 17 5 0 = 19", "P/C2: 1 6 0 = 6", "Q: 16 0 0 = 16",
                                          "total: 33 11 0 = 41"});
    QTest::newRow("documents") << M::Documents
                               << lines({"P: 0 1 0 = 1", "P/C1: 2 1 0 = 2", "P/C2: 1 1 0 = 1", "Q: 1 0 0 = 1",
                                         "total: 2 1 0 = 2"});
    QTest::newRow("presence") << M::Presence
                              << lines({"P: 0 1 0 = 1", "P/C1: 1 1 0 = 2", "P/C2: 1 1 0 = 2", "Q: 1 0 0 = 1",
                                        "total: 3 3 0 = 6"});
}

void TestCodeMatrix::groups_cells()
{
    QFETCH(CodeMatrix::Measure, measure);
    QFETCH(QString, expected);
    CodeMatrix::Spec spec;
    spec.columns = CodeMatrix::ColumnKind::Groups;
    spec.measure = measure;
    spec.groups = {{QStringLiteral("G1"), {{m_a, 0, 13}, {m_b, 0, 40}}},
                   {QStringLiteral("G2"), {{m_a, 31, 33}, {m_a, 10, 32}}},
                   {QStringLiteral("Empty"), {}}};
    auto matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(matrix->columns.size(), 3);
    QCOMPARE(matrix->columns.at(1).name, QStringLiteral("G2"));
    QCOMPARE(matrix->columns.at(1).id, 1);
    QCOMPARE(render(*matrix), expected);
}

void TestCodeMatrix::groups_badRegion_isRefused()
{
    CodeMatrix::Spec spec;
    spec.columns = CodeMatrix::ColumnKind::Groups;
    spec.groups = {{QStringLiteral("Backwards"), {{m_a, 10, 5}}}};
    auto matrix = compute(spec);
    QVERIFY(!matrix);
    QVERIFY2(matrix.error().contains(QLatin1String("Backwards")), qPrintable(matrix.error()));
}

void TestCodeMatrix::documentFilter_keepsOnlyThoseColumnsAndCodings()
{
    CodeMatrix::Spec spec;
    spec.documents = QSet<qint64>{m_b};
    auto matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(matrix->columns.size(), 1);
    QCOMPARE(render(*matrix), lines({"P: 0 = 0", "P/C1: 1 = 1", "P/C2: 0 = 0", "Q: 2 = 2", "total: 3 = 3"}));

    // Groups: a region in a document left out counts nothing.
    spec.columns = CodeMatrix::ColumnKind::Groups;
    spec.documents = QSet<qint64>{m_a, m_e};
    spec.groups = {{QStringLiteral("G1"), {{m_a, 0, 13}, {m_b, 0, 40}}}};
    matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(render(*matrix), lines({"P: 0 = 0", "P/C1: 2 = 2", "P/C2: 1 = 1", "Q: 0 = 0", "total: 3 = 3"}));

    // Co-occurrence within 0 characters: only B's codings, of which 6 and 7 touch.
    spec = {};
    spec.columns = CodeMatrix::ColumnKind::Codes;
    spec.cooccurrence = CodeMatrix::Cooccurrence::Within;
    spec.documents = QSet<qint64>{m_b};
    matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(
        render(*matrix),
        lines({"P: 0 0 0 0 = 0", "P/C1: 0 0 0 1 = 1", "P/C2: 0 0 0 0 = 0", "Q: 0 1 0 0 = 1", "total: 0 1 0 1 = 1"}));
}

void TestCodeMatrix::codeSet_keepsOnlyItsRows_andTotalsTheirUnion()
{
    CodeMatrix::Spec spec;
    spec.codes = QSet<qint64>{m_q, m_p};
    auto matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    // Codings 4 (P) and 5, 7, 8 (Q); the totals leave out C1's and C2's.
    QCOMPARE(render(*matrix), lines({"P: 1 0 0 = 1", "Q: 1 2 0 = 3", "total: 2 2 0 = 4"}));

    // With subcodes P counts C1 and C2 though they are not rows, and so do the totals.
    spec.includeSubcodes = true;
    matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(render(*matrix), lines({"P: 4 1 0 = 5", "Q: 1 2 0 = 3", "total: 5 3 0 = 8"}));

    // Co-occurrence among the set's codes: the cells are the full matrix's.
    spec.includeSubcodes = false;
    spec.columns = CodeMatrix::ColumnKind::Codes;
    spec.codes = QSet<qint64>{m_c1, m_q};
    matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    spec.codes = std::nullopt;
    const auto full = compute(spec);
    QVERIFY(full);
    QCOMPARE(matrix->columns.size(), 2);
    const QList<int> fullIndex = {1, 3}; // P/C1 and Q among P, P/C1, P/C2, Q
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 2; ++c)
            QCOMPARE(matrix->cells.at(r * 2 + c), full->cells.at(fullIndex.at(r) * 4 + fullIndex.at(c)));
    }
}

void TestCodeMatrix::coderFilter_countsOnlyThatCoder()
{
    CodeMatrix::Spec spec;
    spec.coderId = m_bob; // codings 3, 6 and 8
    auto matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(render(*matrix),
             lines({"P: 0 0 0 = 0", "P/C1: 0 1 0 = 1", "P/C2: 1 0 0 = 1", "Q: 0 1 0 = 1", "total: 1 2 0 = 3"}));

    spec.coderId = m_alice; // codings 1, 2, 4, 5 and 7: pairs (1, 2) and (4, 5) overlap
    spec.columns = CodeMatrix::ColumnKind::Codes;
    matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(
        render(*matrix),
        lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 0 0 = 1", "P/C2: 0 0 0 0 = 0", "Q: 1 0 0 0 = 1", "total: 1 1 0 1 = 2"}));
}

void TestCodeMatrix::cooccurrence_cells_data()
{
    QTest::addColumn<CodeMatrix::Measure>("measure");
    QTest::addColumn<bool>("includeSubcodes");
    QTest::addColumn<CodeMatrix::Cooccurrence>("mode");
    QTest::addColumn<qint64>("distance");
    QTest::addColumn<QString>("expected");
    using M = CodeMatrix::Measure;
    using C = CodeMatrix::Cooccurrence;

    // Columns P C1 C2 Q. Overlapping pairs: (1, 2) of C1 and C1 (the diagonal), (2, 3) of C1 and C2, (4, 5)
    // of P and Q. 6 and 7 only touch.
    QTest::newRow("overlap, codings") << M::Codings << false << C::Overlap << qint64(0)
                                      << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 1 0 = 2", "P/C2: 0 1 0 0 = 1",
                                                "Q: 1 0 0 0 = 1", "total: 1 2 1 1 = 3"});
    // With subcodes P stands for P, C1 and C2: (1, 2) and (2, 3) are pairs inside P, each counted once in
    // P x P and in P x C1; P's total is 3 pairs (not 2 + 2 + 1 + 1).
    QTest::newRow("overlap, codings, subcodes")
        << M::Codings << true << C::Overlap << qint64(0)
        << lines({"P: 2 2 1 1 = 3", "P/C1: 2 1 1 0 = 2", "P/C2: 1 1 0 0 = 1", "Q: 1 0 0 0 = 1", "total: 3 2 1 1 = 3"});
    // The overlaps: [5,10), [12,15), [34,35); C1's total unites the first two.
    QTest::newRow("overlap, characters") << M::Characters << false << C::Overlap << qint64(0)
                                         << lines({"P: 0 0 0 1 = 1", "P/C1: 0 5 3 0 = 8", "P/C2: 0 3 0 0 = 3",
                                                   "Q: 1 0 0 0 = 1", "total: 1 8 3 1 = 9"});
    QTest::newRow("overlap, documents") << M::Documents << false << C::Overlap << qint64(0)
                                        << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 1 0 = 1", "P/C2: 0 1 0 0 = 1",
                                                  "Q: 1 0 0 0 = 1", "total: 1 1 1 1 = 1"});
    QTest::newRow("overlap, presence") << M::Presence << false << C::Overlap << qint64(0)
                                       << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 1 0 = 2", "P/C2: 0 1 0 0 = 1",
                                                 "Q: 1 0 0 0 = 1", "total: 1 2 1 1 = 5"});
    // Within 0: overlapping or touching, so 6 and 7 (C1, Q) as well.
    QTest::newRow("within 0") << M::Codings << false << C::Within << qint64(0)
                              << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 1 1 = 3", "P/C2: 0 1 0 0 = 1", "Q: 1 1 0 0 = 2",
                                        "total: 1 3 1 2 = 4"});
    // 3 starts 2 characters after 1 ends: not within 1, within 2.
    QTest::newRow("within 1") << M::Codings << false << C::Within << qint64(1)
                              << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 1 1 = 3", "P/C2: 0 1 0 0 = 1", "Q: 1 1 0 0 = 2",
                                        "total: 1 3 1 2 = 4"});
    QTest::newRow("within 2") << M::Codings << false << C::Within << qint64(2)
                              << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 2 1 = 4", "P/C2: 0 2 0 0 = 2", "Q: 1 1 0 0 = 2",
                                        "total: 1 4 2 2 = 5"});
    // 8 starts 10 characters after 7 ends: Q x Q within 10, not within 9.
    QTest::newRow("within 9") << M::Codings << false << C::Within << qint64(9)
                              << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 2 1 = 4", "P/C2: 0 2 0 0 = 2", "Q: 1 1 0 0 = 2",
                                        "total: 1 4 2 2 = 5"});
    QTest::newRow("within 10") << M::Codings << false << C::Within << qint64(10)
                               << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 2 1 = 4", "P/C2: 0 2 0 0 = 2", "Q: 1 1 0 1 = 3",
                                         "total: 1 4 2 3 = 6"});
    // Paragraphs: 1, 2, 3 in A's first; 4 and 5 share the second; 6, 7, 8 in B's only one. 8 pairs with 6
    // (C1, Q) and 7 (Q, Q) though it is far from both.
    QTest::newRow("paragraph, codings") << M::Codings << false << C::SameParagraph << qint64(0)
                                        << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 2 2 = 5", "P/C2: 0 2 0 0 = 2",
                                                  "Q: 1 2 0 1 = 4", "total: 1 5 2 4 = 7"});
    QTest::newRow("paragraph, documents")
        << M::Documents << false << C::SameParagraph << qint64(0)
        << lines({"P: 0 0 0 1 = 1", "P/C1: 0 1 1 1 = 2", "P/C2: 0 1 0 0 = 1", "Q: 1 1 0 1 = 2", "total: 1 2 1 2 = 2"});
}

void TestCodeMatrix::cooccurrence_cells()
{
    QFETCH(CodeMatrix::Measure, measure);
    QFETCH(bool, includeSubcodes);
    QFETCH(CodeMatrix::Cooccurrence, mode);
    QFETCH(qint64, distance);
    QFETCH(QString, expected);
    CodeMatrix::Spec spec;
    spec.columns = CodeMatrix::ColumnKind::Codes;
    spec.measure = measure;
    spec.includeSubcodes = includeSubcodes;
    spec.cooccurrence = mode;
    spec.distance = distance;
    auto matrix = compute(spec);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(matrix->columns.size(), 4);
    QCOMPARE(matrix->columns.at(1).name, QStringLiteral("P/C1"));
    QCOMPARE(matrix->columns.at(1).id, m_c1);
    QCOMPARE(render(*matrix), expected);
}

void TestCodeMatrix::cooccurrence_isSymmetricWithColumnTotalsEqualToRowTotals()
{
    for (bool subcodes : {false, true}) {
        CodeMatrix::Spec spec;
        spec.columns = CodeMatrix::ColumnKind::Codes;
        spec.cooccurrence = CodeMatrix::Cooccurrence::SameParagraph;
        spec.includeSubcodes = subcodes;
        auto matrix = compute(spec);
        QVERIFY2(matrix, qPrintable(matrix.error()));
        for (qsizetype r = 0; r < matrix->rows.size(); ++r) {
            for (qsizetype c = 0; c < matrix->columns.size(); ++c)
                QCOMPARE(matrix->cell(r, c), matrix->cell(c, r));
        }
        QCOMPARE(matrix->columnTotals, matrix->rowTotals);
    }
}

void TestCodeMatrix::cooccurrence_charactersNearOrInParagraph_isRefused()
{
    for (auto mode : {CodeMatrix::Cooccurrence::Within, CodeMatrix::Cooccurrence::SameParagraph}) {
        CodeMatrix::Spec spec;
        spec.columns = CodeMatrix::ColumnKind::Codes;
        spec.measure = CodeMatrix::Measure::Characters;
        spec.cooccurrence = mode;
        auto matrix = compute(spec);
        QVERIFY(!matrix);
        QVERIFY2(matrix.error().contains(QLatin1String("overlap")), qPrintable(matrix.error()));
    }
}

void TestCodeMatrix::cooccurrence_negativeDistance_isRefused()
{
    CodeMatrix::Spec spec;
    spec.columns = CodeMatrix::ColumnKind::Codes;
    spec.cooccurrence = CodeMatrix::Cooccurrence::Within;
    spec.distance = -1;
    QVERIFY(!compute(spec));
}

void TestCodeMatrix::emptyProject_hasNoRowsAndZeroTotals()
{
    QTemporaryDir dir;
    auto project = Project::create(storeLocation(dir.filePath(QStringLiteral("e.marginalia"))));
    QVERIFY(project);
    NewDocument document;
    document.name = QStringLiteral("only");
    document.text = QStringLiteral("text");
    QVERIFY((*project)->addDocument(document));
    for (auto columns : {CodeMatrix::ColumnKind::Documents, CodeMatrix::ColumnKind::Codes}) {
        CodeMatrix::Spec spec;
        spec.columns = columns;
        auto matrix = CodeMatrix::compute(**project, spec);
        QVERIFY2(matrix, qPrintable(matrix.error()));
        QVERIFY(matrix->rows.isEmpty());
        QVERIFY(matrix->cells.isEmpty());
        QCOMPARE(matrix->total, 0);
    }
}

void TestCodeMatrix::csv_isExactlyTheContract()
{
    auto matrix = compute({});
    QVERIFY(matrix);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = CsvExport::writeMatrix(*matrix, &buffer, {});
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(buffer.data(),
             QByteArray("code_path,A,B,E,total\r\n"
                        "P,1,0,0,1\r\n"
                        "P/C1,2,1,0,3\r\n"
                        "P/C2,1,0,0,1\r\n"
                        "Q,1,2,0,3\r\n"
                        "total,5,3,0,8\r\n"));
}

void TestCodeMatrix::xlsx_isAZipWithTheNumbersInSheet1()
{
    auto matrix = compute({});
    QVERIFY(matrix);
    const QString path = m_dir.filePath(QStringLiteral("matrix.xlsx"));
    const Status written = XlsxMatrix::writeFile(*matrix, path);
    QVERIFY2(written, qPrintable(written.error()));

    auto archive = ZipArchive::open(path);
    QVERIFY2(archive, qPrintable(archive.error()));
    QVERIFY((*archive)->contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    auto sheet = (*archive)->read(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    const QString xml = QString::fromUtf8(*sheet);
    // Cells as numbers (no t="s"), at their places: B3 is C1 in A, C5 Q in B, E6 the grand total.
    auto number = [&](const char *cell, int value) {
        const QRegularExpression pattern(
            QStringLiteral("<c r=\"%1\"(?: s=\"\\d+\")?><v>%2</v></c>").arg(QString::fromLatin1(cell)).arg(value));
        return pattern.match(xml).hasMatch();
    };
    QVERIFY2(number("B2", 1), qPrintable(xml));
    QVERIFY(number("B3", 2));
    QVERIFY(number("C5", 2));
    QVERIFY(number("D5", 0));
    QVERIFY(number("E5", 3));
    QVERIFY(number("B6", 5));
    QVERIFY(number("E6", 8));
    // The header row and the code column frozen.
    QVERIFY(xml.contains(QLatin1String("xSplit=\"1\" ySplit=\"1\"")));

    auto strings = (*archive)->read(QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(strings);
    for (const char *text : {"code_path", "P/C1", "total", "A", "E"}) {
        const QByteArray cell = QByteArray(">") + text + "<";
        QVERIFY2(strings->contains(cell), text);
    }
}

void TestCodeMatrix::xlsx_escapesNamesForXmlAndExcel()
{
    CodeMatrix::Spec spec;
    spec.columns = CodeMatrix::ColumnKind::Groups;
    spec.groups = {{QStringLiteral("a & <b>"), {}}, {QStringLiteral("bell\u0007 _x0041_"), {}}};
    auto matrix = compute(spec);
    QVERIFY(matrix);
    const QString path = m_dir.filePath(QStringLiteral("names.xlsx"));
    QVERIFY(XlsxMatrix::writeFile(*matrix, path));
    auto archive = ZipArchive::open(path);
    QVERIFY(archive);
    auto strings = (*archive)->read(QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(strings);
    QVERIFY2(strings->contains(">a &amp; &lt;b&gt;<"), strings->constData());
    // A control character XML cannot hold, as Excel writes it; a literal _x0041_ kept from being read as "A".
    QVERIFY2(strings->contains(">bell_x0007_ _x005F_x0041_<"), strings->constData());
}

void TestCodeMatrix::xlsx_badPath_namesTheFileAndLeavesNothing()
{
    auto matrix = compute({});
    QVERIFY(matrix);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/matrix.xlsx"));
    const Status written = XlsxMatrix::writeFile(*matrix, path);
    QVERIFY(!written);
    QVERIFY2(written.error().contains(path), qPrintable(written.error()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCodeMatrix)
#include "tst_codematrix.moc"

#include "analysis/coderagreement.h"
#include "analysis/unitizingalpha.h"
#include "projecttestsupport.h"
#include "store/project.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

/**
 * The comparison of a project's coders: the character counts the sweep makes from real codings, fed to the
 * statistics that tst_binaryagreement and tst_unitizingalpha check against the published examples.
 */
class TestCoderAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void nvivoExample_inAProject_gives85PercentAndKappa0318();
    void overlappingCodingsOfOneCoder_countOnce();
    void documentsNobodyCoded_areNotCompared();
    void pooledRow_addsTheDocuments();
    void threeCoders_haveFleissAndAlphaButNoCohen();
    void pooledAlphaU_laysTheDocumentsEndToEnd();
    void subcodes_countForTheParentWhenAsked();
    void identicalCodings_agreePerfectly();
    void oneCoder_isAClearError();
    void unknownCode_isAClearError();
    void disagreements_listEachStretchWithWhoCodedIt();

private:
    qint64 document(const QString &name, qsizetype length);
    void code(qint64 document, qint64 code, qint64 coder, qint64 start, qint64 end);
    static const AgreementRow &row(const QList<AgreementRow> &rows, qint64 code, qint64 document = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_code = 0, m_child = 0, m_alice = 0, m_bob = 0, m_carol = 0;
};

void TestCoderAgreement::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(storeLocation(m_dir->filePath(QStringLiteral("a.marginalia"))));
    QVERIFY2(project, qPrintable(project.error()));
    m_project = std::move(*project);
    m_code = m_project->addCode(QStringLiteral("Protection"))->id;
    m_child = m_project->addCode(QStringLiteral("Refoulement"), m_code)->id;
    m_alice = m_project->ensureCoder(QStringLiteral("alice"))->id;
    m_bob = m_project->ensureCoder(QStringLiteral("bob"))->id;
    m_carol = m_project->ensureCoder(QStringLiteral("carol"))->id;
}

qint64 TestCoderAgreement::document(const QString &name, qsizetype length)
{
    NewDocument document;
    document.name = name;
    // Emoji: characters are code points, two UTF-16 units each, so a count in UTF-16 units would show.
    for (qsizetype i = 0; i < length; ++i)
        document.text += i % 2 ? QStringLiteral("a") : QStringLiteral("🌍");
    auto added = m_project->addDocument(document);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    return added->id;
}

void TestCoderAgreement::code(qint64 document, qint64 code, qint64 coder, qint64 start, qint64 end)
{
    auto added = m_project->addCoding({document, code, coder, start, end, {}, {}, {}});
    if (!added)
        qFatal("%s", qPrintable(added.error()));
}

const AgreementRow &TestCoderAgreement::row(const QList<AgreementRow> &rows, qint64 code, qint64 document)
{
    for (const AgreementRow &row : rows) {
        if (row.codeId == code && row.documentId == document)
            return row;
    }
    qFatal("no row for code %lld in document %lld", code, document);
}

void TestCoderAgreement::nvivoExample_inAProject_gives85PercentAndKappa0318()
{
    // NVivo's documented example: 1,000 characters, 50 coded by both, 100 only by A, 50 only by B.
    const qint64 doc = document(QStringLiteral("D"), 1000);
    code(doc, m_code, m_alice, 0, 150);
    code(doc, m_code, m_bob, 100, 200);
    auto result = CoderAgreement::compute(*m_project, {{m_alice, m_bob}, m_code, false, 0});
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->coders.size(), 2);
    const AgreementRow &pooled = row(result->byCode, m_code);
    QCOMPARE(pooled.characters, 1000);
    QCOMPARE(pooled.documents, 1);
    QCOMPARE(qRound(*pooled.percentAgreement.value * 1000), 850);
    QCOMPARE(qRound(*pooled.cohenKappa.value * 1000), 318);
    QVERIFY(pooled.fleissKappa.isDefined());
    QVERIFY(pooled.krippendorffAlpha.isDefined());
    QVERIFY(pooled.unitizingAlpha.isDefined());
    // The document's own row says the same.
    QCOMPARE(qRound(*row(result->byDocument, m_code, doc).cohenKappa.value * 1000), 318);
}

void TestCoderAgreement::overlappingCodingsOfOneCoder_countOnce()
{
    const qint64 doc = document(QStringLiteral("D"), 1000);
    code(doc, m_code, m_alice, 0, 100);
    code(doc, m_code, m_alice, 50, 150); // overlaps: alice covers 0..150
    code(doc, m_code, m_bob, 100, 200);
    auto result = CoderAgreement::compute(*m_project, {{m_alice, m_bob}, m_code, false, 0});
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(qRound(*row(result->byCode, m_code).cohenKappa.value * 1000), 318);
}

void TestCoderAgreement::documentsNobodyCoded_areNotCompared()
{
    const qint64 doc = document(QStringLiteral("D"), 1000);
    document(QStringLiteral("Unread"), 5000);
    code(doc, m_code, m_alice, 0, 150);
    code(doc, m_code, m_bob, 100, 200);
    auto result = CoderAgreement::compute(*m_project, {{m_alice, m_bob}, m_code, false, 0});
    QVERIFY2(result, qPrintable(result.error()));
    // The unread document would have made percent agreement 5,850 / 6,000.
    QCOMPARE(row(result->byCode, m_code).characters, 1000);
    QCOMPARE(qRound(*row(result->byCode, m_code).percentAgreement.value * 1000), 850);
}

void TestCoderAgreement::pooledRow_addsTheDocuments()
{
    // NVivo's example cut in two documents: the pooled row is the example again.
    const qint64 first = document(QStringLiteral("First"), 600);
    const qint64 second = document(QStringLiteral("Second"), 400);
    code(first, m_code, m_alice, 0, 80); // both 20, only alice 60
    code(first, m_code, m_bob, 60, 90); // only bob 10
    code(second, m_code, m_alice, 0, 70); // both 30, only alice 40
    code(second, m_code, m_bob, 40, 110); // only bob 40
    auto result = CoderAgreement::compute(*m_project, {{}, m_code, false, 0});
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->coders.size(), 2); // everyone who coded: alice and bob, not carol
    const AgreementRow &pooled = row(result->byCode, m_code);
    QCOMPARE(pooled.documents, 2);
    QCOMPARE(pooled.characters, 1000);
    QCOMPARE(qRound(*pooled.percentAgreement.value * 1000), 850);
    QCOMPARE(qRound(*pooled.cohenKappa.value * 1000), 318);
    QCOMPARE(row(result->byDocument, m_code, first).characters, 600);
    QCOMPARE(row(result->byDocument, m_code, second).characters, 400);
    // By document comes in document name order.
    QCOMPARE(result->byDocument.first().documentId, first);
}

void TestCoderAgreement::pooledAlphaU_laysTheDocumentsEndToEnd()
{
    // Protection is coded in the first document only; the second is compared (the coders coded Refoulement
    // there), so it adds a continuum of gaps to Protection's pooled alpha-u.
    const qint64 first = document(QStringLiteral("First"), 300);
    const qint64 second = document(QStringLiteral("Second"), 120);
    code(first, m_code, m_alice, 20, 90);
    code(first, m_code, m_bob, 30, 90);
    code(first, m_code, m_bob, 200, 230);
    code(second, m_child, m_alice, 0, 10);
    auto result = CoderAgreement::compute(*m_project, {{m_alice, m_bob}, m_code, false, 0});
    QVERIFY2(result, qPrintable(result.error()));
    UnitizingAlpha expected(2);
    QVERIFY(expected.addContinuum(300, {{{20, 90}}, {{30, 90}, {200, 230}}}).ok());
    QVERIFY(expected.addContinuum(120, {{}, {}}).ok());
    const AgreementRow &pooled = row(result->byCode, m_code);
    QCOMPARE(pooled.documents, 2);
    QCOMPARE(pooled.characters, 420);
    QVERIFY(std::abs(*pooled.unitizingAlpha.value - *expected.alpha().value) < 1e-12);
    // The first document's own row is alpha-u of that document alone.
    QVERIFY(std::abs(*row(result->byDocument, m_code, first).unitizingAlpha.value
                     - *UnitizingAlpha::compute(2, 300, {{{20, 90}}, {{30, 90}, {200, 230}}}).value)
            < 1e-12);
}

void TestCoderAgreement::threeCoders_haveFleissAndAlphaButNoCohen()
{
    const qint64 doc = document(QStringLiteral("D"), 100);
    code(doc, m_code, m_alice, 0, 30);
    code(doc, m_code, m_bob, 10, 30);
    code(doc, m_code, m_carol, 10, 40);
    auto result = CoderAgreement::compute(*m_project, {{m_alice, m_bob, m_carol}, m_code, false, 0});
    QVERIFY2(result, qPrintable(result.error()));
    const AgreementRow &pooled = row(result->byCode, m_code);
    QVERIFY(!pooled.cohenKappa.isDefined());
    QVERIFY(!pooled.cohenKappa.undefinedReason.isEmpty());
    QVERIFY(pooled.fleissKappa.isDefined());
    QVERIFY(pooled.krippendorffAlpha.isDefined());
    // 10..30 by all three, 60 characters by none: 80 of 100 agreed.
    QCOMPARE(qRound(*pooled.percentAgreement.value * 100), 80);
}

void TestCoderAgreement::subcodes_countForTheParentWhenAsked()
{
    const qint64 doc = document(QStringLiteral("D"), 100);
    code(doc, m_code, m_alice, 0, 20);
    code(doc, m_child, m_bob, 0, 20);
    // One coder's codings of the code and its subcode overlap: with subcodes they cover 40..70 once.
    code(doc, m_child, m_alice, 40, 60);
    code(doc, m_code, m_alice, 50, 70);
    code(doc, m_code, m_bob, 40, 70);
    auto without = CoderAgreement::compute(*m_project, {{m_alice, m_bob}, m_code, false, 0});
    auto with = CoderAgreement::compute(*m_project, {{m_alice, m_bob}, m_code, true, 0});
    QVERIFY(without && with);
    // Without subcodes: alice 0..20 and 50..70, bob 40..70 of Protection itself: 30 of 100 differ.
    QCOMPARE(qRound(*row(without->byCode, m_code).percentAgreement.value * 100), 70);
    QCOMPARE(*row(with->byCode, m_code).percentAgreement.value, 1.0);
    QCOMPARE(*row(with->byCode, m_code).cohenKappa.value, 1.0);
}

void TestCoderAgreement::identicalCodings_agreePerfectly()
{
    const qint64 doc = document(QStringLiteral("D"), 100);
    code(doc, m_code, m_alice, 10, 20);
    code(doc, m_code, m_bob, 10, 20);
    auto result = CoderAgreement::compute(*m_project, {{m_alice, m_bob}, 0, false, 0});
    QVERIFY2(result, qPrintable(result.error()));
    const AgreementRow &pooled = row(result->byCode, m_code);
    QCOMPARE(*pooled.cohenKappa.value, 1.0);
    QCOMPARE(*pooled.krippendorffAlpha.value, 1.0);
    QCOMPARE(*pooled.unitizingAlpha.value, 1.0);
    // A code nobody coded has a row, with undefined chance-corrected statistics, never a made-up number.
    const AgreementRow &child = row(result->byCode, m_child);
    QCOMPARE(*child.percentAgreement.value, 1.0);
    QVERIFY(!child.cohenKappa.isDefined());
    QVERIFY(!child.unitizingAlpha.isDefined());
}

void TestCoderAgreement::oneCoder_isAClearError()
{
    const qint64 doc = document(QStringLiteral("D"), 100);
    code(doc, m_code, m_alice, 10, 20);
    auto result = CoderAgreement::compute(*m_project, {{}, 0, false, 0});
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("alice")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(m_project->filePath()), qPrintable(result.error()));
    auto unknown = CoderAgreement::compute(*m_project, {{m_alice, 999}, 0, false, 0});
    QVERIFY(!unknown);
}

void TestCoderAgreement::unknownCode_isAClearError()
{
    const qint64 doc = document(QStringLiteral("D"), 100);
    code(doc, m_code, m_alice, 10, 20);
    code(doc, m_code, m_bob, 10, 20);
    auto result = CoderAgreement::compute(*m_project, {{m_alice, m_bob}, 4242, false, 0});
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("4242")), qPrintable(result.error()));
}

void TestCoderAgreement::disagreements_listEachStretchWithWhoCodedIt()
{
    NewDocument text;
    text.name = QStringLiteral("D");
    text.text = QStringLiteral("🌍 The State shall not expel a person to a country where they would face torture.");
    const qint64 doc = m_project->addDocument(text)->id;
    code(doc, m_code, m_alice, 2, 31); // "The State shall not expel a p"
    code(doc, m_code, m_bob, 12, 40);
    auto result = CoderAgreement::disagreements(*m_project, m_alice, m_bob, m_code);
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(0).start, 2);
    QCOMPARE(result->at(0).end, 12);
    QCOMPARE(result->at(0).codedBy, QStringLiteral("alice"));
    QCOMPARE(result->at(0).text, QStringLiteral("The State "));
    QCOMPARE(result->at(1).start, 31);
    QCOMPARE(result->at(1).end, 40);
    QCOMPARE(result->at(1).codedBy, QStringLiteral("bob"));
    QCOMPARE(result->at(1).document, QStringLiteral("D"));
    // The same coder twice is refused.
    QVERIFY(!CoderAgreement::disagreements(*m_project, m_alice, m_alice));
}

void TestCoderAgreement::initTestCase()
{
    MARGINALIA_REQUIRE_STORE_BACKEND();
}

QTEST_GUILESS_MAIN(TestCoderAgreement)
#include "tst_coderagreement.moc"

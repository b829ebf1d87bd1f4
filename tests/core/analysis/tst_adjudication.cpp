#include "analysis/adjudication.h"
#include "projecttestsupport.h"
#include "store/project.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

/**
 * The disagreement review: its regions, the consensus each decision makes, and the store keeping the
 * decisions and the consensus coder's codings together (recorded, taken back and put back as one step,
 * kept across reopening so a review resumes).
 */
class TestAdjudication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void regions_areTheUnionOfBothCodersCodings();
    void consensus_followsEachDecision_data();
    void consensus_followsEachDecision();
    void recordedStep_writesDecisionAndCodings_andUndoTakesBothBack();
    void review_resumesAfterReopening();
    void startReview_refusesBadCoders();
    void decidingARegionTwice_isRefused();

private:
    Review startReview();
    QList<ReviewRegion> regions(const Review &review);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_doc = 0, m_code = 0, m_alice = 0, m_bob = 0;
};

void TestAdjudication::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(storeLocation(m_dir->filePath(QStringLiteral("r.marginalia"))));
    QVERIFY2(project, qPrintable(project.error()));
    m_project = std::move(*project);
    NewDocument document;
    document.name = QStringLiteral("D");
    document.text = QString(200, u'x');
    m_doc = m_project->addDocument(document)->id;
    m_code = m_project->addCode(QStringLiteral("Protection"))->id;
    m_alice = m_project->ensureCoder(QStringLiteral("alice"))->id;
    m_bob = m_project->ensureCoder(QStringLiteral("bob"))->id;
    const QList<NewCoding> codings = {
        {m_doc, m_code, m_alice, 10, 30, {}, {}, {}}, // region 10..40: alice 10..30, bob 20..40
        {m_doc, m_code, m_bob, 20, 40, {}, {}, {}},
        {m_doc, m_code, m_alice, 60, 70, {}, {}, {}}, // region 60..70: both, the same: agreed
        {m_doc, m_code, m_bob, 60, 70, {}, {}, {}},
        {m_doc, m_code, m_bob, 100, 120, {}, {}, {}}, // region 100..120: only bob
    };
    QVERIFY(m_project->addCodings(codings));
}

Review TestAdjudication::startReview()
{
    auto review = m_project->startReview(m_code, false, m_alice, m_bob, QStringLiteral("consensus"));
    if (!review)
        qFatal("%s", qPrintable(review.error()));
    return *review;
}

QList<ReviewRegion> TestAdjudication::regions(const Review &review)
{
    auto regions = Adjudication::regions(*m_project, review);
    if (!regions)
        qFatal("%s", qPrintable(regions.error()));
    return *regions;
}

void TestAdjudication::regions_areTheUnionOfBothCodersCodings()
{
    const QList<ReviewRegion> all = regions(startReview());
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].start, 10);
    QCOMPARE(all[0].end, 40);
    QCOMPARE(all[0].first, (QList<TextRange>{{10, 30}}));
    QCOMPARE(all[0].second, (QList<TextRange>{{20, 40}}));
    QVERIFY(!all[0].agreed());
    QVERIFY(all[1].agreed());
    QVERIFY(all[2].first.isEmpty());
    const auto progress = Adjudication::progress(all);
    QCOMPARE(progress.disagreements, 2);
    QCOMPARE(progress.decided, 0);
}

void TestAdjudication::consensus_followsEachDecision_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<TextRange>>("expected");
    using Kind = ReviewDecision::Kind;
    QTest::newRow("first") << int(Kind::First) << QList<TextRange>{{10, 30}};
    QTest::newRow("second") << int(Kind::Second) << QList<TextRange>{{20, 40}};
    QTest::newRow("union") << int(Kind::Union) << QList<TextRange>{{10, 40}};
    QTest::newRow("intersection") << int(Kind::Intersection) << QList<TextRange>{{20, 30}};
    QTest::newRow("none") << int(Kind::None) << QList<TextRange>{};
    QTest::newRow("adjusted") << int(Kind::Adjusted) << QList<TextRange>{{15, 35}};
}

void TestAdjudication::consensus_followsEachDecision()
{
    QFETCH(int, kind);
    QFETCH(QList<TextRange>, expected);
    const ReviewRegion region = regions(startReview()).first();
    QCOMPARE(Adjudication::consensus(region, ReviewDecision::Kind(kind), {15, 35}), expected);
}

void TestAdjudication::recordedStep_writesDecisionAndCodings_andUndoTakesBothBack()
{
    const Review review = startReview();
    const qint64 codingsBefore = m_project->codingCount(m_code, false);
    const ReviewRegion region = regions(review).first();
    auto written = m_project->recordReviewStep(Adjudication::step(review, region, ReviewDecision::Kind::Union));
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->codings.size(), 1);
    QVERIFY(written->codings.first().id != 0);
    QCOMPARE(written->codings.first().coderId, review.consensusCoderId);
    QCOMPARE(m_project->codingCount(m_code, false), codingsBefore + 1);
    QCOMPARE(Adjudication::progress(regions(review)).decided, 1);
    QCOMPARE(regions(review).first().decision->kind, ReviewDecision::Kind::Union);

    // Undo: the decision and the consensus coding go together.
    QVERIFY(m_project->removeReviewStep(*written));
    QCOMPARE(m_project->codingCount(m_code, false), codingsBefore);
    QCOMPARE(Adjudication::progress(regions(review)).decided, 0);

    // Redo puts back the same coding, GUID and all.
    auto again = m_project->recordReviewStep(*written);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(m_project->codingCount(m_code, false), codingsBefore + 1);
    const auto restored = m_project->codingByGuid(written->codings.first().guid);
    QVERIFY(restored);
    QCOMPARE(restored->start, 10);
    QCOMPARE(restored->end, 40);
}

void TestAdjudication::review_resumesAfterReopening()
{
    const Review review = startReview();
    const QList<ReviewRegion> all = regions(review);
    QVERIFY(m_project->recordReviewStep(Adjudication::step(review, all[2], ReviewDecision::Kind::None)));
    const QString path = m_project->filePath();
    m_project.reset();
    auto reopened = Project::open(storeLocation(path));
    QVERIFY2(reopened, qPrintable(reopened.error()));
    m_project = std::move(*reopened);
    QCOMPARE(m_project->reviews().size(), 1);
    // Starting the same review again resumes it, with its decision.
    const Review resumed = startReview();
    QCOMPARE(resumed.id, review.id);
    QCOMPARE(resumed.guid, review.guid);
    const auto progress = Adjudication::progress(regions(resumed));
    QCOMPARE(progress.decided, 1);
    QCOMPARE(progress.disagreements, 2);
}

void TestAdjudication::startReview_refusesBadCoders()
{
    QVERIFY(!m_project->startReview(m_code, false, m_alice, m_alice, QStringLiteral("consensus")));
    QVERIFY(!m_project->startReview(m_code, false, m_alice, m_bob, QStringLiteral("alice")));
    QVERIFY(!m_project->startReview(m_code, false, m_alice, m_bob, QStringLiteral("  ")));
    QVERIFY(!m_project->startReview(4242, false, m_alice, m_bob, QStringLiteral("consensus")));
    QCOMPARE(m_project->reviews().size(), 0);
    QVERIFY(!m_project->coderByName(QStringLiteral("consensus")));
}

void TestAdjudication::decidingARegionTwice_isRefused()
{
    const Review review = startReview();
    const ReviewRegion region = regions(review).first();
    QVERIFY(m_project->recordReviewStep(Adjudication::step(review, region, ReviewDecision::Kind::First)));
    const qint64 codings = m_project->codingCount(m_code, false);
    auto twice = m_project->recordReviewStep(Adjudication::step(review, region, ReviewDecision::Kind::Second));
    QVERIFY(!twice);
    QCOMPARE(m_project->codingCount(m_code, false), codings); // nothing half-written
}

void TestAdjudication::initTestCase()
{
    MARGINALIA_REQUIRE_STORE_BACKEND();
}

QTEST_GUILESS_MAIN(TestAdjudication)
#include "tst_adjudication.moc"

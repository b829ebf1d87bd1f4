#include "projecttestsupport.h"
#include "store/project.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

/// Snapshots (what undo of a delete or merge restores), batches with Project::transact(), and the
/// GUID- and page-preserving additions that imports rely on.
class TestProjectSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void deleteThenRestore_bringsBackCodesCodingsIdsAndPositions();
    void mergeThenRestore_undoesMovesDropsAndMemo();
    void transact_commitsAllOrNothing();
    void transact_nestedFailureRollsBackOnlyThatWrite();
    void importedRows_keepTheirGuids();
    void pages_areStoredAndValidated();
    void headings_areStoredValidatedRestoredAndRemovedWithTheDocument();
    void fileSha256_findsAReimport();

private:
    struct Fixture
    {
        qint64 document, coder, a, ax, ay, b, bx, c;
    };
    Fixture build();
    QList<Code> sortedCodes() const;
    QList<Coding> sortedCodings() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestProjectSnapshot::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(storeLocation(m_dir->filePath(QStringLiteral("s.marginalia"))));
    QVERIFY2(project, qPrintable(project.error()));
    m_project = std::move(*project);
}

// QVERIFY returns void; the fixture builder returns a Fixture, so it records the failure and goes on.
#define QVERIFY_RETURN_FIXTURE(statement)                                                                              \
    do {                                                                                                               \
        if (!QTest::qVerify(static_cast<bool>(statement), #statement, "", __FILE__, __LINE__))                         \
            return f;                                                                                                  \
    } while (false)

TestProjectSnapshot::Fixture TestProjectSnapshot::build()
{
    Fixture f{};
    NewDocument document;
    document.name = QStringLiteral("d");
    document.text = QString(100, u'w');
    f.document = m_project->addDocument(document)->id;
    f.coder = m_project->ensureCoder(QStringLiteral("me"))->id;
    f.a = m_project->addCode(QStringLiteral("A"))->id;
    f.ax = m_project->addCode(QStringLiteral("x"), f.a)->id;
    f.ay = m_project->addCode(QStringLiteral("y"), f.a)->id;
    f.b = m_project->addCode(QStringLiteral("B"))->id;
    f.bx = m_project->addCode(QStringLiteral("x"), f.b)->id;
    f.c = m_project->addCode(QStringLiteral("C"))->id;
    QVERIFY_RETURN_FIXTURE(m_project->setCodeMemo(f.a, QStringLiteral("memo of A")));
    QVERIFY_RETURN_FIXTURE(m_project->setCodeMemo(f.b, QStringLiteral("memo of B")));
    const auto added
        = m_project->addCodings({{f.document, f.a, f.coder, 0, 5, QStringLiteral("on A"), {}, {}},
                                 {f.document, f.ax, f.coder, 10, 20, {}, {}, {}},
                                 {f.document, f.bx, f.coder, 10, 20, {}, {}, {}}, // duplicate of ax's once merged
                                 {f.document, f.ay, f.coder, 30, 40, {}, {}, {}},
                                 {f.document, f.c, f.coder, 50, 60, {}, {}, {}}});
    QVERIFY_RETURN_FIXTURE(added);
    return f;
}

QList<Code> TestProjectSnapshot::sortedCodes() const
{
    QList<Code> codes = m_project->codes();
    std::sort(codes.begin(), codes.end(), [](const Code &l, const Code &r) { return l.id < r.id; });
    return codes;
}

QList<Coding> TestProjectSnapshot::sortedCodings() const
{
    QList<Coding> codings = m_project->codings();
    std::sort(codings.begin(), codings.end(), [](const Coding &l, const Coding &r) { return l.id < r.id; });
    return codings;
}

namespace {

bool hasCode(const Project &project, const QString &name)
{
    const QList<Code> codes = project.codes();
    return std::any_of(codes.cbegin(), codes.cend(), [&](const Code &c) { return c.name == name; });
}

bool sameCodes(const QList<Code> &left, const QList<Code> &right)
{
    if (left.size() != right.size())
        return false;
    for (qsizetype i = 0; i < left.size(); ++i) {
        const Code &l = left.at(i);
        const Code &r = right.at(i);
        if (l.id != r.id || l.guid != r.guid || l.parentId != r.parentId || l.name != r.name || l.color != r.color
            || l.memo != r.memo || l.position != r.position || l.description != r.description)
            return false;
    }
    return true;
}

bool sameCodings(const QList<Coding> &left, const QList<Coding> &right)
{
    if (left.size() != right.size())
        return false;
    for (qsizetype i = 0; i < left.size(); ++i) {
        const Coding &l = left.at(i);
        const Coding &r = right.at(i);
        if (l.id != r.id || l.guid != r.guid || l.codeId != r.codeId || l.start != r.start || l.end != r.end
            || l.memo != r.memo || l.created != r.created)
            return false;
    }
    return true;
}

} // namespace

void TestProjectSnapshot::deleteThenRestore_bringsBackCodesCodingsIdsAndPositions()
{
    const Fixture f = build();
    const auto codesBefore = sortedCodes();
    const auto codingsBefore = sortedCodings();

    const CodebookSnapshot snapshot = m_project->snapshotCodes({f.a});
    QCOMPARE(snapshot.codings.size(), 3);
    auto removed = m_project->deleteCode(f.a);
    QVERIFY(removed);
    QCOMPARE(*removed, 3);
    QCOMPARE(m_project->code(f.b)->position, 0); // siblings renumbered

    QVERIFY(m_project->restoreSnapshot(snapshot));
    QVERIFY(sameCodes(sortedCodes(), codesBefore));
    QVERIFY(sameCodings(sortedCodings(), codingsBefore));
    QVERIFY(m_project->check().isEmpty());
}

void TestProjectSnapshot::mergeThenRestore_undoesMovesDropsAndMemo()
{
    const Fixture f = build();
    const auto codesBefore = sortedCodes();
    const auto codingsBefore = sortedCodings();

    const CodebookSnapshot snapshot = m_project->snapshotCodes({f.a, f.b});
    auto report = m_project->mergeCodes(f.a, f.b);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->duplicatesDropped, 1);
    QCOMPARE(m_project->code(f.b)->memo, QStringLiteral("memo of B\n\nmemo of A"));

    QVERIFY(m_project->restoreSnapshot(snapshot));
    QVERIFY(sameCodes(sortedCodes(), codesBefore));
    QVERIFY(sameCodings(sortedCodings(), codingsBefore));
    QVERIFY(m_project->check().isEmpty());
}

void TestProjectSnapshot::transact_commitsAllOrNothing()
{
    const Fixture f = build();
    const qsizetype before = m_project->codings().size();
    const QByteArray digest = [&] {
        m_project.reset();
        const QByteArray d = Marginalia::Test::fileDigest(m_dir->filePath(QStringLiteral("s.marginalia")));
        m_project = std::move(*Project::open(storeLocation(m_dir->filePath(QStringLiteral("s.marginalia")))));
        return d;
    }();

    auto failed = m_project->transact(QStringLiteral("a batch"), [&]() -> Status {
        if (auto added = m_project->addCode(QStringLiteral("New")); !added)
            return Error{added.error()};
        if (auto coding = m_project->addCoding({f.document, f.c, f.coder, 0, 1, {}, {}, {}}); !coding)
            return Error{coding.error()};
        return Error{QStringLiteral("the third step failed")};
    });
    QVERIFY(!failed);
    QCOMPARE(failed.error(), QStringLiteral("the third step failed"));
    QCOMPARE(m_project->codings().size(), before);
    QVERIFY(!hasCode(*m_project, QStringLiteral("New")));
    m_project.reset();
    QCOMPARE(Marginalia::Test::fileDigest(m_dir->filePath(QStringLiteral("s.marginalia"))), digest);
    m_project = std::move(*Project::open(storeLocation(m_dir->filePath(QStringLiteral("s.marginalia")))));

    auto done = m_project->transact(QStringLiteral("a batch"), [&]() -> Status {
        if (auto added = m_project->addCode(QStringLiteral("New")); !added)
            return Error{added.error()};
        return success();
    });
    QVERIFY(done);
    QVERIFY(hasCode(*m_project, QStringLiteral("New")));
}

void TestProjectSnapshot::transact_nestedFailureRollsBackOnlyThatWrite()
{
    const Fixture f = build();
    auto status = m_project->transact(QStringLiteral("a batch"), [&]() -> Status {
        if (!m_project->addCode(QStringLiteral("Kept")))
            return Error{QStringLiteral("first add failed")};
        // A failing write inside the batch: its savepoint is rolled back, the batch goes on.
        if (m_project->addCoding({f.document, f.c, f.coder, 0, 1000, {}, {}, {}}))
            return Error{QStringLiteral("an out-of-range coding was accepted")};
        return success();
    });
    QVERIFY2(status, qPrintable(status.error()));
    QVERIFY(hasCode(*m_project, QStringLiteral("Kept")));
}

void TestProjectSnapshot::importedRows_keepTheirGuids()
{
    NewDocument document;
    document.name = QStringLiteral("from another tool");
    document.text = QStringLiteral("text");
    document.guid = QStringLiteral("11111111-2222-3333-4444-555555555555");
    document.memo = QStringLiteral("a document memo");
    document.imported = QDateTime(QDate(2019, 9, 25), QTime(12, 0), Qt::UTC);
    const auto added = m_project->addDocument(document);
    QVERIFY(added);
    QCOMPARE(added->guid, document.guid);
    QCOMPARE(added->memo, document.memo);
    QCOMPARE(added->imported, document.imported);

    NewCode code;
    code.name = QStringLiteral("Imported");
    code.guid = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    code.memo = QStringLiteral("a code memo");
    const auto addedCode = m_project->addCode(code);
    QVERIFY(addedCode);
    QCOMPARE(m_project->code(addedCode->id)->guid, code.guid);
    QCOMPARE(m_project->code(addedCode->id)->memo, code.memo);

    const auto coder
        = m_project->ensureCoder(QStringLiteral("visitor"), QStringLiteral("12345678-0000-0000-0000-000000000000"));
    QVERIFY(coder);
    QCOMPARE(coder->guid, QStringLiteral("12345678-0000-0000-0000-000000000000"));
    QVERIFY(m_project->setProjectName(QStringLiteral("Renamed")));
    QCOMPARE(m_project->name(), QStringLiteral("Renamed"));
}

void TestProjectSnapshot::pages_areStoredAndValidated()
{
    NewDocument paged;
    paged.name = QStringLiteral("paged");
    paged.text = QStringLiteral("page one\fpage two\fpage three");
    paged.pageStarts = {9, 18};
    paged.fileType = QStringLiteral("application/pdf");
    const auto added = m_project->addDocument(paged);
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added->pageCount, 3);
    QCOMPARE(added->fileType, QStringLiteral("application/pdf"));
    QCOMPARE(m_project->pageStarts(added->id), (QList<qint64>{0, 9, 18}));

    NewDocument broken = paged;
    broken.name = QStringLiteral("broken");
    broken.pageStarts = {18, 9};
    QVERIFY(!m_project->addDocument(broken));
    QVERIFY(!m_project->documentByName(QStringLiteral("broken")));

    // A page count that disagrees with the boundaries is refused too.
    broken.pageStarts = {9, 18};
    broken.pageCount = 4;
    QVERIFY(!m_project->addDocument(broken));
    QVERIFY(!m_project->documentByName(QStringLiteral("broken")));

    // One page has no boundaries but is still a page.
    NewDocument single;
    single.name = QStringLiteral("single");
    single.text = QStringLiteral("only page");
    single.pageCount = 1;
    const auto one = m_project->addDocument(single);
    QVERIFY2(one, qPrintable(one.error()));
    QCOMPARE(one->pageCount, 1);
    QCOMPARE(m_project->pageStarts(one->id), (QList<qint64>{0}));
}

void TestProjectSnapshot::headings_areStoredValidatedRestoredAndRemovedWithTheDocument()
{
    NewDocument word;
    word.name = QStringLiteral("report");
    word.text = QString::fromUtf16(u"Report \U0001F30D\n\nIntroduction\n\nText.");
    word.headings = {{0, 8, 1}, {10, 22, 2}};
    const auto added = m_project->addDocument(word);
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(m_project->headings(added->id), word.headings);
    QCOMPARE(*m_project->documentText(added->id), word.text); // the text is as given

    // Out of order, overlapping, outside the text, empty, or of a level past 9: refused, nothing added.
    for (const QList<Heading> &wrong :
         {QList<Heading>{{10, 22, 2}, {0, 8, 1}}, QList<Heading>{{0, 12, 1}, {10, 22, 2}}, QList<Heading>{{10, 40, 1}},
          QList<Heading>{{4, 4, 1}}, QList<Heading>{{0, 8, 10}}, QList<Heading>{{0, 8, 0}}}) {
        NewDocument broken = word;
        broken.name = QStringLiteral("broken");
        broken.headings = wrong;
        QVERIFY(!m_project->addDocument(broken));
        QVERIFY(!m_project->documentByName(QStringLiteral("broken")));
    }

    // Undoing a removal (or an import) puts them back with the document; removing it removes them.
    const auto snapshot = m_project->snapshotDocument(added->id);
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QCOMPARE(snapshot->document.headings, word.headings);
    QVERIFY(m_project->removeDocument(added->id));
    QVERIFY(m_project->headings(added->id).isEmpty());
    QVERIFY(m_project->restoreDocument(*snapshot));
    QCOMPARE(m_project->headings(added->id), word.headings);

    NewDocument plain;
    plain.name = QStringLiteral("plain");
    plain.text = QStringLiteral("# Not stored: Markdown shows its own");
    const auto other = m_project->addDocument(plain);
    QVERIFY2(other, qPrintable(other.error()));
    QVERIFY(m_project->headings(other->id).isEmpty());
}

void TestProjectSnapshot::fileSha256_findsAReimport()
{
    NewDocument document;
    document.name = QStringLiteral("once");
    document.text = QStringLiteral("x");
    document.fileSha256 = QStringLiteral("ABCDEF");
    QVERIFY(m_project->addDocument(document));
    QVERIFY(m_project->documentByFileSha256(QStringLiteral("abcdef")));
    QVERIFY(!m_project->documentByFileSha256(QStringLiteral("000000")));
}

void TestProjectSnapshot::initTestCase()
{
    MARGINALIA_REQUIRE_STORE_BACKEND();
}

QTEST_GUILESS_MAIN(TestProjectSnapshot)
#include "tst_projectsnapshot.moc"

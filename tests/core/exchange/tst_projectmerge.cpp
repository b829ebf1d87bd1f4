#include "analysis/studentscores.h"
#include "exchange/projecthandout.h"
#include "exchange/projectmerge.h"
#include "exchange/refiqdaexporter.h"
#include "model/codetree.h"
#include "model/memotarget.h"
#include "store/project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;

/**
 * The seminar: an instructor's project with a key, handed out to three students who code their copies
 * (one of them exports to REFI-QDA, one changes the project memo), merged back, and scored against the key.
 */
class TestProjectMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void handout_keepsDocumentsCodebookAndGuidsButNotTheKey();
    void handout_refusesAnUnknownCoderAndAnExistingFile();
    void merge_addsEveryCodingOfEveryStudentOnce();
    void merge_isIdempotent();
    void merge_reportsConflictsAndLosesNothing();
    void merge_ofABrokenSource_leavesTheTargetUnchanged();
    void scores_givePrecisionAndRecallAgainstTheKey();
    void handoutAndMerge_keepWordHeadings();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// Hands out the course and lets @p student code in their copy.
    QString studentCopy(const QString &student, const QList<std::pair<qint64, qint64>> &ranges,
                        const QString &projectMemo = {});
    static QByteArray digest(const QString &file);
    static QSet<QString> codingKeys(const Project &project);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_course;
    qint64 m_document = 0, m_code = 0, m_key = 0;
};

void TestProjectMerge::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto course = Project::create(path(QStringLiteral("course.marginalia")));
    QVERIFY2(course, qPrintable(course.error()));
    m_course = std::move(*course);
    NewDocument document;
    document.name = QStringLiteral("Vienna");
    document.text = QStringLiteral("🌍 Early identification of victims protects them. Screening at borders must respect "
                                   "non-refoulement. Children need guardians.");
    m_document = m_course->addDocument(document)->id;
    m_code = m_course->addCode(QStringLiteral("Identification"))->id;
    QVERIFY(m_course->addCode(QStringLiteral("Protection")));
    m_key = m_course->ensureCoder(QStringLiteral("key"))->id;
    QVERIFY(m_course->addCodings({{m_document, m_code, m_key, 2, 22, QStringLiteral("the key"), {}, {}},
                                  {m_document, m_code, m_key, 50, 59, {}, {}, {}}}));
    QVERIFY(m_course->setMemo({MemoTarget::Kind::Project, 0}, QStringLiteral("Seminar 3")));
}

QString TestProjectMerge::studentCopy(const QString &student, const QList<std::pair<qint64, qint64>> &ranges,
                                      const QString &projectMemo)
{
    const QString file = path(student + QStringLiteral(".marginalia"));
    HandoutOptions options;
    options.withoutCoders = {QStringLiteral("key")};
    auto handout = ProjectHandout::write(*m_course, file, options);
    if (!handout)
        qFatal("%s", qPrintable(handout.error()));
    auto copy = Project::open(file);
    if (!copy)
        qFatal("%s", qPrintable(copy.error()));
    const qint64 coder = (*copy)->ensureCoder(student)->id;
    const qint64 document = (*copy)->documentNames().first().id;
    const qint64 code = CodeTree((*copy)->codes()).findByPath(QStringLiteral("Identification"))->id;
    QList<NewCoding> codings;
    for (const auto &[start, end] : ranges)
        codings.append({document, code, coder, start, end, {}, {}, {}});
    if (!(*copy)->addCodings(codings))
        qFatal("codings not added");
    if (!projectMemo.isEmpty() && !(*copy)->setMemo({MemoTarget::Kind::Project, 0}, projectMemo))
        qFatal("memo not set");
    return file;
}

QByteArray TestProjectMerge::digest(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QSet<QString> TestProjectMerge::codingKeys(const Project &project)
{
    QHash<qint64, QString> coders;
    for (const Coder &coder : project.coders())
        coders.insert(coder.id, coder.name);
    const CodeTree tree(project.codes());
    QSet<QString> keys;
    for (const Coding &coding : project.codings())
        keys.insert(QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(coders.value(coding.coderId), tree.path(coding.codeId))
                        .arg(coding.start)
                        .arg(coding.end)
                        .arg(coding.guid.toLower()));
    return keys;
}

void TestProjectMerge::handout_keepsDocumentsCodebookAndGuidsButNotTheKey()
{
    const QString file = studentCopy(QStringLiteral("anna"), {});
    auto copy = Project::open(file, Project::Access::ReadOnly);
    QVERIFY(copy);
    QCOMPARE((*copy)->guid(), m_course->guid());
    QCOMPARE((*copy)->documents().first().guid, m_course->documents().first().guid);
    QCOMPARE((*copy)->documents().first().textSha256, m_course->documents().first().textSha256);
    QCOMPARE((*copy)->codes().size(), m_course->codes().size());
    QCOMPARE((*copy)->codes().first().guid, m_course->codes().first().guid);
    QVERIFY(!(*copy)->coderByName(QStringLiteral("key")));
    QCOMPARE((*copy)->codings().size(), 1 - 1 + 0); // anna coded nothing yet, the key's are gone
    QCOMPARE((*copy)->memo({MemoTarget::Kind::Project, 0}), QStringLiteral("Seminar 3"));
    QVERIFY((*copy)->check().isEmpty());
    // The course itself is untouched.
    QCOMPARE(m_course->codings().size(), 2);
    // Without memos.
    HandoutOptions bare;
    bare.withoutCodings = true;
    bare.withoutMemos = true;
    auto plain = ProjectHandout::write(*m_course, path(QStringLiteral("plain.marginalia")), bare);
    QVERIFY2(plain, qPrintable(plain.error()));
    auto plainCopy = Project::open(path(QStringLiteral("plain.marginalia")), Project::Access::ReadOnly);
    QVERIFY(plainCopy);
    QVERIFY((*plainCopy)->memo({MemoTarget::Kind::Project, 0}).isEmpty());
    QVERIFY((*plainCopy)->coders().isEmpty());
}

void TestProjectMerge::handout_refusesAnUnknownCoderAndAnExistingFile()
{
    HandoutOptions options;
    options.withoutCoders = {QStringLiteral("nobody")};
    auto unknown = ProjectHandout::write(*m_course, path(QStringLiteral("x.marginalia")), options);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(QStringLiteral("nobody")), qPrintable(unknown.error()));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.marginalia"))));
    QVERIFY(!QFile::exists(path(QStringLiteral(".x.marginalia.partial"))));
    auto existing = ProjectHandout::write(*m_course, path(QStringLiteral("course.marginalia")), {});
    QVERIFY(!existing);
}

void TestProjectMerge::merge_addsEveryCodingOfEveryStudentOnce()
{
    const QString anna = studentCopy(QStringLiteral("anna"), {{2, 22}, {50, 59}});
    const QString ben = studentCopy(QStringLiteral("ben"), {{8, 22}, {60, 80}, {2, 22}});
    const QString cleo = studentCopy(QStringLiteral("cleo"), {{2, 40}}, QStringLiteral("Cleo's notes"));
    // cleo hands in a REFI-QDA export, as from QualCoder or NVivo.
    {
        auto copy = Project::open(cleo, Project::Access::ReadOnly);
        QVERIFY(copy);
        QVERIFY(RefiQdaExporter::exportProject(**copy, path(QStringLiteral("cleo.qdpx"))));
    }
    QSet<QString> expected = codingKeys(*m_course);
    for (const QString &student : {anna, ben, cleo}) {
        auto copy = Project::open(student, Project::Access::ReadOnly);
        expected.unite(codingKeys(**copy));
    }
    QCOMPARE(expected.size(), 2 + 2 + 3 + 1);

    int added = 0;
    for (const QString &source : {anna, ben, path(QStringLiteral("cleo.qdpx"))}) {
        auto summary = ProjectMerge::mergeFile(*m_course, source);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
        QCOMPARE(summary->documentsMatched, 1);
        QCOMPARE(summary->documentsAdded, 0);
        QCOMPARE(summary->codesAdded, 0);
        QCOMPARE(summary->codersAdded, 1);
        added += int(summary->codingsAdded);
    }
    QCOMPARE(added, 6);
    QCOMPARE(m_course->codings().size(), 8);
    QCOMPARE(m_course->documents().size(), 1);
    // Every coding of every source, with its GUID, coder, code and range.
    QCOMPARE(codingKeys(*m_course), expected);
    // Cleo's memo differed from the course's: both kept.
    const QString memo = m_course->memo({MemoTarget::Kind::Project, 0});
    QVERIFY2(memo.contains(QStringLiteral("Seminar 3")) && memo.contains(QStringLiteral("Cleo's notes")),
             qPrintable(memo));
    QVERIFY(m_course->check().isEmpty());
}

void TestProjectMerge::merge_isIdempotent()
{
    const QString anna = studentCopy(QStringLiteral("anna"), {{2, 22}}, QStringLiteral("Anna's notes"));
    QVERIFY(ProjectMerge::mergeFile(*m_course, anna));
    const auto codings = m_course->codings().size();
    const QString memo = m_course->memo({MemoTarget::Kind::Project, 0});
    auto again = ProjectMerge::mergeFile(*m_course, anna);
    QVERIFY(again);
    QVERIFY(again->addedNothing());
    QCOMPARE(again->codingsAlreadyThere, 1);
    QVERIFY(again->conflicts.isEmpty());
    QCOMPARE(m_course->codings().size(), codings);
    QCOMPARE(m_course->memo({MemoTarget::Kind::Project, 0}), memo);
}

void TestProjectMerge::merge_reportsConflictsAndLosesNothing()
{
    // Another project: a document with the course's name and another text, a coder "key" who is someone
    // else, and the course's code GUID under another path.
    auto other = Project::create(path(QStringLiteral("other.marginalia")));
    QVERIFY(other);
    NewDocument document;
    document.name = QStringLiteral("Vienna");
    document.text = QStringLiteral("A different statement altogether.");
    const qint64 otherDocument = (*other)->addDocument(document)->id;
    NewCode code;
    code.name = QStringLiteral("Screening");
    code.guid = m_course->code(m_code)->guid;
    const qint64 otherCode = (*other)->addCode(code)->id;
    const qint64 otherKey = (*other)->ensureCoder(QStringLiteral("key"))->id;
    QVERIFY((*other)->addCodings({{otherDocument, otherCode, otherKey, 2, 11, {}, {}, {}}}));
    other->reset();

    auto summary = ProjectMerge::mergeFile(*m_course, path(QStringLiteral("other.marginalia")));
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    QCOMPARE(summary->conflicts.size(), 3);
    const QString report = ProjectMerge::describe(*summary).join(u'\n');
    QVERIFY2(report.contains(QStringLiteral("Vienna (other.marginalia)")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("key (other.marginalia)")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Screening")), qPrintable(report));
    // Nothing lost: the other document, its coder and its coding are all there, under new names.
    QCOMPARE(m_course->documents().size(), 2);
    QVERIFY(m_course->documentByName(QStringLiteral("Vienna (other.marginalia)")));
    QVERIFY(m_course->coderByName(QStringLiteral("key (other.marginalia)")));
    QCOMPARE(m_course->codings().size(), 3);
}

void TestProjectMerge::merge_ofABrokenSource_leavesTheTargetUnchanged()
{
    QFile broken(path(QStringLiteral("broken.qdpx")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("PK\x03\x04 not really a zip");
    broken.close();
    m_course.reset();
    const QByteArray before = digest(path(QStringLiteral("course.marginalia")));
    m_course = std::move(*Project::open(path(QStringLiteral("course.marginalia"))));
    auto summary = ProjectMerge::mergeFile(*m_course, path(QStringLiteral("broken.qdpx")));
    QVERIFY(!summary);
    QVERIFY2(summary.error().contains(QStringLiteral("broken.qdpx")), qPrintable(summary.error()));
    m_course.reset();
    QCOMPARE(digest(path(QStringLiteral("course.marginalia"))), before);
}

void TestProjectMerge::handoutAndMerge_keepWordHeadings()
{
    // The course has a Word document with headings; the hand-out keeps them. A student imports a Word
    // document of their own; merging it in brings its headings along.
    NewDocument word;
    word.name = QStringLiteral("Guidelines");
    word.text = QStringLiteral("Guidelines\n\nScope\n\nThe text.");
    word.headings = {{0, 10, 1}, {12, 17, 2}};
    const auto guidelines = m_course->addDocument(word);
    QVERIFY2(guidelines, qPrintable(guidelines.error()));
    const QString anna = studentCopy(QStringLiteral("anna"), {{2, 22}});
    NewDocument own;
    own.name = QStringLiteral("Anna's notes");
    own.text = QStringLiteral("Notes\n\nMine.");
    own.headings = {{0, 5, 1}};
    {
        auto copy = Project::open(anna);
        QVERIFY2(copy, qPrintable(copy.error()));
        const auto inCopy = (*copy)->documentByName(QStringLiteral("Guidelines"));
        QVERIFY(inCopy);
        QCOMPARE((*copy)->headings(inCopy->id), word.headings);
        QVERIFY((*copy)->addDocument(own));
    }
    auto summary = ProjectMerge::mergeFile(*m_course, anna);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    QCOMPARE(summary->documentsAdded, 1);
    const auto merged = m_course->documentByName(QStringLiteral("Anna's notes"));
    QVERIFY(merged);
    QCOMPARE(m_course->headings(merged->id), own.headings);
    QCOMPARE(m_course->headings(guidelines->id), word.headings);
    QVERIFY(m_course->check().isEmpty());
}

void TestProjectMerge::scores_givePrecisionAndRecallAgainstTheKey()
{
    // The key coded 2..22 and 50..59 (29 characters). anna: exactly the same. ben: 8..22 and 60..80.
    QVERIFY(ProjectMerge::mergeFile(*m_course, studentCopy(QStringLiteral("anna"), {{2, 22}, {50, 59}})));
    QVERIFY(ProjectMerge::mergeFile(*m_course, studentCopy(QStringLiteral("ben"), {{8, 22}, {60, 80}})));
    auto scores = StudentScores::compute(*m_course, m_key, {});
    QVERIFY2(scores, qPrintable(scores ? QString() : scores.error()));
    QList<ScoreRow> anna, ben;
    for (const ScoreRow &row : std::as_const(*scores))
        (row.coder == QStringLiteral("anna") ? anna : ben).append(row);
    QCOMPARE(anna.size(), 2); // Identification, and the summary (Protection: nobody coded it)
    QCOMPARE(anna.first().codePath, QStringLiteral("Identification"));
    QCOMPARE(*anna.first().precision.value, 1.0);
    QCOMPARE(*anna.first().recall.value, 1.0);
    QCOMPARE(*anna.first().cohenKappa.value, 1.0);
    QVERIFY(anna.last().codePath.isEmpty());
    // ben: 14 of his 34 characters are the key's (precision 14/34); 14 of the key's 29 (recall 14/29).
    QCOMPARE(ben.first().precision.value.value(), 14.0 / 34.0);
    QCOMPARE(ben.first().recall.value.value(), 14.0 / 29.0);
    // The key cannot score itself; an unknown key is an error.
    QVERIFY(!StudentScores::compute(*m_course, m_key, {m_key}));
    QVERIFY(!StudentScores::compute(*m_course, 4242, {}));
}

QTEST_GUILESS_MAIN(TestProjectMerge)
#include "tst_projectmerge.moc"

// Tests for opening older and newer project files: a schema-version-1 file is migrated forward in one
// transaction with its data intact; a migration that fails leaves the file exactly as it was; a file from a
// newer version is refused and left exactly as it was.

#include "store/project.h"
#include "store/projectschema_p.h"
#include "testsupport.h"
#include "text/textoffsets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Marginalia::Core;
using Marginalia::Test::fileDigest;

namespace {

const QString documentText = QString::fromUtf16(u"Identification \U0001F30D of victims \U00020BB7 "
                                                u"\u0645\u0631\u062D\u0628\u0627 cafe\u0301");
const QString projectGuid = QStringLiteral("6f1f0d3e-2b8c-4a57-9a3e-0c1d2e3f4a5b");
const QString coderGuid = QStringLiteral("1a2b3c4d-0000-4000-8000-000000000001");
const QString documentGuid = QStringLiteral("1a2b3c4d-0000-4000-8000-000000000002");
const QString parentGuid = QStringLiteral("1a2b3c4d-0000-4000-8000-000000000003");
const QString childGuid = QStringLiteral("1a2b3c4d-0000-4000-8000-000000000004");
const QString codingGuid = QStringLiteral("1a2b3c4d-0000-4000-8000-000000000005");
const QString created = QStringLiteral("2017-09-04T09:30:00.125Z");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Runs @p work on a connection of its own to @p path, as another SQLite tool would, and closes it.
bool withConnection(const QString &path, const std::function<bool(QSqlDatabase &)> &work)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_projectmigration-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            ok = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QVariant scalar(const QString &path, const QString &sql)
{
    QVariant value;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0);
        return true;
    });
    return value;
}

/**
 * Writes a project file exactly as version 1 of Marginalia would have: schema 1, the project's
 * application_id, user_version 1, and a project, a coder, a document, two codes and a coding.
 * @p wal: in WAL mode, as Marginalia writes its files, or in SQLite's default rollback-journal mode, as a
 * file copied by another tool (e.g. `sqlite3 .backup`, VACUUM INTO) can be.
 */
bool writeVersion1File(const QString &path, bool wal, const QStringList &extraStatements = {})
{
    return withConnection(path, [&](QSqlDatabase &db) {
        if (wal && !exec(db, QStringLiteral("PRAGMA journal_mode = WAL")))
            return false;
        if (!db.transaction())
            return false;
        for (const QString &sql : ProjectSchema::version1Statements()) {
            if (!exec(db, sql))
                return false;
        }
        const qint64 length = TextOffsets::codePointLength(documentText);
        const bool ok = exec(db, QStringLiteral("INSERT INTO project (id, guid, name, created) VALUES (1, ?, ?, ?)"),
                             {projectGuid, QStringLiteral("Seminar 2017"), created})
            && exec(db, QStringLiteral("INSERT INTO coders (id, guid, name, created) VALUES (1, ?, 'amina', ?)"),
                    {coderGuid, created})
            && exec(db,
                    QStringLiteral("INSERT INTO documents (id, guid, name, original_file_name, format, encoding, "
                                   "imported, text, length, text_sha256, file_size, file_sha256) "
                                   "VALUES (1, ?, 'Vienna summary', 'vienna.txt', 'text', 'UTF-8', ?, ?, ?, ?, ?, ?)"),
                    {documentGuid, created, documentText, length, sha256Hex(documentText.toUtf8()),
                     qint64(documentText.toUtf8().size()), sha256Hex(documentText.toUtf8())})
            && exec(db,
                    QStringLiteral(
                        "INSERT INTO codes (id, guid, parent_id, name, color, description, position, created) "
                        "VALUES (1, ?, NULL, 'Protection', '#4E79A7', 'Rights at borders', 0, ?)"),
                    {parentGuid, created})
            && exec(db,
                    QStringLiteral(
                        "INSERT INTO codes (id, guid, parent_id, name, color, description, position, created) "
                        "VALUES (2, ?, 1, 'Children', '#F28E2B', '', 0, ?)"),
                    {childGuid, created})
            && exec(db,
                    QStringLiteral("INSERT INTO codings (id, guid, document_id, code_id, coder_id, start_pos, end_pos, "
                                   "memo, created) VALUES (1, ?, 1, 2, 1, 15, 16, 'the globe', ?)"),
                    {codingGuid, created});
        if (!ok)
            return false;
        for (const QString &sql : extraStatements) {
            if (!exec(db, sql))
                return false;
        }
        if (!db.commit())
            return false;
        return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Project::ApplicationId))
            && exec(db, QStringLiteral("PRAGMA user_version = 1"));
    });
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestProjectMigration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void version1File_isMigratedWithItsDataIntact_data();
    void version1File_isMigratedWithItsDataIntact();
    void migratedFile_takesMemosAndKeepsThem();
    void migratedFile_codesStayCodableAndTheProjectHasNoForeignCreator();
    void version8File_getsHeadings_andKeepsEverything();
    void version8FileWithATableNamedHeadings_isRefusedAndLeftUnchanged();
    void migrationThatFails_isRefusedAndLeavesTheFileUnchanged_data();
    void migrationThatFails_isRefusedAndLeavesTheFileUnchanged();
    void olderFileOpenedReadOnly_isRefusedAndLeftUnchanged();
    void newerFile_isRefusedAndLeftByteForByteUnchanged_data();
    void newerFile_isRefusedAndLeftByteForByteUnchanged();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("seminar.marginalia")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectMigration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Project::SchemaVersion > 1);
}

void TestProjectMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectMigration::cleanup()
{
    m_dir.reset();
}

void TestProjectMigration::version1File_isMigratedWithItsDataIntact_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("WAL, as Marginalia 1 wrote it") << true;
    QTest::newRow("rollback journal, as another tool may leave it") << false;
}

void TestProjectMigration::version1File_isMigratedWithItsDataIntact()
{
    QFETCH(bool, wal);
    QVERIFY(writeVersion1File(path(), wal));
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), 1);

    auto opened = Project::open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Project &project = **opened;

    QCOMPARE(project.guid(), projectGuid);
    QCOMPARE(project.name(), QStringLiteral("Seminar 2017"));
    QCOMPARE(project.projectMemo(), QString());

    const QList<Coder> coders = project.coders();
    QCOMPARE(coders.size(), 1);
    QCOMPARE(coders.at(0).guid, coderGuid);
    QCOMPARE(coders.at(0).name, QStringLiteral("amina"));

    const QList<Document> documents = project.documents();
    QCOMPARE(documents.size(), 1);
    const Document &document = documents.at(0);
    QCOMPARE(document.guid, documentGuid);
    QCOMPARE(document.name, QStringLiteral("Vienna summary"));
    QCOMPARE(document.originalFileName, QStringLiteral("vienna.txt"));
    QCOMPARE(document.length, TextOffsets::codePointLength(documentText));
    QCOMPARE(document.imported, QDateTime(QDate(2017, 9, 4), QTime(9, 30, 0, 125), Qt::UTC));
    QCOMPARE(document.memo, QString());
    QCOMPARE(document.codingCount, qint64(1));
    QCOMPARE(*project.documentText(document.id), documentText);

    const QList<Code> codes = project.codes();
    QCOMPARE(codes.size(), 2);
    QCOMPARE(codes.at(0).guid, parentGuid);
    QCOMPARE(codes.at(0).name, QStringLiteral("Protection"));
    QCOMPARE(codes.at(0).description, QStringLiteral("Rights at borders"));
    QCOMPARE(codes.at(0).memo, QString());
    QCOMPARE(codes.at(1).guid, childGuid);
    QCOMPARE(codes.at(1).parentId, codes.at(0).id);
    QCOMPARE(codes.at(1).color, QStringLiteral("#F28E2B"));

    const QList<Coding> codings = project.codings();
    QCOMPARE(codings.size(), 1);
    QCOMPARE(codings.at(0).guid, codingGuid);
    QCOMPARE(codings.at(0).codeId, codes.at(1).id);
    QCOMPARE(codings.at(0).start, qint64(15));
    QCOMPARE(codings.at(0).end, qint64(16));
    QCOMPARE(codings.at(0).memo, QStringLiteral("the globe"));
    QCOMPARE(TextOffsets::slice(documentText, codings.at(0).start, codings.at(0).end),
             QString::fromUtf16(u"\U0001F30D"));
    QCOMPARE(project.codingCount(codes.at(0).id, true), qint64(1));
    QCOMPARE(project.check(), QStringList());

    // Version 6 indexed the text that was there: a word after the globe, at its code points; and "café"
    // written with a combining accent is found without it.
    SearchQuery victims;
    victims.text = QStringLiteral("victims");
    QCOMPARE(*project.searchCandidates(victims), QList<qint64>{document.id});
    QCOMPARE(*project.matchesIn(document.id, victims), (QList<TextRange>{{20, 27}}));
    victims.text = QStringLiteral("cafe");
    QCOMPARE(project.matchesIn(document.id, victims)->size(), 1);

    // The file now says it is at this build's version, and is in WAL mode like every project.
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), Project::SchemaVersion);
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(Project::ApplicationId));
    QCOMPARE(scalar(path(),
                    QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                   "AND name = 'codings_by_code'"))
                 .toInt(),
             1);

    // New writes work on the migrated file.
    NewCoding coding;
    coding.documentId = document.id;
    coding.codeId = codes.at(0).id;
    coding.coderId = coders.at(0).id;
    coding.start = 0;
    coding.end = 14;
    auto added = project.addCoding(coding);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(added->has_value());
}

void TestProjectMigration::migratedFile_takesMemosAndKeepsThem()
{
    QVERIFY(writeVersion1File(path(), true));
    {
        auto opened = Project::open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Project &project = **opened;
        const qint64 document = project.documents().at(0).id;
        const qint64 code = project.codes().at(0).id;
        const qint64 coding = project.codings().at(0).id;
        QVERIFY(project.setProjectMemo(QStringLiteral("project memo")).ok());
        QVERIFY(project.setDocumentMemo(document, QStringLiteral("document memo")).ok());
        QVERIFY(project.setCodeMemo(code, QStringLiteral("code memo")).ok());
        QVERIFY(project.setCodingMemo(coding, QStringLiteral("coding memo")).ok());
    }
    // Reopened: already at the current version, nothing to migrate, the memos are there.
    auto opened = Project::open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Project &project = **opened;
    QCOMPARE(project.projectMemo(), QStringLiteral("project memo"));
    QCOMPARE(project.documents().at(0).memo, QStringLiteral("document memo"));
    QCOMPARE(project.codes().at(0).memo, QStringLiteral("code memo"));
    QCOMPARE(project.codings().at(0).memo, QStringLiteral("coding memo"));
    QCOMPARE(project.check(), QStringList());
}

void TestProjectMigration::migratedFile_codesStayCodableAndTheProjectHasNoForeignCreator()
{
    // Version 4 keeps what REFI-QDA projects say about code folders and their creator. Every code of an older
    // file was applicable, and every older project was made in Marginalia: the new columns say so.
    QVERIFY(writeVersion1File(path(), true));
    {
        auto opened = Project::open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE((*opened)->codes().size(), 2);
    }
    QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM codes WHERE codable = 1")).toInt(), 2);
    QCOMPARE(scalar(path(), QStringLiteral("SELECT creating_user FROM project")).toString(), QString());
    QCOMPARE(scalar(path(), QStringLiteral("SELECT created FROM project")).toString(), created);
    // The colours the file had are kept as they were.
    QCOMPARE(
        scalar(path(), QStringLiteral("SELECT group_concat(color, ' ') FROM (SELECT color FROM codes ORDER BY id)"))
            .toString(),
        QStringLiteral("#4E79A7 #F28E2B"));
}

namespace {

/// Makes the project at @p path a format-8 file, as the release before headings wrote it: the same tables
/// but `headings`, and user_version 8. @p extra runs in the same transaction.
bool makeVersion8(const QString &path, const QStringList &extra = {})
{
    return withConnection(path, [&](QSqlDatabase &db) {
        if (!db.transaction() || !exec(db, QStringLiteral("DROP TABLE headings")))
            return false;
        for (const QString &sql : extra) {
            if (!exec(db, sql))
                return false;
        }
        return db.commit() && exec(db, QStringLiteral("PRAGMA user_version = 8"));
    });
}

} // namespace

void TestProjectMigration::version8File_getsHeadings_andKeepsEverything()
{
    qint64 documentId = 0;
    {
        auto created = Project::create(path());
        QVERIFY2(created.ok(), qPrintable(created.error()));
        NewDocument document;
        document.name = QStringLiteral("Vienna summary");
        document.text = documentText;
        auto added = (*created)->addDocument(document);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        documentId = added->id;
        QVERIFY((*created)->addCode(QStringLiteral("Protection")).ok());
    }
    QVERIFY(makeVersion8(path()));
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), 8);
    QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'headings'")).toInt(), 0);

    auto opened = Project::open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Project &project = **opened;
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), 9);
    QCOMPARE(Project::SchemaVersion, 9);
    // A document imported before has no headings (importing it again gives them); its text is as it was.
    QVERIFY(project.headings(documentId).isEmpty());
    QCOMPARE(*project.documentText(documentId), documentText);
    QCOMPARE(project.codes().size(), 1);
    QCOMPARE(project.check(), QStringList());

    // The new table works, with its constraints and its cascade.
    NewDocument word;
    word.name = QStringLiteral("Word report");
    word.text = QStringLiteral("Title\n\nBody.");
    word.headings = {{0, 5, 1}};
    auto added = project.addDocument(word);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(project.headings(added->id), word.headings);
    QVERIFY(project.removeDocument(added->id).ok());
    QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM headings")).toInt(), 0);
}

void TestProjectMigration::version8FileWithATableNamedHeadings_isRefusedAndLeftUnchanged()
{
    // A researcher kept a table of their own named headings in the file: the step to 9 fails, and the whole
    // upgrade is rolled back.
    {
        auto created = Project::create(path());
        QVERIFY2(created.ok(), qPrintable(created.error()));
    }
    QVERIFY(makeVersion8(path(), {QStringLiteral("CREATE TABLE headings (mine TEXT)")}));
    const QByteArray before = fileDigest(path());
    const QStringList filesBefore = filesIn(m_dir->path());

    auto opened = Project::open(path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("headings")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("left as it was")), qPrintable(opened.error()));
    QCOMPARE(fileDigest(path()), before);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), 8);
}

void TestProjectMigration::migrationThatFails_isRefusedAndLeavesTheFileUnchanged_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("WAL, as Marginalia 1 wrote it") << true;
    QTest::newRow("rollback journal, as another tool may leave it") << false;
}

void TestProjectMigration::migrationThatFails_isRefusedAndLeavesTheFileUnchanged()
{
    // A researcher added an index of their own with the name the version 2 step uses: that step fails after
    // the earlier statements of the migration (ALTER TABLE ... ADD COLUMN memo) have run.
    QFETCH(bool, wal);
    QVERIFY(writeVersion1File(path(), wal, {QStringLiteral("CREATE INDEX codings_by_code ON codings (code_id)")}));
    const QByteArray before = fileDigest(path());
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = filesIn(m_dir->path());

    auto opened = Project::open(path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("codings_by_code")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("left as it was")), qPrintable(opened.error()));

    QCOMPARE(fileDigest(path()), before);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(
        scalar(path(), QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('project') WHERE name = 'memo'")).toInt(),
        0);

    // Failing again fails the same way: the first attempt left nothing half-done behind.
    auto again = Project::open(path());
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("codings_by_code")), qPrintable(again.error()));
    QCOMPARE(fileDigest(path()), before);

    // Every message about a bad file names the file (PRODUCT.md, "Reliability").
    QVERIFY2(opened.error().contains(QStringLiteral("seminar.marginalia")), qPrintable(opened.error()));
}

void TestProjectMigration::olderFileOpenedReadOnly_isRefusedAndLeftUnchanged()
{
    // Upgrading needs write access; a read-only open must not half-read an old schema either.
    QVERIFY(writeVersion1File(path(), true));
    const QByteArray before = fileDigest(path());
    const QStringList filesBefore = filesIn(m_dir->path());

    auto opened = Project::open(path(), Project::Access::ReadOnly);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(path()), qPrintable(opened.error()));
    QCOMPARE(fileDigest(path()), before);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), 1);

    // Opened for writing, it migrates as usual.
    auto writable = Project::open(path());
    QVERIFY2(writable.ok(), qPrintable(writable.error()));
}

void TestProjectMigration::newerFile_isRefusedAndLeftByteForByteUnchanged_data()
{
    QTest::addColumn<int>("access");
    QTest::newRow("read-write") << int(Project::Access::ReadWrite);
    QTest::newRow("read-only") << int(Project::Access::ReadOnly);
}

void TestProjectMigration::newerFile_isRefusedAndLeftByteForByteUnchanged()
{
    QFETCH(int, access);

    // A real project, then stamped as written by the next version (which may have changed anything).
    {
        auto created = Project::create(path());
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY((*created)->addCode(QStringLiteral("From the future")).ok());
    }
    QVERIFY(withConnection(path(), [](QSqlDatabase &db) {
        return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(Project::SchemaVersion + 1))
            && exec(db, QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY)"));
    }));
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), Project::SchemaVersion + 1);
    const QByteArray before = fileDigest(path());
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = filesIn(m_dir->path());

    auto opened = Project::open(path(), Project::Access(access));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("newer")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(path()), qPrintable(opened.error()));

    QCOMPARE(fileDigest(path()), before);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
    QCOMPARE(scalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), Project::SchemaVersion + 1);
}

QTEST_GUILESS_MAIN(TestProjectMigration)
#include "tst_projectmigration.moc"

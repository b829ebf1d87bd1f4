// Every bad input gets a clear message and leaves the project exactly as it was (PRODUCT.md,
// "Reliability").
//
// "Exactly as it was" is checked on the file's bytes. A project is in WAL mode, so while it is open its
// committed changes may sit in the -wal file beside it; when the last connection closes, SQLite checkpoints
// them into the main file and deletes the -wal file. So every comparison is made with the project closed:
// digest, open, try the bad operation, close, digest again. The control tests below prove the method can
// tell: opening and closing without a change leaves the bytes alone, and one committed change alters them.

#include "import/documentreader.h"
#include "projecttestsupport.h"
#include "store/project.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <unistd.h>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

namespace {

/// The bytes of a string literal, embedded NULs included, without the terminating one.
template<std::size_t N> QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// The ids of what setUpProject() made.
struct Ids
{
    qint64 coder = 0;
    qint64 document = 0;
    qint64 otherDocument = 0;
    qint64 protection = 0; // Protection/Children/Unaccompanied
    qint64 children = 0;
    qint64 unaccompanied = 0;
    qint64 smuggling = 0;
    qint64 coding = 0;
};

/// A bad operation on an open project; returns its error message (empty if it wrongly succeeded).
using BadOperation = std::function<QString(Project &, const Ids &)>;

template<typename T> QString errorOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error();
}

QList<std::pair<const char *, BadOperation>> badOperations()
{
    return {
        {"coding past the end of the document",
         [](Project &p, const Ids &ids) {
             return errorOf(
                 p.addCoding(newCoding(ids.document, ids.children, ids.coder, 30, unicodeSampleCodePoints + 1)));
         }},
        {"coding to the UTF-16 length, past the code point length",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCoding(newCoding(ids.document, ids.children, ids.coder, 0, unicodeSample.size())));
         }},
        {"coding far out of range",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCoding(newCoding(ids.document, ids.children, ids.coder, 100000, 100010)));
         }},
        {"reversed coding",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCoding(newCoding(ids.document, ids.children, ids.coder, 9, 3)));
         }},
        {"empty coding",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCoding(newCoding(ids.document, ids.children, ids.coder, 4, 4)));
         }},
        {"negative start",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCoding(newCoding(ids.document, ids.children, ids.coder, -2, 4)));
         }},
        {"coding on a missing code",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCoding(newCoding(ids.document, 987654, ids.coder, 0, 4)));
         }},
        {"coding on a missing document",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCoding(newCoding(987654, ids.children, ids.coder, 0, 4)));
         }},
        {"coding by a missing coder",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCoding(newCoding(ids.document, ids.children, 987654, 0, 4)));
         }},
        {"batch of five with a bad third (out of range)",
         [](Project &p, const Ids &ids) {
             return errorOf(
                 p.addCodings({newCoding(ids.document, ids.children, ids.coder, 0, 1),
                               newCoding(ids.document, ids.children, ids.coder, 1, 2),
                               newCoding(ids.document, ids.children, ids.coder, 2, unicodeSampleCodePoints + 5),
                               newCoding(ids.document, ids.children, ids.coder, 3, 4),
                               newCoding(ids.otherDocument, ids.children, ids.coder, 4, 5)}));
         }},
        {"batch of five with a bad third (missing code)",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCodings({newCoding(ids.document, ids.smuggling, ids.coder, 0, 1),
                                          newCoding(ids.document, ids.smuggling, ids.coder, 1, 2),
                                          newCoding(ids.document, 987654, ids.coder, 2, 3),
                                          newCoding(ids.document, ids.smuggling, ids.coder, 3, 4),
                                          newCoding(ids.document, ids.smuggling, ids.coder, 4, 5)}));
         }},
        {"batch of five with a bad last",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCodings({newCoding(ids.document, ids.smuggling, ids.coder, 0, 1),
                                          newCoding(ids.document, ids.smuggling, ids.coder, 1, 2),
                                          newCoding(ids.document, ids.smuggling, ids.coder, 2, 3),
                                          newCoding(ids.document, ids.smuggling, ids.coder, 3, 4),
                                          newCoding(ids.document, ids.smuggling, ids.coder, 5, 4)}));
         }},
        {"changing a range to past the end",
         [](Project &p, const Ids &ids) {
             return errorOf(p.setCodingRange(ids.coding, 0, unicodeSampleCodePoints + 2));
         }},
        {"changing a range to reversed",
         [](Project &p, const Ids &ids) {
             return errorOf(p.setCodingRange(ids.coding, 5, 1));
         }},
        {"duplicate code name",
         [](Project &p, const Ids &ids) {
             return errorOf(p.addCode(QStringLiteral("Children"), ids.protection));
         }},
        {"duplicate top-level code name",
         [](Project &p, const Ids &) {
             return errorOf(p.addCode(QStringLiteral("Smuggling")));
         }},
        {"renaming a code to its sibling's name",
         [](Project &p, const Ids &ids) {
             return errorOf(p.renameCode(ids.smuggling, QStringLiteral("Protection")));
         }},
        {"code under a missing parent",
         [](Project &p, const Ids &) {
             return errorOf(p.addCode(QStringLiteral("Orphan"), 987654));
         }},
        {"invalid colour",
         [](Project &p, const Ids &ids) {
             return errorOf(p.setCodeColor(ids.children, QStringLiteral("#12345")));
         }},
        {"merging a code into its own subcode",
         [](Project &p, const Ids &ids) {
             return errorOf(p.mergeCodes(ids.protection, ids.children));
         }},
        {"merging a code into its own grandchild",
         [](Project &p, const Ids &ids) {
             return errorOf(p.mergeCodes(ids.protection, ids.unaccompanied));
         }},
        {"merging a code into itself",
         [](Project &p, const Ids &ids) {
             return errorOf(p.mergeCodes(ids.children, ids.children));
         }},
        {"moving a code into its descendant",
         [](Project &p, const Ids &ids) {
             return errorOf(p.moveCode(ids.protection, ids.unaccompanied));
         }},
        {"moving a code into itself",
         [](Project &p, const Ids &ids) {
             return errorOf(p.moveCode(ids.children, ids.children));
         }},
        {"moving a code next to a namesake",
         [](Project &p, const Ids &ids) {
             return errorOf(p.moveCode(ids.unaccompanied, ids.smuggling));
         }},
        {"renaming a document to a taken name",
         [](Project &p, const Ids &ids) {
             return errorOf(p.renameDocument(ids.otherDocument, QStringLiteral("Vienna")));
         }},
        {"removing a missing document",
         [](Project &p, const Ids &) {
             return errorOf(p.removeDocument(987654));
         }},
        {"deleting a missing code",
         [](Project &p, const Ids &) {
             return errorOf(p.deleteCode(987654));
         }},
        {"memo on a missing coding",
         [](Project &p, const Ids &) {
             return errorOf(p.setCodingMemo(987654, QStringLiteral("memo")));
         }},
        {"blank document name",
         [](Project &p, const Ids &) {
             NewDocument document;
             document.name = QStringLiteral("   ");
             document.text = QStringLiteral("text");
             return errorOf(p.addDocument(document));
         }},
    };
}

} // namespace

class TestProjectBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Controls: the comparison of bytes can tell a change.
    void control_openAndCloseWithoutChanges_leavesTheBytesAlone();
    void control_oneCommittedChange_altersTheBytes();

    void badFile_isRefusedWithAMessageAndLeftUnchanged_data();
    void badFile_isRefusedWithAMessageAndLeftUnchanged();
    void missingFileOrFolder_isRefusedNamingIt();

    void badOperation_isRefusedAndProjectUnchanged_data();
    void badOperation_isRefusedAndProjectUnchanged();
    void duplicateCoding_writesNothing();
    void importBadFile_isRejectedAndProjectUnchanged_data();
    void importBadFile_isRejectedAndProjectUnchanged();

    void readOnlyFile_canBeReadButNotWritten();
    void readOnlyFile_openForWriting_isRefusedAndLeftUnchanged();
    void readOnlyFolder_openForWriting_isRefusedAndLeftUnchanged();
    void readOnlyFolder_openReadOnly_readsOrSaysWhy();
    void readOnlyFolder_create_isRefused();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("project.marginalia")); }
    /// A closed project with documents, a nested codebook and codings.
    bool setUpProject(Ids &ids);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectBadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(unicodeSampleIsAsDescribed());
}

void TestProjectBadInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectBadInput::cleanup()
{
    // Give back write access that a test took away, so that the folder can be removed.
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_dir.reset();
}

bool TestProjectBadInput::setUpProject(Ids &ids)
{
    auto created = Project::create(path());
    if (!created) {
        qWarning("%s", qPrintable(created.error()));
        return false;
    }
    Project &project = **created;
    NewDocument document;
    document.name = QStringLiteral("Vienna");
    document.text = unicodeSample;
    auto vienna = project.addDocument(document);
    document.name = QStringLiteral("Geneva");
    auto geneva = project.addDocument(document);
    auto coder = project.ensureCoder(QStringLiteral("amina"));
    auto unaccompanied = project.ensureCodePath(
        {QStringLiteral("Protection"), QStringLiteral("Children"), QStringLiteral("Unaccompanied")});
    auto smuggling = project.addCode(QStringLiteral("Smuggling"));
    if (!vienna || !geneva || !coder || !unaccompanied || !smuggling)
        return false;
    // A namesake of "Unaccompanied" under "Smuggling", for the move that must be refused.
    if (!project.addCode(QStringLiteral("Unaccompanied"), smuggling->id))
        return false;
    ids.coder = coder->id;
    ids.document = vienna->id;
    ids.otherDocument = geneva->id;
    ids.unaccompanied = unaccompanied->id;
    ids.children = unaccompanied->parentId;
    ids.protection = project.code(ids.children)->parentId;
    ids.smuggling = smuggling->id;
    auto added = project.addCoding(newCoding(ids.document, ids.children, ids.coder, 15, 16));
    if (!added || !added->has_value())
        return false;
    ids.coding = (*added)->id;
    return project.addCoding(newCoding(ids.otherDocument, ids.unaccompanied, ids.coder, 0, unicodeSampleCodePoints))
               .ok()
        && project.setCodingMemo(ids.coding, QStringLiteral("the globe")).ok();
}

// --- Controls ------------------------------------------------------------------------------------------

void TestProjectBadInput::control_openAndCloseWithoutChanges_leavesTheBytesAlone()
{
    Ids ids;
    QVERIFY(setUpProject(ids));
    const QByteArray before = fileDigest(path());
    QVERIFY(!before.isEmpty());
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("project.marginalia")});
    {
        auto opened = Project::open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE((*opened)->codings().size(), 2); // reads only
        QCOMPARE((*opened)->check(), QStringList());
    }
    QCOMPARE(fileDigest(path()), before);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("project.marginalia")});
}

void TestProjectBadInput::control_oneCommittedChange_altersTheBytes()
{
    Ids ids;
    QVERIFY(setUpProject(ids));
    const QByteArray before = fileDigest(path());
    {
        auto opened = Project::open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY((*opened)->addCoding(newCoding(ids.document, ids.smuggling, ids.coder, 0, 1)).ok());
    }
    QVERIFY(fileDigest(path()) != before);
}

// --- Bad files -----------------------------------------------------------------------------------------

void TestProjectBadInput::badFile_isRefusedWithAMessageAndLeftUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes"); // the file, when it is not made through SQLite
    QTest::addColumn<QStringList>("statements"); // or: SQL run on a new SQLite file
    QTest::addColumn<QString>("expected"); // part of the message

    const QStringList none;
    QTest::newRow("text file") << QByteArray("These are my interview notes, not a project.\n") << none
                               << QStringLiteral("not an SQLite database");
    QTest::newRow("empty file") << QByteArray() << none << QStringLiteral("empty");
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << none
                         << QStringLiteral("not an SQLite database");
    QTest::newRow("truncated SQLite header")
        << QByteArray("SQLite form") << none << QStringLiteral("not an SQLite database");
    QByteArray garbage("SQLite format 3", 16);
    for (int i = 0; i < 4080; ++i)
        garbage += char((i * 37 + 11) % 256);
    QTest::newRow("SQLite header, then garbage") << garbage << none << QStringLiteral("project.marginalia");

    QTest::newRow("SQLite database of another program")
        << QByteArray()
        << QStringList{QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                       QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")}
        << QStringLiteral("not a Marginalia project");
    QTest::newRow("SQLite database with another application_id")
        << QByteArray()
        << QStringList{QStringLiteral("PRAGMA application_id = 1234"),
                       QStringLiteral("CREATE TABLE project (id INTEGER PRIMARY KEY)")}
        << QStringLiteral("not a Marginalia project");
    QTest::newRow("project from a newer version")
        << QByteArray()
        << QStringList{QStringLiteral("PRAGMA application_id = %1").arg(Project::ApplicationId),
                       QStringLiteral("PRAGMA user_version = %1").arg(Project::SchemaVersion + 1),
                       QStringLiteral("CREATE TABLE project (id INTEGER PRIMARY KEY, something_new TEXT)")}
        << QStringLiteral("newer");
    // What a crash in the middle of Project::create() leaves: the identity is written, the schema is not.
    QTest::newRow("half-created project: identity but no schema")
        << QByteArray()
        << QStringList{QStringLiteral("PRAGMA application_id = %1").arg(Project::ApplicationId),
                       QStringLiteral("PRAGMA journal_mode = WAL")}
        << QStringLiteral("project.marginalia");
}

void TestProjectBadInput::badFile_isRefusedWithAMessageAndLeftUnchanged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);

    if (statements.isEmpty())
        QVERIFY(Marginalia::Test::writeFile(path(), bytes));
    else
        QVERIFY(execRaw(path(), statements));
    const QByteArray before = fileDigest(path());
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = filesIn(m_dir->path());

    for (auto access : {Project::Access::ReadWrite, Project::Access::ReadOnly}) {
        auto opened = Project::open(path(), access);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(path()), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
        QCOMPARE(fileDigest(path()), before);
        QCOMPARE(filesIn(m_dir->path()), filesBefore);
    }
}

void TestProjectBadInput::missingFileOrFolder_isRefusedNamingIt()
{
    auto missing = Project::open(path());
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(path()), qPrintable(missing.error()));
    QVERIFY(!QFile::exists(path())); // not created by trying

    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.marginalia")));
    const QString folder = m_dir->filePath(QStringLiteral("folder.marginalia"));
    auto isFolder = Project::open(folder);
    QVERIFY(!isFolder.ok());
    QVERIFY2(isFolder.error().contains(folder), qPrintable(isFolder.error()));
    QVERIFY2(isFolder.error().contains(QStringLiteral("folder")), qPrintable(isFolder.error()));
    QVERIFY(QDir(folder).isEmpty());
}

// --- Bad operations ------------------------------------------------------------------------------------

void TestProjectBadInput::badOperation_isRefusedAndProjectUnchanged_data()
{
    QTest::addColumn<int>("operation");
    const auto operations = badOperations();
    for (qsizetype i = 0; i < operations.size(); ++i)
        QTest::newRow(operations.at(i).first) << int(i);
}

void TestProjectBadInput::badOperation_isRefusedAndProjectUnchanged()
{
    QFETCH(int, operation);

    Ids ids;
    QVERIFY(setUpProject(ids));
    const QByteArray before = fileDigest(path());
    QVERIFY(!before.isEmpty());
    {
        auto opened = Project::open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Project &project = **opened;
        const qsizetype codings = project.codings().size();
        const qsizetype codes = project.codes().size();

        const QString error = badOperations().at(operation).second(project, ids);
        QVERIFY2(!error.isEmpty(), "the bad operation succeeded");
        QVERIFY2(error.size() > 15, qPrintable(error)); // a sentence, not a code

        // Visible through the open project too, not only in the bytes after closing.
        QCOMPARE(project.codings().size(), codings);
        QCOMPARE(project.codes().size(), codes);
        QCOMPARE(project.check(), QStringList());
    }
    QCOMPARE(fileDigest(path()), before);
}

void TestProjectBadInput::duplicateCoding_writesNothing()
{
    Ids ids;
    QVERIFY(setUpProject(ids));
    const QByteArray before = fileDigest(path());
    {
        auto opened = Project::open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto again = (*opened)->addCoding(newCoding(ids.document, ids.children, ids.coder, 15, 16));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(!again->has_value());
        auto batch = (*opened)->addCodings({newCoding(ids.document, ids.children, ids.coder, 15, 16)});
        QVERIFY(batch.ok());
        QCOMPARE(*batch, qint64(0));
    }
    QCOMPARE(fileDigest(path()), before);
}

void TestProjectBadInput::importBadFile_isRejectedAndProjectUnchanged_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");

    QByteArray binary;
    for (int i = 0; i < 3000; ++i)
        binary += char((i * 7919 + 13) % 256);
    QTest::newRow("binary") << QStringLiteral("interview.txt") << binary;
    QTest::newRow("PNG named .txt") << QStringLiteral("photo.txt") << bytesOf("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR");
    QTest::newRow("PDF named .md") << QStringLiteral("report.md") << QByteArray("%PDF-1.4\n1 0 obj\n");
    QTest::newRow("ZIP named .txt") << QStringLiteral("archive.txt") << bytesOf("PK\x03\x04\x14\x00\x00\x00");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray();
    QTest::newRow("only whitespace") << QStringLiteral("blank.txt") << QByteArray("\r\n \t \r\n");
    QTest::newRow("invalid UTF-8 after a UTF-8 BOM") << QStringLiteral("broken.txt")
                                                     << QByteArray("\xEF\xBB\xBF"
                                                                   "caf\xE9\n");
}

void TestProjectBadInput::importBadFile_isRejectedAndProjectUnchanged()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);

    Ids ids;
    QVERIFY(setUpProject(ids));
    const QString file = m_dir->filePath(fileName);
    QVERIFY(Marginalia::Test::writeFile(file, bytes));
    const QByteArray before = fileDigest(path());
    {
        auto opened = Project::open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QSignalSpy documentsChanged(opened->get(), &Project::documentsChanged);
        // The import path: read the file, and add it only when it could be read.
        const auto read = DocumentReader::read(file);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(fileName), qPrintable(read.error()));
        QCOMPARE((*opened)->documents().size(), 2);
        QCOMPARE(documentsChanged.count(), 0);
    }
    QCOMPARE(fileDigest(path()), before);
}

// --- Permissions ---------------------------------------------------------------------------------------

void TestProjectBadInput::readOnlyFile_canBeReadButNotWritten()
{
    Ids ids;
    QVERIFY(setUpProject(ids));
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileDigest(path());
    {
        auto opened = Project::open(path(), Project::Access::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Project &project = **opened;
        QVERIFY(project.isReadOnly());
        QCOMPARE(project.codings().size(), 2);
        QCOMPARE(*project.documentText(ids.document), unicodeSample);
        const auto write = project.addCode(QStringLiteral("New"));
        QVERIFY(!write.ok());
        QVERIFY2(write.error().contains(QStringLiteral("read-only")), qPrintable(write.error()));
    }
    QCOMPARE(fileDigest(path()), before);
}

void TestProjectBadInput::readOnlyFile_openForWriting_isRefusedAndLeftUnchanged()
{
    Ids ids;
    QVERIFY(setUpProject(ids));
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileDigest(path());

    if (runningAsRoot()) {
        // The OS lets root write to a 0444 file, and Project::open asks the OS (access(2)), so it opens: the
        // check must agree with what the OS then allows, or the first change would fail later instead.
        {
            auto opened = Project::open(path());
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QVERIFY((*opened)->setProjectMemo(QStringLiteral("root wrote this")).ok());
        }
        auto reopened = Project::open(path(), Project::Access::ReadOnly);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->projectMemo(), QStringLiteral("root wrote this"));
        QSKIP("running as root: a 0444 file is writable, so there is no refusal to test");
    }
    auto opened = Project::open(path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(path()), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("read-only")), qPrintable(opened.error()));
    QCOMPARE(fileDigest(path()), before);
}

void TestProjectBadInput::readOnlyFolder_openForWriting_isRefusedAndLeftUnchanged()
{
    if (runningAsRoot())
        QSKIP("running as root: a read-only folder does not stop root from creating the WAL file in it");
    Ids ids;
    QVERIFY(setUpProject(ids));
    const QByteArray before = fileDigest(path());
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    auto opened = Project::open(path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(path()), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("read-only")), qPrintable(opened.error()));
    QCOMPARE(fileDigest(path()), before);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("project.marginalia")});
}

void TestProjectBadInput::readOnlyFolder_openReadOnly_readsOrSaysWhy()
{
    // A project on a read-only share or medium. SQLite cannot create the -shm file a WAL database needs
    // beside it, so reading may be impossible; but then the message must say so, not misname the file.
    if (runningAsRoot())
        QSKIP("running as root: a read-only folder does not stop root from creating the -shm file in it");
    Ids ids;
    QVERIFY(setUpProject(ids));
    const QByteArray before = fileDigest(path());
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    auto opened = Project::open(path(), Project::Access::ReadOnly);
    if (opened.ok()) {
        QCOMPARE((*opened)->codings().size(), 2);
    } else {
        QVERIFY2(opened.error().contains(path()), qPrintable(opened.error()));
        QVERIFY2(!opened.error().contains(QStringLiteral("not a Marginalia project")), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("read-only")), qPrintable(opened.error()));
    }
    QCOMPARE(fileDigest(path()), before);
}

void TestProjectBadInput::readOnlyFolder_create_isRefused()
{
    if (runningAsRoot())
        QSKIP("running as root: a read-only folder does not stop root from creating files in it");
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    auto created = Project::create(path());
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(path()), qPrintable(created.error()));
    QVERIFY2(created.error().contains(QStringLiteral("read-only")), qPrintable(created.error()));
    QVERIFY(!QFile::exists(path()));
}

QTEST_GUILESS_MAIN(TestProjectBadInput)
#include "tst_projectbadinput.moc"

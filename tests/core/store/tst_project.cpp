// Tests for Project, the SQLite store: the file's identity, documents, codebook, codings, coders, memos,
// signals, persistence, read-only access and the integrity check.

#include "projecttestsupport.h"
#include "store/documenttextreader.h"
#include "store/project.h"
#include "store/sqlitehandle_p.h"
#include "testsupport.h"
#include "text/textoffsets.h"

#include <QCryptographicHash>
#include <QObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>
#include <sqlite3.h>

#include <functional>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

namespace {

NewDocument newDocument(const QString &name, const QString &text = unicodeSample)
{
    NewDocument document;
    document.name = name;
    document.originalFileName = name + QStringLiteral(".txt");
    document.text = text;
    document.fileSize = text.toUtf8().size();
    document.fileSha256
        = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    return document;
}

QString describe(const Document &d)
{
    return QStringList{QString::number(d.id),
                       d.guid,
                       d.name,
                       d.originalFileName,
                       d.format,
                       d.encoding,
                       d.imported.toString(Qt::ISODateWithMs),
                       QString::number(d.length),
                       d.textSha256,
                       QString::number(d.fileSize),
                       d.fileSha256,
                       d.memo,
                       QString::number(d.codingCount)}
        .join(u'|');
}

QString describe(const Code &c)
{
    return QStringList{QString::number(c.id), c.guid, QString::number(c.parentId), c.name, c.color,
                       c.description,         c.memo, QString::number(c.position)}
        .join(u'|');
}

QString describe(const Coding &c)
{
    return QStringList{QString::number(c.id),
                       c.guid,
                       QString::number(c.documentId),
                       QString::number(c.codeId),
                       QString::number(c.coderId),
                       QString::number(c.start),
                       QString::number(c.end),
                       c.memo,
                       c.created.toString(Qt::ISODateWithMs)}
        .join(u'|');
}

QString describe(const Coder &c)
{
    return QStringList{QString::number(c.id), c.guid, c.name}.join(u'|');
}

template<typename T> QStringList describeAll(const QList<T> &rows)
{
    QStringList result;
    for (const T &row : rows)
        result.append(describe(row));
    return result;
}

/// Names of the codes under @p parentId in position order, and whether positions run 0, 1, 2...
QStringList childNames(const Project &project, qint64 parentId, bool *contiguous = nullptr)
{
    QList<Code> children;
    for (const Code &code : project.codes()) {
        if (code.parentId == parentId)
            children.append(code);
    }
    std::sort(children.begin(), children.end(), [](const Code &a, const Code &b) { return a.position < b.position; });
    QStringList names;
    bool ok = true;
    for (qsizetype i = 0; i < children.size(); ++i) {
        names.append(children.at(i).name);
        ok = ok && children.at(i).position == i;
    }
    if (contiguous)
        *contiguous = ok;
    return names;
}

/// The first column of the first row of @p sql, through a separate read-only connection.
QVariant queryRaw(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_project-query-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

/// The integer in the first column of the first row of @p sql, on the project's own connection.
qint64 queryOn(const Project &project, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(SqliteHandle::of(project), sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        value = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    return value;
}

} // namespace

class TestProject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // The file
    void create_makesAnEmptySoundProjectNamedAfterTheFile();
    void create_existingFile_isRefusedAndLeftAlone();
    void create_missingFolder_isRefused();
    void file_isWalWithForeignKeysAndProjectIdentity();
    void reopen_givesBackEverythingThatWasCommitted();

    // Coders
    void ensureCoder_createsOnceAndReturnsTheSameCoderAfter();
    void ensureCoder_blankName_isRefused();
    void removeCoder_withoutCodings_isRemovedAndRestoredAsItWas();
    void removeCoder_withCodings_isRefused();

    // Documents
    void addDocument_storesTheTextWithItsLengthInCodePoints();
    void addDocument_takenName_getsANumberedName();
    void addDocument_blankName_isRefused();
    void renameDocument_renamesOrRefusesATakenName();
    void removeDocument_removesItsCodingsAndNoOthers();

    // Codebook
    void addCode_nestedCodes_getPositionsInOrder();
    void addCode_colour_data();
    void addCode_colour();
    void addCode_withoutColour_takesADefaultNotInUse();
    void addCode_withoutColour_whenAllDefaultsAreUsed_takesTheLeastUsed();
    void addCode_sameNameAtOneLevel_isRefusedButAllowedAtAnother();
    void addCode_missingParentOrBlankName_isRefused();
    void ensureCodePath_createsMissingLevelsOnce();
    void ensureCodePath_thatFails_createsNothing_data();
    void ensureCodePath_thatFails_createsNothing();
    void renameCode_siblingConflict_isRefused();
    void setCodeColorAndDescription_areValidatedAndStored();
    void codeWithoutColourAndFolder_areKeptThroughDeleteAndRestore();
    void moveCode_toAnotherParent_renumbersBothLevels();
    void moveCode_withinItsParent_reorders();
    void moveCode_intoItselfOrADescendant_isRefused();
    void moveCode_whereTheNameIsTaken_isRefused();
    void mergeCodes_movesCodingsAndDropsDuplicates();
    void mergeCodes_sameNamedSubcodes_mergeRecursively();
    void mergeCodes_childIntoItsParent_losesNoCoding();
    void mergeCodes_intoItself_isRefused();
    void deleteCode_returnsItsCodingCountAndCascades();

    // Codings
    void addCoding_returnsTheStoredCoding();
    void addCoding_exactDuplicate_isNotCreatedTwice();
    void addCoding_overlappingOrByAnotherCoder_isAllowed();
    void addCoding_rangeIsCheckedInCodePoints_data();
    void addCoding_rangeIsCheckedInCodePoints();
    void addCoding_missingDocumentCodeOrCoder_isRefused();
    void addCodings_addsABatchAndSkipsDuplicates();
    void codings_filterByDocumentCodeSubcodesAndCoder();
    void forEachCoding_visitsInEitherOrderWithOrWithoutDetails();
    void forEachCoding_stopsWhenTheVisitorSaysSo();
    void documentTextReader_givesTheTextAsUtf8AndThePages();
    void addCodingsAs_addsTheCoderWithItsCodingsInOneTransaction();
    void addCodingsAs_thatFails_leavesNoCoder();
    void codingByGuid_findsItInAnyCase();
    void memo_byTarget_readsAndWritesEachKind();
    void removeCoding_removesIt();
    void setCodingRange_changesOrRefuses();

    // Memos
    void memos_onProjectDocumentCodeAndCoding_areStoredAndKept();
    void memos_onMissingRows_areRefused();
    void versions_conditionalSaves_refuseWhatChangedMeanwhile();

    // Signals
    void signals_tellWhatChanged();
    void signals_areNotEmittedByFailedOrEmptyChanges();

    // Read-only and integrity
    void readOnlyOpen_refusesEveryWriteWithAClearErrorAndLeavesTheFile();
    void check_soundProject_reportsNothing();
    void check_damagedFile_reportsTheProblem_data();
    void check_damagedFile_reportsTheProblem();

private:
    QString path(const QString &fileName = QStringLiteral("study.marginalia")) const;
    std::unique_ptr<Project> create(const QString &fileName = QStringLiteral("study.marginalia"));
    std::unique_ptr<Project> open(Project::Access access = Project::Access::ReadWrite);

    /// A project with a coder, two documents, a few codes and codings, for the tests that need content.
    struct Content
    {
        qint64 coder = 0;
        qint64 otherCoder = 0;
        qint64 document = 0;
        qint64 otherDocument = 0;
        qint64 protection = 0; // with "Children" below it
        qint64 children = 0;
        qint64 identification = 0;
        qint64 coding = 0;
    };
    bool fill(Project &project, Content &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProject::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(unicodeSampleIsAsDescribed());
    MARGINALIA_REQUIRE_STORE_BACKEND();
}

void TestProject::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProject::cleanup()
{
    m_dir.reset();
}

QString TestProject::path(const QString &fileName) const
{
    return m_dir->filePath(fileName);
}

std::unique_ptr<Project> TestProject::create(const QString &fileName)
{
    return createProject(path(fileName));
}

std::unique_ptr<Project> TestProject::open(Project::Access access)
{
    auto opened = Project::open(storeLocation(path()), access);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(*opened);
}

bool TestProject::fill(Project &project, Content &content)
{
    auto coder = project.ensureCoder(QStringLiteral("amina"));
    auto otherCoder = project.ensureCoder(QStringLiteral("bruno"));
    auto document = project.addDocument(newDocument(QStringLiteral("Vienna summary")));
    auto otherDocument = project.addDocument(newDocument(QStringLiteral("Closing remarks")));
    if (!coder || !otherCoder || !document || !otherDocument)
        return false;
    auto protection = project.addCode(QStringLiteral("Protection"), 0, QStringLiteral("#4E79A7"));
    if (!protection)
        return false;
    auto children = project.addCode(QStringLiteral("Children"), protection->id);
    auto identification = project.addCode(QStringLiteral("Identification"));
    if (!children || !identification)
        return false;
    content.coder = coder->id;
    content.otherCoder = otherCoder->id;
    content.document = document->id;
    content.otherDocument = otherDocument->id;
    content.protection = protection->id;
    content.children = children->id;
    content.identification = identification->id;
    auto coding = project.addCoding(newCoding(content.document, content.identification, content.coder, 0, 14));
    if (!coding || !coding->has_value())
        return false;
    content.coding = (*coding)->id;
    return project.addCoding(newCoding(content.document, content.children, content.coder, 15, 16)).ok()
        && project.addCoding(newCoding(content.otherDocument, content.protection, content.otherCoder, 3, 20)).ok();
}

// --- The file ------------------------------------------------------------------------------------------

void TestProject::create_makesAnEmptySoundProjectNamedAfterTheFile()
{
    MARGINALIA_FILE_BACKEND_ONLY();
    auto project = create(QStringLiteral("Vienna study.marginalia"));
    QVERIFY(project);
    QCOMPARE(project->name(), QStringLiteral("Vienna study"));
    QCOMPARE(project->filePath(), path(QStringLiteral("Vienna study.marginalia")));
    QVERIFY(!project->isReadOnly());
    QVERIFY(!QUuid::fromString(project->guid()).isNull());
    QVERIFY(project->documents().isEmpty());
    QVERIFY(project->codes().isEmpty());
    QVERIFY(project->coders().isEmpty());
    QVERIFY(project->codings().isEmpty());
    QCOMPARE(project->projectMemo(), QString());
    QCOMPARE(project->check(), QStringList());
    QVERIFY(QFile::exists(path(QStringLiteral("Vienna study.marginalia"))));
}

void TestProject::create_existingFile_isRefusedAndLeftAlone()
{
    MARGINALIA_FILE_BACKEND_ONLY();
    QVERIFY(Marginalia::Test::writeFile(path(), QByteArray("my thesis, not a project")));
    auto created = Project::create(path());
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(path()), qPrintable(created.error()));
    QCOMPARE(Marginalia::Test::readFile(path()), QByteArray("my thesis, not a project"));

    // An existing project is not overwritten either.
    auto first = create(QStringLiteral("other.marginalia"));
    QVERIFY(first);
    QVERIFY(first->addCode(QStringLiteral("Kept")).ok());
    first.reset();
    QVERIFY(!Project::create(path(QStringLiteral("other.marginalia"))).ok());
    auto reopened = Project::open(path(QStringLiteral("other.marginalia")));
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE((*reopened)->codes().size(), 1);
}

void TestProject::create_missingFolder_isRefused()
{
    MARGINALIA_FILE_BACKEND_ONLY();
    const QString inMissing = m_dir->filePath(QStringLiteral("no-such-folder/study.marginalia"));
    auto created = Project::create(inMissing);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(QStringLiteral("no-such-folder")), qPrintable(created.error()));
    QVERIFY(!QFile::exists(inMissing));
}

void TestProject::file_isWalWithForeignKeysAndProjectIdentity()
{
    MARGINALIA_FILE_BACKEND_ONLY();
    auto project = create();
    QVERIFY(project);

    // Per-connection settings, on the project's own connection.
    QCOMPARE(queryOn(*project, "PRAGMA foreign_keys"), 1);
    QCOMPARE(queryOn(*project, "PRAGMA synchronous"), 2); // FULL

    // Settings stored in the file, seen by any other SQLite client.
    QCOMPARE(queryRaw(path(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(queryRaw(path(), QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(0x4D52474E));
    QCOMPARE(queryRaw(path(), QStringLiteral("PRAGMA user_version")).toInt(), Project::SchemaVersion);
    QCOMPARE(queryRaw(path(), QStringLiteral("SELECT COUNT(*) FROM project")).toInt(), 1);
    project.reset();

    // And in the header bytes themselves (https://www.sqlite.org/fileformat.html#the_database_header).
    const QByteArray header = Marginalia::Test::readFile(path()).left(100);
    QCOMPARE(header.size(), 100);
    QVERIFY(header.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    QCOMPARE(int(header.at(18)), 2); // write version 2: WAL
    QCOMPARE(int(header.at(19)), 2); // read version 2: WAL
    QCOMPARE(header.mid(68, 4), QByteArray("MRGN"));
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 60), qint32(Project::SchemaVersion));
}

void TestProject::reopen_givesBackEverythingThatWasCommitted()
{
    QStringList documents, codes, codings, coders;
    QString guid, name, text;
    {
        auto project = create();
        QVERIFY(project);
        Content content;
        QVERIFY(fill(*project, content));
        QVERIFY(project->setProjectMemo(QStringLiteral("Seminar, week 3")).ok());
        QVERIFY(project->setDocumentMemo(content.document, QStringLiteral("OCR noise on p. 4")).ok());
        QVERIFY(project->setCodeMemo(content.children, QStringLiteral("Under 18")).ok());
        QVERIFY(project->setCodingMemo(content.coding, QString::fromUtf16(u"\u0645\u0631\u062D\u0628\u0627 \U0001F30D"))
                    .ok());
        QVERIFY(project->moveCode(content.identification, 0, 0).ok());
        documents = describeAll(project->documents());
        codes = describeAll(project->codes());
        codings = describeAll(project->codings());
        coders = describeAll(project->coders());
        guid = project->guid();
        name = project->name();
        text = *project->documentText(content.document);
    }
    // Nothing left to flush: a closed project is one self-contained file.
    if (!storeTestsOnServer())
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));

    auto project = open();
    QVERIFY(project);
    QCOMPARE(describeAll(project->documents()), documents);
    QCOMPARE(describeAll(project->codes()), codes);
    QCOMPARE(describeAll(project->codings()), codings);
    QCOMPARE(describeAll(project->coders()), coders);
    QCOMPARE(project->guid(), guid);
    QCOMPARE(project->name(), name);
    QCOMPARE(project->projectMemo(), QStringLiteral("Seminar, week 3"));
    QCOMPARE(*project->documentText(project->documentByName(QStringLiteral("Vienna summary"))->id), text);
    QCOMPARE(text, unicodeSample);
    QCOMPARE(codes.size(), 3);
    QCOMPARE(codings.size(), 3);
    QCOMPARE(project->check(), QStringList());
}

// --- Coders --------------------------------------------------------------------------------------------

void TestProject::removeCoder_withoutCodings_isRemovedAndRestoredAsItWas()
{
    auto project = create();
    QVERIFY(project);
    const auto rita = project->ensureCoder(QStringLiteral("rita"));
    QVERIFY(rita);
    QVERIFY(rita->created.isValid());
    QVERIFY(project->removeCoder(rita->id));
    QVERIFY(project->coders().isEmpty());
    // What undo and redo of a new coder's first coding do: the same coder comes back.
    CodebookSnapshot snapshot;
    snapshot.coders.append(*rita);
    QVERIFY(project->restoreSnapshot(snapshot));
    const auto back = project->coderByName(QStringLiteral("rita"));
    QVERIFY(back);
    QCOMPARE(back->id, rita->id);
    QCOMPARE(back->guid, rita->guid);
    QCOMPARE(back->created, rita->created);
    QCOMPARE(project->check(), QStringList());
}

void TestProject::removeCoder_withCodings_isRefused()
{
    auto project = create();
    QVERIFY(project);
    const auto rita = project->ensureCoder(QStringLiteral("rita"));
    NewDocument document;
    document.name = QStringLiteral("note");
    document.text = QStringLiteral("Screening at borders.");
    const auto added = project->addDocument(document);
    const auto code = project->addCode(QStringLiteral("Screening"));
    QVERIFY(project->addCoding({added->id, code->id, rita->id, 0, 9, {}, {}, {}}));
    const auto removed = project->removeCoder(rita->id);
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(QLatin1String("has codings")), qPrintable(removed.error()));
    QCOMPARE(project->coders().size(), 1);
    QCOMPARE(project->codings().size(), 1);
}

void TestProject::ensureCoder_createsOnceAndReturnsTheSameCoderAfter()
{
    auto project = create();
    QVERIFY(project);
    auto amina = project->ensureCoder(QStringLiteral("  amina "));
    QVERIFY2(amina.ok(), qPrintable(amina.error()));
    QCOMPARE(amina->name, QStringLiteral("amina"));
    QVERIFY(amina->id > 0);
    QVERIFY(!QUuid::fromString(amina->guid).isNull());

    auto again = project->ensureCoder(QStringLiteral("amina"));
    QVERIFY(again.ok());
    QCOMPARE(again->id, amina->id);
    QCOMPARE(again->guid, amina->guid);

    auto bruno = project->ensureCoder(QStringLiteral("Bruno"));
    QVERIFY(bruno.ok());
    QVERIFY(bruno->id != amina->id);
    // Names are case-sensitive: "Amina" is another coder.
    auto capital = project->ensureCoder(QStringLiteral("Amina"));
    QVERIFY(capital.ok());
    QVERIFY(capital->id != amina->id);

    QCOMPARE(project->coders().size(), 3);
    QCOMPARE(project->coderByName(QStringLiteral("Bruno"))->id, bruno->id);
    QVERIFY(!project->coderByName(QStringLiteral("nobody")).has_value());
}

void TestProject::ensureCoder_blankName_isRefused()
{
    auto project = create();
    QVERIFY(project);
    QVERIFY(!project->ensureCoder(QString()).ok());
    QVERIFY(!project->ensureCoder(QStringLiteral(" \t ")).ok());
    QVERIFY(project->coders().isEmpty());
}

// --- Documents -----------------------------------------------------------------------------------------

void TestProject::addDocument_storesTheTextWithItsLengthInCodePoints()
{
    auto project = create();
    QVERIFY(project);
    NewDocument input = newDocument(QStringLiteral("Vienna summary"));
    input.format = QStringLiteral("markdown");
    input.encoding = QStringLiteral("WINDOWS-1252");
    input.fileSize = 12345;
    auto added = project->addDocument(input);
    QVERIFY2(added.ok(), qPrintable(added.error()));

    QVERIFY(added->id > 0);
    QVERIFY(!QUuid::fromString(added->guid).isNull());
    QCOMPARE(added->name, QStringLiteral("Vienna summary"));
    QCOMPARE(added->originalFileName, QStringLiteral("Vienna summary.txt"));
    QCOMPARE(added->format, QStringLiteral("markdown"));
    QCOMPARE(added->encoding, QStringLiteral("WINDOWS-1252"));
    QCOMPARE(added->length, unicodeSampleCodePoints);
    QCOMPARE(added->fileSize, qint64(12345));
    QCOMPARE(added->fileSha256, input.fileSha256);
    QCOMPARE(added->textSha256,
             QString::fromLatin1(QCryptographicHash::hash(unicodeSample.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(added->imported.isValid());
    QCOMPARE(added->imported.timeSpec(), Qt::UTC);
    QCOMPARE(added->codingCount, qint64(0));

    auto text = project->documentText(added->id);
    QVERIFY(text.ok());
    QCOMPARE(*text, unicodeSample);
    QCOMPARE(describe(*project->document(added->id)), describe(*added));
    QCOMPARE(describe(*project->documentByName(QStringLiteral("Vienna summary"))), describe(*added));
    QVERIFY(!project->documentText(added->id + 100).ok());
}

void TestProject::addDocument_takenName_getsANumberedName()
{
    auto project = create();
    QVERIFY(project);
    const QStringList texts{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"),
                            QStringLiteral("fourth")};
    const QStringList names{QStringLiteral("Interview"), QStringLiteral("Interview"), QStringLiteral("  Interview  "),
                            QStringLiteral("Interview (2)")};
    const QStringList expected{QStringLiteral("Interview"), QStringLiteral("Interview (2)"),
                               QStringLiteral("Interview (3)"), QStringLiteral("Interview (2) (2)")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto added = project->addDocument(newDocument(names.at(i), texts.at(i)));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->name, expected.at(i));
        QCOMPARE(*project->documentText(added->id), texts.at(i));
    }
    QCOMPARE(project->documents().size(), 4);
}

void TestProject::addDocument_blankName_isRefused()
{
    auto project = create();
    QVERIFY(project);
    QVERIFY(!project->addDocument(newDocument(QString())).ok());
    QVERIFY(!project->addDocument(newDocument(QStringLiteral("   "))).ok());
    QVERIFY(project->documents().isEmpty());
}

void TestProject::renameDocument_renamesOrRefusesATakenName()
{
    auto project = create();
    QVERIFY(project);
    const qint64 a = project->addDocument(newDocument(QStringLiteral("A")))->id;
    const qint64 b = project->addDocument(newDocument(QStringLiteral("B")))->id;

    QVERIFY(project->renameDocument(a, QStringLiteral("  Vienna  ")).ok());
    QCOMPARE(project->document(a)->name, QStringLiteral("Vienna"));
    QVERIFY(project->renameDocument(a, QStringLiteral("Vienna")).ok()); // its own name is not "taken"

    const auto taken = project->renameDocument(b, QStringLiteral("Vienna"));
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().contains(QStringLiteral("Vienna")), qPrintable(taken.error()));
    QCOMPARE(project->document(b)->name, QStringLiteral("B"));

    QVERIFY(!project->renameDocument(b, QStringLiteral(" ")).ok());
    QVERIFY(!project->renameDocument(b + a + 100, QStringLiteral("Nowhere")).ok());
    QCOMPARE(project->document(b)->name, QStringLiteral("B"));
    QVERIFY(!project->documentByName(QStringLiteral("Nowhere")));
}

void TestProject::removeDocument_removesItsCodingsAndNoOthers()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    QCOMPARE(project->codings({content.document}).size(), 2);
    QCOMPARE(project->document(content.document)->codingCount, qint64(2));
    const QStringList otherCodings = describeAll(project->codings({content.otherDocument}));
    QCOMPARE(otherCodings.size(), 1);

    QVERIFY(project->removeDocument(content.document).ok());
    QVERIFY(!project->document(content.document).has_value());
    QVERIFY(!project->documentText(content.document).ok());
    QCOMPARE(project->codings({content.document}).size(), 0);
    QCOMPARE(project->codingCount(content.identification, false), qint64(0));
    QCOMPARE(describeAll(project->codings()), otherCodings);
    QCOMPARE(project->codes().size(), 3); // the codebook stays
    QCOMPARE(project->check(), QStringList());

    const auto missing = project->removeDocument(content.document);
    QVERIFY(!missing.ok());
    QVERIFY(!missing.error().isEmpty());
}

// --- Codebook ------------------------------------------------------------------------------------------

void TestProject::addCode_nestedCodes_getPositionsInOrder()
{
    auto project = create();
    QVERIFY(project);
    auto protection = project->addCode(QStringLiteral("Protection"), 0, {}, QStringLiteral("Use for rights"));
    QVERIFY2(protection.ok(), qPrintable(protection.error()));
    auto smuggling = project->addCode(QStringLiteral("Smuggling"));
    auto children = project->addCode(QStringLiteral("Children"), protection->id);
    auto gender = project->addCode(QStringLiteral("Gender"), protection->id);
    auto unaccompanied = project->addCode(QStringLiteral("Unaccompanied"), children->id);
    QVERIFY(smuggling.ok() && children.ok() && gender.ok() && unaccompanied.ok());

    QCOMPARE(protection->position, 0);
    QCOMPARE(smuggling->position, 1);
    QCOMPARE(children->position, 0);
    QCOMPARE(gender->position, 1);
    QCOMPARE(unaccompanied->position, 0);
    QCOMPARE(children->parentId, protection->id);
    QCOMPARE(protection->parentId, qint64(0));
    QCOMPARE(project->code(protection->id)->description, QStringLiteral("Use for rights"));

    // Parents before children, siblings in order.
    QStringList order;
    for (const Code &code : project->codes())
        order.append(code.name);
    QVERIFY(order.indexOf(QStringLiteral("Protection")) < order.indexOf(QStringLiteral("Children")));
    QVERIFY(order.indexOf(QStringLiteral("Children")) < order.indexOf(QStringLiteral("Unaccompanied")));
    QVERIFY(order.indexOf(QStringLiteral("Children")) < order.indexOf(QStringLiteral("Gender")));
    QVERIFY(order.indexOf(QStringLiteral("Protection")) < order.indexOf(QStringLiteral("Smuggling")));
    QCOMPARE(order.size(), 5);
}

void TestProject::addCode_colour_data()
{
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QString>("stored"); // empty: refused

    QTest::newRow("upper case") << QStringLiteral("#E15759") << QStringLiteral("#E15759");
    QTest::newRow("lower case is stored upper case") << QStringLiteral("#e15759") << QStringLiteral("#E15759");
    QTest::newRow("name") << QStringLiteral("red") << QString();
    QTest::newRow("no hash") << QStringLiteral("E15759") << QString();
    QTest::newRow("short form") << QStringLiteral("#E15") << QString();
    QTest::newRow("five digits") << QStringLiteral("#E1575") << QString();
    QTest::newRow("seven digits") << QStringLiteral("#E157590") << QString();
    QTest::newRow("with alpha") << QStringLiteral("#FFE15759") << QString();
    QTest::newRow("not hex") << QStringLiteral("#GGGGGG") << QString();
    QTest::newRow("space before") << QStringLiteral(" #E15759") << QString();
    QTest::newRow("newline after") << QStringLiteral("#E15759\n") << QString();
}

void TestProject::addCode_colour()
{
    QFETCH(QString, colour);
    QFETCH(QString, stored);

    auto project = create();
    QVERIFY(project);
    auto added = project->addCode(QStringLiteral("Coloured"), 0, colour);
    if (stored.isEmpty()) {
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(colour), qPrintable(added.error()));
        QVERIFY(project->codes().isEmpty());
        // The same check when the colour is changed later.
        auto plain = project->addCode(QStringLiteral("Plain"));
        QVERIFY(plain.ok());
        QVERIFY(!project->setCodeColor(plain->id, colour).ok());
        QCOMPARE(project->code(plain->id)->color, plain->color);
    } else {
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->color, stored);
        QCOMPARE(project->code(added->id)->color, stored);
    }
}

void TestProject::addCode_withoutColour_takesADefaultNotInUse()
{
    auto project = create();
    QVERIFY(project);
    // An imported colour that happens to be the first default: the next code must not repeat it.
    QVERIFY(project->addCode(QStringLiteral("Imported"), 0, QStringLiteral("#4e79a7")).ok());
    QStringList colours;
    QList<qint64> ids;
    for (int i = 0; i < 9; ++i) {
        auto added = project->addCode(QStringLiteral("Code %1").arg(i));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        colours.append(added->color);
        ids.append(added->id);
    }
    QCOMPARE(colours.first(), QStringLiteral("#F28E2B"));
    colours.append(QStringLiteral("#4E79A7"));
    QCOMPARE(QSet<QString>(colours.begin(), colours.end()).size(), 10); // the ten defaults, each once

    // A deleted code's colour is free again, whatever the number of codes says.
    const QString freed = project->code(ids.at(4))->color;
    QVERIFY(project->deleteCode(ids.at(4)).ok());
    auto next = project->addCode(QStringLiteral("After the delete"));
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QCOMPARE(next->color, freed);
}

void TestProject::addCode_withoutColour_whenAllDefaultsAreUsed_takesTheLeastUsed()
{
    auto project = create();
    QVERIFY(project);
    for (int i = 0; i < 10; ++i)
        QVERIFY(project->addCode(QStringLiteral("Code %1").arg(i)).ok());
    // Every default is used once; using all but the sixth twice leaves the sixth the least used.
    const QStringList defaults{QStringLiteral("#4E79A7"), QStringLiteral("#F28E2B"), QStringLiteral("#E15759"),
                               QStringLiteral("#76B7B2"), QStringLiteral("#59A14F"), QStringLiteral("#EDC948"),
                               QStringLiteral("#B07AA1"), QStringLiteral("#FF9DA7"), QStringLiteral("#9C755F"),
                               QStringLiteral("#BAB0AC")};
    for (int i = 0; i < defaults.size(); ++i) {
        if (i != 5)
            QVERIFY(project->addCode(QStringLiteral("Twice %1").arg(i), 0, defaults.at(i)).ok());
    }
    auto next = project->addCode(QStringLiteral("Next"));
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QCOMPARE(next->color, defaults.at(5));
    // Now all are used twice: the palette's order decides.
    auto after = project->addCode(QStringLiteral("After"));
    QVERIFY(after.ok());
    QCOMPARE(after->color, defaults.at(0));
}

void TestProject::addCode_sameNameAtOneLevel_isRefusedButAllowedAtAnother()
{
    auto project = create();
    QVERIFY(project);
    auto protection = project->addCode(QStringLiteral("Protection"));
    auto smuggling = project->addCode(QStringLiteral("Smuggling"));
    QVERIFY(protection.ok() && smuggling.ok());
    QVERIFY(project->addCode(QStringLiteral("Children"), protection->id).ok());

    const auto twin = project->addCode(QStringLiteral(" Children "), protection->id);
    QVERIFY(!twin.ok());
    QVERIFY2(twin.error().contains(QStringLiteral("Children")), qPrintable(twin.error()));
    QVERIFY(!project->addCode(QStringLiteral("Protection")).ok());

    QVERIFY(project->addCode(QStringLiteral("Children"), smuggling->id).ok());
    QVERIFY(project->addCode(QStringLiteral("Children")).ok());
    QVERIFY(project->addCode(QStringLiteral("children"), protection->id).ok()); // names are case-sensitive
    QCOMPARE(project->codes().size(), 6);
}

void TestProject::addCode_missingParentOrBlankName_isRefused()
{
    auto project = create();
    QVERIFY(project);
    QVERIFY(!project->addCode(QStringLiteral("Orphan"), 4242).ok());
    QVERIFY(!project->addCode(QString()).ok());
    QVERIFY(!project->addCode(QStringLiteral("  ")).ok());
    QVERIFY(project->codes().isEmpty());
}

void TestProject::ensureCodePath_createsMissingLevelsOnce()
{
    auto project = create();
    QVERIFY(project);
    const QStringList path{QStringLiteral("Protection"), QStringLiteral("Children"), QStringLiteral("Unaccompanied")};
    auto leaf = project->ensureCodePath(path, QStringLiteral("#59A14F"), QStringLiteral("Under 18, alone"));
    QVERIFY2(leaf.ok(), qPrintable(leaf.error()));
    QCOMPARE(leaf->name, QStringLiteral("Unaccompanied"));
    QCOMPARE(leaf->color, QStringLiteral("#59A14F"));
    QCOMPARE(leaf->description, QStringLiteral("Under 18, alone"));
    QCOMPARE(project->codes().size(), 3);
    const auto middle = project->code(leaf->parentId);
    QVERIFY(middle);
    QCOMPARE(middle->name, QStringLiteral("Children"));
    QCOMPARE(middle->description, QString()); // colour and description go to the last level only
    QCOMPARE(project->code(middle->parentId)->name, QStringLiteral("Protection"));
    QCOMPARE(project->code(middle->parentId)->parentId, qint64(0));

    // Again: the same code, nothing created, the existing colour kept.
    auto again = project->ensureCodePath(path, QStringLiteral("#E15759"));
    QVERIFY(again.ok());
    QCOMPARE(again->id, leaf->id);
    QCOMPARE(again->color, QStringLiteral("#59A14F"));
    QCOMPARE(project->codes().size(), 3);

    // Partly existing: only the missing level is created, under the existing ones.
    auto sibling = project->ensureCodePath({QStringLiteral(" Protection "), QStringLiteral("Gender")});
    QVERIFY(sibling.ok());
    QCOMPARE(sibling->parentId, middle->parentId);
    QCOMPARE(project->codes().size(), 4);

    QVERIFY(!project->ensureCodePath({}).ok());
}

void TestProject::ensureCodePath_thatFails_createsNothing_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("colour");

    QTest::newRow("blank last level") << QStringList{QStringLiteral("Detention"), QStringLiteral("  ")} << QString();
    QTest::newRow("blank middle level") << QStringList{QStringLiteral("Detention"), QString(),
                                                       QStringLiteral("Alternatives")}
                                        << QString();
    QTest::newRow("bad colour for the last level")
        << QStringList{QStringLiteral("Detention"), QStringLiteral("Alternatives")} << QStringLiteral("blue");
}

void TestProject::ensureCodePath_thatFails_createsNothing()
{
    // "When it fails, nothing has changed" (project.h): a path that cannot be created must not leave its
    // first levels behind.
    QFETCH(QStringList, path);
    QFETCH(QString, colour);

    auto project = create();
    QVERIFY(project);
    QSignalSpy codebookChanged(project.get(), &Project::codebookChanged);
    const auto result = project->ensureCodePath(path, colour);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QCOMPARE(project->codes().size(), 0);
    QCOMPARE(codebookChanged.count(), 0);
}

void TestProject::renameCode_siblingConflict_isRefused()
{
    auto project = create();
    QVERIFY(project);
    auto protection = project->addCode(QStringLiteral("Protection"));
    auto children = project->addCode(QStringLiteral("Children"), protection->id);
    auto gender = project->addCode(QStringLiteral("Gender"), protection->id);
    auto top = project->addCode(QStringLiteral("Smuggling"));
    QVERIFY(children.ok() && gender.ok() && top.ok());

    const auto conflict = project->renameCode(gender->id, QStringLiteral("Children"));
    QVERIFY(!conflict.ok());
    QVERIFY2(conflict.error().contains(QStringLiteral("Children")), qPrintable(conflict.error()));
    QCOMPARE(project->code(gender->id)->name, QStringLiteral("Gender"));

    QVERIFY(project->renameCode(top->id, QStringLiteral("Children")).ok()); // another level
    QVERIFY(project->renameCode(gender->id, QStringLiteral("  Women and girls ")).ok());
    QCOMPARE(project->code(gender->id)->name, QStringLiteral("Women and girls"));
    QVERIFY(project->renameCode(gender->id, QStringLiteral("Women and girls")).ok()); // unchanged name
    QVERIFY(!project->renameCode(gender->id, QStringLiteral(" ")).ok());
    QVERIFY(!project->renameCode(9999, QStringLiteral("Ghost")).ok());
    QCOMPARE(project->code(gender->id)->name, QStringLiteral("Women and girls"));
    QCOMPARE(project->code(gender->id)->position, 1); // a rename keeps the place
}

void TestProject::setCodeColorAndDescription_areValidatedAndStored()
{
    auto project = create();
    QVERIFY(project);
    auto code = project->addCode(QStringLiteral("Protection"));
    QVERIFY(code.ok());
    QVERIFY(project->setCodeColor(code->id, QStringLiteral("#76b7b2")).ok());
    QCOMPARE(project->code(code->id)->color, QStringLiteral("#76B7B2"));
    QVERIFY(!project->setCodeColor(code->id, QStringLiteral("teal")).ok());
    QCOMPARE(project->code(code->id)->color, QStringLiteral("#76B7B2"));
    QVERIFY(!project->setCodeColor(code->id + 1, QStringLiteral("#000000")).ok());

    const QString description = QString::fromUtf16(u"Use when: rights at borders.\nNot when: \U0001F30D general.");
    QVERIFY(project->setCodeDescription(code->id, description).ok());
    QCOMPARE(project->code(code->id)->description, description);
    QVERIFY(!project->setCodeDescription(code->id + 1, description).ok());
}

void TestProject::codeWithoutColourAndFolder_areKeptThroughDeleteAndRestore()
{
    // An import keeps what another tool said: no colour (not a made-up palette colour), and folders of codes.
    auto project = create();
    QVERIFY(project);
    NewCode folder;
    folder.name = QStringLiteral("Themes");
    folder.pickColor = false;
    folder.codable = false;
    auto added = project->addCode(folder);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->color, QString());
    QVERIFY(!added->codable);
    auto trust = project->addCode(QStringLiteral("Trust"), added->id);
    QVERIFY(trust.ok());
    QVERIFY(!trust->color.isEmpty()); // a code made here still gets a palette colour
    QVERIFY(trust->codable);
    QCOMPARE(project->code(added->id)->color, QString());
    QVERIFY(!project->code(added->id)->codable);
    QCOMPARE(project->check(), QStringList());

    // Colour set, then taken away again (undo of a colour change does this).
    QVERIFY(project->setCodeColor(added->id, QStringLiteral("#123456")).ok());
    QVERIFY(project->setCodeColor(added->id, QString()).ok());
    QCOMPARE(project->code(added->id)->color, QString());
    QVERIFY(project->setCodeCodable(added->id, true).ok());
    QVERIFY(project->code(added->id)->codable);
    QVERIFY(project->setCodeCodable(added->id, false).ok());

    // Deleted and restored (undo), it is still a folder without a colour.
    const CodebookSnapshot snapshot = project->snapshotCodes({added->id});
    QVERIFY(project->deleteCode(added->id).ok());
    QVERIFY(project->restoreSnapshot(snapshot).ok());
    QCOMPARE(project->code(added->id)->color, QString());
    QVERIFY(!project->code(added->id)->codable);
    QVERIFY(project->code(trust->id)->codable);
}

void TestProject::moveCode_toAnotherParent_renumbersBothLevels()
{
    auto project = create();
    QVERIFY(project);
    const qint64 a = project->addCode(QStringLiteral("A"))->id;
    const qint64 b = project->addCode(QStringLiteral("B"))->id;
    for (const char *name : {"A1", "A2", "A3", "A4"})
        QVERIFY(project->addCode(QString::fromLatin1(name), a).ok());
    for (const char *name : {"B1", "B2"})
        QVERIFY(project->addCode(QString::fromLatin1(name), b).ok());
    const qint64 a2 = project->codes().at(3).id;
    QCOMPARE(project->code(a2)->name, QStringLiteral("A2"));

    QVERIFY(project->moveCode(a2, b, 1).ok());
    bool contiguous = false;
    QCOMPARE(childNames(*project, a, &contiguous),
             (QStringList{QStringLiteral("A1"), QStringLiteral("A3"), QStringLiteral("A4")}));
    QVERIFY(contiguous);
    QCOMPARE(childNames(*project, b, &contiguous),
             (QStringList{QStringLiteral("B1"), QStringLiteral("A2"), QStringLiteral("B2")}));
    QVERIFY(contiguous);
    QCOMPARE(project->code(a2)->parentId, b);

    // To the top level, with the default position: last.
    QVERIFY(project->moveCode(a2, 0).ok());
    QCOMPARE(childNames(*project, 0, &contiguous),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A2")}));
    QVERIFY(contiguous);
    QCOMPARE(childNames(*project, b, &contiguous), (QStringList{QStringLiteral("B1"), QStringLiteral("B2")}));
    QVERIFY(contiguous);

    // A position past the end means last.
    QVERIFY(project->moveCode(a2, a, 99).ok());
    QCOMPARE(childNames(*project, a, &contiguous),
             (QStringList{QStringLiteral("A1"), QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("A2")}));
    QVERIFY(contiguous);
    QCOMPARE(project->check(), QStringList());
}

void TestProject::moveCode_withinItsParent_reorders()
{
    auto project = create();
    QVERIFY(project);
    QList<qint64> ids;
    for (const char *name : {"One", "Two", "Three", "Four"})
        ids.append(project->addCode(QString::fromLatin1(name))->id);

    QVERIFY(project->moveCode(ids.at(3), 0, 0).ok());
    bool contiguous = false;
    QCOMPARE(
        childNames(*project, 0, &contiguous),
        (QStringList{QStringLiteral("Four"), QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")}));
    QVERIFY(contiguous);
    QVERIFY(project->moveCode(ids.at(0), 0, 2).ok());
    QCOMPARE(
        childNames(*project, 0, &contiguous),
        (QStringList{QStringLiteral("Four"), QStringLiteral("Two"), QStringLiteral("One"), QStringLiteral("Three")}));
    QVERIFY(contiguous);
    QVERIFY(project->moveCode(ids.at(2), 0).ok());
    QCOMPARE(
        childNames(*project, 0, &contiguous),
        (QStringList{QStringLiteral("Four"), QStringLiteral("Two"), QStringLiteral("One"), QStringLiteral("Three")}));
    QVERIFY(contiguous);
}

void TestProject::moveCode_intoItselfOrADescendant_isRefused()
{
    auto project = create();
    QVERIFY(project);
    auto top = project->ensureCodePath({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    QVERIFY(top.ok());
    const qint64 c = top->id;
    const qint64 b = top->parentId;
    const qint64 a = project->code(b)->parentId;
    const QStringList before = describeAll(project->codes());

    for (qint64 target : {a, b, c}) {
        const auto refused = project->moveCode(a, target);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("\"A\"")), qPrintable(refused.error()));
    }
    QVERIFY(!project->moveCode(b, c).ok());
    QVERIFY(!project->moveCode(a, 4242).ok()); // no such parent
    QVERIFY(!project->moveCode(4242, 0).ok()); // no such code
    QCOMPARE(describeAll(project->codes()), before);
    QCOMPARE(project->check(), QStringList());

    // Moving up the tree is fine.
    QVERIFY(project->moveCode(c, a).ok());
    QCOMPARE(project->code(c)->parentId, a);
}

void TestProject::moveCode_whereTheNameIsTaken_isRefused()
{
    auto project = create();
    QVERIFY(project);
    const qint64 a = project->addCode(QStringLiteral("A"))->id;
    const qint64 b = project->addCode(QStringLiteral("B"))->id;
    const qint64 childOfA = project->addCode(QStringLiteral("Children"), a)->id;
    QVERIFY(project->addCode(QStringLiteral("Children"), b).ok());
    const QStringList before = describeAll(project->codes());

    const auto refused = project->moveCode(childOfA, b);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Children")), qPrintable(refused.error()));
    QCOMPARE(describeAll(project->codes()), before);
}

void TestProject::mergeCodes_movesCodingsAndDropsDuplicates()
{
    auto project = create();
    QVERIFY(project);
    const qint64 coder = project->ensureCoder(QStringLiteral("amina"))->id;
    const qint64 other = project->ensureCoder(QStringLiteral("bruno"))->id;
    const qint64 doc = project->addDocument(newDocument(QStringLiteral("Doc")))->id;
    const qint64 first = project->addCode(QStringLiteral("First"))->id;
    const qint64 trafficking = project->addCode(QStringLiteral("Trafficking"))->id;
    const qint64 smuggling = project->addCode(QStringLiteral("Smuggling"))->id;
    const qint64 last = project->addCode(QStringLiteral("Last"))->id;
    const qint64 subcode = project->addCode(QStringLiteral("By sea"), trafficking)->id;
    QVERIFY(project->setCodeMemo(trafficking, QStringLiteral("source memo")).ok());
    QVERIFY(project->setCodeMemo(smuggling, QStringLiteral("target memo")).ok());

    QVERIFY(project
                ->addCodings({newCoding(doc, trafficking, coder, 0, 5), // duplicates the target's
                              newCoding(doc, trafficking, other, 0, 5), // another coder: moved
                              newCoding(doc, trafficking, coder, 2, 9), // moved
                              newCoding(doc, smuggling, coder, 0, 5), newCoding(doc, subcode, coder, 20, 30)})
                .ok());

    auto report = project->mergeCodes(trafficking, smuggling);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->duplicatesDropped, qint64(1));
    QCOMPARE(report->codingsMoved, qint64(2));
    QCOMPARE(report->subcodesMoved, qint64(1));

    QVERIFY(!project->code(trafficking).has_value());
    QCOMPARE(project->codingCount(smuggling, false), qint64(3));
    QCOMPARE(project->codingCount(smuggling, true), qint64(4));
    QCOMPARE(project->code(subcode)->parentId, smuggling);
    QCOMPARE(project->codings().size(), 4);
    const QString memo = project->code(smuggling)->memo;
    QVERIFY2(memo.contains(QStringLiteral("source memo")) && memo.contains(QStringLiteral("target memo")),
             qPrintable(memo));

    bool contiguous = false;
    QCOMPARE(childNames(*project, 0, &contiguous),
             (QStringList{QStringLiteral("First"), QStringLiteral("Smuggling"), QStringLiteral("Last")}));
    QVERIFY(contiguous);
    QCOMPARE(project->code(first)->position, 0);
    QCOMPARE(project->code(last)->position, 2);
    QCOMPARE(project->check(), QStringList());
}

void TestProject::mergeCodes_sameNamedSubcodes_mergeRecursively()
{
    // Source "Old" and target "New" both have "Children/Unaccompanied"; the subcodes merge level by level
    // instead of ending up as two siblings of the same name.
    auto project = create();
    QVERIFY(project);
    const qint64 coder = project->ensureCoder(QStringLiteral("amina"))->id;
    const qint64 doc = project->addDocument(newDocument(QStringLiteral("Doc")))->id;
    auto oldLeaf
        = project->ensureCodePath({QStringLiteral("Old"), QStringLiteral("Children"), QStringLiteral("Unaccompanied")});
    auto newLeaf
        = project->ensureCodePath({QStringLiteral("New"), QStringLiteral("Children"), QStringLiteral("Unaccompanied")});
    auto oldOnly
        = project->ensureCodePath({QStringLiteral("Old"), QStringLiteral("Children"), QStringLiteral("Separated")});
    QVERIFY(oldLeaf.ok() && newLeaf.ok() && oldOnly.ok());
    const qint64 oldChildren = oldLeaf->parentId;
    const qint64 newChildren = newLeaf->parentId;
    const qint64 oldTop = project->code(oldChildren)->parentId;
    const qint64 newTop = project->code(newChildren)->parentId;

    QVERIFY(project
                ->addCodings({newCoding(doc, oldLeaf->id, coder, 0, 4), newCoding(doc, newLeaf->id, coder, 0, 4),
                              newCoding(doc, oldLeaf->id, coder, 5, 9), newCoding(doc, oldChildren, coder, 10, 12),
                              newCoding(doc, oldOnly->id, coder, 13, 14)})
                .ok());

    auto report = project->mergeCodes(oldTop, newTop);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->duplicatesDropped, qint64(1));
    QCOMPARE(report->subcodesMoved, qint64(1)); // "Separated", which "New/Children" did not have

    QVERIFY(!project->code(oldTop));
    QVERIFY(!project->code(oldChildren));
    QVERIFY(!project->code(oldLeaf->id));
    QCOMPARE(project->codes().size(), 4); // New, New/Children, New/Children/Unaccompanied, .../Separated
    QCOMPARE(childNames(*project, newChildren),
             (QStringList{QStringLiteral("Unaccompanied"), QStringLiteral("Separated")}));
    QCOMPARE(project->code(oldOnly->id)->parentId, newChildren);
    QCOMPARE(project->codingCount(newLeaf->id, false), qint64(2));
    QCOMPARE(project->codingCount(newChildren, false), qint64(1));
    QCOMPARE(project->codingCount(newTop, true), qint64(4));
    QCOMPARE(project->check(), QStringList());
}

void TestProject::mergeCodes_childIntoItsParent_losesNoCoding()
{
    // Merging "A/B" into "A" when B has a subcode also named "B": its subcode must not vanish with B, and
    // its codings must not be deleted with it.
    auto project = create();
    QVERIFY(project);
    const qint64 coder = project->ensureCoder(QStringLiteral("amina"))->id;
    const qint64 doc = project->addDocument(newDocument(QStringLiteral("Doc")))->id;
    auto inner = project->ensureCodePath({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B")});
    QVERIFY(inner.ok());
    const qint64 b = inner->parentId;
    const qint64 a = project->code(b)->parentId;
    auto grandchild = project->addCode(QStringLiteral("C"), inner->id);
    QVERIFY(grandchild.ok());
    QVERIFY(project
                ->addCodings({newCoding(doc, b, coder, 0, 3), newCoding(doc, inner->id, coder, 4, 8),
                              newCoding(doc, grandchild->id, coder, 9, 12)})
                .ok());
    QCOMPARE(project->codingCount(a, true), qint64(3));

    auto report = project->mergeCodes(b, a);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(!project->code(b));
    QCOMPARE(project->codingCount(a, true), qint64(3));
    QCOMPARE(project->codings().size(), 3);
    QVERIFY(project->code(grandchild->id).has_value());
    QCOMPARE(project->check(), QStringList());
}

void TestProject::mergeCodes_intoItself_isRefused()
{
    auto project = create();
    QVERIFY(project);
    const qint64 a = project->addCode(QStringLiteral("A"))->id;
    const auto refused = project->mergeCodes(a, a);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().isEmpty());
    QVERIFY(project->code(a).has_value());
    QVERIFY(!project->mergeCodes(a, 4242).ok());
    QVERIFY(!project->mergeCodes(4242, a).ok());
    QVERIFY(project->code(a).has_value());
}

void TestProject::deleteCode_returnsItsCodingCountAndCascades()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    const qint64 grandchild = project->addCode(QStringLiteral("Unaccompanied"), content.children)->id;
    const qint64 sibling = project->addCode(QStringLiteral("Gender"), content.protection)->id;
    QVERIFY(project->addCoding(newCoding(content.document, grandchild, content.coder, 1, 2)).ok());
    QVERIFY(project->addCoding(newCoding(content.document, sibling, content.coder, 1, 2)).ok());
    QCOMPARE(project->codingCount(content.protection, true), qint64(4));

    // Delete "Children" with its subcode: 2 codings go; "Gender" moves up to position 0.
    auto deleted = project->deleteCode(content.children);
    QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
    QCOMPARE(*deleted, qint64(2));
    QVERIFY(!project->code(content.children));
    QVERIFY(!project->code(grandchild));
    QCOMPARE(project->code(sibling)->position, 0);
    QCOMPARE(project->codingCount(content.protection, true), qint64(2));
    QCOMPARE(project->codings().size(), 3);

    // Delete a top-level code: the rest of the top level is renumbered.
    auto top = project->deleteCode(content.protection);
    QVERIFY(top.ok());
    QCOMPARE(*top, qint64(2));
    bool contiguous = false;
    QCOMPARE(childNames(*project, 0, &contiguous), QStringList{QStringLiteral("Identification")});
    QVERIFY(contiguous);
    QCOMPARE(project->codings().size(), 1);
    QCOMPARE(project->check(), QStringList());

    QVERIFY(!project->deleteCode(content.protection).ok());
}

// --- Codings -------------------------------------------------------------------------------------------

void TestProject::addCoding_returnsTheStoredCoding()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));

    NewCoding input = newCoding(content.document, content.protection, content.coder, 15, 16); // the globe
    input.memo = QStringLiteral("the world");
    auto added = project->addCoding(input);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(added->has_value());
    const Coding coding = **added;
    QVERIFY(coding.id > 0);
    QVERIFY(!QUuid::fromString(coding.guid).isNull());
    QCOMPARE(coding.documentId, content.document);
    QCOMPARE(coding.codeId, content.protection);
    QCOMPARE(coding.coderId, content.coder);
    QCOMPARE(coding.start, qint64(15));
    QCOMPARE(coding.end, qint64(16));
    QCOMPARE(coding.memo, QStringLiteral("the world"));
    QVERIFY(coding.created.isValid());
    QCOMPARE(coding.created.timeSpec(), Qt::UTC);
    QCOMPARE(describe(*project->coding(coding.id)), describe(coding));

    // The range is in code points: it is exactly the globe, two UTF-16 units.
    const QString excerpt = TextOffsets::slice(*project->documentText(content.document), coding.start, coding.end);
    QCOMPARE(excerpt, QString::fromUtf16(u"\U0001F30D"));

    // A coding can carry the GUID and time of a coding being restored (undo).
    NewCoding restored = newCoding(content.document, content.protection, content.coder, 0, 1);
    restored.guid = QStringLiteral("0b7e2e1c-7c0e-4a55-9d7e-2f8d2d6f1a01");
    restored.created = QDateTime(QDate(2017, 9, 4), QTime(9, 30, 0, 125), Qt::UTC);
    auto back = project->addCoding(restored);
    QVERIFY(back.ok() && back->has_value());
    QCOMPARE(project->coding((*back)->id)->guid, restored.guid);
    QCOMPARE(project->coding((*back)->id)->created, restored.created);
}

void TestProject::addCoding_exactDuplicate_isNotCreatedTwice()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    const QStringList before = describeAll(project->codings());
    QSignalSpy codingsChanged(project.get(), &Project::codingsChanged);

    auto duplicate = project->addCoding(newCoding(content.document, content.identification, content.coder, 0, 14));
    QVERIFY2(duplicate.ok(), qPrintable(duplicate.error()));
    QVERIFY(!duplicate->has_value());
    QCOMPARE(describeAll(project->codings()), before);
    QCOMPARE(codingsChanged.count(), 0);

    // A memo does not make it another coding.
    NewCoding withMemo = newCoding(content.document, content.identification, content.coder, 0, 14);
    withMemo.memo = QStringLiteral("again");
    auto again = project->addCoding(withMemo);
    QVERIFY(again.ok());
    QVERIFY(!again->has_value());
    QCOMPARE(describeAll(project->codings()), before);
}

void TestProject::addCoding_overlappingOrByAnotherCoder_isAllowed()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    const qsizetype before = project->codings().size();
    const qint64 doc = content.document;
    const qint64 code = content.identification;

    // [0, 14) exists; each of these differs in one respect.
    const QList<NewCoding> variants{newCoding(doc, code, content.otherCoder, 0, 14), // other coder
                                    newCoding(doc, content.protection, content.coder, 0, 14), // other code
                                    newCoding(doc, code, content.coder, 0, 13), // inside
                                    newCoding(doc, code, content.coder, 5, 30), // overlapping
                                    newCoding(doc, code, content.coder, 0, 41), // around
                                    newCoding(content.otherDocument, code, content.coder, 0, 14)};
    for (const NewCoding &variant : variants) {
        auto added = project->addCoding(variant);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->has_value());
    }
    QCOMPARE(project->codings().size(), before + variants.size());
    QCOMPARE(project->codingCount(code, false), qint64(1 + 5));
}

void TestProject::addCoding_rangeIsCheckedInCodePoints_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<bool>("valid");

    QTest::newRow("first character") << qint64(0) << qint64(1) << true;
    QTest::newRow("whole text, in code points") << qint64(0) << unicodeSampleCodePoints << true;
    QTest::newRow("the combining mark alone, last") << unicodeSampleCodePoints - 1 << unicodeSampleCodePoints << true;
    QTest::newRow("e and its combining mark") << unicodeSampleCodePoints - 2 << unicodeSampleCodePoints << true;
    QTest::newRow("the rare CJK character") << qint64(28) << qint64(29) << true;
    QTest::newRow("whole text in UTF-16 units is too long") << qint64(0) << unicodeSampleCodePoints + 2 << false;
    QTest::newRow("one past the end") << qint64(0) << unicodeSampleCodePoints + 1 << false;
    QTest::newRow("starts at the end") << unicodeSampleCodePoints << unicodeSampleCodePoints + 1 << false;
    QTest::newRow("negative start") << qint64(-1) << qint64(3) << false;
    QTest::newRow("empty") << qint64(3) << qint64(3) << false;
    QTest::newRow("reversed") << qint64(9) << qint64(3) << false;
    QTest::newRow("far out") << qint64(1000000) << qint64(1000001) << false;
}

void TestProject::addCoding_rangeIsCheckedInCodePoints()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(bool, valid);

    auto project = create();
    QVERIFY(project);
    const qint64 coder = project->ensureCoder(QStringLiteral("amina"))->id;
    const qint64 doc = project->addDocument(newDocument(QStringLiteral("Doc")))->id;
    const qint64 code = project->addCode(QStringLiteral("Code"))->id;
    QCOMPARE(project->document(doc)->length, unicodeSampleCodePoints);

    auto added = project->addCoding(newCoding(doc, code, coder, start, end));
    if (valid) {
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->has_value());
        QCOMPARE(TextOffsets::codePointLength(TextOffsets::slice(unicodeSample, start, end)), end - start);
    } else {
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(QString::number(start)) && added.error().contains(QString::number(end)),
                 qPrintable(added.error()));
        QVERIFY(project->codings().isEmpty());
        // The same rule when a range is changed.
        auto ok = project->addCoding(newCoding(doc, code, coder, 0, 1));
        QVERIFY(ok.ok() && ok->has_value());
        QVERIFY(!project->setCodingRange((*ok)->id, start, end).ok());
        QCOMPARE(project->coding((*ok)->id)->end, qint64(1));
    }
}

void TestProject::addCoding_missingDocumentCodeOrCoder_isRefused()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    const QStringList before = describeAll(project->codings());

    const auto noDocument = project->addCoding(newCoding(4242, content.protection, content.coder, 0, 1));
    QVERIFY(!noDocument.ok());
    QVERIFY2(noDocument.error().contains(QStringLiteral("4242")), qPrintable(noDocument.error()));
    const auto noCode = project->addCoding(newCoding(content.document, 4343, content.coder, 0, 1));
    QVERIFY(!noCode.ok());
    QVERIFY2(noCode.error().contains(QStringLiteral("4343")), qPrintable(noCode.error()));
    const auto noCoder = project->addCoding(newCoding(content.document, content.protection, 4444, 0, 1));
    QVERIFY(!noCoder.ok());
    QVERIFY2(noCoder.error().contains(QStringLiteral("4444")), qPrintable(noCoder.error()));
    QCOMPARE(describeAll(project->codings()), before);
}

void TestProject::addCodings_addsABatchAndSkipsDuplicates()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    const qsizetype before = project->codings().size();

    const QList<NewCoding> batch{
        newCoding(content.document, content.protection, content.coder, 0, 5),
        newCoding(content.document, content.identification, content.coder, 0, 14), // exists already
        newCoding(content.document, content.protection, content.coder, 0, 5), // twice in the batch
        newCoding(content.otherDocument, content.children, content.otherCoder, 1, 2),
    };
    auto added = project->addCodings(batch);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(*added, qint64(2));
    QCOMPARE(project->codings().size(), before + 2);

    auto empty = project->addCodings({});
    QVERIFY(empty.ok());
    QCOMPARE(*empty, qint64(0));
}

void TestProject::codings_filterByDocumentCodeSubcodesAndCoder()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    // fill(): identification [0,14) and children [15,16) in document, by coder; protection in otherDocument by
    // otherCoder.
    QCOMPARE(project->codings().size(), 3);
    QCOMPARE(project->codings({content.document}).size(), 2);
    QCOMPARE(project->codings({0, content.protection}).size(), 1);
    QCOMPARE(project->codings({0, content.protection, true}).size(), 2);
    QCOMPARE(project->codings({content.document, content.protection, true}).size(), 1);
    QCOMPARE(project->codings({0, 0, false, content.otherCoder}).size(), 1);
    QCOMPARE(project->codings({content.document, 0, false, content.otherCoder}).size(), 0);
    QCOMPARE(project->codingCount(content.protection, false), qint64(1));
    QCOMPARE(project->codingCount(content.protection, true), qint64(2));

    // In text order within a document.
    const QList<Coding> inDocument = project->codings({content.document});
    QCOMPARE(inDocument.at(0).start, qint64(0));
    QCOMPARE(inDocument.at(1).start, qint64(15));
}

void TestProject::forEachCoding_visitsInEitherOrderWithOrWithoutDetails()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    auto collect = [&](const CodingFilter &filter, Project::CodingOrder order, Project::CodingDetail detail) {
        QStringList rows;
        const Status read = project->forEachCoding(filter, order, detail, [&rows](const Project::CodingRow &row) {
            rows.append(QStringLiteral("%1:%2-%3:%4")
                            .arg(row.codeId)
                            .arg(row.start)
                            .arg(row.end)
                            .arg(QString::fromUtf8(row.memo)));
            return true;
        });
        return read ? rows : QStringList{read.error()};
    };
    QVERIFY(project->setCodingMemo(content.coding, QStringLiteral("the title")));
    const QString identification = QString::number(content.identification);
    const QString children = QString::number(content.children);
    const QString protection = QString::number(content.protection);
    // Text order: the document's codings by start, then the other document's.
    const QStringList byDocument = collect({}, Project::CodingOrder::ByDocument, Project::CodingDetail::Full);
    QCOMPARE(byDocument,
             (QStringList{identification + QStringLiteral(":0-14:the title"), children + QStringLiteral(":15-16:"),
                          protection + QStringLiteral(":3-20:")}));
    // Code order, spans only: no memo read.
    const QStringList byCode = collect({}, Project::CodingOrder::ByCode, Project::CodingDetail::Spans);
    QStringList expected{protection + QStringLiteral(":3-20:"), children + QStringLiteral(":15-16:"),
                         identification + QStringLiteral(":0-14:")};
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.section(u':', 0, 0).toLongLong() < b.section(u':', 0, 0).toLongLong();
    });
    QCOMPARE(byCode, expected);
    // Filters as codings() has them.
    QCOMPARE(collect({.codeId = content.protection, .includeSubcodes = true}, Project::CodingOrder::ByDocument,
                     Project::CodingDetail::Spans)
                 .size(),
             2);
    QCOMPARE(collect({.documentId = content.otherDocument}, Project::CodingOrder::ByCode, Project::CodingDetail::Spans),
             QStringList{protection + QStringLiteral(":3-20:")});
    QCOMPARE(
        collect({.coderId = content.otherCoder}, Project::CodingOrder::ByDocument, Project::CodingDetail::Full).size(),
        1);
}

void TestProject::forEachCoding_stopsWhenTheVisitorSaysSo()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    int visits = 0;
    QVERIFY(project->forEachCoding({}, Project::CodingOrder::ByDocument, Project::CodingDetail::Spans,
                                   [&visits](const auto &) {
                                       ++visits;
                                       return false;
                                   }));
    QCOMPARE(visits, 1);
}

void TestProject::documentTextReader_givesTheTextAsUtf8AndThePages()
{
    auto project = create();
    QVERIFY(project);
    NewDocument paged = newDocument(QStringLiteral("paged"));
    paged.text = QStringLiteral("🌍 page one\nالصفحة الثانية");
    paged.pageStarts = {11};
    paged.pageCount = 2;
    const auto added = project->addDocument(paged);
    QVERIFY2(added, qPrintable(added.error()));
    DocumentTextReader reader(*project);
    const auto text = reader.text(added->id);
    QVERIFY(text);
    QCOMPARE(QString::fromUtf8(text->utf8), paged.text);
    QCOMPARE(text->length, qint64(25));
    QCOMPARE(reader.pageStarts(added->id), (std::vector<qint64>{0, 11}));
    QVERIFY(!reader.text(added->id + 1));
}

void TestProject::addCodingsAs_addsTheCoderWithItsCodingsInOneTransaction()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    QSignalSpy codings(project.get(), &Project::codingsChanged);
    const auto made = project->addCodingsAs(QStringLiteral("  rita "),
                                            {newCoding(content.document, content.protection, 0, 0, 5),
                                             newCoding(content.document, content.protection, 0, 0, 5)});
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(made->newCoder);
    QCOMPARE(made->newCoder->name, QStringLiteral("rita"));
    QCOMPARE(made->codings.size(), 1); // the second was the same coding
    QCOMPARE(made->codings.first().coderId, made->newCoder->id);
    QCOMPARE(codings.size(), 1);
    // Known coder: no new one; all codings there already: nothing made.
    const auto again
        = project->addCodingsAs(QStringLiteral("rita"), {newCoding(content.document, content.protection, 0, 0, 5)});
    QVERIFY(again);
    QVERIFY(!again->newCoder);
    QVERIFY(again->codings.isEmpty());
}

void TestProject::addCodingsAs_thatFails_leavesNoCoder()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    const auto failed = project->addCodingsAs(QStringLiteral("rita"),
                                              {newCoding(content.document, content.protection, 0, 0, 5),
                                               newCoding(content.document, content.protection, 0, 0, 100000)});
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QLatin1String("outside")), qPrintable(failed.error()));
    QVERIFY(!project->coderByName(QStringLiteral("rita")));
    QCOMPARE(project->codings().size(), 3);
}

void TestProject::codingByGuid_findsItInAnyCase()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    const QString guid = project->coding(content.coding)->guid;
    QCOMPARE(project->codingByGuid(guid)->id, content.coding);
    QCOMPARE(project->codingByGuid(QStringLiteral(" ") + guid.toUpper())->id, content.coding);
    QVERIFY(!project->codingByGuid(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

void TestProject::memo_byTarget_readsAndWritesEachKind()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    const QList<MemoTarget> targets{{MemoTarget::Kind::Project, 0},
                                    {MemoTarget::Kind::Document, content.document},
                                    {MemoTarget::Kind::Code, content.children},
                                    {MemoTarget::Kind::Coding, content.coding}};
    for (const MemoTarget &target : targets) {
        const QString text = QStringLiteral("memo %1 🌍").arg(int(target.kind));
        QVERIFY(project->setMemo(target, text));
        QCOMPARE(project->memo(target), text);
    }
    QCOMPARE(project->projectMemo(), QStringLiteral("memo 1 🌍"));
    QCOMPARE(project->document(content.document)->memo, QStringLiteral("memo 2 🌍"));
    QCOMPARE(project->code(content.children)->memo, QStringLiteral("memo 3 🌍"));
    QCOMPARE(project->coding(content.coding)->memo, QStringLiteral("memo 4 🌍"));
    QVERIFY(!project->setMemo({MemoTarget::Kind::Document, 999}, QStringLiteral("x")));
    QCOMPARE(project->memo({MemoTarget::Kind::Coding, 999}), QString());
}

void TestProject::removeCoding_removesIt()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    QVERIFY(project->removeCoding(content.coding).ok());
    QVERIFY(!project->coding(content.coding));
    QCOMPARE(project->codings().size(), 2);
    QCOMPARE(project->codingCount(content.identification, false), qint64(0));
    QVERIFY(!project->removeCoding(content.coding).ok());
    QCOMPARE(project->codings().size(), 2);
}

void TestProject::setCodingRange_changesOrRefuses()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    const QString guid = project->coding(content.coding)->guid;

    QVERIFY(project->setCodingRange(content.coding, 15, unicodeSampleCodePoints).ok());
    const auto changed = project->coding(content.coding);
    QCOMPARE(changed->start, qint64(15));
    QCOMPARE(changed->end, unicodeSampleCodePoints);
    QCOMPARE(changed->guid, guid);

    // Onto the range of an identical coding: refused, not merged silently.
    auto twin = project->addCoding(newCoding(content.document, content.identification, content.coder, 0, 14));
    QVERIFY(twin.ok() && twin->has_value());
    const auto collision = project->setCodingRange((*twin)->id, 15, unicodeSampleCodePoints);
    QVERIFY(!collision.ok());
    QVERIFY(!collision.error().isEmpty());
    QCOMPARE(project->coding((*twin)->id)->start, qint64(0));

    QVERIFY(!project->setCodingRange(content.coding, 0, unicodeSampleCodePoints + 2).ok()); // UTF-16 length
    QVERIFY(!project->setCodingRange(4242, 0, 1).ok());
    QCOMPARE(project->coding(content.coding)->end, unicodeSampleCodePoints);
}

// --- Memos ---------------------------------------------------------------------------------------------

void TestProject::memos_onProjectDocumentCodeAndCoding_areStoredAndKept()
{
    const QString memo = QString::fromUtf16(u"Line one\nLine two: \u0645\u0631\u062D\u0628\u0627 \U0001F30D e\u0301");
    Content content;
    {
        auto project = create();
        QVERIFY(project);
        QVERIFY(fill(*project, content));
        QVERIFY(project->setProjectMemo(memo + QStringLiteral(" P")).ok());
        QVERIFY(project->setDocumentMemo(content.document, memo + QStringLiteral(" D")).ok());
        QVERIFY(project->setCodeMemo(content.children, memo + QStringLiteral(" C")).ok());
        QVERIFY(project->setCodingMemo(content.coding, memo + QStringLiteral(" K")).ok());
        QCOMPARE(project->projectMemo(), memo + QStringLiteral(" P"));
        QCOMPARE(project->document(content.document)->memo, memo + QStringLiteral(" D"));
        QCOMPARE(project->code(content.children)->memo, memo + QStringLiteral(" C"));
        QCOMPARE(project->coding(content.coding)->memo, memo + QStringLiteral(" K"));
        QCOMPARE(project->document(content.otherDocument)->memo, QString());
    }
    auto project = open();
    QVERIFY(project);
    QCOMPARE(project->projectMemo(), memo + QStringLiteral(" P"));
    QCOMPARE(project->document(content.document)->memo, memo + QStringLiteral(" D"));
    QCOMPARE(project->code(content.children)->memo, memo + QStringLiteral(" C"));
    QCOMPARE(project->coding(content.coding)->memo, memo + QStringLiteral(" K"));

    // Clearing a memo.
    QVERIFY(project->setCodingMemo(content.coding, QString()).ok());
    QCOMPARE(project->coding(content.coding)->memo, QString());
}

void TestProject::memos_onMissingRows_areRefused()
{
    auto project = create();
    QVERIFY(project);
    QVERIFY(!project->setDocumentMemo(4242, QStringLiteral("x")).ok());
    QVERIFY(!project->setCodeMemo(4242, QStringLiteral("x")).ok());
    QVERIFY(!project->setCodingMemo(4242, QStringLiteral("x")).ok());
}

void TestProject::versions_conditionalSaves_refuseWhatChangedMeanwhile()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    // Each kind of row with a memo: a save at the version the editor began with is made; one at an older
    // version is refused, and what was saved stays.
    const QList<MemoTarget> targets{{MemoTarget::Kind::Project, 0},
                                    {MemoTarget::Kind::Document, content.document},
                                    {MemoTarget::Kind::Code, content.children},
                                    {MemoTarget::Kind::Coding, content.coding}};
    for (const MemoTarget &target : targets) {
        const qint64 began = project->version(target);
        QVERIFY(began >= 1);
        QVERIFY(project->setMemo(target, QStringLiteral("theirs"), began));
        QCOMPARE(project->version(target), began + 1);
        const Status stale = project->setMemo(target, QStringLiteral("mine"), began);
        QVERIFY(!stale);
        QVERIFY2(stale.error().contains(QStringLiteral("changed by someone else")), qPrintable(stale.error()));
        QCOMPARE(project->memo(target), QStringLiteral("theirs"));
        QCOMPARE(project->version(target), began + 1);
        QVERIFY(project->setMemo(target, QStringLiteral("mine"))); // unconditional, as before
    }
    const Code before = *project->code(content.children);
    QVERIFY(project->renameCode(content.children, QStringLiteral("Minors"), before.version));
    const Status staleRename = project->renameCode(content.children, QStringLiteral("Kids"), before.version);
    QVERIFY(!staleRename);
    QVERIFY2(staleRename.error().contains(QStringLiteral("\"Minors\"")), qPrintable(staleRename.error()));
    QVERIFY(!project->setCodeDescription(content.children, QStringLiteral("d"), before.version));
    QVERIFY(!project->setCodeColor(content.children, QStringLiteral("#000000"), before.version));
    QCOMPARE(project->code(content.children)->name, QStringLiteral("Minors"));
    QCOMPARE(project->version({MemoTarget::Kind::Code, 999999}), 0);
}

// --- Signals -------------------------------------------------------------------------------------------

void TestProject::signals_tellWhatChanged()
{
    auto project = create();
    QVERIFY(project);
    QSignalSpy documents(project.get(), &Project::documentsChanged);
    QSignalSpy codebook(project.get(), &Project::codebookChanged);
    QSignalSpy codings(project.get(), &Project::codingsChanged);
    QSignalSpy memos(project.get(), &Project::memoChanged);
    const auto counts = [&] {
        return QList<qsizetype>{documents.count(), codebook.count(), codings.count(), memos.count()};
    };
    const auto reset = [&] {
        documents.clear();
        codebook.clear();
        codings.clear();
        memos.clear();
    };
    using Counts = QList<qsizetype>;

    const qint64 coder = project->ensureCoder(QStringLiteral("amina"))->id;
    const qint64 doc = project->addDocument(newDocument(QStringLiteral("Doc")))->id;
    QCOMPARE(counts(), (Counts{1, 0, 0, 0}));
    reset();
    const qint64 code = project->addCode(QStringLiteral("Code"))->id;
    const qint64 other = project->addCode(QStringLiteral("Other"))->id;
    QCOMPARE(counts(), (Counts{0, 2, 0, 0}));
    reset();

    auto coding = project->addCoding(newCoding(doc, code, coder, 0, 3));
    QVERIFY(coding.ok() && coding->has_value());
    QCOMPARE(counts(), (Counts{0, 0, 1, 0}));
    QCOMPARE(codings.at(0).at(0).toLongLong(), doc);
    reset();

    QVERIFY(project->setCodingRange((*coding)->id, 1, 3).ok());
    QCOMPARE(counts(), (Counts{0, 0, 1, 0}));
    QCOMPARE(codings.at(0).at(0).toLongLong(), doc);
    reset();

    QVERIFY(project->setCodingMemo((*coding)->id, QStringLiteral("m")).ok());
    QVERIFY(project->setProjectMemo(QStringLiteral("m")).ok());
    QVERIFY(project->setDocumentMemo(doc, QStringLiteral("m")).ok());
    QVERIFY(project->setCodeMemo(code, QStringLiteral("m")).ok());
    QCOMPARE(counts(), (Counts{0, 0, 0, 4}));
    reset();

    QVERIFY(project->renameCode(code, QStringLiteral("Renamed")).ok());
    QVERIFY(project->setCodeDescription(code, QStringLiteral("d")).ok());
    QVERIFY(project->moveCode(other, 0, 0).ok());
    QCOMPARE(counts(), (Counts{0, 3, 0, 0}));
    reset();

    QVERIFY(project->setCodeColor(code, QStringLiteral("#000000")).ok()); // codings are drawn in it
    QCOMPARE(codebook.count(), 1);
    QCOMPARE(codings.count(), 1);
    reset();

    QVERIFY(project->renameDocument(doc, QStringLiteral("Renamed")).ok());
    QCOMPARE(counts(), (Counts{1, 0, 0, 0}));
    reset();

    QVERIFY(project->removeCoding((*coding)->id).ok());
    QCOMPARE(counts(), (Counts{0, 0, 1, 0}));
    QCOMPARE(codings.at(0).at(0).toLongLong(), doc);
    reset();

    const qint64 doc2 = project->addDocument(newDocument(QStringLiteral("Doc 2")))->id;
    reset();
    QVERIFY(project
                ->addCodings({newCoding(doc, code, coder, 0, 1), newCoding(doc2, code, coder, 0, 1),
                              newCoding(doc2, code, coder, 1, 2)})
                .ok());
    QCOMPARE(codings.count(), 2); // once for each document that changed
    QList<qint64> changed{codings.at(0).at(0).toLongLong(), codings.at(1).at(0).toLongLong()};
    std::sort(changed.begin(), changed.end());
    QCOMPARE(changed, (QList<qint64>{doc, doc2}));
    reset();

    auto merged = project->mergeCodes(other, code);
    QVERIFY(merged.ok());
    QCOMPARE(codebook.count(), 1);
    QVERIFY(codings.count() >= 1);
    reset();

    QVERIFY(project->deleteCode(code).ok());
    QCOMPARE(codebook.count(), 1);
    QVERIFY(codings.count() >= 1);
    reset();

    QVERIFY(project->removeDocument(doc2).ok());
    QCOMPARE(documents.count(), 1);
    QCOMPARE(codings.count(), 1);
    QCOMPARE(codings.at(0).at(0).toLongLong(), doc2);
}

void TestProject::signals_areNotEmittedByFailedOrEmptyChanges()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    QSignalSpy documents(project.get(), &Project::documentsChanged);
    QSignalSpy codebook(project.get(), &Project::codebookChanged);
    QSignalSpy codings(project.get(), &Project::codingsChanged);
    QSignalSpy memos(project.get(), &Project::memoChanged);

    QVERIFY(!project->addDocument(newDocument(QStringLiteral(" "))).ok());
    QVERIFY(!project->renameDocument(content.document, QStringLiteral("Closing remarks")).ok());
    QVERIFY(!project->removeDocument(4242).ok());
    QVERIFY(!project->addCode(QStringLiteral("Protection")).ok());
    QVERIFY(!project->renameCode(content.identification, QStringLiteral("Protection")).ok());
    QVERIFY(!project->moveCode(content.protection, content.children).ok());
    QVERIFY(!project->mergeCodes(content.protection, content.children).ok());
    QVERIFY(!project->deleteCode(4242).ok());
    QVERIFY(!project->setCodeColor(content.protection, QStringLiteral("blue")).ok());
    QVERIFY(!project->addCoding(newCoding(content.document, content.protection, content.coder, 0, 999)).ok());
    QVERIFY(!project
                 ->addCodings({newCoding(content.document, content.protection, content.coder, 0, 1),
                               newCoding(content.document, content.protection, content.coder, 5, 2)})
                 .ok());
    QVERIFY(!project->setCodingRange(content.coding, 3, 3).ok());
    QVERIFY(!project->removeCoding(4242).ok());
    QVERIFY(!project->setCodeMemo(4242, QStringLiteral("m")).ok());
    QVERIFY(project->ensureCodePath({QStringLiteral("Protection"), QStringLiteral("Children")}).ok()); // exists
    QVERIFY(project->addCoding(newCoding(content.document, content.identification, content.coder, 0, 14)).ok());

    QCOMPARE(documents.count(), 0);
    QCOMPARE(codebook.count(), 0);
    QCOMPARE(codings.count(), 0);
    QCOMPARE(memos.count(), 0);
}

// --- Read-only and integrity ---------------------------------------------------------------------------

void TestProject::readOnlyOpen_refusesEveryWriteWithAClearErrorAndLeavesTheFile()
{
    Content content;
    QStringList codings;
    {
        auto project = create();
        QVERIFY(project);
        QVERIFY(fill(*project, content));
        codings = describeAll(project->codings());
    }
    // On a server, "the file" is what the project holds, compared through the codings and counts below.
    const QByteArray digest = storeTestsOnServer() ? QByteArray() : Marginalia::Test::fileDigest(path());
    QVERIFY(storeTestsOnServer() || !digest.isEmpty());

    {
        auto project = open(Project::Access::ReadOnly);
        QVERIFY(project);
        QVERIFY(project->isReadOnly());
        // Reading works.
        QCOMPARE(describeAll(project->codings()), codings);
        QCOMPARE(*project->documentText(content.document), unicodeSample);
        QCOMPARE(project->codes().size(), 3);
        QCOMPARE(project->check(), QStringList());
        // An existing coder is found without writing.
        QVERIFY(project->ensureCoder(QStringLiteral("amina")).ok());

        QSignalSpy documents(project.get(), &Project::documentsChanged);
        QSignalSpy codebook(project.get(), &Project::codebookChanged);
        QSignalSpy codingSignals(project.get(), &Project::codingsChanged);
        QSignalSpy memos(project.get(), &Project::memoChanged);

        const QList<std::pair<const char *, std::function<QString()>>> writes{
            {"ensureCoder",
             [&] {
                 return project->ensureCoder(QStringLiteral("new coder")).error();
             }},
            {"addDocument",
             [&] {
                 return project->addDocument(newDocument(QStringLiteral("New"))).error();
             }},
            {"renameDocument",
             [&] {
                 return project->renameDocument(content.document, QStringLiteral("X")).error();
             }},
            {"removeDocument",
             [&] {
                 return project->removeDocument(content.document).error();
             }},
            {"addCode",
             [&] {
                 return project->addCode(QStringLiteral("New code")).error();
             }},
            {"ensureCodePath",
             [&] {
                 return project->ensureCodePath({QStringLiteral("New"), QStringLiteral("Path")}).error();
             }},
            {"renameCode",
             [&] {
                 return project->renameCode(content.children, QStringLiteral("Minors")).error();
             }},
            {"setCodeColor",
             [&] {
                 return project->setCodeColor(content.children, QStringLiteral("#000000")).error();
             }},
            {"setCodeDescription",
             [&] {
                 return project->setCodeDescription(content.children, QStringLiteral("d")).error();
             }},
            {"moveCode",
             [&] {
                 return project->moveCode(content.children, 0).error();
             }},
            {"mergeCodes",
             [&] {
                 return project->mergeCodes(content.children, content.identification).error();
             }},
            {"deleteCode",
             [&] {
                 return project->deleteCode(content.children).error();
             }},
            {"addCoding",
             [&] {
                 return project->addCoding(newCoding(content.document, content.children, content.coder, 1, 2)).error();
             }},
            {"addCodings",
             [&] {
                 return project->addCodings({newCoding(content.document, content.children, content.coder, 1, 2)})
                     .error();
             }},
            {"removeCoding",
             [&] {
                 return project->removeCoding(content.coding).error();
             }},
            {"setCodingRange",
             [&] {
                 return project->setCodingRange(content.coding, 1, 2).error();
             }},
            {"setProjectMemo",
             [&] {
                 return project->setProjectMemo(QStringLiteral("m")).error();
             }},
            {"setDocumentMemo",
             [&] {
                 return project->setDocumentMemo(content.document, QStringLiteral("m")).error();
             }},
            {"setCodeMemo",
             [&] {
                 return project->setCodeMemo(content.children, QStringLiteral("m")).error();
             }},
            {"setCodingMemo",
             [&] {
                 return project->setCodingMemo(content.coding, QStringLiteral("m")).error();
             }},
        };
        for (const auto &[name, write] : writes) {
            const QString error = write();
            QVERIFY2(error.contains(QStringLiteral("read-only")),
                     qPrintable(QString::fromLatin1(name) + QStringLiteral(": \"") + error + u'"'));
        }
        QCOMPARE(documents.count() + codebook.count() + codingSignals.count() + memos.count(), 0);
        QCOMPARE(describeAll(project->codings()), codings);
        QCOMPARE(project->codes().size(), 3);
        QCOMPARE(project->documents().size(), 2);
        QCOMPARE(project->coders().size(), 2);
        QCOMPARE(project->projectMemo(), QString());
    }
    if (!storeTestsOnServer())
        QCOMPARE(Marginalia::Test::fileDigest(path()), digest);
}

void TestProject::check_soundProject_reportsNothing()
{
    auto project = create();
    QVERIFY(project);
    Content content;
    QVERIFY(fill(*project, content));
    QVERIFY(project->ensureCodePath({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}).ok());
    QVERIFY(
        project
            ->addDocument(newDocument(QStringLiteral("Arabic"), QString::fromUtf16(u"\u0645\u0631\u062D\u0628\u0627")))
            .ok());
    QCOMPARE(project->check(), QStringList());
}

void TestProject::check_damagedFile_reportsTheProblem_data()
{
    QTest::addColumn<QStringList>("damage");
    QTest::addColumn<QString>("expected");

    // The end of a coding past the document, in code points (41): what a buggy tool or a bad import does.
    QTest::newRow("coding past the end") << QStringList{QStringLiteral(
        "UPDATE codings SET end_pos = 43 WHERE start_pos = 0 AND end_pos = 14")}
                                         << QStringLiteral("0:43");
    QTest::newRow("text changed after import")
        << QStringList{QStringLiteral("UPDATE documents SET text = 'changed' || text WHERE name = 'Vienna summary'")}
        << QStringLiteral("Vienna summary");
    QTest::newRow("wrong stored length") << QStringList{QStringLiteral(
        "UPDATE documents SET length = 43 WHERE name = 'Closing remarks'")}
                                         << QStringLiteral("Closing remarks");
    QTest::newRow("not a colour") << QStringList{QStringLiteral(
        "UPDATE codes SET color = 'blue' WHERE name = 'Children'")}
                                  << QStringLiteral("Children");
    QTest::newRow("cycle in the codebook")
        << QStringList{QStringLiteral("UPDATE codes SET parent_id = (SELECT id FROM codes WHERE name = 'Children') "
                                      "WHERE name = 'Protection'")}
        << QStringLiteral("Protection");
    QTest::newRow("coding of a missing code")
        << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                       QStringLiteral("DELETE FROM codes WHERE name = 'Identification'")}
        << QStringLiteral("codings");
}

void TestProject::check_damagedFile_reportsTheProblem()
{
    MARGINALIA_FILE_BACKEND_ONLY();
    QFETCH(QStringList, damage);
    QFETCH(QString, expected);

    {
        auto project = create();
        QVERIFY(project);
        Content content;
        QVERIFY(fill(*project, content));
        QCOMPARE(project->check(), QStringList());
    }
    QVERIFY(execRaw(path(), damage));

    auto project = open();
    QVERIFY(project);
    const QStringList problems = project->check();
    QVERIFY2(!problems.isEmpty(), "the damage went unnoticed");
    QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"

#include "projecttestsupport.h"
#include "store/project.h"
#include "store/projectbackups.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

class TestProjectBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void backUp_makesAVerifiedCopyThatOpensWithTheSameContent();
    void rotate_keepsTheNewestFiveAndTheNewestOfEachOfTheLastSevenDays();
    void rotate_neverTouchesFilesNotNamedAsThisProjectsBackups();
    void backUpIfDue_waitsForTheInterval();
    void unusableFolderBeside_fallsBackToTheDataFolder();
    void readOnlyProjectFolder_fallsBackToTheDataFolder();
    void corruptedProject_failsQuickCheckAndIsNotBackedUp();
    void restore_keepsTheDamagedFileAndTheRestoredProjectPassesCheck();
    void restore_isRefusedWhileTheProjectIsOpen();
    void newestGood_skipsADamagedBackup();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A closed project with a document, a code and a coding, its WAL checkpointed into the file.
    QString makeProject(const QString &name);
    /// Overwrites pages 2 and 3 (the tables' roots) with garbage, leaving the header page readable.
    static bool corrupt(const QString &file);
    static bool touch(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectBackups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProjectBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestProjectBackups::makeProject(const QString &name)
{
    const QString file = path(name);
    auto project = createProject(file);
    if (!project)
        return {};
    NewDocument document;
    document.name = QStringLiteral("report");
    document.text = QString(QStringLiteral("Identification of victims. ")).repeated(2000);
    auto added = project->addDocument(document);
    auto code = project->addCode(QStringLiteral("Identification"));
    auto coder = project->ensureCoder(QStringLiteral("alice"));
    if (!added || !code || !coder || !project->addCoding(newCoding(added->id, code->id, coder->id, 0, 14)))
        return {};
    return file;
}

bool TestProjectBackups::corrupt(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || f.size() < 4 * 4096)
        return false;
    f.seek(4096);
    return f.write(QByteArray(2 * 4096, '\xAB')) == 2 * 4096;
}

bool TestProjectBackups::touch(const QString &file)
{
    return writeFile(file, QByteArrayLiteral("not a database"));
}

void TestProjectBackups::backUp_makesAVerifiedCopyThatOpensWithTheSameContent()
{
    const QString file = makeProject(QStringLiteral("study.marginalia"));
    QVERIFY(!file.isEmpty());
    const ProjectBackups backups(file);
    QCOMPARE(backups.folder(), file + QStringLiteral("-backups"));

    const QDateTime time(QDate(2026, 11, 30), QTime(9, 15, 2, 517), QTimeZone::utc());
    auto made = backups.backUp(time);
    QVERIFY2(made, qPrintable(made.error()));
    QCOMPARE(made->path, file + QStringLiteral("-backups/study.2026-11-30T09-15-02.517Z.marginalia"));
    QCOMPARE(made->check, ProjectBackup::Check::Good);
    QVERIFY(ProjectBackups::quickCheck(made->path).isEmpty());
    // Written whole under a temporary name, and a single file: no journal beside it.
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files), QStringList{QFileInfo(made->path).fileName()});

    auto copy = Project::open(made->path, Project::Access::ReadOnly);
    QVERIFY2(copy, qPrintable(copy.error()));
    QCOMPARE((*copy)->documents().size(), 1);
    QCOMPARE((*copy)->codings().size(), 1);
    QVERIFY((*copy)->check().isEmpty());

    const QList<ProjectBackup> listed = backups.list(ProjectBackups::Verify::Yes);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().time, time);
    QCOMPARE(listed.first().size, QFileInfo(made->path).size());
    QCOMPARE(listed.first().check, ProjectBackup::Check::Good);
}

void TestProjectBackups::rotate_keepsTheNewestFiveAndTheNewestOfEachOfTheLastSevenDays()
{
    const QString file = path(QStringLiteral("study.marginalia"));
    QVERIFY(touch(file));
    const ProjectBackups backups(file);
    QVERIFY(QDir().mkpath(backups.folder()));
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
    QList<QDateTime> times;
    for (int hour = 1; hour <= 8; ++hour) // today: eight, of which the newest five stay
        times.append(QDateTime(now.date(), QTime(hour, 0), QTimeZone::utc()));
    for (int day = 1; day <= 9; ++day) { // one in the morning and one in the evening of each day before
        times.append(QDateTime(now.date().addDays(-day), QTime(8, 0), QTimeZone::utc()));
        times.append(QDateTime(now.date().addDays(-day), QTime(20, 30), QTimeZone::utc()));
    }
    for (const QDateTime &time : std::as_const(times))
        QVERIFY(touch(backups.folder() + u'/' + backups.fileNameFor(time)));

    QStringList expected;
    for (int hour = 8; hour >= 4; --hour)
        expected.append(backups.fileNameFor(QDateTime(now.date(), QTime(hour, 0), QTimeZone::utc())));
    for (int day = 1; day <= 6; ++day) // the evening one: the newest of each of the six days before today
        expected.append(backups.fileNameFor(QDateTime(now.date().addDays(-day), QTime(20, 30), QTimeZone::utc())));

    const QStringList removed = backups.rotate(now);
    QCOMPARE(removed.size(), times.size() - expected.size());
    QStringList left;
    for (const ProjectBackup &backup : backups.list())
        left.append(QFileInfo(backup.path).fileName());
    QCOMPARE(left, expected);
    // Rotating again as of the same time removes nothing more.
    QVERIFY(backups.rotate(now).isEmpty());
}

void TestProjectBackups::rotate_neverTouchesFilesNotNamedAsThisProjectsBackups()
{
    const QString file = path(QStringLiteral("study.marginalia"));
    QVERIFY(touch(file));
    const ProjectBackups backups(file, {1, 0});
    QVERIFY(QDir().mkpath(backups.folder()));
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
    const QStringList foreign{QStringLiteral("notes.txt"), QStringLiteral("other.2026-03-01T10-00-00.000Z.marginalia"),
                              QStringLiteral("study.2026-03-01T10-00-00Z.marginalia"),
                              QStringLiteral("study.2026-03-01T10-00-00.000Z.marginalia.bak")};
    for (const QString &name : foreign)
        QVERIFY(touch(backups.folder() + u'/' + name));
    for (int day = 1; day <= 3; ++day)
        QVERIFY(touch(backups.folder() + u'/' + backups.fileNameFor(now.addDays(-day))));

    QCOMPARE(backups.rotate(now).size(), 2);
    for (const QString &name : foreign)
        QVERIFY2(QFile::exists(backups.folder() + u'/' + name), qPrintable(name));
    QCOMPARE(backups.list().size(), 1);
}

void TestProjectBackups::backUpIfDue_waitsForTheInterval()
{
    const QString file = makeProject(QStringLiteral("study.marginalia"));
    QVERIFY(!file.isEmpty());
    const ProjectBackups backups(file);
    const QDateTime first(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
    auto made = backups.backUpIfDue(10, first);
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(made->has_value());
    made = backups.backUpIfDue(10, first.addSecs(9 * 60));
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(!made->has_value());
    made = backups.backUpIfDue(10, first.addSecs(10 * 60));
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(made->has_value());
    QCOMPARE(backups.list().size(), 2);
}

void TestProjectBackups::unusableFolderBeside_fallsBackToTheDataFolder()
{
    const QString file = makeProject(QStringLiteral("study.marginalia"));
    QVERIFY(!file.isEmpty());
    const ProjectBackups backups(file);
    // A file where the folder would be: the folder cannot be made, whoever runs the test.
    QVERIFY(touch(backups.folderBeside()));
    QCOMPARE(backups.folder(), backups.fallbackFolder());
    QVERIFY(backups.fallbackFolder().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));

    auto made = backups.backUp();
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(made->path.startsWith(backups.fallbackFolder() + u'/'));
    QCOMPARE(backups.list().size(), 1);
    QVERIFY(QDir(backups.fallbackFolder()).removeRecursively());
}

void TestProjectBackups::readOnlyProjectFolder_fallsBackToTheDataFolder()
{
    QVERIFY(QDir().mkpath(path(QStringLiteral("readonly"))));
    const QString file = makeProject(QStringLiteral("readonly/study.marginalia"));
    QVERIFY(!file.isEmpty());
    const QString folder = path(QStringLiteral("readonly"));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    auto restorePermissions
        = qScopeGuard([&] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    if (QFileInfo(folder).isWritable())
        QSKIP("the folder stays writable for this user (root)");

    const ProjectBackups backups(file);
    QCOMPARE(backups.folder(), backups.fallbackFolder());
    auto made = backups.backUp();
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(made->path.startsWith(backups.fallbackFolder() + u'/'));
    QVERIFY(!QFileInfo::exists(backups.folderBeside()));
    QVERIFY(QDir(backups.fallbackFolder()).removeRecursively());
}

void TestProjectBackups::corruptedProject_failsQuickCheckAndIsNotBackedUp()
{
    const QString file = makeProject(QStringLiteral("study.marginalia"));
    QVERIFY(!file.isEmpty());
    QVERIFY(ProjectBackups::quickCheck(file).isEmpty());
    QVERIFY(corrupt(file));
    QVERIFY(!ProjectBackups::quickCheck(file).isEmpty());

    const ProjectBackups backups(file);
    auto made = backups.backUp();
    QVERIFY(!made);
    QVERIFY2(made.error().contains(file), qPrintable(made.error()));
    QVERIFY(backups.list().isEmpty());
    QVERIFY(QDir(backups.folder()).entryList(QDir::Files).isEmpty());
}

void TestProjectBackups::restore_keepsTheDamagedFileAndTheRestoredProjectPassesCheck()
{
    const QString file = makeProject(QStringLiteral("study.marginalia"));
    QVERIFY(!file.isEmpty());
    const ProjectBackups backups(file);
    auto made = backups.backUp();
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(corrupt(file));
    // A journal left beside the damaged file must not be replayed onto the restored one.
    QVERIFY(writeFile(file + QStringLiteral("-wal"), QByteArrayLiteral("stale journal")));
    const QByteArray damaged = fileDigest(file);

    auto restored = backups.restore(made->path);
    QVERIFY2(restored, qPrintable(restored.error()));
    QVERIFY(restored->keptAs.startsWith(file + QStringLiteral(".damaged-")));
    QCOMPARE(fileDigest(restored->keptAs), damaged);
    QCOMPARE(readFile(restored->keptAs + QStringLiteral("-wal")), QByteArrayLiteral("stale journal"));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QCOMPARE(restored->backup.time, made->time);
    QVERIFY(QFileInfo::exists(made->path)); // the backup stays in the rotation

    auto project = Project::open(file);
    QVERIFY2(project, qPrintable(project.error()));
    QVERIFY((*project)->check().isEmpty());
    QCOMPARE((*project)->codings().size(), 1);
}

void TestProjectBackups::restore_isRefusedWhileTheProjectIsOpen()
{
    const QString file = makeProject(QStringLiteral("study.marginalia"));
    QVERIFY(!file.isEmpty());
    const ProjectBackups backups(file);
    auto made = backups.backUp();
    QVERIFY2(made, qPrintable(made.error()));
    auto project = Project::open(file);
    QVERIFY2(project, qPrintable(project.error()));

    auto restored = backups.restore(made->path);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(QStringLiteral("open")), qPrintable(restored.error()));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
    QVERIFY((*project)->check().isEmpty());
}

void TestProjectBackups::newestGood_skipsADamagedBackup()
{
    const QString file = makeProject(QStringLiteral("study.marginalia"));
    QVERIFY(!file.isEmpty());
    const ProjectBackups backups(file);
    const QDateTime time(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
    auto older = backups.backUp(time);
    auto newer = backups.backUp(time.addSecs(60));
    QVERIFY(older && newer);
    QVERIFY(corrupt(newer->path));

    const auto good = backups.newestGood();
    QVERIFY(good.has_value());
    QCOMPARE(good->path, older->path);
    const QList<ProjectBackup> listed = backups.list(ProjectBackups::Verify::Yes);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.first().check, ProjectBackup::Check::Damaged);
    QVERIFY(!listed.first().problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectBackups)
#include "tst_projectbackups.moc"

// One writer at a time (PRODUCT.md: a second instance cannot corrupt an open project). A project open for
// writing, here in another process (projectholder, the store as marginalia-cli holds it), refuses a second
// writer with the holder's name and time, still lets readers in, and is taken over once its holder is
// killed, since the kernel drops the lock with the process. The real CLI waits for a holder, then refuses.

#include "store/project.h"
#include "store/projectbackups.h"
#include "store/projectwriterlock.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace Marginalia::Core;

class TestProjectWriterLock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void sameProcess_secondWriterIsRefusedAndReadersAreLetIn();
    void closing_removesTheLockFile();
    void throughASymbolicLink_isTheSameLock();
    void otherProcess_isNamedWithUserHostAndTime();
    void killedHolder_leavesAStaleLockThatIsTakenOver();
    void lockFileOfACrash_withNobodyHoldingIt_isTakenOverAndReported();
    void cli_writeRefusesAfterWaiting_whileReadsGoOn();
    void cli_writeWaitsForAHolderThatGoes();
    void restore_isRefusedWhileAWriterHoldsTheProject();
    void networkFileSystems_areRecognisedByType();

private:
    /// Starts projectholder on the project and waits for it to say it holds it.
    bool startHolder(QProcess &holder);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestProjectWriterLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("study.marginalia"));
    auto project = Project::create(m_path);
    QVERIFY2(project, qPrintable(project.ok() ? QString() : project.error()));
    NewDocument document;
    document.name = QStringLiteral("report");
    document.text = QStringLiteral("Early identification of victims protects them.");
    QVERIFY((*project)->addDocument(document));
    QVERIFY((*project)->addCode(QStringLiteral("Identification")));
}

bool TestProjectWriterLock::startHolder(QProcess &holder)
{
    holder.setProgram(QStringLiteral(MARGINALIA_PROJECTHOLDER_PATH));
    holder.setArguments({QStringLiteral("store"), m_path});
    holder.start();
    if (!holder.waitForStarted())
        return false;
    while (!holder.canReadLine()) {
        if (!holder.waitForReadyRead(30000))
            return false;
    }
    return QString::fromUtf8(holder.readLine()).trimmed() == QLatin1String("ready");
}

void TestProjectWriterLock::sameProcess_secondWriterIsRefusedAndReadersAreLetIn()
{
    auto first = Project::open(m_path);
    QVERIFY2(first, qPrintable(first.ok() ? QString() : first.error()));
    QVERIFY(QFile::exists(m_path + QStringLiteral(".lock")));

    const auto second = Project::open(m_path);
    QVERIFY(!second);
    QVERIFY2(second.error().contains(QLatin1String("already open for writing in this program")),
             qPrintable(second.error()));

    auto reader = Project::open(m_path, Project::Access::ReadOnly);
    QVERIFY2(reader, qPrintable(reader.ok() ? QString() : reader.error()));
    QCOMPARE((*reader)->documents().size(), 1);

    const auto holder = ProjectWriterLock::holder(m_path);
    QVERIFY(holder);
    QCOMPARE(holder->processId, qint64(::getpid()));
    QCOMPARE(holder->host, QSysInfo::machineHostName());
    QVERIFY(holder->since.isValid());
    QVERIFY(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void TestProjectWriterLock::closing_removesTheLockFile()
{
    {
        auto project = Project::open(m_path);
        QVERIFY(project);
        QVERIFY(!(*project)->interruptedSession()); // the last session (the fixture's) closed cleanly
    }
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".lock")));
    QVERIFY(!ProjectWriterLock::holder(m_path));
    auto again = Project::open(m_path);
    QVERIFY2(again, qPrintable(again.ok() ? QString() : again.error()));
}

void TestProjectWriterLock::throughASymbolicLink_isTheSameLock()
{
    const QString link = m_dir->filePath(QStringLiteral("linked.marginalia"));
    QVERIFY(QFile::link(m_path, link));
    auto first = Project::open(link);
    QVERIFY2(first, qPrintable(first.ok() ? QString() : first.error()));
    QCOMPARE(ProjectWriterLock::lockPathFor(link), ProjectWriterLock::lockPathFor(m_path));
    QVERIFY(!Project::open(m_path));
}

void TestProjectWriterLock::otherProcess_isNamedWithUserHostAndTime()
{
    QProcess holder;
    QVERIFY(startHolder(holder));
    const auto stop = qScopeGuard([&holder] {
        holder.kill();
        holder.waitForFinished();
    });

    const auto refused = Project::open(m_path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("is open for writing by")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("projectholder")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QSysInfo::machineHostName()), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QString::number(holder.processId())), qPrintable(refused.error()));

    const auto named = ProjectWriterLock::holder(m_path);
    QVERIFY(named);
    QCOMPARE(named->processId, qint64(holder.processId()));
    QCOMPARE(named->application, QStringLiteral("projectholder"));
    QVERIFY(!named->user.isEmpty());

    // Reading goes on beside the writer.
    auto reader = Project::open(m_path, Project::Access::ReadOnly);
    QVERIFY2(reader, qPrintable(reader.ok() ? QString() : reader.error()));
    QCOMPARE((*reader)->codes().size(), 1);
}

void TestProjectWriterLock::killedHolder_leavesAStaleLockThatIsTakenOver()
{
    QProcess holder;
    QVERIFY(startHolder(holder));
    const qint64 killedPid = holder.processId();
    holder.kill(); // SIGKILL: no destructor runs, the lock file stays
    QVERIFY(holder.waitForFinished());
    QVERIFY(QFile::exists(m_path + QStringLiteral(".lock")));
    QVERIFY(!ProjectWriterLock::holder(m_path)); // the kernel let go of the lock with the process

    auto project = Project::open(m_path);
    QVERIFY2(project, qPrintable(project.ok() ? QString() : project.error()));
    const auto interrupted = (*project)->interruptedSession();
    QVERIFY(interrupted);
    QCOMPARE(interrupted->processId, killedPid);
    QCOMPARE(interrupted->application, QStringLiteral("projectholder"));
    QVERIFY((*project)->check().isEmpty());
    // The lock now names this process.
    QCOMPARE(ProjectWriterLock::holder(m_path)->processId, qint64(::getpid()));
}

void TestProjectWriterLock::lockFileOfACrash_withNobodyHoldingIt_isTakenOverAndReported()
{
    QFile stale(m_path + QStringLiteral(".lock"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("user=carol\nhost=seminar-pc\napplication=Marginalia\npid=99999\nsince=2026-12-01T08:30:00Z\n");
    stale.close();

    QVERIFY(!ProjectWriterLock::holder(m_path));
    auto project = Project::open(m_path);
    QVERIFY2(project, qPrintable(project.ok() ? QString() : project.error()));
    const auto interrupted = (*project)->interruptedSession();
    QVERIFY(interrupted);
    QCOMPARE(interrupted->user, QStringLiteral("carol"));
    QCOMPARE(interrupted->host, QStringLiteral("seminar-pc"));
    QCOMPARE(interrupted->since, QDateTime(QDate(2026, 12, 1), QTime(8, 30), QTimeZone::utc()));
    QVERIFY2(interrupted->describe().contains(QLatin1String("carol in Marginalia on seminar-pc")),
             qPrintable(interrupted->describe()));
}

void TestProjectWriterLock::cli_writeRefusesAfterWaiting_whileReadsGoOn()
{
    QProcess holder;
    QVERIFY(startHolder(holder));
    const auto stop = qScopeGuard([&holder] {
        holder.kill();
        holder.waitForFinished();
    });

    QProcess write;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MARGINALIA_LOCK_WAIT"), QStringLiteral("0.5"));
    environment.insert(QStringLiteral("MARGINALIA_BACKUP_INTERVAL"), QStringLiteral("off"));
    write.setProcessEnvironment(environment);
    write.start(QStringLiteral(MARGINALIA_CLI_PATH),
                {QStringLiteral("code-rename"), m_path, QStringLiteral("Identification"), QStringLiteral("Renamed")});
    QVERIFY(write.waitForFinished(30000));
    const QString message = QString::fromUtf8(write.readAllStandardError());
    QVERIFY2(write.exitCode() != 0, qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("is open for writing by")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("projectholder")), qPrintable(message));

    QProcess read;
    read.setProcessEnvironment(environment);
    read.start(QStringLiteral(MARGINALIA_CLI_PATH), {QStringLiteral("codes"), m_path});
    QVERIFY(read.waitForFinished(30000));
    QCOMPARE(read.exitCode(), 0);
    const QString listing = QString::fromUtf8(read.readAllStandardOutput());
    QVERIFY2(listing.contains(QLatin1String("Identification")), qPrintable(listing)); // not renamed
}

void TestProjectWriterLock::cli_writeWaitsForAHolderThatGoes()
{
    QProcess holder;
    QVERIFY(startHolder(holder));
    QProcess write;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MARGINALIA_LOCK_WAIT"), QStringLiteral("60"));
    environment.insert(QStringLiteral("MARGINALIA_BACKUP_INTERVAL"), QStringLiteral("off"));
    write.setProcessEnvironment(environment);
    write.start(QStringLiteral(MARGINALIA_CLI_PATH),
                {QStringLiteral("code-rename"), m_path, QStringLiteral("Identification"), QStringLiteral("Renamed")});
    QVERIFY(write.waitForStarted());
    // The command is waiting (it cannot have written): let the holder go, as a user closes a window.
    QTest::qWait(700);
    QCOMPARE(write.state(), QProcess::Running);
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(30000));
    QVERIFY(write.waitForFinished(60000));
    QVERIFY2(write.exitCode() == 0, write.readAllStandardError().constData());

    auto project = Project::open(m_path, Project::Access::ReadOnly);
    QVERIFY(project);
    QCOMPARE((*project)->codes().value(0).name, QStringLiteral("Renamed"));
}

void TestProjectWriterLock::restore_isRefusedWhileAWriterHoldsTheProject()
{
    ProjectBackups backups(m_path);
    const auto made = backups.backUp();
    QVERIFY2(made, qPrintable(made.ok() ? QString() : made.error()));
    auto holding = Project::open(m_path);
    QVERIFY(holding);
    const auto restored = backups.restore(made->path);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(QLatin1String("is open for writing by")), qPrintable(restored.error()));
    QVERIFY(QFile::exists(m_path));
}

void TestProjectWriterLock::networkFileSystems_areRecognisedByType()
{
    for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "NFS4"})
        QVERIFY2(ProjectWriterLock::isNetworkFileSystemType(type), type);
    for (const char *type : {"ext4", "btrfs", "xfs", "tmpfs", "overlay", "apfs", "zfs", "fuseblk", ""})
        QVERIFY2(!ProjectWriterLock::isNetworkFileSystemType(type), type);
    QCOMPARE(ProjectWriterLock::networkFileSystemOf(m_path), QString()); // the test's temporary folder
}

QTEST_GUILESS_MAIN(TestProjectWriterLock)
#include "tst_projectwriterlock.moc"

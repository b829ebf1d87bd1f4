// A full disk and I/O errors (PRODUCT.md: nothing committed is lost). SQLite's way first: a VFS that fails
// the n-th write or sync (FaultyVfs), swept over every write a coding and an import make, each time checking
// that the change failed with a clear message or happened whole, that the file passes check() and
// quick_check, and that everything committed before is there. Then a real full disk: a small tmpfs mounted
// for the test (skipped where it cannot be mounted, as without root), filled up, with the store and the
// real CLI importing and coding on it, and the same import working once space is freed.

#include "faultyvfs.h"
#include "projecttestsupport.h"
#include "store/project.h"
#include "store/projectbackups.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

class TestFullDisk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void coding_onAFullDisk_failsWholeAtEveryWrite();
    void coding_onWriteAndSyncErrors_neverLosesWhatWasCommitted();
    void import_onAFullDisk_failsWholeAtEveryWrite();
    void failedWrite_leavesTheProjectUsable_andTheRetrySucceeds();
    void realFullDisk_onASmallFileSystem_failsClearlyAndRecovers();

private:
    using Operation = std::function<Status(Project &)>;
    /// A closed project with a document, two codes and three codings: what must survive every fault.
    QString makeBase();
    /// Runs @p operation on a fresh copy of the base with @p fault at each of (up to @p points of) the
    /// writes it makes; @p changes is what the operation adds to the codings (or documents) when it succeeds.
    void sweep(const Operation &operation, FaultyVfs::Fault fault, int points, const QString &what);
    static int documentCount(Project &project) { return int(project.documents().size()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_base;
    QString m_longText;
};

void TestFullDisk::initTestCase()
{
    QVERIFY(FaultyVfs::install());
    m_longText = QStringLiteral("Paragraph on the identification of victims of trafficking and their protection. ")
                     .repeated(2500); // about 200 KB: many pages of text and of the search index
}

void TestFullDisk::init()
{
    FaultyVfs::heal();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_base = makeBase();
    QVERIFY(!m_base.isEmpty());
}

QString TestFullDisk::makeBase()
{
    const QString path = m_dir->filePath(QStringLiteral("base.marginalia"));
    auto project = createProject(path);
    if (!project)
        return {};
    NewDocument document;
    document.name = QStringLiteral("report");
    document.text = QStringLiteral("Early identification of victims protects them. ").repeated(200);
    const auto added = project->addDocument(document);
    const auto first = project->addCode(QStringLiteral("Identification"));
    const auto second = project->addCode(QStringLiteral("Non-refoulement"));
    const auto coder = project->ensureCoder(QStringLiteral("alice"));
    if (!added || !first || !second || !coder)
        return {};
    for (int i = 0; i < 3; ++i) {
        if (!project->addCoding(newCoding(added->id, first->id, coder->id, i * 48, i * 48 + 5)))
            return {};
    }
    return path;
}

void TestFullDisk::sweep(const Operation &operation, FaultyVfs::Fault fault, int points, const QString &what)
{
    const QString work = m_dir->filePath(QStringLiteral("work.marginalia"));
    const auto fresh = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(work + suffix);
        return QFile::copy(m_base, work);
    };

    // How many writes and syncs the operation makes when nothing fails.
    QVERIFY(fresh());
    int total = 0;
    {
        auto project = Project::open(work);
        QVERIFY(project);
        FaultyVfs::resetCount();
        const Status status = operation(**project);
        QVERIFY2(status, qPrintable(status.ok() ? QString() : status.error()));
        total = FaultyVfs::calls();
    }
    QVERIFY(total > 0);

    int failures = 0;
    int succeeded = 0;
    const int step = std::max(1, total / points);
    for (int at = 0; at <= total; at += (at < 8 ? 1 : step)) {
        QVERIFY(fresh());
        auto project = Project::open(work);
        QVERIFY(project);
        const int codingsBefore = int((*project)->codings().size());
        const int documentsBefore = documentCount(**project);
        FaultyVfs::resetFailed();
        FaultyVfs::failAfter(at, fault);
        const Status status = operation(**project);
        const bool faulted = FaultyVfs::failedAny();
        FaultyVfs::heal();
        if (!status) {
            ++failures;
            QVERIFY2(faulted, qPrintable(QStringLiteral("%1 failed with no fault: %2").arg(what, status.error())));
            QVERIFY2(status.error().startsWith(work), qPrintable(status.error())); // names the file
            if (fault == FaultyVfs::Fault::Full)
                QVERIFY2(status.error().contains(QLatin1String("the disk is full")), qPrintable(status.error()));
            else
                QVERIFY2(status.error().contains(QLatin1String("the disk reported an error")),
                         qPrintable(status.error()));
        } else {
            ++succeeded;
        }
        project->reset();

        // Read back as the next session would.
        auto reopened = Project::open(work, Project::Access::ReadOnly);
        QVERIFY2(reopened,
                 qPrintable(QStringLiteral("%1, fault at call %2: %3")
                                .arg(what)
                                .arg(at)
                                .arg(reopened.ok() ? QString() : reopened.error())));
        QVERIFY2((*reopened)->check().isEmpty(), qPrintable((*reopened)->check().join(u'\n')));
        QVERIFY(ProjectBackups::quickCheck(work).isEmpty());
        const int codingsAfter = int((*reopened)->codings().size());
        const int documentsAfter = documentCount(**reopened);
        const bool unchanged = codingsAfter == codingsBefore && documentsAfter == documentsBefore;
        const bool whole = codingsAfter >= codingsBefore && documentsAfter >= documentsBefore && !unchanged;
        if (status) {
            QVERIFY2(whole,
                     qPrintable(QStringLiteral("%1 reported done at fault %2 but is missing").arg(what).arg(at)));
        } else if (fault == FaultyVfs::Fault::SyncError) {
            // A sync that fails after the commit's frames were written leaves it to the next reader whether
            // they count: either way the change is whole or absent, and what came before is there.
            QVERIFY(whole || unchanged);
        } else {
            QVERIFY2(unchanged, qPrintable(QStringLiteral("%1 failed at %2 but left a change").arg(what).arg(at)));
        }
        QVERIFY(codingsAfter >= 3); // the base's codings, committed before the fault, are never lost
    }
    qInfo("%s: %d writes and syncs; faults injected at %d points: %d failed cleanly, %d completed", qPrintable(what),
          total, failures + succeeded, failures, succeeded);
    QVERIFY(failures > 0);
}

void TestFullDisk::coding_onAFullDisk_failsWholeAtEveryWrite()
{
    sweep(
        [](Project &project) -> Status {
            const auto added = project.addCoding(newCoding(project.documents().first().id, project.codes().last().id,
                                                           project.coders().first().id, 100, 140));
            if (!added)
                return Error{added.error()};
            return success();
        },
        FaultyVfs::Fault::Full, 64, QStringLiteral("coding"));
}

void TestFullDisk::coding_onWriteAndSyncErrors_neverLosesWhatWasCommitted()
{
    const Operation coding = [](Project &project) -> Status {
        const auto added = project.addCoding(newCoding(project.documents().first().id, project.codes().last().id,
                                                       project.coders().first().id, 100, 140));
        if (!added)
            return Error{added.error()};
        return success();
    };
    sweep(coding, FaultyVfs::Fault::WriteError, 64, QStringLiteral("coding, write errors"));
    sweep(coding, FaultyVfs::Fault::SyncError, 64, QStringLiteral("coding, sync errors"));
}

void TestFullDisk::import_onAFullDisk_failsWholeAtEveryWrite()
{
    const QString text = m_longText;
    sweep(
        [text](Project &project) -> Status {
            NewDocument document;
            document.name = QStringLiteral("long report");
            document.text = text;
            const auto added = project.addDocument(document);
            if (!added)
                return Error{added.error()};
            return success();
        },
        FaultyVfs::Fault::Full, 48, QStringLiteral("import"));
}

void TestFullDisk::failedWrite_leavesTheProjectUsable_andTheRetrySucceeds()
{
    auto project = Project::open(m_base);
    QVERIFY(project);
    const qint64 documentId = (*project)->documents().first().id;
    const qint64 codeId = (*project)->codes().last().id;
    const qint64 coderId = (*project)->coders().first().id;

    FaultyVfs::failAfter(0);
    const auto refused = (*project)->addCoding(newCoding(documentId, codeId, coderId, 200, 240));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("the disk is full; nothing was changed")),
             qPrintable(refused.error()));
    // Reading goes on while the disk is full.
    QCOMPARE((*project)->codings().size(), 3);
    QVERIFY((*project)->documentText(documentId));

    FaultyVfs::heal(); // the user freed some space
    const auto retried = (*project)->addCoding(newCoding(documentId, codeId, coderId, 200, 240));
    QVERIFY2(retried, qPrintable(retried.ok() ? QString() : retried.error()));
    QCOMPARE((*project)->codings().size(), 4);
    QVERIFY((*project)->check().isEmpty());
}

void TestFullDisk::realFullDisk_onASmallFileSystem_failsClearlyAndRecovers()
{
    QTemporaryDir mountPoint;
    QVERIFY(mountPoint.isValid());
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=3m"),
                 QStringLiteral("marginalia-full-disk-test"), mountPoint.path()});
    if (!mount.waitForFinished(20000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
        QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs here (it needs root): %1")
                             .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
    }
    const auto unmount = qScopeGuard([&mountPoint] {
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint.path()});
    });

    const QString path = mountPoint.filePath(QStringLiteral("study.marginalia"));
    QVERIFY(QFile::copy(m_base, path));
    const QString filler = mountPoint.filePath(QStringLiteral("filler"));
    const auto fillDisk = [&filler] {
        QFile file(filler);
        if (!file.open(QIODevice::Append))
            return false;
        const QByteArray chunk(16 * 1024, 'x');
        while (file.write(chunk) == chunk.size() && file.flush()) { }
        // The last partial pages too.
        const QByteArray small(512, 'x');
        while (file.write(small) == small.size() && file.flush()) { }
        return true;
    };

    auto project = Project::open(path);
    QVERIFY2(project, qPrintable(project.ok() ? QString() : project.error()));
    const qint64 documentId = (*project)->documents().first().id;
    const qint64 codeId = (*project)->codes().last().id;
    const qint64 coderId = (*project)->coders().first().id;
    QVERIFY((*project)->addCoding(newCoding(documentId, codeId, coderId, 300, 340)));
    QVERIFY(fillDisk());

    NewDocument document;
    document.name = QStringLiteral("long report");
    document.text = m_longText;
    const auto refused = (*project)->addDocument(document);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(path), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("the disk is full"))
                 || refused.error().contains(QLatin1String("disk reported")),
             qPrintable(refused.error()));
    qInfo("import on the full tmpfs: %s", qPrintable(refused.error()));
    // A coding may still fit in pages the journal already has; either way it is whole or absent.
    const auto coding = (*project)->addCoding(newCoding(documentId, codeId, coderId, 400, 440));
    qInfo("coding on the full tmpfs: %s", coding ? "fitted" : qPrintable(coding.error()));
    const int expectedCodings = coding ? 5 : 4;
    QCOMPARE((*project)->codings().size(), expectedCodings);

    // The real CLI on the same full disk (after the window's stand-in has closed the project).
    project->reset();
    const QString source = m_dir->filePath(QStringLiteral("long report.txt"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_longText.toUtf8());
    }
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MARGINALIA_BACKUP_INTERVAL"), QStringLiteral("off"));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(MARGINALIA_CLI_PATH), {QStringLiteral("import"), path, source});
    QVERIFY(cli.waitForFinished(60000));
    const QString said = QString::fromUtf8(cli.readAllStandardError() + cli.readAllStandardOutput());
    qInfo("marginalia-cli import on the full tmpfs (exit %d): %s", cli.exitCode(), qPrintable(said.trimmed()));
    QVERIFY2(cli.exitCode() != 0, qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("disk is full")) || said.contains(QLatin1String("No space left")),
             qPrintable(said));

    {
        auto reopened = Project::open(path, Project::Access::ReadOnly);
        QVERIFY2(reopened, qPrintable(reopened.ok() ? QString() : reopened.error()));
        QVERIFY((*reopened)->check().isEmpty());
        QCOMPARE((*reopened)->codings().size(), expectedCodings);
        QCOMPARE((*reopened)->documents().size(), 1);
    }

    // Space freed: the same import works, and the project is sound.
    QVERIFY(QFile::remove(filler));
    QProcess again;
    again.setProcessEnvironment(environment);
    again.start(QStringLiteral(MARGINALIA_CLI_PATH), {QStringLiteral("import"), path, source});
    QVERIFY(again.waitForFinished(60000));
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    auto recovered = Project::open(path, Project::Access::ReadOnly);
    QVERIFY(recovered);
    QVERIFY((*recovered)->check().isEmpty());
    QVERIFY(ProjectBackups::quickCheck(path).isEmpty());
    QCOMPARE((*recovered)->documents().size(), 2);
    QCOMPARE((*recovered)->codings().size(), expectedCodings);
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"

// SQLite keeps other processes from checkpointing away a WAL that is still in use with POSIX advisory
// locks, and POSIX drops all of a process's locks on a file when any descriptor of it is closed. Here the
// process that holds the project (projectholder.cpp: the store alone, or the real window) opens and closes
// the project's files by other means, another process then reads the project, the holder commits more and
// is killed: every commit it reported must be in the file (PRODUCT.md: nothing committed is lost).

#include "store/project.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;

class TestProjectLocks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void storeHolding_keepsItsCommitsWhenItsFilesAreOpenedAndClosedElsewhere();
    void windowHolding_keepsItsCommitsAfterTheImportDialogListsTheProjectFolder();

private:
    /// Runs the whole story with the holder in @p mode, disturbing it with @p disturbance.
    void holdDisturbReadAndKill(const QString &mode, const QString &disturbance);
    /// Sends @p command and collects the holder's lines until "ok"; empty (and a failed check) otherwise.
    QStringList send(QProcess &holder, const QString &command);
    /// Waits for one line from the holder.
    QString readLine(QProcess &holder);

    QTemporaryDir m_dir;
    QString m_path;
    static constexpr int CodingsEachTime = 5;
};

void TestProjectLocks::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestProjectLocks::init()
{
    static int counter = 0;
    // A folder of its own, as a user's project folder: the dialog lists it.
    const QString folder = m_dir.filePath(QStringLiteral("study%1").arg(++counter));
    QVERIFY(QDir().mkpath(folder));
    m_path = folder + QStringLiteral("/study.marginalia");
    auto project = Project::create(m_path);
    QVERIFY2(project, qPrintable(project.ok() ? QString() : project.error()));
    NewDocument document;
    document.name = QStringLiteral("report");
    document.text = QStringLiteral("Early identification of victims protects them. ").repeated(40);
    QVERIFY((*project)->addDocument(document));
    QVERIFY((*project)->addCode(QStringLiteral("Identification")));
    // A document beside the project, as there usually is one in a study's folder.
    QFile beside(folder + QStringLiteral("/notes.txt"));
    QVERIFY(beside.open(QIODevice::WriteOnly));
    beside.write("Interview notes.\n");
}

QString TestProjectLocks::readLine(QProcess &holder)
{
    while (!holder.canReadLine()) {
        if (!holder.waitForReadyRead(30000))
            return QString();
    }
    return QString::fromUtf8(holder.readLine()).trimmed();
}

QStringList TestProjectLocks::send(QProcess &holder, const QString &command)
{
    holder.write((command + u'\n').toUtf8());
    QStringList lines;
    for (;;) {
        const QString line = readLine(holder);
        if (line.isEmpty()) {
            qWarning("holder: %s", holder.readAllStandardError().constData());
            return {};
        }
        if (line == QLatin1String("ok"))
            return lines;
        lines.append(line);
    }
}

void TestProjectLocks::holdDisturbReadAndKill(const QString &mode, const QString &disturbance)
{
    QProcess holder;
    holder.setProgram(QStringLiteral(MARGINALIA_PROJECTHOLDER_PATH));
    holder.setArguments({mode, m_path});
    holder.start();
    QVERIFY(holder.waitForStarted());
    const auto stopHolder = qScopeGuard([&holder] {
        holder.kill();
        holder.waitForFinished();
    });
    QCOMPARE(readLine(holder), QStringLiteral("ready"));

    QSet<QString> committed;
    auto code = [&] {
        const QStringList lines = send(holder, QStringLiteral("code %1").arg(CodingsEachTime));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("committed ")))
                committed.insert(line.mid(10));
        }
        return lines.size();
    };
    QCOMPARE(code(), CodingsEachTime);

    QVERIFY(send(holder, disturbance).isEmpty());

    // Another process reads the project while the holder has it open, as marginalia-cli would.
    QProcess reader;
    reader.start(QStringLiteral(MARGINALIA_CLI_PATH), {QStringLiteral("documents"), m_path});
    QVERIFY(reader.waitForFinished(30000));
    const QString listing = QString::fromUtf8(reader.readAllStandardOutput());
    QCOMPARE(reader.exitCode(), 0);
    QVERIFY2(listing.contains(QLatin1String("report")), qPrintable(listing));
    // The reader saw the holder's connection and left its journal alone (checked after the loss, which
    // says more when this fails).
    const bool journalKept = QFile::exists(m_path + QStringLiteral("-wal"));

    QCOMPARE(code(), CodingsEachTime);
    QCOMPARE(committed.size(), 2 * CodingsEachTime);
    holder.kill();
    QVERIFY(holder.waitForFinished());

    auto reopened = Project::open(m_path, Project::Access::ReadOnly);
    QVERIFY2(reopened, qPrintable(reopened.ok() ? QString() : reopened.error()));
    QSet<QString> onDisk;
    for (const Coding &coding : (*reopened)->codings())
        onDisk.insert(coding.guid);
    const QSet<QString> lost = committed - onDisk;
    QVERIFY2(lost.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 committed codings lost").arg(lost.size()).arg(committed.size())));
    QVERIFY2(journalKept, "the reader deleted the journal the holder was writing to");
    QVERIFY((*reopened)->check().isEmpty());
}

void TestProjectLocks::storeHolding_keepsItsCommitsWhenItsFilesAreOpenedAndClosedElsewhere()
{
    holdDisturbReadAndKill(QStringLiteral("store"), QStringLiteral("touch"));
}

void TestProjectLocks::windowHolding_keepsItsCommitsAfterTheImportDialogListsTheProjectFolder()
{
    holdDisturbReadAndKill(QStringLiteral("window"), QStringLiteral("dialog"));
}

QTEST_GUILESS_MAIN(TestProjectLocks)
#include "tst_projectlocks.moc"

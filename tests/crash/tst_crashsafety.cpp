// PRODUCT.md's promise: nothing committed is lost when the program is killed. A writer process
// (crashwriter.cpp) commits in a loop and prints what it has committed; it is killed (SIGKILL, no chance to
// clean up) at a random moment, again and again on the same project. After every kill the project must
// open, pass its integrity check, hold everything the writer reported, and hold no half of a transaction.
//
// The random delays come from a seed printed at the start; MARGINALIA_CRASH_SEED=N repeats a run.

#include "store/project.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void killedWhileCoding_keepsEveryCommittedCoding();
    void killedWhileCodingInBatches_keepsWholeBatchesOnly();
    void killedWhileImporting_keepsWholeDocumentsOnly();

private:
    /// Runs the writer, kills it at a random moment after 0-3 of its reports, and returns what it printed.
    QStringList runAndKill(const QStringList &arguments);
    /// Opens the project after a kill and checks it; null (with a failed QVERIFY) if it is damaged.
    std::unique_ptr<Project> reopen();

    QTemporaryDir m_dir;
    QString m_path;
    QRandomGenerator m_random;
    static constexpr int Rounds = 8;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    quint32 seed = QRandomGenerator::global()->generate();
    if (qEnvironmentVariableIsSet("MARGINALIA_CRASH_SEED"))
        seed = quint32(qEnvironmentVariableIntValue("MARGINALIA_CRASH_SEED"));
    qInfo("kill delays from seed %u (MARGINALIA_CRASH_SEED=%u repeats them)", seed, seed);
    m_random.seed(seed);
}

void TestCrashSafety::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("crash%1.marginalia").arg(++counter));
    auto project = Project::create(m_path);
    QVERIFY2(project, qPrintable(project.ok() ? QString() : project.error()));
    NewDocument document;
    document.name = QStringLiteral("long");
    document.text = QString(200000, u'x');
    QVERIFY((*project)->addDocument(document));
    QVERIFY((*project)->addCode(QStringLiteral("Protection")));
}

QStringList TestCrashSafety::runAndKill(const QStringList &arguments)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(MARGINALIA_CRASHWRITER_PATH));
    writer.setArguments(arguments);
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start();
    if (!writer.waitForStarted())
        return {QStringLiteral("error: the writer did not start")};
    // The kill comes at a moment counted from what the writer has done, not from the clock: after it
    // reported 0 to 3 commits (0: right after it opened the project), then a random 0-250 ms into what it
    // does next. A slow machine (a sanitizer build, a busy CI host) then tests the same as a fast one,
    // instead of killing a writer that never got to commit.
    QStringList lines;
    QByteArray pending;
    auto readLines = [&] {
        pending += writer.readAllStandardOutput();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            lines.append(QString::fromUtf8(pending.left(end)));
            pending.remove(0, end + 1);
        }
    };
    const qsizetype reportsBeforeKill = 1 + qsizetype(m_random.bounded(4)); // "ready" and 0-3 reports
    QDeadlineTimer deadline(120000);
    while (lines.size() < reportsBeforeKill && writer.state() == QProcess::Running && !deadline.hasExpired()) {
        writer.waitForReadyRead(100);
        readLines();
    }
    QTest::qWait(int(m_random.bounded(250)));
    writer.kill(); // SIGKILL: no destructors, no rollback, no checkpoint
    writer.waitForFinished();
    const QString err = QString::fromUtf8(writer.readAllStandardError());
    if (!err.trimmed().isEmpty() && err.contains(QLatin1String("crashwriter:")))
        return {QStringLiteral("error: ") + err};
    readLines();
    // A line cut by the kill has no newline: it stays in pending and is not a report.
    lines.removeAll(QStringLiteral("ready"));
    return lines;
}

std::unique_ptr<Project> TestCrashSafety::reopen()
{
    auto project = Project::open(m_path);
    if (!project) {
        qWarning("%s", qPrintable(project.error()));
        return nullptr;
    }
    const QStringList problems = (*project)->check();
    if (!problems.isEmpty()) {
        qWarning("%s", qPrintable(problems.join(u'\n')));
        return nullptr;
    }
    return std::move(*project);
}

void TestCrashSafety::killedWhileCoding_keepsEveryCommittedCoding()
{
    QSet<QString> reported;
    for (int round = 0; round < Rounds; ++round) {
        const QStringList lines = runAndKill({QStringLiteral("codings"), m_path});
        QVERIFY2(lines.isEmpty() || !lines.first().startsWith(QLatin1String("error")), qPrintable(lines.value(0)));
        for (const QString &line : lines) {
            // A line cut by the kill is not a report.
            if (line.startsWith(QLatin1String("committed ")) && line.size() > 20)
                reported.insert(line.mid(10));
        }
        const auto project = reopen();
        QVERIFY(project);
        QSet<QString> onDisk;
        for (const Coding &coding : project->codings())
            onDisk.insert(coding.guid);
        for (const QString &guid : std::as_const(reported))
            QVERIFY2(onDisk.contains(guid), qPrintable(QStringLiteral("round %1: %2 lost").arg(round).arg(guid)));
    }
    qInfo("%lld codings reported committed over %d kills, all on disk", qint64(reported.size()), Rounds);
    QVERIFY2(!reported.isEmpty(), "the writer never got to commit: nothing was tested");
}

void TestCrashSafety::killedWhileCodingInBatches_keepsWholeBatchesOnly()
{
    qint64 reportedCodings = 0;
    for (int round = 0; round < Rounds; ++round) {
        const QStringList lines = runAndKill({QStringLiteral("batches"), m_path});
        QVERIFY2(lines.isEmpty() || !lines.first().startsWith(QLatin1String("error")), qPrintable(lines.value(0)));
        for (const QString &line : lines) {
            const QStringList parts = line.split(u' ');
            if (parts.size() == 3 && parts.first() == QLatin1String("batch"))
                reportedCodings += parts.at(2).toLongLong();
        }
        const auto project = reopen();
        QVERIFY(project);
        const qint64 onDisk = project->codings().size();
        // All or nothing: a killed batch leaves none of its 50 codings.
        QVERIFY2(onDisk % 50 == 0, qPrintable(QStringLiteral("round %1: %2 codings").arg(round).arg(onDisk)));
        QVERIFY2(onDisk >= reportedCodings,
                 qPrintable(
                     QStringLiteral("round %1: %2 on disk, %3 reported").arg(round).arg(onDisk).arg(reportedCodings)));
    }
    qInfo("%lld codings reported committed in batches of 50 over %d kills, all on disk", reportedCodings, Rounds);
    QVERIFY2(reportedCodings > 0, "the writer never got to commit: nothing was tested");
}

void TestCrashSafety::killedWhileImporting_keepsWholeDocumentsOnly()
{
    // Forty files of about 200 KB: the import takes longer than the kill delay, and each file is a
    // transaction of its own, so a kill keeps every file before it whole and nothing of the one it hits.
    const QString folder = m_dir.filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral("-sources"));
    QVERIFY(QDir().mkpath(folder));
    QHash<QString, QString> texts;
    QStringList names;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("doc%1").arg(i, 2, 10, QLatin1Char('0'));
        QString text;
        for (int line = 0; line < 5000; ++line)
            text += QStringLiteral("Document %1, line %2: identification at the border.\n").arg(i).arg(line);
        QVERIFY(Marginalia::Test::writeFile(QDir(folder).filePath(name + QStringLiteral(".txt")), text.toUtf8()));
        texts.insert(name, text);
        names.append(name);
    }
    int done = 0;
    for (int round = 0; round < Rounds / 2; ++round) {
        const QStringList lines = runAndKill({QStringLiteral("import"), m_path, folder});
        QVERIFY2(lines.isEmpty() || !lines.first().startsWith(QLatin1String("error")), qPrintable(lines.value(0)));
        for (const QString &line : lines) {
            const QStringList parts = line.split(u' ');
            if (parts.size() == 2 && parts.first() == QLatin1String("done"))
                done = std::max(done, parts.at(1).toInt());
        }
        const auto project = reopen();
        QVERIFY(project);
        // Files go in name order, and a file already in the project is refused as a duplicate on the next
        // round: the first `done` files are all there.
        for (int i = 0; i < done; ++i)
            QVERIFY2(project->documentByName(names.at(i)),
                     qPrintable(QStringLiteral("round %1: %2 lost").arg(round).arg(names.at(i))));
        // And every document there is whole, and there once.
        QSet<QString> seen;
        for (const Document &document : project->documents()) {
            if (document.name == QLatin1String("long"))
                continue;
            QVERIFY2(texts.contains(document.name), qPrintable(document.name));
            QVERIFY2(!seen.contains(document.name), qPrintable(document.name));
            seen.insert(document.name);
            QCOMPARE(*project->documentText(document.id), texts.value(document.name));
        }
        qInfo("round %d: %d files reported done, %lld documents whole on disk", round, done, qint64(seen.size()));
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

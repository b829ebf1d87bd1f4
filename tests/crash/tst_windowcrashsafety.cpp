// PRODUCT.md's promise, for the real window: nothing the window reported done is lost when it is killed.
// windowcoder.cpp opens a project in Ui::MainWindow (offscreen) and codes, renames codes, undoes and redoes
// through the window's own paths, printing each change once the window's command has committed. It is
// killed (SIGKILL: no destructors, no rollback, no checkpoint) at a random moment, during its start or
// while it works, again and again on the same file: every round starts from what a crash left, with the
// dead window's lock file beside it. After every kill the project must open, pass Project::check() and
// SQLite's quick_check, and be the state the window reported: its reports replayed in order, the last
// change allowed to be in or out when the kill hit it before it was reported.
//
// The random delays come from a seed printed at the start; MARGINALIA_CRASH_SEED=N repeats a run (the
// delays and the coder's actions; where in its work the kill lands still depends on the machine's speed).

#include "store/project.h"
#include "store/projectbackups.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;

class TestWindowCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void windowKilledWhileCoding_keepsEverythingItReportedDone();

private:
    /// What the window's reports say the file holds.
    struct Expected
    {
        QSet<QString> codings; ///< GUIDs reported coded (and not uncoded since)
        QSet<QString> uncoded; ///< GUIDs reported uncoded: must stay out
        QHash<qint64, QString> codeNames; ///< code id -> the name last reported
    };
    /// The change the kill hit: announced ("pending ...") but not reported done.
    struct InFlight
    {
        QString verb; ///< "code", "coded", "uncoded", "renamed", or empty: none
        QStringList arguments;
    };

    /// Runs the window, kills it after @p delayMs, and returns the complete lines it printed; @p readyAfterMs
    /// is when it said "ready" (-1: it did not), for the log.
    QStringList runAndKill(quint32 coderSeed, int delayMs, QString *errors, qint64 *readyAfterMs);

    QTemporaryDir m_dir;
    QString m_path;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    // The window opens the project in 100-300 ms here (the log says when it was ready): one round in four
    // is killed within its first StartMs, in its start (launching, or opening the project after the last
    // crash), and the others while they code, the file growing by a few hundred changes each time.
    static constexpr int Rounds = 25;
    static constexpr int StartMs = 100;
    static constexpr int MaxDelayMs = 2500;
};

void TestWindowCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = QRandomGenerator::global()->generate();
    if (qEnvironmentVariableIsSet("MARGINALIA_CRASH_SEED"))
        m_seed = quint32(qEnvironmentVariable("MARGINALIA_CRASH_SEED").toUInt());
    qInfo("kill delays from seed %u (MARGINALIA_CRASH_SEED=%u repeats them)", m_seed, m_seed);
    m_random.seed(m_seed);

    m_path = m_dir.filePath(QStringLiteral("window.marginalia"));
    auto project = Project::create(m_path);
    QVERIFY2(project, qPrintable(project.ok() ? QString() : project.error()));
    const QStringList sentences{
        QStringLiteral("Early identification of victims protects them. "),
        QStringLiteral("The shelter staff asked for more training on the new referral forms. "),
        QStringLiteral("Nobody at the border post knew whom to call after hours.\n"),
    };
    for (int i = 0; i < 3; ++i) {
        NewDocument document;
        document.name = QStringLiteral("interview%1").arg(i + 1);
        for (int line = 0; line < 40; ++line)
            document.text += sentences.at((line + i) % sentences.size());
        QVERIFY((*project)->addDocument(document));
    }
    for (const QString &name : {QStringLiteral("Identification"), QStringLiteral("Training"),
                                QStringLiteral("Referral"), QStringLiteral("Access")}) {
        QVERIFY((*project)->addCode(name));
    }
}

QStringList TestWindowCrashSafety::runAndKill(quint32 coderSeed, int delayMs, QString *errors, qint64 *readyAfterMs)
{
    QProcess window;
    window.setProgram(QStringLiteral(MARGINALIA_WINDOWCODER_PATH));
    window.setArguments({m_path, QString::number(coderSeed)});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    window.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    *readyAfterMs = -1;
    window.start();
    if (!window.waitForStarted(30000)) {
        *errors = QStringLiteral("the window did not start: ") + window.errorString();
        return {};
    }
    // Read while waiting, so that a full pipe never holds the window up.
    QByteArray output;
    const QDeadlineTimer deadline(delayMs);
    while (!deadline.hasExpired() && window.state() == QProcess::Running) {
        window.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        output += window.readAllStandardOutput();
        if (*readyAfterMs < 0 && output.startsWith("ready\n"))
            *readyAfterMs = clock.elapsed();
    }
    const bool ranUntilKilled = window.state() == QProcess::Running;
    window.kill(); // SIGKILL on Unix
    window.waitForFinished(30000);
    output += window.readAllStandardOutput();
    *errors = QString::fromUtf8(window.readAllStandardError());
    if (!ranUntilKilled && !errors->contains(QLatin1String("windowcoder:")))
        *errors += QStringLiteral("windowcoder: it ended before the kill, with code %1").arg(window.exitCode());
    // A line cut by the kill has no newline: it is no report.
    QStringList lines = QString::fromUtf8(output.left(output.lastIndexOf('\n') + 1)).split(u'\n');
    lines.removeAll(QString());
    return lines;
}

void TestWindowCrashSafety::windowKilledWhileCoding_keepsEverythingItReportedDone()
{
    Expected expected;
    {
        auto project = Project::open(m_path, Project::Access::ReadOnly);
        QVERIFY(project);
        for (const Code &code : (*project)->codes())
            expected.codeNames.insert(code.id, code.name);
    }

    QStringList failures;
    int kills = 0;
    int killsInStart = 0;
    int killsInFlight = 0;
    int actionsReported = 0;
    int lost = 0;
    int integrityFailures = 0;
    for (int round = 0; round < Rounds; ++round) {
        const quint32 coderSeed = m_random.generate();
        const int delayMs
            = m_random.bounded(4) == 0 ? m_random.bounded(StartMs) : m_random.bounded(StartMs, MaxDelayMs);
        const QString where
            = QStringLiteral("round %1 (seed %2, kill after %3 ms)").arg(round).arg(m_seed).arg(delayMs);
        QString errors;
        qint64 readyAfterMs = -1;
        const QStringList lines = runAndKill(coderSeed, delayMs, &errors, &readyAfterMs);
        if (errors.contains(QLatin1String("windowcoder:")) || errors.startsWith(QLatin1String("the window"))) {
            QFAIL(qPrintable(where + QStringLiteral(": ") + errors.trimmed()));
        }
        ++kills;

        // Replay the reports in order: a later undo, redo or rename supersedes an earlier report.
        bool ready = false;
        InFlight inFlight;
        for (const QString &line : lines) {
            QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
            const QString verb = parts.isEmpty() ? QString() : parts.takeFirst();
            if (verb == QLatin1String("ready")) {
                ready = true;
            } else if (verb == QLatin1String("pending") && !parts.isEmpty()) {
                inFlight.verb = parts.takeFirst();
                inFlight.arguments = parts;
            } else if (verb == QLatin1String("refused")) {
                inFlight = {};
            } else if (verb == QLatin1String("coded") || verb == QLatin1String("uncoded")) {
                for (const QString &guid : std::as_const(parts)) {
                    if (verb == QLatin1String("coded")) {
                        expected.codings.insert(guid);
                        expected.uncoded.remove(guid);
                    } else {
                        expected.codings.remove(guid);
                        expected.uncoded.insert(guid);
                    }
                }
                ++actionsReported;
                inFlight = {};
            } else if (verb == QLatin1String("renamed") && parts.size() == 2) {
                expected.codeNames.insert(parts.at(0).toLongLong(), parts.at(1));
                ++actionsReported;
                inFlight = {};
            } else {
                QFAIL(qPrintable(where + QStringLiteral(": a line not understood: ") + line));
            }
        }
        if (!ready)
            ++killsInStart;
        if (!inFlight.verb.isEmpty())
            ++killsInFlight;

        // The file a crash left: sound, whole, and the reported state.
        const QStringList sqliteProblems = ProjectBackups::quickCheck(m_path);
        auto opened = Project::open(m_path, Project::Access::ReadOnly);
        if (!opened)
            QFAIL(qPrintable(where + QStringLiteral(": the project does not open: ") + opened.error()));
        const std::unique_ptr<Project> project = std::move(*opened);
        const QStringList problems = project->check() + sqliteProblems;
        if (!problems.isEmpty()) {
            ++integrityFailures;
            failures.append(where + QStringLiteral(": integrity: ") + problems.join(QStringLiteral("; ")));
        }
        QSet<QString> onDisk;
        for (const Coding &coding : project->codings())
            onDisk.insert(coding.guid);
        QHash<qint64, QString> namesOnDisk;
        for (const Code &code : project->codes())
            namesOnDisk.insert(code.id, code.name);

        auto hitByKill = [&inFlight](const char *verb, const QString &argument) {
            return inFlight.verb == QLatin1String(verb) && inFlight.arguments.contains(argument);
        };
        auto loses = [&](const QString &what) {
            ++lost;
            failures.append(where + QStringLiteral(": lost: ") + what);
        };
        for (const QString &guid : std::as_const(expected.codings)) {
            if (!onDisk.contains(guid) && !hitByKill("uncoded", guid))
                loses(QStringLiteral("coding %1 (reported coded) is not in the file").arg(guid));
        }
        for (const QString &guid : std::as_const(expected.uncoded)) {
            if (onDisk.contains(guid) && !hitByKill("coded", guid))
                loses(QStringLiteral("coding %1 (reported uncoded) is back in the file").arg(guid));
        }
        // Nothing half-done or made up: a coding nobody reported is the one new coding the kill hit.
        int unreported = 0;
        for (const QString &guid : std::as_const(onDisk)) {
            if (!expected.codings.contains(guid) && !expected.uncoded.contains(guid))
                ++unreported;
        }
        if (unreported > (inFlight.verb == QLatin1String("code") ? 1 : 0))
            loses(QStringLiteral("%1 codings in the file were never reported").arg(unreported));
        for (auto it = expected.codeNames.cbegin(); it != expected.codeNames.cend(); ++it) {
            const QString actual = namesOnDisk.value(it.key());
            if (actual != it.value()
                && !(inFlight.verb == QLatin1String("renamed") && inFlight.arguments.value(0).toLongLong() == it.key()
                     && inFlight.arguments.value(1) == actual)) {
                loses(QStringLiteral("code %1 is named \"%2\" in the file, reported \"%3\"")
                          .arg(it.key())
                          .arg(actual, it.value()));
            }
        }

        // The next round starts from this file: where the kill hit a change, the file decides.
        expected.codings = onDisk;
        for (const QString &guid : std::as_const(onDisk))
            expected.uncoded.remove(guid);
        expected.codeNames = namesOnDisk;
        qInfo("%s: ready after %lld ms, %lld lines, %s, %lld codings in the file", qPrintable(where), readyAfterMs,
              qint64(lines.size()),
              !ready ? "killed in its start"
                     : (inFlight.verb.isEmpty() ? "killed between changes" : "killed in a change"),
              qint64(onDisk.size()));
    }

    qInfo("window kills: %d (%d in its start, %d in a change), actions reported: %d, lost: %d, integrity "
          "failures: %d, seed: %u",
          kills, killsInStart, killsInFlight, actionsReported, lost, integrityFailures, m_seed);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY2(actionsReported > 0, "the window never got to report a change: nothing was tested");
}

QTEST_GUILESS_MAIN(TestWindowCrashSafety)
#include "tst_windowcrashsafety.moc"

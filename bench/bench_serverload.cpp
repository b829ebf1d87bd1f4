// Load benchmark of issue 16: many coders applying codings to one project at the same time.
//
//   server        K coder processes (default 40), each with its connection open throughout, applying codings on
//                 one PostgreSQL server for S seconds (default 60): throughput, latency of one coding (p50,
//                 p99, max), failures, and nothing lost (every coding a worker was told is done is in the
//                 project, and no other coding of those coders is).
//   shared file   beside it, what a file allows: two writers on one SQLite project, each opening the file for
//                 writing, applying one coding and closing it again, waiting while the other holds the writer
//                 lock (ProjectWriterLock), as two people running `marginalia-cli code-add` on one file would.
//
// The workers are bench/loadcoder processes, started at once and told one CLOCK_MONOTONIC instant to begin.
// The limit measured in the same run, on the same project, is one coder with the project open throughout (no
// lock to wait for, no open or close per coding): what a single coder gets. It runs half before and half after
// the scenario (--reference-seconds in all). Without --location the shared-file scenario runs on a project
// generated in a temporary folder; with a postgresql:// URL (or --throwaway-server) the server scenario runs.
//
//   bench_serverload [--data-dir DIR] [--markdown FILE] [--location URL_OR_PATH | --throwaway-server]
//                    [--coders K] [--seconds S] [--mode hold-open|reopen-each] [--reference-seconds S]
//                    [--lock-wait S] [--poll-ms MS] [--documents N] [--loadcoder PATH] [--keep-work] [--check]

#include "benchsupport.h"

#include "store/project.h"

#ifdef MARGINALIA_BENCH_PGCLUSTER
#include "postgresqlcluster.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

#include <time.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace Marginalia;
using namespace Marginalia::Bench;

namespace {

constexpr qint64 nsPerSecond = 1'000'000'000;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * nsPerSecond + now.tv_nsec;
}

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

// ---- The project the coders work on --------------------------------------------------------------------------

struct WorkloadSpec
{
    /// Bump whenever the generated project changes.
    static constexpr int GeneratorVersion = 1;
    int documents = 60;
    int themes = 10; ///< top-level codes, each with codesPerTheme - 1 subcodes: 50 codes in all
    int codesPerTheme = 5;
    int priorCoders = 3;
    int priorCodings = 3000; ///< codings there before the run, so the tables and indexes are not empty
    quint64 seed = 0x4C4F414443ULL;
};

const char *const words[]
    = {"the",        "of",        "and",     "to",       "in",       "shall",      "States",      "migrants",
       "protection", "return",    "asylum",  "children", "borders",  "rights",     "victims",     "trafficking",
       "resolution", "Committee", "recalls", "measures", "national", "assistance", "cooperation", "reports",
       "Côte",       "d’Ivoire",  "São",     "Tomé",     "régime",   "œuvre",      "€",           "programme"};

/// Prose of about @p characters code points: sentences in numbered paragraphs.
QString documentText(Random &random, qint64 characters)
{
    QString text;
    text.reserve(characters + 64);
    int paragraph = 1;
    text += QStringLiteral("1. ");
    while (text.size() < characters) {
        const qint64 sentenceWords = random.between(8, 30);
        for (qint64 w = 0; w < sentenceWords; ++w) {
            QString word = QString::fromUtf8(random.pick(words));
            if (w == 0)
                word[0] = word[0].toUpper();
            text += word;
            text += w + 1 < sentenceWords ? QLatin1Char(' ') : QLatin1Char('.');
        }
        text += random.chance(0.2) ? QStringLiteral("\n\n%1. ").arg(++paragraph) : QStringLiteral(" ");
    }
    return text;
}

/// Documents of realistic sizes (log-normal, median 12,000 code points, 1,500 to 150,000), a codebook of
/// 50 codes in two levels, and a few codings by earlier coders. One transaction.
Core::Status populate(Core::Project &project, const WorkloadSpec &spec)
{
    Random random(spec.seed);
    return project.transact(QStringLiteral("load benchmark workload"), [&]() -> Core::Status {
        std::vector<qint64> documentIds, lengths;
        for (int i = 0; i < spec.documents; ++i) {
            const double size = std::exp(std::log(12000.0) + 0.9 * random.normal());
            Core::NewDocument document;
            document.name = QStringLiteral("Report %1").arg(i + 1, 3, 10, QLatin1Char('0'));
            document.text = documentText(random, std::clamp<qint64>(qint64(size), 1500, 150000));
            auto added = project.addDocument(document);
            if (!added)
                return Core::Error{added.error()};
            documentIds.push_back(added->id);
            lengths.push_back(added->length);
        }
        std::vector<qint64> codeIds;
        for (int t = 0; t < spec.themes; ++t) {
            const QString theme = QStringLiteral("Theme %1").arg(t + 1);
            auto top = project.ensureCodePath({theme});
            if (!top)
                return Core::Error{top.error()};
            codeIds.push_back(top->id);
            for (int c = 1; c < spec.codesPerTheme; ++c) {
                auto code = project.ensureCodePath({theme, QStringLiteral("Aspect %1.%2").arg(t + 1).arg(c)});
                if (!code)
                    return Core::Error{code.error()};
                codeIds.push_back(code->id);
            }
        }
        QList<Core::NewCoding> codings;
        for (int c = 0; c < spec.priorCoders; ++c) {
            auto coder = project.ensureCoder(QStringLiteral("earlier coder %1").arg(c + 1));
            if (!coder)
                return Core::Error{coder.error()};
            for (int i = 0; i < spec.priorCodings / spec.priorCoders; ++i) {
                const size_t d = size_t(random.below(qint64(documentIds.size())));
                const qint64 span = std::min(lengths[d], random.between(20, 400));
                const qint64 start = random.between(0, lengths[d] - span);
                codings.append({documentIds[d], random.pick(codeIds), coder->id, start, start + span, {}, {}, {}});
            }
        }
        auto added = project.addCodings(codings);
        if (!added)
            return Core::Error{added.error()};
        return Core::success();
    });
}

QString describe(const WorkloadSpec &spec)
{
    return QStringLiteral("%1 documents (log-normal, median 12,000 code points, 1,500-150,000), %2 codes (%3 "
                          "themes with %4 subcodes each), %5 earlier codings by %6 coders; generator version %7, "
                          "seed %8")
        .arg(spec.documents)
        .arg(spec.themes * spec.codesPerTheme)
        .arg(spec.themes)
        .arg(spec.codesPerTheme - 1)
        .arg(withThousands(spec.priorCodings))
        .arg(spec.priorCoders)
        .arg(WorkloadSpec::GeneratorVersion)
        .arg(spec.seed);
}

/// Creates the project file @p path (which must not exist) with the workload.
Core::Status prepareFileProject(const QString &path, const WorkloadSpec &spec)
{
    auto project = Core::Project::create(path);
    if (!project)
        return Core::Error{project.error()};
    return populate(**project, spec);
}

// The server project: made here on an initialised server (one that --throwaway-server started, or the
// caller's), or reused as it is when it exists (the coders' names are unique to each run).
Core::Status prepareServerProject(const QString &url, const WorkloadSpec &spec)
{
    if (auto existing = Core::Project::open(url, Core::Project::Access::ReadOnly); existing)
        return Core::success();
    auto project = Core::Project::create(url);
    if (!project)
        return Core::Error{project.error()};
    return populate(**project, spec);
}

// ---- Running the coders ---------------------------------------------------------------------------------------

struct Sample
{
    QString guid;
    qint64 t0 = 0; ///< the attempt began
    qint64 t1 = 0; ///< the project was open (the writer lock taken)
    qint64 t2 = 0; ///< addCoding returned
    qint64 t3 = 0; ///< closed again
};

struct Worker
{
    QString coder;
    QString logPath;
    QString errorPath;
    std::unique_ptr<QProcess> process;
    bool finished = false; ///< exited by itself
    int exitCode = -1;
    // From the log.
    bool ended = false; ///< its "S" record: it ran to the end
    QString startError; ///< its "X" record
    qint64 readyNs = 0;
    std::vector<Sample> samples;
    qint64 duplicates = 0;
    qint64 failures = 0;
    QStringList failureMessages;
    std::vector<double> failureMs;
};

struct Scenario
{
    QString label;
    QString mode; ///< hold-open or reopen-each
    int coders = 0;
    double seconds = 0;
    qint64 startAtNs = 0;
    std::vector<Worker> workers;
    // What the project holds afterwards.
    qint64 stored = 0;
    qint64 lost = 0; ///< reported done, not in the project
    qint64 extra = 0; ///< in the project, by these coders, never reported done
    QStringList lostExamples;
};

struct RunSettings
{
    QString location;
    QString loadcoder;
    QString workDir;
    QString runTag; ///< makes the coders' names unique to this run
    double lockWaitSeconds = 5;
    int pollMs = 200;
};

void readLog(Worker &worker)
{
    QFile file(worker.logPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split('\t');
        const QByteArray &kind = f.first();
        if (kind == "C" && f.size() == 6) {
            worker.samples.push_back({QString::fromUtf8(f[1]).toLower(), f[2].toLongLong(), f[3].toLongLong(),
                                      f[4].toLongLong(), f[5].toLongLong()});
        } else if (kind == "D") {
            ++worker.duplicates;
        } else if (kind == "F" && f.size() >= 3) {
            ++worker.failures;
            worker.failureMs.push_back(double(f[2].toLongLong() - f[1].toLongLong()) / 1e6);
            if (f.size() >= 4 && !f[3].isEmpty())
                worker.failureMessages.append(QString::fromUtf8(f[3]));
        } else if (kind == "R" && f.size() >= 2) {
            worker.readyNs = f[1].toLongLong();
        } else if (kind == "S") {
            worker.ended = true;
        } else if (kind == "X") {
            worker.startError = QString::fromUtf8(f.value(1));
        }
    }
}

/**
 * Starts @p coders loadcoder processes at once, tells them one instant to begin (late enough for all to have
 * opened the project and made their coder), waits for them and reads their logs.
 */
Scenario runScenario(const RunSettings &settings, const QString &label, const QString &namePrefix, int coders,
                     double seconds, const QString &mode, quint64 seed)
{
    Scenario scenario;
    scenario.label = label;
    scenario.mode = mode;
    scenario.coders = coders;
    scenario.seconds = seconds;
    // Starting a process and opening a project takes some 50-200 ms of a core on these machines.
    const double startDelay = 1.5 + 0.15 * coders;
    scenario.startAtNs = monotonicNs() + qint64(startDelay * nsPerSecond);
    progress(QStringLiteral("%1 (%2 × %3), %4 s ...").arg(label).arg(coders).arg(mode).arg(seconds));
    for (int i = 0; i < coders; ++i) {
        Worker worker;
        worker.coder = QStringLiteral("%1-%2-%3").arg(namePrefix, settings.runTag).arg(i + 1, 2, 10, QLatin1Char('0'));
        worker.logPath = QDir(settings.workDir).filePath(worker.coder + QStringLiteral(".log"));
        worker.errorPath = QDir(settings.workDir).filePath(worker.coder + QStringLiteral(".stderr"));
        worker.process = std::make_unique<QProcess>();
        worker.process->setProgram(settings.loadcoder);
        worker.process->setArguments(
            {settings.location, worker.coder, QString::number(seconds), QString::number(seed + quint64(i) * 7919),
             worker.logPath, QStringLiteral("--") + mode, QStringLiteral("--start-at"),
             QString::number(scenario.startAtNs), QStringLiteral("--lock-wait"),
             QString::number(settings.lockWaitSeconds), QStringLiteral("--poll-ms"), QString::number(settings.pollMs)});
        worker.process->setStandardOutputFile(QProcess::nullDevice());
        worker.process->setStandardErrorFile(worker.errorPath);
        worker.process->start();
        scenario.workers.push_back(std::move(worker));
    }
    // Every worker ends by itself; one that has not long after its time (the last coding waits for the lock at
    // most lockWait) is stuck, and is killed: its in-flight coding may then be in the project unreported.
    const qint64 deadline
        = scenario.startAtNs + qint64((seconds + settings.lockWaitSeconds + 120 + 0.2 * coders) * nsPerSecond);
    for (Worker &worker : scenario.workers) {
        const qint64 leftMs = std::max<qint64>(1000, (deadline - monotonicNs()) / 1'000'000);
        if (worker.process->waitForFinished(int(std::min<qint64>(leftMs, INT_MAX)))
            && worker.process->exitStatus() == QProcess::NormalExit) {
            worker.finished = true;
            worker.exitCode = worker.process->exitCode();
        } else {
            worker.process->kill();
            worker.process->waitForFinished(5000);
        }
        readLog(worker);
    }
    return scenario;
}

/// Reads the project and compares, per coder, the GUIDs the workers reported with the codings it holds.
Core::Status verify(const QString &location, std::vector<Scenario *> scenarios, QStringList *problems)
{
    auto project = Core::Project::open(location, Core::Project::Access::ReadOnly);
    if (!project)
        return Core::Error{project.error()};
    for (Scenario *scenario : scenarios) {
        for (const Worker &worker : scenario->workers) {
            std::set<QString> reported;
            for (const Sample &sample : worker.samples)
                reported.insert(sample.guid);
            std::set<QString> stored;
            if (const auto coder = (*project)->coderByName(worker.coder)) {
                Core::CodingFilter filter;
                filter.coderId = coder->id;
                for (const Core::Coding &coding : (*project)->codings(filter))
                    stored.insert(coding.guid.toLower());
            }
            scenario->stored += qint64(stored.size());
            for (const QString &guid : reported) {
                if (stored.count(guid) == 0) {
                    ++scenario->lost;
                    if (scenario->lostExamples.size() < 5)
                        scenario->lostExamples.append(worker.coder + QStringLiteral(": ") + guid);
                }
            }
            for (const QString &guid : stored)
                scenario->extra += reported.count(guid) == 0 ? 1 : 0;
        }
    }
    *problems = (*project)->check();
    return Core::success();
}

// ---- The report ------------------------------------------------------------------------------------------------

struct Summary
{
    qint64 codings = 0;
    double windowSeconds = 0; ///< from the common start to the end of the last coding
    double perSecond = 0;
    Stats latency; ///< t0 to t3: the whole coding as its coder waits for it
    Stats wait; ///< t0 to t1: waiting for the lock and opening
    Stats apply; ///< t1 to t2: addCoding, committed
    Stats close; ///< t2 to t3
    Stats failed; ///< t0 to t3 of the attempts that failed
    qint64 fewest = 0, most = 0; ///< codings of one worker
    qint64 duplicates = 0, failures = 0;
    int unfinished = 0; ///< workers that did not reach their end (killed, crashed, could not start)
    int lateStarters = 0; ///< ready only after the common start
    QStringList failureMessages; ///< distinct, the first few
};

/// One measurement: a scenario, or the limit's runs before and after it taken together.
struct Group
{
    QString label;
    QString mode;
    int coders = 0;
    std::vector<Scenario> parts;
    double seconds() const
    {
        double sum = 0;
        for (const Scenario &part : parts)
            sum += part.seconds;
        return sum;
    }
};

/// The scenarios @p parts taken together: their codings and their time windows added up.
Summary summarise(const std::vector<const Scenario *> &parts)
{
    Summary summary;
    std::vector<double> latency, wait, apply, close, failed;
    summary.fewest = std::numeric_limits<qint64>::max();
    for (const Scenario *part : parts) {
        const Scenario &scenario = *part;
        qint64 lastNs = scenario.startAtNs;
        for (const Worker &worker : scenario.workers) {
            for (const Sample &s : worker.samples) {
                latency.push_back(double(s.t3 - s.t0) / 1e6);
                wait.push_back(double(s.t1 - s.t0) / 1e6);
                apply.push_back(double(s.t2 - s.t1) / 1e6);
                close.push_back(double(s.t3 - s.t2) / 1e6);
                lastNs = std::max(lastNs, s.t3);
            }
            const auto count = qint64(worker.samples.size());
            summary.codings += count;
            summary.fewest = std::min(summary.fewest, count);
            summary.most = std::max(summary.most, count);
            summary.duplicates += worker.duplicates;
            summary.failures += worker.failures;
            failed.insert(failed.end(), worker.failureMs.begin(), worker.failureMs.end());
            if (!worker.finished || worker.exitCode != 0 || !worker.ended)
                ++summary.unfinished;
            if (worker.readyNs > scenario.startAtNs)
                ++summary.lateStarters;
            QStringList messages = worker.failureMessages;
            if (!worker.startError.isEmpty())
                messages.prepend(QStringLiteral("could not start: ") + worker.startError);
            for (const QString &message : std::as_const(messages)) {
                if (summary.failureMessages.size() < 5 && !summary.failureMessages.contains(message))
                    summary.failureMessages.append(message);
            }
        }
        summary.windowSeconds += double(lastNs - scenario.startAtNs) / 1e9;
    }
    if (summary.fewest == std::numeric_limits<qint64>::max())
        summary.fewest = 0;
    summary.perSecond = summary.windowSeconds > 0 ? double(summary.codings) / summary.windowSeconds : 0;
    summary.latency = Stats::of(latency);
    summary.wait = Stats::of(wait);
    summary.apply = Stats::of(apply);
    summary.close = Stats::of(close);
    summary.failed = Stats::of(failed);
    return summary;
}

Summary summarise(const Group &group)
{
    std::vector<const Scenario *> parts;
    for (const Scenario &part : group.parts)
        parts.push_back(&part);
    return summarise(parts);
}

QString perSecondText(double perSecond)
{
    return QString::number(perSecond, 'f', perSecond >= 100 ? 0 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_serverload"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Many coders applying codings to one project at once: K coders on a server, or two "
                       "writers sharing one SQLite file (the default, without --location)."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption = Bench::dataDirOption(QStringLiteral("Where the work folder goes"));
    const QCommandLineOption markdownOption = Bench::markdownOption();
    const QCommandLineOption locationOption(
        QStringLiteral("location"),
        QStringLiteral("The project: a postgresql://...?project=NAME URL on an initialised server (the server "
                       "scenario), or a project file (used as it is when it exists, else generated there). "
                       "Default: a project generated in a temporary folder (the shared-file scenario)."),
        QStringLiteral("url-or-path"));
    const QCommandLineOption throwawayOption(
        QStringLiteral("throwaway-server"),
        QStringLiteral("Start a PostgreSQL cluster of its own (tests/support/postgresqlcluster.h; max_connections "
                       "fits the coders) and run the server scenario on it."));
    const QCommandLineOption codersOption(QStringLiteral("coders"),
                                          QStringLiteral("Coder processes (default 40 on a server, 2 on a file)."),
                                          QStringLiteral("k"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long the coders code (default 60)."),
                                           QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption modeOption(
        QStringLiteral("mode"),
        QStringLiteral("hold-open (each coder's project open throughout; default on a server) or reopen-each "
                       "(open, code, close per coding; default on a file)."),
        QStringLiteral("mode"));
    const QCommandLineOption referenceOption(
        QStringLiteral("reference-seconds"),
        QStringLiteral("How long the limit runs first: one coder, project open throughout (default 10; 0 skips)."),
        QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption lockWaitOption(
        QStringLiteral("lock-wait"),
        QStringLiteral("reopen-each: how long one coding waits for the writer lock, then fails (default 5, as "
                       "marginalia-cli's MARGINALIA_LOCK_WAIT)."),
        QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption pollOption(
        QStringLiteral("poll-ms"),
        QStringLiteral("reopen-each: how often a waiting open retries (default 200, as marginalia-cli)."),
        QStringLiteral("ms"), QStringLiteral("200"));
    const QCommandLineOption documentsOption(QStringLiteral("documents"),
                                             QStringLiteral("Documents of a generated project (default 60)."),
                                             QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption loadcoderOption(QStringLiteral("loadcoder"),
                                             QStringLiteral("The worker program (default: loadcoder beside this)."),
                                             QStringLiteral("path"));
    const QCommandLineOption keepOption(QStringLiteral("keep-work"),
                                        QStringLiteral("Keep the work folder (project, logs) and print where."));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QStringLiteral("Exit with status 1 when a coding was lost or unreported, a coder did not finish, or the "
                       "project's check finds a problem."));
    parser.addOptions({dataDirOption, markdownOption, locationOption, throwawayOption, codersOption, secondsOption,
                       modeOption, referenceOption, lockWaitOption, pollOption, documentsOption, loadcoderOption,
                       keepOption, checkOption});
    parser.process(app);

    const QString dataDir = dataDirFrom(parser.value(dataDirOption));
    if (!QDir().mkpath(dataDir))
        fail(QStringLiteral("cannot create %1").arg(dataDir));
    QTemporaryDir work(QDir(dataDir).filePath(QStringLiteral("serverload-XXXXXX")));
    if (!work.isValid())
        fail(QStringLiteral("no temporary folder in %1").arg(dataDir));
    work.setAutoRemove(!parser.isSet(keepOption));
    // From here on, a failure returns instead of exiting, so that the work folder and a throwaway cluster are
    // removed (their destructors run).
    const auto bail = [](const QString &message) {
        progress(QCoreApplication::applicationName() + QStringLiteral(": ") + message);
        return 2;
    };

    RunSettings settings;
    settings.workDir = work.path();
    settings.loadcoder = parser.isSet(loadcoderOption)
        ? parser.value(loadcoderOption)
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("loadcoder"));
    if (!QFileInfo(settings.loadcoder).isExecutable())
        return bail(QStringLiteral("no worker program at %1 (build the target loadcoder, or pass --loadcoder)")
                        .arg(settings.loadcoder));
    settings.lockWaitSeconds = std::max(0.0, parser.value(lockWaitOption).toDouble());
    settings.pollMs = std::max(1, parser.value(pollOption).toInt());
    settings.runTag = QString::number(quint64(QDateTime::currentMSecsSinceEpoch()) % 0xFFFFFF, 16);
    WorkloadSpec spec;
    spec.documents = std::max(1, parser.value(documentsOption).toInt());

    // Where the project is, and which scenario that makes.
    QString workloadText;
#ifdef MARGINALIA_BENCH_PGCLUSTER
    std::unique_ptr<Test::PostgresqlCluster> cluster;
#endif
    const bool throwaway = parser.isSet(throwawayOption);
    settings.location = parser.value(locationOption);
    const bool server = throwaway || isServerLocation(settings.location);
    const int coders = parser.isSet(codersOption) ? std::max(1, parser.value(codersOption).toInt()) : server ? 40 : 2;
    const double seconds = std::max(0.1, parser.value(secondsOption).toDouble());
    const double referenceSeconds = std::max(0.0, parser.value(referenceOption).toDouble());
    const QString mode = parser.isSet(modeOption)
        ? parser.value(modeOption)
        : (server ? QStringLiteral("hold-open") : QStringLiteral("reopen-each"));
    if (mode != QLatin1String("hold-open") && mode != QLatin1String("reopen-each"))
        return bail(QStringLiteral("--mode is hold-open or reopen-each, not %1").arg(mode));
    if (!server && mode == QLatin1String("hold-open") && coders > 1)
        return bail(
            QStringLiteral("a project file has one writer at a time: --mode hold-open with %1 coders would only "
                           "measure the others waiting until the first is done; use reopen-each")
                .arg(coders));
    if (throwaway) {
#ifdef MARGINALIA_BENCH_PGCLUSTER
        if (!settings.location.isEmpty())
            return bail(QStringLiteral("--throwaway-server makes its own location; leave out --location"));
        cluster = std::make_unique<Test::PostgresqlCluster>();
        if (!cluster->isAvailable())
            return bail(cluster->unavailableReason());
        // Every coder holds a connection, the driver and the server's own workers some more.
        cluster->setSetting(QStringLiteral("max_connections"), QString::number(std::max(60, coders + 20)));
        // Durable as the file store is (synchronous=FULL): the fixture turns fsync off for tests' speed.
        cluster->setSetting(QStringLiteral("fsync"), QStringLiteral("on"));
        cluster->setSetting(QStringLiteral("synchronous_commit"), QStringLiteral("on"));
        progress(QStringLiteral("Starting a throwaway PostgreSQL cluster ..."));
        if (!cluster->start())
            return bail(cluster->errorString());
        QUrl url = cluster->url();
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("project"), QStringLiteral("loadbench"));
        url.setQuery(query);
        settings.location = url.toString();
        if (const Core::Status initialized = Core::Project::initializeServer(cluster->url().toString()); !initialized)
            return bail(initialized.error());
#else
        return bail(
            QStringLiteral("--throwaway-server is not built in: configure with MARGINALIA_BUILD_TESTS=ON (it uses "
                           "the tests' PostgreSQL fixture), or pass --location with a server's URL"));
#endif
    }
    const auto generationStart = Clock::now();
    if (server) {
        progress(QStringLiteral("Preparing the server project ..."));
        if (const Core::Status prepared = prepareServerProject(settings.location, spec); !prepared)
            return bail(prepared.error());
        workloadText = describe(spec);
    } else if (!settings.location.isEmpty() && QFileInfo::exists(settings.location)) {
        workloadText = QStringLiteral("the existing project %1, as it is").arg(settings.location);
    } else {
        if (settings.location.isEmpty())
            settings.location = work.filePath(QStringLiteral("load.marginalia"));
        progress(QStringLiteral("Generating the project ..."));
        if (const Core::Status prepared = prepareFileProject(settings.location, spec); !prepared)
            return bail(prepared.error());
        syncFile(settings.location);
        workloadText = describe(spec);
    }
    const double generationMs = millisecondsSince(generationStart);

    const QString loadBefore = loadAverage();
    const QStringList machine = machineDescription(dataDir, findSqliteShell());
    // The limit, one coder with the project open throughout, runs half before and half after the scenario, so
    // that a change in the machine's load during the run shows in both (and in the two halves' difference).
    Group reference{
        QStringLiteral("one coder, project open throughout (the limit)"), QStringLiteral("hold-open"), 1, {}};
    const auto runReference = [&](const QString &prefix, quint64 seed) {
        if (referenceSeconds > 0)
            reference.parts.push_back(
                runScenario(settings, reference.label, prefix, 1, referenceSeconds / 2, reference.mode, seed));
    };
    runReference(QStringLiteral("limit-before"), spec.seed ^ 0x5245460AULL);
    const QString label = server ? QStringLiteral("%1 coders on one server, %2").arg(coders).arg(mode)
        : mode == QLatin1String("hold-open")
        ? QStringLiteral("1 writer on one SQLite file, project open throughout")
        : QStringLiteral("%1 writers on one SQLite file, open-code-close per coding").arg(coders);
    Group load{label, mode, coders, {}};
    load.parts.push_back(runScenario(settings, label, QStringLiteral("load"), coders, seconds, mode, spec.seed));
    runReference(QStringLiteral("limit-after"), spec.seed ^ 0x4146540AULL);
    const QString loadAfter = loadAverage();
    std::vector<Group> groups;
    if (!reference.parts.empty())
        groups.push_back(std::move(reference));
    groups.push_back(std::move(load));

    QStringList problems;
    std::vector<Scenario *> pointers;
    for (Group &group : groups) {
        for (Scenario &part : group.parts)
            pointers.push_back(&part);
    }
    if (const Core::Status verified = verify(settings.location, pointers, &problems); !verified)
        return bail(QStringLiteral("cannot read the project afterwards: %1").arg(verified.error()));

    // The report.
    const bool haveReference = groups.size() > 1;
    const Summary referenceSummary = haveReference ? summarise(groups.front()) : Summary{};
    QString report;
    QTextStream out(&report);
    out << "## Load: " << (server ? "coders on one server" : "writers sharing one SQLite file") << "\n\n";
    for (const QString &line : machine)
        out << line << '\n';
    out << "- load average " << loadBefore << " before, " << loadAfter << " after\n";
    out << "- location: " << (server ? QStringLiteral("a PostgreSQL server") : QStringLiteral("a project file"))
        << (throwaway ? QStringLiteral(" (a throwaway cluster)") : QString()) << "\n";
    out << "- workload: " << workloadText << "; prepared in " << formatMs(generationMs) << "\n";
    out << "- each coding: a random document (weighted by length), one of the codable codes, a passage of 20-400 "
           "code points; latency from the attempt's start to the coding committed"
        << (mode == QLatin1String("reopen-each")
                ? QStringLiteral(" and the project closed again, including the wait for the writer lock (polled "
                                 "every %1 ms, as marginalia-cli; a coding waiting over %2 s fails)")
                      .arg(settings.pollMs)
                      .arg(settings.lockWaitSeconds)
                : QString())
        << "\n\n";

    MarkdownTable table({QStringLiteral("scenario"), QStringLiteral("coders"), QStringLiteral("codings"),
                         QStringLiteral("codings/s"), QStringLiteral("vs the limit"), QStringLiteral("p50"),
                         QStringLiteral("p99"), QStringLiteral("max"), QStringLiteral("failures"),
                         QStringLiteral("lost")});
    std::vector<Summary> summaries;
    for (const Group &group : groups) {
        const Summary s = summarise(group);
        summaries.push_back(s);
        qint64 lost = 0;
        for (const Scenario &part : group.parts)
            lost += part.lost;
        table.addRow({QStringLiteral("%1, %2 s").arg(group.label).arg(group.seconds()), QString::number(group.coders),
                      withThousands(s.codings), perSecondText(s.perSecond),
                      haveReference ? ratioText(s.perSecond, referenceSummary.perSecond) : QStringLiteral("-"),
                      formatMs(s.latency.median), formatMs(s.latency.p99), formatMs(s.latency.max),
                      withThousands(s.failures), withThousands(lost)});
    }
    out << table.toString() << '\n';

    bool sound = problems.isEmpty();
    for (size_t i = 0; i < groups.size(); ++i) {
        const Group &group = groups[i];
        const Summary &s = summaries[i];
        qint64 stored = 0, lost = 0, extra = 0;
        QStringList lostExamples;
        for (const Scenario &part : group.parts) {
            stored += part.stored;
            lost += part.lost;
            extra += part.extra;
            lostExamples += part.lostExamples;
        }
        sound = sound && lost == 0 && extra == 0 && s.unfinished == 0;
        out << "- " << group.label << ": " << withThousands(s.codings) << " codings reported done in "
            << QString::number(s.windowSeconds, 'f', 1) << " s; " << withThousands(stored)
            << " of these coders' codings in the project, " << lost << " reported but missing, " << extra
            << " there but not reported; per coder " << withThousands(s.fewest) << " to " << withThousands(s.most)
            << "; " << s.duplicates << " duplicates (nothing written)";
        if (s.unfinished > 0)
            out << "; **" << s.unfinished << " coders did not finish**";
        if (s.lateStarters > 0)
            out << "; " << s.lateStarters << " coders ready only after the start";
        out << '\n';
        if (group.parts.size() == 2) {
            const Summary before = summarise({&group.parts.front()});
            const Summary after = summarise({&group.parts.back()});
            out << "  - before the scenario " << perSecondText(before.perSecond) << " codings/s (median "
                << formatMs(before.latency.median) << "), after it " << perSecondText(after.perSecond)
                << " codings/s (median " << formatMs(after.latency.median) << ")\n";
        }
        out << "  - latency " << s.latency.brief() << '\n';
        if (group.mode == QLatin1String("reopen-each"))
            out << "  - waiting for the lock and opening: " << s.wait.brief()
                << "\n  - `addCoding`: " << s.apply.brief() << "\n  - closing: " << s.close.brief() << '\n';
        if (s.failures > 0)
            out << "  - failed attempts (not in the latency above): " << s.failed.brief() << '\n';
        for (const QString &message : s.failureMessages)
            out << "  - failure: " << message << '\n';
        for (const QString &example : std::as_const(lostExamples))
            out << "  - lost: " << example << '\n';
    }
    out << "- the project's check afterwards: "
        << (problems.isEmpty() ? QStringLiteral("sound")
                               : QStringLiteral("**") + problems.join(QStringLiteral("; ")) + QStringLiteral("**"))
        << '\n';
    if (parser.isSet(keepOption))
        out << "- work folder kept: " << work.path() << '\n';
    out.flush();
    QTextStream(stdout) << report;
    if (parser.isSet(markdownOption)) {
        QFile file(parser.value(markdownOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0)
            return bail(QStringLiteral("cannot write %1").arg(parser.value(markdownOption)));
    }
    return parser.isSet(checkOption) && !sound ? 1 : 0;
}

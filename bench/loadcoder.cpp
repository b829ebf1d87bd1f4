// One coder of the load benchmark (bench_serverload.cpp): applies random codings to a project for a given time
// and logs every coding the store reported as done, with its GUID and when it began and ended, so that the
// driver can compute throughput and latency and check that nothing reported is missing.
//
//   loadcoder LOCATION CODER SECONDS SEED LOG (--hold-open | --reopen-each) [--start-at NS] [--lock-wait S]
//             [--poll-ms MS]
//
// --hold-open opens the project once and codes continuously: a window (or a server client) that stays open.
// --reopen-each opens the project for writing, applies one coding and closes it, for every coding: two people
// sharing one file with `marginalia-cli code-add`. A file project has one writer at a time
// (ProjectWriterLock), so the open waits while another process holds it, polling as the CLI does (every
// 200 ms, up to MARGINALIA_LOCK_WAIT = 5 s, then it gives up: a failure). The latency of a coding includes
// that waiting, the open and the close.
//
// The log (UTF-8, tab-separated, one record a line; flushed to the OS every second, so a crash loses little):
//   # loadcoder 1 <coder> <mode> <seed>                         header
//   R <ready ns> <coder id>                                     prepared (coder ensured, project read)
//   C <guid> <t0> <t1> <t2> <t3>                                a coding the store reported as done
//   D <t0> <t3>                                                 the store said it existed already (nothing written)
//   F <t0> <t3> <message>                                       a failure (message only for the first few)
//   S <codings> <duplicates> <failures> <first ns> <last ns>    the end, written last: the worker finished
//   X <message>                                                 the worker could not start (exit status 1)
// t0: the attempt begins (before the open, in --reopen-each); t1: the project is open (the lock taken);
// t2: addCoding returned (committed durably); t3: closed again (= t2 in --hold-open). All are CLOCK_MONOTONIC
// nanoseconds, one clock for every process on the machine, so the driver can put the workers side by side.

#include "benchsupport.h"

#include "store/project.h"
#include "store/projectwriterlock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace Marginalia;
using namespace Marginalia::Bench;

namespace {

constexpr qint64 nsPerSecond = 1'000'000'000;
/// Failures whose message goes into the log; the rest are only counted.
constexpr qint64 failureMessagesLogged = 5;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * nsPerSecond + now.tv_nsec;
}

void sleepUntil(qint64 ns)
{
    for (qint64 left = ns - monotonicNs(); left > 0; left = ns - monotonicNs())
        QThread::usleep(quint64(std::min<qint64>(left / 1000, 100'000)));
}

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

/// The log file: records are buffered and reach the OS at least every second.
class Log
{
public:
    explicit Log(const QString &path)
        : m_file(path)
    {
    }
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QString errorString() const { return m_file.errorString(); }
    void write(const QString &record)
    {
        m_file.write(record.toUtf8());
        m_file.write("\n", 1);
        if (const qint64 now = monotonicNs(); now - m_lastFlushNs >= nsPerSecond) {
            m_file.flush();
            m_lastFlushNs = now;
        }
    }
    bool finish()
    {
        const bool flushed = m_file.flush();
        m_file.close();
        return flushed && m_file.error() == QFileDevice::NoError;
    }

private:
    QFile m_file;
    qint64 m_lastFlushNs = 0;
};

/// A message on one line of the log.
QString oneLine(QString message)
{
    message.replace(QLatin1Char('\t'), QLatin1Char(' '));
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    message.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return message;
}

struct OpenSettings
{
    qint64 lockWaitNs = 5 * nsPerSecond;
    int pollMs = 200;
};

/**
 * Opens @p location for writing. While another process holds a file project (ProjectWriterLock::holder), waits
 * as marginalia-cli does: polls every pollMs until lockWaitNs after @p startNs, then returns the last error.
 * An open that fails while nobody holds the lock is tried once more at once (the holder may have closed
 * between the attempt and the look), then is a failure. A server project is not waited for.
 */
Core::Result<std::unique_ptr<Core::Project>> openForWriting(const QString &location, qint64 startNs,
                                                            const OpenSettings &settings)
{
    const bool file = !isServerLocation(location);
    bool retriedAtOnce = false;
    for (;;) {
        auto opened = Core::Project::open(location, Core::Project::Access::ReadWrite);
        if (opened || !file)
            return opened;
        if (monotonicNs() - startNs >= settings.lockWaitNs)
            return Core::Error{QStringLiteral("waited %1 s for the writer lock: %2")
                                   .arg(double(settings.lockWaitNs) / nsPerSecond)
                                   .arg(opened.error())};
        if (Core::ProjectWriterLock::holder(location)) {
            retriedAtOnce = false;
            QThread::msleep(quint64(settings.pollMs));
            continue;
        }
        if (retriedAtOnce)
            return opened;
        retriedAtOnce = true;
    }
}

struct Target
{
    std::vector<qint64> documentIds;
    std::vector<qint64> lengths;
    std::vector<qint64> codeIds;
};

/// What the project has to code: documents (by id) with their lengths, and the codable codes.
Core::Result<Target> readTarget(const Core::Project &project)
{
    Target target;
    const QHash<qint64, qint64> lengths = project.documentLengths();
    for (auto it = lengths.begin(); it != lengths.end(); ++it) {
        if (it.value() > 0)
            target.documentIds.push_back(it.key());
    }
    // Sorted, so that a seed picks the same codings whatever order the hash keeps.
    std::sort(target.documentIds.begin(), target.documentIds.end());
    for (qint64 id : target.documentIds)
        target.lengths.push_back(lengths.value(id));
    for (const Core::Code &code : project.codes()) {
        if (code.codable)
            target.codeIds.push_back(code.id);
    }
    std::sort(target.codeIds.begin(), target.codeIds.end());
    if (target.documentIds.empty() || target.codeIds.empty())
        return Core::Error{QStringLiteral("the project has no document with text or no codable code")};
    return target;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loadcoder"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("One coder of the load benchmark (bench_serverload)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("location"), QStringLiteral("Project file or postgresql:// URL."));
    parser.addPositionalArgument(QStringLiteral("coder"), QStringLiteral("Coder name (made when missing)."));
    parser.addPositionalArgument(QStringLiteral("seconds"), QStringLiteral("How long to code."));
    parser.addPositionalArgument(QStringLiteral("seed"), QStringLiteral("Seed of the random codings."));
    parser.addPositionalArgument(QStringLiteral("log"), QStringLiteral("Where the log goes."));
    const QCommandLineOption holdOpenOption(QStringLiteral("hold-open"),
                                            QStringLiteral("Open once, code continuously (the server case)."));
    const QCommandLineOption reopenEachOption(QStringLiteral("reopen-each"),
                                              QStringLiteral("Open, code and close per coding (a shared file)."));
    const QCommandLineOption startAtOption(QStringLiteral("start-at"),
                                           QStringLiteral("Begin coding at this CLOCK_MONOTONIC time (ns)."),
                                           QStringLiteral("ns"));
    const QCommandLineOption lockWaitOption(QStringLiteral("lock-wait"),
                                            QStringLiteral("--reopen-each: how long one coding waits for the "
                                                           "writer lock before it fails (default 5, as the CLI)."),
                                            QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption pollOption(QStringLiteral("poll-ms"),
                                        QStringLiteral("--reopen-each: how often a waiting open retries (default "
                                                       "200, as the CLI)."),
                                        QStringLiteral("ms"), QStringLiteral("200"));
    parser.addOptions({holdOpenOption, reopenEachOption, startAtOption, lockWaitOption, pollOption});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 5 || parser.isSet(holdOpenOption) == parser.isSet(reopenEachOption)) {
        std::fputs("loadcoder: LOCATION CODER SECONDS SEED LOG and one of --hold-open, --reopen-each\n", stderr);
        return 2;
    }
    const QString location = args.at(0);
    const QString coderName = args.at(1);
    const double seconds = args.at(2).toDouble();
    const quint64 seed = args.at(3).toULongLong();
    const bool reopenEach = parser.isSet(reopenEachOption);
    OpenSettings openSettings;
    openSettings.lockWaitNs = qint64(parser.value(lockWaitOption).toDouble() * nsPerSecond);
    openSettings.pollMs = std::max(1, parser.value(pollOption).toInt());

    Log log(args.at(4));
    if (!log.open()) {
        std::fprintf(stderr, "loadcoder: cannot write %s: %s\n", qPrintable(args.at(4)), qPrintable(log.errorString()));
        return 2;
    }
    log.write(QStringLiteral("# loadcoder 1\t%1\t%2\t%3")
                  .arg(oneLine(coderName), reopenEach ? QStringLiteral("reopen-each") : QStringLiteral("hold-open"))
                  .arg(seed));
    const auto giveUp = [&](const QString &message) {
        log.write(QStringLiteral("X\t") + oneLine(message));
        log.finish();
        std::fprintf(stderr, "loadcoder %s: %s\n", qPrintable(coderName), qPrintable(message));
        return 1;
    };

    // Prepare: the coder and what there is to code. In --reopen-each this open waits for the lock like any
    // other, only longer, since every worker prepares at the same moment.
    OpenSettings prepareSettings = openSettings;
    prepareSettings.lockWaitNs = std::max<qint64>(openSettings.lockWaitNs, 120 * nsPerSecond);
    auto opened = openForWriting(location, monotonicNs(), prepareSettings);
    if (!opened)
        return giveUp(opened.error());
    std::unique_ptr<Core::Project> project = std::move(*opened);
    const auto coder = project->ensureCoder(coderName);
    if (!coder)
        return giveUp(coder.error());
    const auto target = readTarget(*project);
    if (!target)
        return giveUp(target.error());
    if (reopenEach)
        project.reset();
    std::vector<double> weights;
    for (qint64 length : target->lengths)
        weights.push_back(double(length));
    const WeightedChoice documentChoice(weights);
    log.write(QStringLiteral("R\t%1\t%2").arg(monotonicNs()).arg(coder->id));

    const qint64 startNs = parser.isSet(startAtOption) ? parser.value(startAtOption).toLongLong() : monotonicNs();
    sleepUntil(startNs);
    const qint64 endNs = startNs + qint64(seconds * nsPerSecond);

    Random random(seed);
    qint64 codings = 0, duplicates = 0, failures = 0;
    qint64 firstNs = 0, lastNs = 0;
    for (qint64 t0 = monotonicNs(); t0 < endNs; t0 = monotonicNs()) {
        // A passage of a phrase to a paragraph (20-400 code points), more often in longer documents.
        const qsizetype d = documentChoice.pick(random);
        const qint64 length = target->lengths[size_t(d)];
        const qint64 span = std::min(length, random.between(20, 400));
        Core::NewCoding coding;
        coding.documentId = target->documentIds[size_t(d)];
        coding.codeId = random.pick(target->codeIds);
        coding.coderId = coder->id;
        coding.start = random.between(0, length - span);
        coding.end = coding.start + span;

        t0 = monotonicNs();
        if (firstNs == 0)
            firstNs = t0;
        QString error;
        std::optional<Core::Coding> made;
        qint64 t1 = t0, t2 = t0;
        if (reopenEach) {
            auto reopened = openForWriting(location, t0, openSettings);
            if (reopened)
                project = std::move(*reopened);
            else
                error = reopened.error();
        }
        if (project) {
            t1 = monotonicNs();
            auto added = project->addCoding(coding);
            t2 = monotonicNs();
            if (!added)
                error = added.error().isEmpty() ? QStringLiteral("addCoding failed without a message") : added.error();
            else
                made = *added;
            if (reopenEach)
                project.reset();
        }
        const qint64 t3 = monotonicNs();
        lastNs = t3;
        if (!error.isEmpty()) {
            ++failures;
            log.write(QStringLiteral("F\t%1\t%2\t%3")
                          .arg(t0)
                          .arg(t3)
                          .arg(failures <= failureMessagesLogged ? oneLine(error) : QString()));
            // A server connection that broke fails at once every time: do not spin on it.
            if (!reopenEach)
                QThread::msleep(50);
        } else if (!made) {
            ++duplicates;
            log.write(QStringLiteral("D\t%1\t%2").arg(t0).arg(t3));
        } else {
            ++codings;
            log.write(QStringLiteral("C\t%1\t%2\t%3\t%4\t%5").arg(made->guid).arg(t0).arg(t1).arg(t2).arg(t3));
        }
    }
    project.reset();
    log.write(
        QStringLiteral("S\t%1\t%2\t%3\t%4\t%5").arg(codings).arg(duplicates).arg(failures).arg(firstNs).arg(lastNs));
    if (!log.finish()) {
        std::fprintf(stderr, "loadcoder %s: cannot write the log\n", qPrintable(coderName));
        return 2;
    }
    return 0;
}

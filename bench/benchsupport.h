#pragma once

namespace Marginalia::Core {
class Project;
}

// What every Marginalia benchmark needs: a reproducible random source, wall-clock samples and their
// statistics, the sqlite3 shell run as a process (the "physical limit" of PRODUCT.md), a description of the
// machine, and a Markdown table. Benchmarks are plain programs, not tests: nothing here is run by ctest.

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <iterator>
#include <optional>
#include <vector>

namespace Marginalia::Bench {

/// splitmix64: small, fast and the same on every platform and standard library (std::*_distribution are
/// not), so a seed names one data set everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n); n > 0.
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    /// Uniform in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box-Muller).
    double normal();
    template<typename List> const auto &pick(const List &list) { return list[size_t(below(qint64(std::size(list))))]; }

private:
    quint64 m_state;
};

/// Picks an index with probability proportional to its weight (cumulative table, binary search).
class WeightedChoice
{
public:
    explicit WeightedChoice(const std::vector<double> &weights);
    qsizetype pick(Random &random) const;

private:
    std::vector<double> m_cumulative;
};

/**
 * Weights for @p count items that fall off with rank as 1 / rank^@p exponent (Zipf), the ranks shuffled so
 * that the popular items are scattered (over a codebook, say). Draws from @p random.
 */
std::vector<double> zipfWeights(Random &random, size_t count, double exponent);

/// QString::fromUtf8, short, for the generators' word lists.
inline QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

/// A line on stderr, at once: what a benchmark is doing while it runs.
void progress(const QString &line);

/// Prints @p message, after the benchmark's name (the application name), and exits with status 2.
[[noreturn]] void fail(const QString &message);

// Options every benchmark takes.

/// --data-dir DIR; @p what says what is cached there ("Cache of generated data").
QCommandLineOption dataDirOption(const QString &what);
/// --data-dir as an absolute path: given, else $MARGINALIA_BENCH_DATA, else /tmp/marginalia-bench.
QString dataDirFrom(const QString &given);
/// --markdown FILE: the report, also written to a file.
QCommandLineOption markdownOption();
/// --regenerate: generate the workload even when a cached one is valid.
QCommandLineOption regenerateOption();
/// The --scale factor; fails (exits) unless it is a positive number.
double positiveScale(const QString &given);

// Cached generated projects: built in a partial file, moved into place, described by a JSON sidecar.

/// Removes a SQLite database and the files SQLite keeps beside it (-wal, -shm, -journal).
void removeDatabaseFiles(const QString &path);

/**
 * Puts the finished database @p partial (closed, its WAL checkpointed) in the place of @p path and flushes it
 * to the disk. Returns what went wrong, empty on success.
 */
QString replaceDatabase(const QString &partial, const QString &path);

/// The sidecar (<path>.json) of the cached file @p path, when both exist and @p generatorVersion wrote them.
std::optional<QJsonObject> readSidecar(const QString &path, int generatorVersion);

/// Writes the sidecar of @p path; returns what went wrong, empty on success.
QString writeSidecar(const QString &path, const QJsonObject &json);

using Clock = std::chrono::steady_clock;

inline double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// CPU time (user + system) this process has used, in milliseconds. On a loaded machine wall time
/// stretches with the competition for the cores; CPU time much less, so it is the cross-check.
double processCpuMs();

/// Summary of a set of timings, in milliseconds.
struct Stats
{
    qsizetype count = 0;
    double min = 0;
    double median = 0;
    double mean = 0;
    double p99 = 0; ///< nearest rank
    double max = 0;

    static Stats of(std::vector<double> samples);
    QString brief() const; ///< "median 4.21 ms (min 3.9, p99 7.1, max 9.0, n=500)"
};

/// A finished child process: wall time from spawn to reaped, and what the kernel accounted for it.
struct ProcessRun
{
    double milliseconds = 0;
    double cpuMilliseconds = 0; ///< user + system
    qint64 maxRssKiB = 0;
    int exitCode = -1;
    QString errorOutput;
    bool ok() const { return exitCode == 0 && errorOutput.isEmpty(); }
};

/**
 * Runs @p program with @p arguments, stdin from the file @p stdinPath, stdout to /dev/null, stderr captured.
 * posix_spawn and wait4 only, no event loop or pipes in the timed path, so the time is the process's own:
 * start-up, work and exit.
 */
ProcessRun runProcess(const QString &program, const QStringList &arguments, const QString &stdinPath,
                      const QString &scratchDir);

/// The sqlite3 shell on PATH (or @p preferred), empty when there is none.
QString findSqliteShell(const QString &preferred = {});

/// The 1, 5 and 15 minute load averages ("0.52 0.61 0.70"), a hint of how noisy a run was.
QString loadAverage();

/// Machine, library versions and date, as Markdown bullet lines.
QStringList machineDescription(const QString &dataDir, const QString &sqliteShell);

/// "4.21 ms", "1.23 s"
/// Runs @p sql (a PRAGMA, a checkpoint) on the project's own SQLite connection; false when it fails.
bool execOnProject(const Marginalia::Core::Project &project, const char *sql);
/// The integers of the first row @p sql returns on the project's connection; empty when it fails.
std::vector<qint64> integersOnProject(const Marginalia::Core::Project &project, const char *sql);

QString formatMs(double ms);
QString formatBytes(qint64 bytes);
/// "1,234,567"
QString withThousands(qint64 n);
/// "1.23x" (ours over the limit), "n/a" without a limit.
QString ratioText(double ours, double limit);
/// The verdict column of a report: "pass" or "**FAIL**".
QString verdict(bool pass);
/// How long generating the workload took, and whether this run did it or found it cached.
QString generationTime(bool generatedNow, double seconds, const QString &generatedAt);

/// A Markdown table, columns padded so it reads in a terminal too.
class MarkdownTable
{
public:
    explicit MarkdownTable(QStringList header)
        : m_header(std::move(header))
    {
    }
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    QString toString() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

/// Current resident set and its high-water mark (VmRSS / VmHWM of /proc/self/status), KiB.
qint64 residentKiB();
qint64 peakResidentKiB();
/// Resets VmHWM to the current RSS (Linux: "5" to /proc/self/clear_refs); false when not possible.
bool resetPeakResident();

/// Flushes a file to the disk, so that its dirty pages do not disturb later fsync timings.
bool syncFile(const QString &path);

} // namespace Marginalia::Bench

#include "benchsupport.h"

#include "store/sqlitehandle_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace Marginalia::Bench {

double Random::normal()
{
    // 1 - uniform() is in (0, 1], so the logarithm is finite.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

std::vector<double> zipfWeights(Random &random, size_t count, double exponent)
{
    std::vector<double> weights(count);
    std::vector<size_t> order(count);
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    for (size_t i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[size_t(random.below(qint64(i) + 1))]);
    for (size_t rank = 0; rank < order.size(); ++rank)
        weights[order[rank]] = 1.0 / std::pow(double(rank + 1), exponent);
    return weights;
}

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

void fail(const QString &message)
{
    progress(QCoreApplication::applicationName() + QStringLiteral(": ") + message);
    std::exit(2);
}

QCommandLineOption dataDirOption(const QString &what)
{
    return {QStringLiteral("data-dir"),
            what + QStringLiteral(" (default $MARGINALIA_BENCH_DATA or /tmp/marginalia-bench)."),
            QStringLiteral("dir")};
}

QString dataDirFrom(const QString &given)
{
    const QString dir = given.isEmpty()
        ? qEnvironmentVariable("MARGINALIA_BENCH_DATA", QStringLiteral("/tmp/marginalia-bench"))
        : given;
    return QDir(dir).absolutePath();
}

QCommandLineOption markdownOption()
{
    return {QStringLiteral("markdown"), QStringLiteral("Also write the report to this file."), QStringLiteral("file")};
}

QCommandLineOption regenerateOption()
{
    return {QStringLiteral("regenerate"), QStringLiteral("Generate the project even if cached.")};
}

double positiveScale(const QString &given)
{
    const double scale = given.toDouble();
    if (scale <= 0)
        fail(QStringLiteral("--scale must be positive"));
    return scale;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

QString replaceDatabase(const QString &partial, const QString &path)
{
    // A WAL left behind would hold committed pages that the renamed file lacks.
    if (QFileInfo::exists(partial + QStringLiteral("-wal")) && QFileInfo(partial + QStringLiteral("-wal")).size() > 0)
        return QStringLiteral("%1: the WAL was not checkpointed").arg(partial);
    removeDatabaseFiles(path);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        return QStringLiteral("cannot rename %1 to %2").arg(partial, path);
    syncFile(path);
    return {};
}

std::optional<QJsonObject> readSidecar(const QString &path, int generatorVersion)
{
    QFile sidecar(path + QStringLiteral(".json"));
    if (!QFileInfo::exists(path) || !sidecar.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
    if (json.value(QLatin1String("generatorVersion")).toInt() != generatorVersion)
        return std::nullopt;
    return json;
}

QString writeSidecar(const QString &path, const QJsonObject &json)
{
    QFile sidecar(path + QStringLiteral(".json"));
    if (!sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate) || sidecar.write(QJsonDocument(json).toJson()) < 0)
        return QStringLiteral("cannot write %1").arg(sidecar.fileName());
    return {};
}

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

WeightedChoice::WeightedChoice(const std::vector<double> &weights)
{
    m_cumulative.reserve(weights.size());
    double sum = 0;
    for (double w : weights) {
        sum += w;
        m_cumulative.push_back(sum);
    }
}

qsizetype WeightedChoice::pick(Random &random) const
{
    const double x = random.uniform() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
    return std::min<qsizetype>(it - m_cumulative.begin(), qsizetype(m_cumulative.size()) - 1);
}

Stats Stats::of(std::vector<double> samples)
{
    Stats stats;
    if (samples.empty())
        return stats;
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    stats.count = qsizetype(n);
    stats.min = samples.front();
    stats.max = samples.back();
    stats.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    stats.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / double(n);
    const size_t rank = size_t(std::ceil(0.99 * double(n)));
    stats.p99 = samples[std::clamp<size_t>(rank, 1, n) - 1];
    return stats;
}

QString Stats::brief() const
{
    return QStringLiteral("median %1 (min %2, p99 %3, max %4, n=%5)")
        .arg(formatMs(median), formatMs(min), formatMs(p99), formatMs(max), QString::number(count));
}

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QString &stdinPath,
                      const QString &scratchDir)
{
    ProcessRun run;
    const QByteArray programPath = QFile::encodeName(program);
    QList<QByteArray> storage;
    storage.reserve(arguments.size());
    for (const QString &argument : arguments)
        storage.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(programPath.constData()));
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    const QString errorPath = QDir(scratchDir).filePath(QStringLiteral("child-stderr.txt"));
    const QByteArray stdinFile = QFile::encodeName(stdinPath);
    const QByteArray errorFile = QFile::encodeName(errorPath);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, stdinFile.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errorFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    pid_t pid = 0;
    const auto start = Clock::now();
    const int spawned = posix_spawn(&pid, programPath.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.errorOutput = QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(spawned)));
        return run;
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            run.errorOutput = QStringLiteral("wait4 failed");
            return run;
        }
    }
    run.milliseconds = millisecondsSince(start);
    run.maxRssKiB = usage.ru_maxrss;
    run.cpuMilliseconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

    QFile errors(errorPath);
    if (errors.open(QIODevice::ReadOnly))
        run.errorOutput = QString::fromLocal8Bit(errors.readAll()).trimmed();
    errors.close();
    QFile::remove(errorPath);
    if (run.exitCode != 0 && run.errorOutput.isEmpty())
        run.errorOutput = QStringLiteral("%1 exited with status %2").arg(program).arg(run.exitCode);
    return run;
}

QString findSqliteShell(const QString &preferred)
{
    if (!preferred.isEmpty())
        return QFileInfo(preferred).isExecutable() ? QFileInfo(preferred).absoluteFilePath() : QString();
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

namespace {

QString firstLineWith(const QString &path, QLatin1String key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // Files under /proc report size 0: read until the device says there is no more.
    const QString all = QString::fromUtf8(file.readAll());
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        if (line.startsWith(key)) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

QString shellVersion(const QString &shell)
{
    if (shell.isEmpty())
        return QStringLiteral("not found");
    QProcess process;
    process.start(shell, {QStringLiteral("--version")});
    if (!process.waitForFinished(10000))
        return QStringLiteral("unknown");
    return QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 1).trimmed();
}

} // namespace

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

QStringList machineDescription(const QString &dataDir, const QString &sqliteShell)
{
    QStringList lines;
    QString cpu = firstLineWith(QStringLiteral("/proc/cpuinfo"), QLatin1String("model name"));
    if (cpu.isEmpty())
        cpu = QSysInfo::currentCpuArchitecture();
    const QString memory = firstLineWith(QStringLiteral("/proc/meminfo"), QLatin1String("MemTotal"));
    const QString load = loadAverage();
    const QStorageInfo storage(dataDir);
    lines << QStringLiteral("- date: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
          << QStringLiteral("- machine: %1 CPUs (nproc), %2, %3 RAM; load average at start %4")
                 .arg(QString::number(sysconf(_SC_NPROCESSORS_ONLN)), cpu, memory, load)
          << QStringLiteral("- system: %1, kernel %2").arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion())
          << QStringLiteral("- data folder: %1 (%2 on %3)")
                 .arg(dataDir, QString::fromLatin1(storage.fileSystemType()), QString::fromLocal8Bit(storage.device()))
          << QStringLiteral("- Qt %1 (built against %2); SQLite library %3; sqlite3 shell %4 (%5)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                      QString::fromLatin1(sqlite3_libversion()), shellVersion(sqliteShell), sqliteShell);
    return lines;
}

QString formatMs(double ms)
{
    if (ms >= 1000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2);
    if (ms >= 100)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
    if (ms >= 10)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= 10LL * 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 10 * 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 0);
    return QStringLiteral("%1 B").arg(bytes);
}

QString withThousands(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString ratioText(double ours, double limit)
{
    return limit > 0 ? QStringLiteral("%1x").arg(ours / limit, 0, 'f', 2) : QStringLiteral("n/a");
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("pass") : QStringLiteral("**FAIL**");
}

QString generationTime(bool generatedNow, double seconds, const QString &generatedAt)
{
    return generatedNow ? QStringLiteral("%1 s (this run)").arg(seconds, 0, 'f', 1)
                        : QStringLiteral("%1 s (cached, made %2)").arg(seconds, 0, 'f', 1).arg(generatedAt);
}

QString MarkdownTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString &cell : m_header)
        widths.append(cell.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString out = QStringLiteral("|");
        for (qsizetype i = 0; i < widths.size(); ++i)
            out += QLatin1Char(' ') + cells.value(i).leftJustified(widths[i]) + QStringLiteral(" |");
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header);
    out += QLatin1Char('|');
    for (qsizetype width : widths)
        out += QString(width + 2, QLatin1Char('-')) + QLatin1Char('|');
    out += QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

namespace {

qint64 statusField(QLatin1String key)
{
    const QString value = firstLineWith(QStringLiteral("/proc/self/status"), key);
    return value.section(QLatin1Char(' '), 0, 0).toLongLong();
}

} // namespace

qint64 residentKiB()
{
    return statusField(QLatin1String("VmRSS"));
}

qint64 peakResidentKiB()
{
    return statusField(QLatin1String("VmHWM"));
}

bool resetPeakResident()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool execOnProject(const Marginalia::Core::Project &project, const char *sql)
{
    return sqlite3_exec(Marginalia::Core::SqliteHandle::of(project), sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::vector<qint64> integersOnProject(const Marginalia::Core::Project &project, const char *sql)
{
    std::vector<qint64> values;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(Marginalia::Core::SqliteHandle::of(project), sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        for (int column = 0; column < sqlite3_column_count(statement); ++column)
            values.push_back(sqlite3_column_int64(statement, column));
    }
    sqlite3_finalize(statement);
    return values;
}

} // namespace Marginalia::Bench

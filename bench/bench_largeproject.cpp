// Benchmark of the "large project" workload of PRODUCT.md: 2,000 documents, 50 MB of text, 500 codes,
// 5 coders, 200,000 codings. Each operation is timed against its physical limit, measured in the same run
// on the same file, and reported as a ratio (these machines are shared and noisy; ratios travel, absolute
// times do not). See docs/benchmarks.md; run it with scripts/bench.sh.
//
//   apply one coding      Project::addCoding       vs a bare one-row INSERT in BEGIN/COMMIT on the same
//                                                     connection (WAL, synchronous=FULL), interleaved
//   code frequencies      Frequencies::compute     vs the sqlite3 shell's GROUP BY code_id, document_id
//   coder agreement       CoderAgreement::compute  vs Frequencies::compute on the same project, alternated
//                         (5 coders, every code, pooled and by document; issue 11: within 3x)
//   export excerpts       CsvExport::writeExcerpts vs the sqlite3 shell reading all texts and all codings
//                                                     once; plus peak memory of the export in a child process
//                                                     for several row counts, and the naive substr() join

#include "benchsupport.h"
#include "largeproject.h"

#include "analysis/coderagreement.h"
#include "analysis/excerptreader.h"
#include "analysis/frequencies.h"
#include "export/csvexport.h"
#include "store/project.h"
#include "store/sqlitehandle_p.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Marginalia;
using namespace Marginalia::Bench;

namespace {

struct Options
{
    QString dataDir;
    QString markdownPath;
    QString sqliteShell;
    qint64 samples = 1000;
    qint64 runs = 7;
    qint64 naiveDocuments = 0;
    qint64 naiveRuns = 3;
    double scale = 1.0;
    bool regenerate = false;
    bool keepWork = false;
    bool check = false;
    QString dumpSamples;
    QStringList only; ///< empty: everything
    bool includes(const char *part) const { return only.isEmpty() || only.contains(QLatin1String(part)); }
};

/// The sqlite3 handle under the project's connection: the limit runs on the very connection (same file,
/// same pragmas) that the core uses.
sqlite3 *handleOf(const Core::Project &project)
{
    sqlite3 *handle = Core::SqliteHandle::of(project);
    if (!handle)
        fail(QStringLiteral("the project connection is closed"));
    return handle;
}

/// A prepared statement on a raw handle; fails the benchmark on any SQLite error.
class Raw
{
public:
    Raw(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db))));
    }
    ~Raw() { sqlite3_finalize(m_statement); }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    sqlite3_stmt *get() const { return m_statement; }
    bool row()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    /// Runs a statement that returns no rows, and makes it ready to run again.
    int run()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return rc;
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

qint64 scalar(sqlite3 *db, const char *sql)
{
    Raw query(db, sql);
    return query.row() ? query.int64(0) : 0;
}

QString pragmaText(sqlite3 *db, const char *sql)
{
    Raw query(db, sql);
    return query.row() ? query.text(0) : QString();
}

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error);
        sqlite3_free(error);
        fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), message));
    }
}

QString writeScript(const QString &dir, const QString &name, const QString &sql)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(sql.toUtf8()) < 0)
        fail(QStringLiteral("cannot write %1").arg(path));
    return path;
}

// --- Apply one coding -----------------------------------------------------------------------------------

struct ApplyResult
{
    Stats ours;
    Stats limit;
    QString settings;
    std::vector<double> oursSamples; ///< in the order taken
    std::vector<double> limitSamples;
    Stats oursCpu; ///< CPU time of each sample: what a busy machine can preempt
    Stats limitCpu;
    /// Ours minus the limit taken in the same iteration: both met the same disk, so this stays steady when
    /// the flush times are spread over several modes and the medians of the two series jump between them.
    Stats pairedDifference;
};

ApplyResult benchApplyCoding(Core::Project &project, sqlite3 *db, qint64 samples)
{
    ApplyResult result;
    result.settings = QStringLiteral("journal_mode=%1, synchronous=%2")
                          .arg(pragmaText(db, "PRAGMA journal_mode"), pragmaText(db, "PRAGMA synchronous"));
    if (pragmaText(db, "PRAGMA journal_mode") != QLatin1String("wal") || scalar(db, "PRAGMA synchronous") != 2)
        fail(QStringLiteral("the project connection is not WAL with synchronous=FULL: %1").arg(result.settings));

    struct Doc
    {
        qint64 id;
        qint64 length;
    };
    std::vector<Doc> documents;
    {
        Raw rows(db, "SELECT id, length FROM documents WHERE length > 1");
        while (rows.row())
            documents.push_back({rows.int64(0), rows.int64(1)});
    }
    std::vector<qint64> codes;
    {
        Raw rows(db, "SELECT id FROM codes");
        while (rows.row())
            codes.push_back(rows.int64(0));
    }
    std::vector<qint64> coders;
    {
        Raw rows(db, "SELECT id FROM coders");
        while (rows.row())
            coders.push_back(rows.int64(0));
    }
    const qint64 lastIdBefore = scalar(db, "SELECT COALESCE(MAX(id), 0) FROM codings");

    Random random(20250101);
    auto nextCoding = [&] {
        const Doc &doc = documents[size_t(random.below(qint64(documents.size())))];
        Core::NewCoding coding;
        coding.documentId = doc.id;
        coding.codeId = codes[size_t(random.below(qint64(codes.size())))];
        coding.coderId = coders[size_t(random.below(qint64(coders.size())))];
        coding.start = random.below(doc.length - 1);
        coding.end = coding.start + 1 + random.below(std::min<qint64>(400, doc.length - coding.start));
        return coding;
    };

    // The limit: what any durable one-row change costs on this file, with nothing of ours around it.
    Raw begin(db, "BEGIN");
    Raw commit(db, "COMMIT");
    Raw rollback(db, "ROLLBACK");
    Raw insert(db,
               "INSERT INTO codings (guid, document_id, code_id, coder_id, start_pos, end_pos, memo, created) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7)");
    const QByteArray created = QByteArrayLiteral("2025-01-01T00:00:00.000Z");

    std::vector<double> ours;
    std::vector<double> limit;
    std::vector<double> oursCpu;
    std::vector<double> limitCpu;
    constexpr qint64 Warmup = 10;
    for (qint64 i = 0; i < samples + Warmup; ++i) {
        const bool record = i >= Warmup;
        auto runOurs = [&] {
            for (;;) {
                const Core::NewCoding coding = nextCoding();
                const double cpu = processCpuMs();
                const auto start = Clock::now();
                auto added = project.addCoding(coding);
                const double ms = millisecondsSince(start);
                const double cpuMs = processCpuMs() - cpu;
                if (!added)
                    fail(added.error());
                if (!added->has_value())
                    continue; // an identical coding exists: nothing was committed, draw another
                if (record) {
                    ours.push_back(ms);
                    oursCpu.push_back(cpuMs);
                }
                return;
            }
        };
        auto runLimit = [&] {
            for (;;) {
                const Core::NewCoding coding = nextCoding();
                // A random UUID as ours has, so that the guid index takes the same kind of insert.
                const QByteArray guid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
                sqlite3_stmt *s = insert.get();
                const double cpu = processCpuMs();
                const auto start = Clock::now();
                if (begin.run() != SQLITE_DONE)
                    fail(QString::fromUtf8(sqlite3_errmsg(db)));
                sqlite3_bind_text(s, 1, guid.constData(), int(guid.size()), SQLITE_STATIC);
                sqlite3_bind_int64(s, 2, coding.documentId);
                sqlite3_bind_int64(s, 3, coding.codeId);
                sqlite3_bind_int64(s, 4, coding.coderId);
                sqlite3_bind_int64(s, 5, coding.start);
                sqlite3_bind_int64(s, 6, coding.end);
                sqlite3_bind_text(s, 7, created.constData(), int(created.size()), SQLITE_STATIC);
                const int rc = insert.run();
                if (rc == SQLITE_CONSTRAINT) { // the same range exists: draw another
                    rollback.run();
                    continue;
                }
                if (rc != SQLITE_DONE || commit.run() != SQLITE_DONE)
                    fail(QString::fromUtf8(sqlite3_errmsg(db)));
                const double ms = millisecondsSince(start);
                const double cpuMs = processCpuMs() - cpu;
                if (record) {
                    limit.push_back(ms);
                    limitCpu.push_back(cpuMs);
                }
                return;
            }
        };
        // Alternate which goes first, so that neither always follows the other's flush.
        if (i % 2) {
            runOurs();
            runLimit();
        } else {
            runLimit();
            runOurs();
        }
    }
    result.ours = Stats::of(ours);
    result.limit = Stats::of(limit);
    std::vector<double> differences(ours.size());
    for (size_t i = 0; i < ours.size(); ++i)
        differences[i] = ours[i] - limit[i];
    result.pairedDifference = Stats::of(differences);
    result.oursCpu = Stats::of(oursCpu);
    result.limitCpu = Stats::of(limitCpu);
    result.oursSamples = std::move(ours);
    result.limitSamples = std::move(limit);

    // Leave the working copy as generated for the read benchmarks that follow.
    {
        Raw remove(db, "DELETE FROM codings WHERE id > ?1");
        sqlite3_bind_int64(remove.get(), 1, lastIdBefore);
        if (remove.run() != SQLITE_DONE)
            fail(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    return result;
}

// --- Frequencies and export -----------------------------------------------------------------------------

struct PairResult
{
    Stats ours;
    Stats limit;
    Stats oursCpu;
    Stats limitCpu;
    qint64 limitMaxRssKiB = 0;
    qint64 outputBytes = 0;
};

/// Runs @p ours and the shell script @p script alternately, @p runs times each after one warm-up of each.
template<typename Ours>
PairResult benchAgainstShell(const Options &options, const QString &work, const QString &script, qint64 runs, Ours ours)
{
    PairResult result;
    std::vector<double> oursMs;
    std::vector<double> limitMs;
    std::vector<double> oursCpuMs;
    std::vector<double> limitCpuMs;
    for (qint64 i = -1; i < runs; ++i) {
        auto runShell = [&] {
            const ProcessRun run = runProcess(options.sqliteShell, {work}, script, options.dataDir);
            if (!run.ok())
                fail(QStringLiteral("sqlite3 shell: %1").arg(run.errorOutput));
            if (i >= 0) {
                limitMs.push_back(run.milliseconds);
                limitCpuMs.push_back(run.cpuMilliseconds);
            }
            result.limitMaxRssKiB = std::max(result.limitMaxRssKiB, run.maxRssKiB);
        };
        auto runOurs = [&] {
            const double cpu = processCpuMs();
            const double ms = ours();
            if (i >= 0) {
                oursMs.push_back(ms);
                oursCpuMs.push_back(processCpuMs() - cpu);
            }
        };
        if (i % 2) {
            runOurs();
            runShell();
        } else {
            runShell();
            runOurs();
        }
    }
    result.ours = Stats::of(oursMs);
    result.limit = Stats::of(limitMs);
    result.oursCpu = Stats::of(oursCpuMs);
    result.limitCpu = Stats::of(limitCpuMs);
    return result;
}

/// Wall and CPU time of the shell running @p script.
std::pair<Stats, Stats> benchShellAlone(const Options &options, const QString &work, const QString &script, qint64 runs)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    for (qint64 i = -1; i < runs; ++i) {
        const ProcessRun run = runProcess(options.sqliteShell, {work}, script, options.dataDir);
        if (!run.ok())
            fail(QStringLiteral("sqlite3 shell: %1").arg(run.errorOutput));
        if (i >= 0) {
            ms.push_back(run.milliseconds);
            cpu.push_back(run.cpuMilliseconds);
        }
    }
    return {Stats::of(ms), Stats::of(cpu)};
}

// --- Export memory, in a child process --------------------------------------------------------------------

struct MemoryRun
{
    QString label;
    qint64 rows = 0;
    qint64 baselineKiB = 0;
    qint64 peakKiB = 0;
    qint64 growthKiB() const { return peakKiB - baselineKiB; }
    double ms = 0;
    qint64 bytes = 0;
};

/// Child mode: open the project, note the resident set, export, report the high-water mark as JSON.
int childExport(const QString &projectPath, const Core::CodingFilter &filter, const QString &output)
{
    auto opened = Core::Project::open(projectPath, Core::Project::Access::ReadOnly);
    if (!opened)
        fail(opened.error());
    const Core::Project &project = **opened;
    // Load the codebook once, so that the baseline includes what any use of the project loads.
    (void)project.codes();
    const bool reset = resetPeakResident();
    const qint64 baseline = residentKiB();
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1").arg(output));
    const auto start = Clock::now();
    const auto status = Core::CsvExport::writeExcerpts(project, filter, &file, {});
    file.close();
    const double ms = millisecondsSince(start);
    if (!status)
        fail(status.error());
    const qint64 peak = peakResidentKiB();
    const QJsonObject json{{QStringLiteral("baselineKiB"), baseline},
                           {QStringLiteral("peakKiB"), peak},
                           {QStringLiteral("ms"), ms},
                           {QStringLiteral("bytes"), QFileInfo(output).size()},
                           {QStringLiteral("peakReset"), reset}};
    QFile::remove(output);
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}

MemoryRun measureExportMemory(const Options &options, const QString &work, const QString &label,
                              const QStringList &filterArguments, qint64 rows)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--child-export"), work, QStringLiteral("--output"),
                            QDir(options.dataDir).filePath(QStringLiteral("child-export.csv"))}
                    + filterArguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        fail(QStringLiteral("the export child process failed"));
    const QJsonObject json = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    if (!json.value(QLatin1String("peakReset")).toBool())
        progress(QStringLiteral("  (cannot reset VmHWM: the growth includes start-up)"));
    MemoryRun run;
    run.label = label;
    run.rows = rows;
    run.baselineKiB = qint64(json.value(QLatin1String("baselineKiB")).toDouble());
    run.peakKiB = qint64(json.value(QLatin1String("peakKiB")).toDouble());
    run.ms = json.value(QLatin1String("ms")).toDouble();
    run.bytes = qint64(json.value(QLatin1String("bytes")).toDouble());
    return run;
}

// --- Report ---------------------------------------------------------------------------------------------

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_largeproject"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmarks the large-project workload of PRODUCT.md against limits measured in the same run."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption
        = Bench::dataDirOption(QStringLiteral("Where the generated project is cached"));
    const QCommandLineOption markdownOption = Bench::markdownOption();
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"),
        QStringLiteral("Samples of 'apply one coding', each of ours and of the limit (default 1000)."),
        QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"),
        QStringLiteral("Timed runs of frequencies and export, each of ours and of the shell (default 7)."),
        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption naiveDocumentsOption(
        QStringLiteral("naive-documents"),
        QStringLiteral("Documents the naive substr() join runs on (default 0: all)."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption naiveRunsOption(
        QStringLiteral("naive-runs"), QStringLiteral("Runs of the naive join and its limit (default 3; 0: skip)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QStringLiteral("Scale documents, text and codings (default 1: the reference workload)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption regenerateOption = Bench::regenerateOption();
    const QCommandLineOption sqliteOption(
        QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default: from PATH)."), QStringLiteral("path"));
    const QCommandLineOption keepWorkOption(QStringLiteral("keep-work"),
                                            QStringLiteral("Keep the working copy of the project."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("Exit with status 1 when a target is missed."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Run only these parts, comma-separated: apply, frequencies, export, memory, naive."),
        QStringLiteral("parts"));
    const QCommandLineOption dumpSamplesOption(
        QStringLiteral("dump-samples"), QStringLiteral("Write every 'apply one coding' sample to this CSV file."),
        QStringLiteral("file"));
    // Internal: the export run in a child process, for its peak memory.
    const QCommandLineOption childExportOption(QStringLiteral("child-export"), QStringLiteral("(internal)"),
                                               QStringLiteral("project"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("(internal)"),
                                          QStringLiteral("file"));
    const QCommandLineOption coderOption(QStringLiteral("coder"), QStringLiteral("(internal)"), QStringLiteral("id"));
    const QCommandLineOption documentOption(QStringLiteral("document"), QStringLiteral("(internal)"),
                                            QStringLiteral("id"));
    for (const QCommandLineOption &option : {childExportOption, outputOption, coderOption, documentOption}) {
        QCommandLineOption hidden = option;
        hidden.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(hidden);
    }
    parser.addOptions({dataDirOption, markdownOption, samplesOption, runsOption, naiveDocumentsOption, naiveRunsOption,
                       scaleOption, regenerateOption, sqliteOption, keepWorkOption, checkOption, onlyOption,
                       dumpSamplesOption});
    parser.process(app);

    if (parser.isSet(childExportOption)) {
        Core::CodingFilter filter;
        filter.coderId = parser.value(coderOption).toLongLong();
        filter.documentId = parser.value(documentOption).toLongLong();
        return childExport(parser.value(childExportOption), filter, parser.value(outputOption));
    }

    Options options;
    options.dataDir = dataDirFrom(parser.value(dataDirOption));
    options.markdownPath = parser.value(markdownOption);
    options.samples = std::max<qint64>(10, parser.value(samplesOption).toLongLong());
    options.runs = std::max<qint64>(1, parser.value(runsOption).toLongLong());
    options.naiveDocuments = std::max<qint64>(0, parser.value(naiveDocumentsOption).toLongLong());
    options.naiveRuns = std::max<qint64>(0, parser.value(naiveRunsOption).toLongLong());
    options.scale = positiveScale(parser.value(scaleOption));
    options.regenerate = parser.isSet(regenerateOption);
    options.keepWork = parser.isSet(keepWorkOption);
    options.check = parser.isSet(checkOption);
    options.dumpSamples = parser.value(dumpSamplesOption);
    const QStringList parts{QStringLiteral("apply"),  QStringLiteral("frequencies"), QStringLiteral("agreement"),
                            QStringLiteral("export"), QStringLiteral("memory"),      QStringLiteral("naive")};
    for (const QString &part : parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!parts.contains(part.trimmed()))
            fail(QStringLiteral("--only: unknown part \"%1\" (known: %2)").arg(part, parts.join(QStringLiteral(", "))));
        options.only.append(part.trimmed());
    }
    options.sqliteShell = findSqliteShell(parser.value(sqliteOption));
    if (options.sqliteShell.isEmpty())
        fail(QStringLiteral("the sqlite3 shell was not found (Debian: apt-get install sqlite3); it is the limit"));
    if (!QDir().mkpath(options.dataDir))
        fail(QStringLiteral("cannot create %1").arg(options.dataDir));

    const QStringList machine = machineDescription(options.dataDir, options.sqliteShell);

    // 1. The workload, generated once and cached.
    const LargeProjectSpec spec = LargeProjectSpec::scaled(options.scale);
    auto generated = ensureLargeProject(options.dataDir, spec, options.regenerate, &progress);
    if (!generated)
        fail(generated.error());
    const LargeProjectInfo info = *generated;
    progress(QStringLiteral("Project: %1 (%2)").arg(info.path, formatBytes(info.fileBytes)));

    // Every measurement runs on a fresh copy, flushed to the disk so its writeback does not land in the
    // timings; the cache stays as generated whatever happens.
    const QString work
        = QDir(options.dataDir).filePath(QStringLiteral("work-") + spec.cacheKey() + QStringLiteral(".marginalia"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(work + suffix);
    if (!QFile::copy(info.path, work))
        fail(QStringLiteral("cannot copy %1 to %2").arg(info.path, work));
    QFile(work).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                               | QFileDevice::ReadOther);
    syncFile(work);

    auto opened = Core::Project::open(work);
    if (!opened)
        fail(opened.error());
    std::unique_ptr<Core::Project> project = std::move(*opened);
    sqlite3 *db = handleOf(*project);

    // 2a. Apply one coding.
    std::optional<ApplyResult> apply;
    if (options.includes("apply")) {
        progress(QStringLiteral("Apply one coding: %1 samples each, interleaved ...").arg(options.samples));
        apply = benchApplyCoding(*project, db, options.samples);
        progress(QStringLiteral("  ours  %1\n  limit %2").arg(apply->ours.brief(), apply->limit.brief()));
        if (scalar(db, "SELECT COUNT(*) FROM codings") != info.codings)
            fail(QStringLiteral("the working copy no longer has the generated codings"));
        if (!options.dumpSamples.isEmpty()) {
            QFile file(options.dumpSamples);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                fail(QStringLiteral("cannot write %1").arg(options.dumpSamples));
            QTextStream samples(&file);
            samples << "sample,ours_ms,limit_ms\n";
            for (size_t i = 0; i < apply->oursSamples.size(); ++i)
                samples << i << ',' << apply->oursSamples[i] << ',' << apply->limitSamples[i] << '\n';
        }
    }

    // The shell's start-up (exec, dynamic linking, opening the file, reading the schema): part of its time.
    const QString emptyScript
        = writeScript(options.dataDir, QStringLiteral("empty.sql"), QStringLiteral("SELECT 1;\n"));
    const auto [shellStartup, shellStartupCpu] = benchShellAlone(options, work, emptyScript, options.runs);
    progress(QStringLiteral("sqlite3 shell start-up: %1").arg(shellStartup.brief()));

    // 2b. Code frequencies.
    std::optional<PairResult> frequencies;
    qint64 frequencyRows = -1;
    if (options.includes("frequencies")) {
        progress(QStringLiteral("Code frequencies: %1 runs each ...").arg(options.runs));
        const QString frequencyScript = writeScript(
            options.dataDir, QStringLiteral("frequencies.sql"),
            QStringLiteral("SELECT code_id, document_id, COUNT(*) FROM codings GROUP BY code_id, document_id;\n"));
        frequencies = benchAgainstShell(options, work, frequencyScript, options.runs, [&] {
            const auto start = Clock::now();
            auto computed = Core::Frequencies::compute(*project);
            const double ms = millisecondsSince(start);
            if (!computed)
                fail(computed.error());
            qint64 codings = 0;
            for (const Core::DocumentCodeFrequency &row : computed->byDocument)
                codings += row.codings;
            if (codings != info.codings)
                fail(QStringLiteral("frequencies count %1 codings, not %2").arg(codings).arg(info.codings));
            frequencyRows = computed->byDocument.size();
            return ms;
        });
        progress(QStringLiteral("  ours  %1\n  shell %2").arg(frequencies->ours.brief(), frequencies->limit.brief()));
    }

    // 2b'. Agreement of all coders, against the frequencies of the same project: both read every coding
    // once, and the agreement also sweeps each coder's coverage per code and document. Alternated, so both
    // meet the same cache. Timed twice: pooled per code (what `marginalia-cli agreement` computes by
    // default, the target) and with a row per code and document as well (the window's expandable table).
    std::optional<PairResult> agreement;
    std::optional<PairResult> agreementWithDocuments;
    qint64 agreementRows = -1;
    qint64 agreementDocumentRows = -1;
    qint64 agreementCoders = 0;
    if (options.includes("agreement")) {
        auto pairAgainstFrequencies = [&](bool documentRows) {
            PairResult pair;
            std::vector<double> oursMs, limitMs, oursCpuMs, limitCpuMs;
            for (qint64 i = -1; i < options.runs; ++i) {
                auto runAgreement = [&] {
                    const double cpu = processCpuMs();
                    const auto start = Clock::now();
                    Core::AgreementRequest request;
                    request.documentRows = documentRows;
                    auto computed = Core::CoderAgreement::compute(*project, request);
                    const double ms = millisecondsSince(start);
                    if (!computed)
                        fail(computed.error());
                    agreementRows = computed->byCode.size();
                    if (documentRows)
                        agreementDocumentRows = computed->byDocument.size();
                    agreementCoders = computed->coders.size();
                    if (i >= 0) {
                        oursMs.push_back(ms);
                        oursCpuMs.push_back(processCpuMs() - cpu);
                    }
                };
                auto runFrequencies = [&] {
                    const double cpu = processCpuMs();
                    const auto start = Clock::now();
                    auto computed = Core::Frequencies::compute(*project);
                    const double ms = millisecondsSince(start);
                    if (!computed)
                        fail(computed.error());
                    if (i >= 0) {
                        limitMs.push_back(ms);
                        limitCpuMs.push_back(processCpuMs() - cpu);
                    }
                };
                if (i % 2) {
                    runAgreement();
                    runFrequencies();
                } else {
                    runFrequencies();
                    runAgreement();
                }
            }
            pair.ours = Stats::of(oursMs);
            pair.limit = Stats::of(limitMs);
            pair.oursCpu = Stats::of(oursCpuMs);
            pair.limitCpu = Stats::of(limitCpuMs);
            return pair;
        };
        progress(QStringLiteral("Coder agreement: %1 runs each ...").arg(options.runs));
        agreement = pairAgainstFrequencies(false);
        progress(QStringLiteral("  agreement   %1\n  frequencies %2")
                     .arg(agreement->ours.brief(), agreement->limit.brief()));
        agreementWithDocuments = pairAgainstFrequencies(true);
        progress(QStringLiteral("  with document rows %1\n  frequencies        %2")
                     .arg(agreementWithDocuments->ours.brief(), agreementWithDocuments->limit.brief()));
    }

    // 2c. Export all excerpts.
    std::optional<PairResult> exports;
    const QString exportScript
        = writeScript(options.dataDir, QStringLiteral("read-once.sql"),
                      QStringLiteral("SELECT text FROM documents;\n.mode csv\nSELECT * FROM codings;\n"));
    if (options.includes("export")) {
        progress(QStringLiteral("Export all excerpts to CSV: %1 runs each ...").arg(options.runs));
        qint64 rows = 0;
        const auto status = Core::ExcerptReader::forEach(*project, {}, [&rows](const Core::Excerpt &) {
            ++rows;
            return true;
        });
        if (!status || rows != info.codings)
            fail(QStringLiteral("the excerpt reader sees %1 codings, not %2").arg(rows).arg(info.codings));
        const QString exportPath = QDir(options.dataDir).filePath(QStringLiteral("excerpts.csv"));
        qint64 exportBytes = 0;
        exports = benchAgainstShell(options, work, exportScript, options.runs, [&] {
            QFile file(exportPath);
            const auto start = Clock::now();
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                fail(QStringLiteral("cannot write %1").arg(exportPath));
            const auto written = Core::CsvExport::writeExcerpts(*project, {}, &file, {});
            file.close();
            const double ms = millisecondsSince(start);
            if (!written)
                fail(written.error());
            exportBytes = QFileInfo(exportPath).size();
            QFile::remove(exportPath); // before its writeback starts, mostly
            return ms;
        });
        exports->outputBytes = exportBytes;
        progress(QStringLiteral("  ours  %1\n  shell %2").arg(exports->ours.brief(), exports->limit.brief()));
    }

    // Memory of the export, in fresh child processes, for very different numbers of rows.
    QList<MemoryRun> memory;
    if (options.includes("memory")) {
        progress(QStringLiteral("Export memory in child processes ..."));
        qint64 smallCoder = 0;
        qint64 smallCoderRows = 0;
        {
            Raw rows(db, "SELECT coder_id, COUNT(*) AS n FROM codings GROUP BY coder_id ORDER BY n LIMIT 1");
            if (rows.row()) {
                smallCoder = rows.int64(0);
                smallCoderRows = rows.int64(1);
            }
        }
        qint64 largestDocument = 0;
        qint64 largestDocumentRows = 0;
        {
            Raw rows(db,
                     "SELECT id, (SELECT COUNT(*) FROM codings WHERE document_id = documents.id) FROM documents "
                     "ORDER BY length(CAST(text AS BLOB)) DESC LIMIT 1");
            if (rows.row()) {
                largestDocument = rows.int64(0);
                largestDocumentRows = rows.int64(1);
            }
        }
        memory.append(measureExportMemory(options, work, QStringLiteral("all codings"), {}, info.codings));
        memory.append(measureExportMemory(options, work, QStringLiteral("one coder"),
                                          {QStringLiteral("--coder"), QString::number(smallCoder)}, smallCoderRows));
        memory.append(measureExportMemory(options, work, QStringLiteral("the largest document"),
                                          {QStringLiteral("--document"), QString::number(largestDocument)},
                                          largestDocumentRows));
        for (const MemoryRun &run : memory) {
            progress(QStringLiteral("  %1: %2 rows, RSS %3 KiB -> peak %4 KiB (+%5 KiB), %6, %7")
                         .arg(run.label, withThousands(run.rows))
                         .arg(run.baselineKiB)
                         .arg(run.peakKiB)
                         .arg(run.growthKiB())
                         .arg(formatMs(run.ms), formatBytes(run.bytes)));
        }
    }

    // The naive join, for information: each coding reads its whole document again.
    std::optional<PairResult> naive;
    qint64 naiveDocuments = 0;
    qint64 naiveCodings = 0;
    if (options.includes("naive") && options.naiveRuns > 0) {
        const bool subset = options.naiveDocuments > 0 && options.naiveDocuments < info.documents;
        const QString limitTo = QString::number(options.naiveDocuments);
        const QString where = subset ? QStringLiteral(" WHERE c.document_id <= ") + limitTo : QString();
        const QString whereDocuments = subset ? QStringLiteral(" WHERE id <= ") + limitTo : QString();
        const QString whereCodings = subset ? QStringLiteral(" WHERE document_id <= ") + limitTo : QString();
        naiveDocuments = subset ? options.naiveDocuments : info.documents;
        {
            const QByteArray sql = (QStringLiteral("SELECT COUNT(*) FROM codings") + whereCodings).toUtf8();
            naiveCodings = scalar(db, sql.constData());
        }
        const QString naiveScript = writeScript(
            options.dataDir, QStringLiteral("naive.sql"),
            QStringLiteral(".mode csv\nSELECT d.name, c.code_id, c.start_pos, c.end_pos, c.coder_id, "
                           "substr(d.text, c.start_pos + 1, c.end_pos - c.start_pos), c.memo, c.created, c.guid "
                           "FROM codings c JOIN documents d ON d.id = c.document_id")
                + where + QStringLiteral(";\n"));
        const QString subsetScript = subset ? writeScript(options.dataDir, QStringLiteral("read-once-subset.sql"),
                                                          QStringLiteral("SELECT text FROM documents") + whereDocuments
                                                              + QStringLiteral(";\n.mode csv\nSELECT * FROM codings")
                                                              + whereCodings + QStringLiteral(";\n"))
                                            : exportScript;
        progress(QStringLiteral("Naive substr() join on %1 documents (%2 codings): %3 runs ...")
                     .arg(naiveDocuments)
                     .arg(naiveCodings)
                     .arg(options.naiveRuns));
        naive = benchAgainstShell(options, work, subsetScript, options.naiveRuns, [&] {
            const ProcessRun run = runProcess(options.sqliteShell, {work}, naiveScript, options.dataDir);
            if (!run.ok())
                fail(QStringLiteral("sqlite3 shell: %1").arg(run.errorOutput));
            return run.milliseconds;
        });
        progress(QStringLiteral("  naive %1\n  limit %2").arg(naive->ours.brief(), naive->limit.brief()));
    }

    project.reset();
    if (!options.keepWork) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(work + suffix);
    }

    // 3. Report.
    bool allPass = true;
    auto verdictOf = [&allPass](bool pass) {
        allPass = allPass && pass;
        return verdict(pass);
    };
    // The verdict is on wall time, as the contract says; the CPU-time ratio beside it is the cross-check
    // that a loaded machine disturbs less.
    auto withCpu = [](const PairResult &pair) -> QString {
        return QStringLiteral("%1 (CPU %2)")
            .arg(ratioText(pair.ours.median, pair.limit.median), ratioText(pair.oursCpu.median, pair.limitCpu.median));
    };
    auto gap = [](double ms) -> QString {
        return (ms >= 0 ? QStringLiteral("+") : QString()) + formatMs(ms);
    };

    MarkdownTable table({QStringLiteral("operation"), QStringLiteral("ours"), QStringLiteral("limit"),
                         QStringLiteral("ours / limit"), QStringLiteral("target"), QStringLiteral("result")});
    if (apply) {
        const double medianGap = apply->ours.median - apply->limit.median;
        const double p99Gap = apply->ours.p99 - apply->limit.p99;
        table.addRow({QStringLiteral("apply one coding (`Project::addCoding`), median of %1").arg(apply->ours.count),
                      formatMs(apply->ours.median), formatMs(apply->limit.median),
                      QStringLiteral("%1 (%2; paired %3)")
                          .arg(ratioText(apply->ours.median, apply->limit.median), gap(medianGap),
                               gap(apply->pairedDifference.median)),
                      QStringLiteral("limit + 0.5 ms"), verdictOf(medianGap <= 0.5)});
        table.addRow({QStringLiteral("apply one coding, p99"), formatMs(apply->ours.p99), formatMs(apply->limit.p99),
                      QStringLiteral("%1 (%2)").arg(ratioText(apply->ours.p99, apply->limit.p99), gap(p99Gap)),
                      QStringLiteral("limit + 2 ms"), verdictOf(p99Gap <= 2.0)});
    }
    if (frequencies) {
        table.addRow(
            {QStringLiteral("code frequencies (`Frequencies::compute`), median of %1").arg(frequencies->ours.count),
             formatMs(frequencies->ours.median), formatMs(frequencies->limit.median), withCpu(*frequencies),
             QStringLiteral("<= 1.2x"), verdictOf(frequencies->ours.median <= 1.2 * frequencies->limit.median)});
    }
    if (agreement) {
        table.addRow({QStringLiteral("coder agreement, %1 coders, every code, pooled (`CoderAgreement::compute`) vs "
                                     "`Frequencies::compute`, median of %2")
                          .arg(agreementCoders)
                          .arg(agreement->ours.count),
                      formatMs(agreement->ours.median), formatMs(agreement->limit.median), withCpu(*agreement),
                      QStringLiteral("<= 3x"), verdictOf(agreement->ours.median <= 3.0 * agreement->limit.median)});
    }
    if (agreementWithDocuments) {
        table.addRow({QStringLiteral("coder agreement as above, with a row per code and document as well, median of %1")
                          .arg(agreementWithDocuments->ours.count),
                      formatMs(agreementWithDocuments->ours.median), formatMs(agreementWithDocuments->limit.median),
                      withCpu(*agreementWithDocuments), QStringLiteral("<= 3x"),
                      verdictOf(agreementWithDocuments->ours.median <= 3.0 * agreementWithDocuments->limit.median)});
    }
    if (exports) {
        table.addRow({QStringLiteral("export all excerpts to CSV (`CsvExport::writeExcerpts`), median of %1")
                          .arg(exports->ours.count),
                      formatMs(exports->ours.median), formatMs(exports->limit.median), withCpu(*exports),
                      QStringLiteral("<= 3x"), verdictOf(exports->ours.median <= 3.0 * exports->limit.median)});
    }
    if (memory.size() >= 2) {
        const MemoryRun &all = memory.at(0);
        const MemoryRun &oneCoder = memory.at(1);
        // Flat: many times the rows may not cost more than a quarter more memory plus 2 MiB (linear would
        // grow with the ratio of the row counts).
        const bool flat = all.growthKiB() <= qint64(1.25 * double(oneCoder.growthKiB())) + 2048;
        table.addRow({QStringLiteral("export memory: peak RSS growth, %1 rows vs %2 rows")
                          .arg(withThousands(all.rows), withThousands(oneCoder.rows)),
                      QStringLiteral("%1 vs %2")
                          .arg(formatBytes(all.growthKiB() * 1024), formatBytes(oneCoder.growthKiB() * 1024)),
                      QStringLiteral("-"),
                      oneCoder.growthKiB() > 0 ? ratioText(double(all.growthKiB()), double(oneCoder.growthKiB()))
                                               : QStringLiteral("n/a"),
                      QStringLiteral("flat (<= 1.25x + 2 MiB)"), verdictOf(flat)});
    }
    table.addRow({QStringLiteral("sqlite3 shell start-up alone (`SELECT 1;`), median of %1").arg(shellStartup.count),
                  QStringLiteral("-"), formatMs(shellStartup.median), QStringLiteral("-"), QStringLiteral("-"),
                  QStringLiteral("info")});
    if (naive) {
        table.addRow({QStringLiteral("naive shell join with `substr()` (%1 documents, %2 codings), median of %3")
                          .arg(withThousands(naiveDocuments), withThousands(naiveCodings))
                          .arg(naive->ours.count),
                      formatMs(naive->ours.median), formatMs(naive->limit.median),
                      ratioText(naive->ours.median, naive->limit.median), QStringLiteral("(10-20x in PRODUCT.md)"),
                      QStringLiteral("info")});
    }
    table.addRow({QStringLiteral("generate the large project through the core API"),
                  generationTime(info.generatedNow, info.generationSeconds, info.generatedAt), QStringLiteral("-"),
                  QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("info")});

    QString report;
    QTextStream out(&report);
    out << "## Large project: results\n\n";
    out << machine.join(QLatin1Char('\n')) << '\n';
    out << QStringLiteral(
               "- workload: %1 documents, %2 of UTF-8 text (%3 code points; %4 to %5 a document; %6 with non-ASCII "
               "text, %7 with characters outside the BMP, %8 with Arabic), %9 codes, %10 coders, %11 codings "
               "(%12% overlap another; mean length %13 code points); file %14, generator version %15\n")
               .arg(withThousands(info.documents), QStringLiteral("%1 MB").arg(double(info.textBytes) / 1e6, 0, 'f', 1),
                    withThousands(info.codePoints), formatBytes(info.smallestDocumentBytes),
                    formatBytes(info.largestDocumentBytes), withThousands(info.nonAsciiDocuments),
                    withThousands(info.supplementaryDocuments), withThousands(info.arabicDocuments),
                    withThousands(info.codes))
               .arg(withThousands(info.coders), withThousands(info.codings))
               .arg(info.codings > 0 ? 100.0 * double(info.overlappingCodings) / double(info.codings) : 0.0, 0, 'f', 0)
               .arg(info.codings > 0 ? info.codedCodePoints / info.codings : 0)
               .arg(formatBytes(info.fileBytes))
               .arg(LargeProjectSpec::GeneratorVersion);
    if (apply)
        out << QStringLiteral("- durability of the project connection: %1\n").arg(apply->settings);
    out << '\n' << table.toString() << '\n';
    out << "Details (all times wall clock; the shell's include its process start-up):\n\n";
    if (apply) {
        out << QStringLiteral("- apply one coding, ours: %1; CPU %2\n")
                   .arg(apply->ours.brief(), apply->oursCpu.brief());
        out << QStringLiteral(
                   "- apply one coding, limit (BEGIN; INSERT INTO codings; COMMIT on the same connection): %1; "
                   "CPU %2\n")
                   .arg(apply->limit.brief(), apply->limitCpu.brief());
        out << QStringLiteral("- apply one coding, ours minus the limit in the same iteration (\"paired\"): %1\n")
                   .arg(apply->pairedDifference.brief());
    }
    if (agreement) {
        out << QStringLiteral("- agreement, pooled: %1 (%2 rows); CPU %3; frequencies beside it: %4; CPU %5\n")
                   .arg(agreement->ours.brief())
                   .arg(agreementRows)
                   .arg(agreement->oursCpu.brief(), agreement->limit.brief(), agreement->limitCpu.brief());
    }
    if (agreementWithDocuments) {
        out << QStringLiteral("- agreement with document rows: %1 (%2 more rows); CPU %3; frequencies beside it: %4; "
                              "CPU %5\n")
                   .arg(agreementWithDocuments->ours.brief())
                   .arg(agreementDocumentRows)
                   .arg(agreementWithDocuments->oursCpu.brief(), agreementWithDocuments->limit.brief(),
                        agreementWithDocuments->limitCpu.brief());
    }
    if (frequencies) {
        out << QStringLiteral("- frequencies, ours: %1 (%2 code x document rows); CPU %3\n")
                   .arg(frequencies->ours.brief())
                   .arg(frequencyRows)
                   .arg(frequencies->oursCpu.brief());
        out << QStringLiteral("- frequencies, shell: %1; CPU %2; without its start-up (median %3): ours / (shell - "
                              "start-up) = %4\n")
                   .arg(frequencies->limit.brief(), frequencies->limitCpu.brief(), formatMs(shellStartup.median),
                        ratioText(frequencies->ours.median, frequencies->limit.median - shellStartup.median));
    }
    if (exports) {
        out << QStringLiteral("- export, ours: %1, writing %2 to a file; CPU %3\n")
                   .arg(exports->ours.brief(), formatBytes(exports->outputBytes), exports->oursCpu.brief());
        out << QStringLiteral(
                   "- export, shell reading the data once (to /dev/null): %1, peak RSS %2; CPU %3; without its "
                   "start-up: ours / (shell - start-up) = %4\n")
                   .arg(exports->limit.brief(), formatBytes(exports->limitMaxRssKiB * 1024), exports->limitCpu.brief(),
                        ratioText(exports->ours.median, exports->limit.median - shellStartup.median));
    }
    if (!memory.isEmpty()) {
        out << "- export memory, each in a fresh child process (VmHWM after the export minus VmRSS before it, the "
               "project already open):\n";
        for (const MemoryRun &run : memory) {
            out << QStringLiteral("  - %1: %2 rows, %3 of CSV in %4: RSS %5 before, peak %6, growth %7\n")
                       .arg(run.label, withThousands(run.rows), formatBytes(run.bytes), formatMs(run.ms),
                            formatBytes(run.baselineKiB * 1024), formatBytes(run.peakKiB * 1024),
                            formatBytes(run.growthKiB() * 1024));
        }
    }
    if (naive) {
        out << QStringLiteral("- naive join: %1; the shell reading the same data once: %2\n")
                   .arg(naive->ours.brief(), naive->limit.brief());
    }
    out << QStringLiteral("- sqlite3 shell start-up: %1; CPU %2\n").arg(shellStartup.brief(), shellStartupCpu.brief());
    out << QStringLiteral("- load average at the end: %1\n").arg(loadAverage());
    if (apply && apply->ours.count < 300)
        out << "- note: a p99 of fewer than 300 samples is the largest few; it says little\n";
    out.flush();

    std::fputs(report.toUtf8().constData(), stdout);
    std::fflush(stdout);
    if (!options.markdownPath.isEmpty()) {
        QFile file(options.markdownPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.toUtf8()) < 0)
            fail(QStringLiteral("cannot write %1").arg(options.markdownPath));
        progress(QStringLiteral("Report written to %1").arg(options.markdownPath));
    }
    return options.check && !allPass ? 1 : 0;
}

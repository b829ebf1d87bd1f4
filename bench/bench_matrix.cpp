// Code matrices (issue 14) on the "large project" of PRODUCT.md (2,000 documents, 500 codes, 200,000
// codings), each against its limit measured in the same run on the same file (docs/benchmarks.md; run it
// with scripts/bench.sh --bench matrix):
//
//   codes x documents       CodeMatrix::compute, codings  vs the sqlite3 shell's GROUP BY code_id,
//                                                             document_id (a process, its start-up included,
//                                                             as for the frequencies); <= 1.2x
//   co-occurrence, overlap  CodeMatrix::compute, codings  vs one Project::forEachCoding pass in document
//                                                             order that only counts the rows: the reading
//                                                             the sweep cannot do without; <= 2x
//
// and, for information, the other measures and modes on the same project.

#include "benchsupport.h"
#include "largeproject.h"

#include "analysis/codematrix.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace Marginalia;
using namespace Marginalia::Bench;

namespace {

struct PairResult
{
    Stats ours;
    Stats limit;
    Stats oursCpu;
    Stats limitCpu;
};

/// One timed run: wall time, and CPU time when the run measured it itself (a child process); otherwise
/// this process's CPU time around the run is taken.
struct Sample
{
    double ms = 0;
    double cpuMs = -1;
};

/// Runs @p ours and @p limit alternately (which goes first alternates too), @p runs times each after one
/// warm-up of each.
PairResult alternate(qint64 runs, const std::function<Sample()> &ours, const std::function<Sample()> &limit)
{
    std::vector<double> oursMs, limitMs, oursCpuMs, limitCpuMs;
    for (qint64 i = -1; i < runs; ++i) {
        auto run = [&](const std::function<Sample()> &what, std::vector<double> &ms, std::vector<double> &cpu) {
            const double cpuBefore = processCpuMs();
            const Sample sample = what();
            const double cpuUsed = sample.cpuMs >= 0 ? sample.cpuMs : processCpuMs() - cpuBefore;
            if (i >= 0) {
                ms.push_back(sample.ms);
                cpu.push_back(cpuUsed);
            }
        };
        if (i % 2) {
            run(ours, oursMs, oursCpuMs);
            run(limit, limitMs, limitCpuMs);
        } else {
            run(limit, limitMs, limitCpuMs);
            run(ours, oursMs, oursCpuMs);
        }
    }
    return {Stats::of(oursMs), Stats::of(limitMs), Stats::of(oursCpuMs), Stats::of(limitCpuMs)};
}

Stats alone(qint64 runs, const std::function<double()> &what)
{
    std::vector<double> ms;
    for (qint64 i = -1; i < runs; ++i) {
        const double wall = what();
        if (i >= 0)
            ms.push_back(wall);
    }
    return Stats::of(ms);
}

QString writeScript(const QString &dir, const QString &name, const QString &sql)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(sql.toUtf8()) < 0)
        fail(QStringLiteral("cannot write %1").arg(path));
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_matrix"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmarks the code matrices on the large project against limits measured in the same run."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption
        = Bench::dataDirOption(QStringLiteral("Where the generated project is cached"));
    const QCommandLineOption markdownOption = Bench::markdownOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs of each operation and its limit (default 7)."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption infoRunsOption(
        QStringLiteral("info-runs"),
        QStringLiteral("Timed runs of the operations reported for information (default 3; 0: skip them)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QStringLiteral("Scale documents, text and codings (default 1: the reference workload)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption regenerateOption = Bench::regenerateOption();
    const QCommandLineOption sqliteOption(
        QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default: from PATH)."), QStringLiteral("path"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("Exit with status 1 when a target is missed."));
    parser.addOptions({dataDirOption, markdownOption, runsOption, infoRunsOption, scaleOption, regenerateOption,
                       sqliteOption, checkOption});
    parser.process(app);

    const QString dataDir = dataDirFrom(parser.value(dataDirOption));
    const qint64 runs = std::max<qint64>(1, parser.value(runsOption).toLongLong());
    const qint64 infoRuns = std::max<qint64>(0, parser.value(infoRunsOption).toLongLong());
    const QString sqliteShell = findSqliteShell(parser.value(sqliteOption));
    if (sqliteShell.isEmpty())
        fail(QStringLiteral("the sqlite3 shell was not found (Debian: apt-get install sqlite3); it is the limit"));
    if (!QDir().mkpath(dataDir))
        fail(QStringLiteral("cannot create %1").arg(dataDir));
    const QStringList machine = machineDescription(dataDir, sqliteShell);

    const LargeProjectSpec spec = LargeProjectSpec::scaled(positiveScale(parser.value(scaleOption)));
    auto generated = ensureLargeProject(dataDir, spec, parser.isSet(regenerateOption), &progress);
    if (!generated)
        fail(generated.error());
    const LargeProjectInfo info = *generated;
    progress(QStringLiteral("Project: %1 (%2)").arg(info.path, formatBytes(info.fileBytes)));

    // A fresh copy, flushed, so that the cache stays as generated and its writeback is not timed.
    const QString work
        = QDir(dataDir).filePath(QStringLiteral("matrix-") + spec.cacheKey() + QStringLiteral(".marginalia"));
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

    auto timeMatrix = [&](const Core::CodeMatrix::Spec &matrixSpec, qint64 *total = nullptr, qint64 *cells = nullptr) {
        const auto start = Clock::now();
        auto matrix = Core::CodeMatrix::compute(*project, matrixSpec);
        const double ms = millisecondsSince(start);
        if (!matrix)
            fail(matrix.error());
        if (total)
            *total = matrix->total;
        if (cells)
            *cells = matrix->cells.size();
        return ms;
    };

    // The shell's start-up alone (exec, linking, opening the file, reading the schema): part of its time.
    const QString emptyScript = writeScript(dataDir, QStringLiteral("matrix-empty.sql"), QStringLiteral("SELECT 1;\n"));
    const Stats shellStartup = alone(runs, [&] {
        const ProcessRun run = runProcess(sqliteShell, {work}, emptyScript, dataDir);
        if (!run.ok())
            fail(QStringLiteral("sqlite3 shell: %1").arg(run.errorOutput));
        return run.milliseconds;
    });
    progress(QStringLiteral("sqlite3 shell start-up: %1").arg(shellStartup.brief()));

    // 1. Codes x documents, codings, against the shell's GROUP BY.
    progress(QStringLiteral("Codes x documents: %1 runs each ...").arg(runs));
    const QString groupBy = writeScript(
        dataDir, QStringLiteral("matrix-groupby.sql"),
        QStringLiteral("SELECT code_id, document_id, count(*) FROM codings GROUP BY code_id, document_id;\n"));
    qint64 documentsTotal = -1;
    qint64 documentsCells = -1;
    const PairResult byDocuments = alternate(
        runs,
        [&] {
            const double ms = timeMatrix({}, &documentsTotal, &documentsCells);
            if (documentsTotal != info.codings)
                fail(QStringLiteral("the matrix counts %1 codings, not %2").arg(documentsTotal).arg(info.codings));
            return Sample{ms};
        },
        [&] {
            const ProcessRun run = runProcess(sqliteShell, {work}, groupBy, dataDir);
            if (!run.ok())
                fail(QStringLiteral("sqlite3 shell: %1").arg(run.errorOutput));
            return Sample{run.milliseconds, run.cpuMilliseconds};
        });
    progress(QStringLiteral("  ours  %1\n  shell %2").arg(byDocuments.ours.brief(), byDocuments.limit.brief()));

    // 2. Co-occurrence (overlap), codings, against reading the codings once in the same order.
    progress(QStringLiteral("Co-occurrence, overlap: %1 runs each ...").arg(runs));
    Core::CodeMatrix::Spec overlap;
    overlap.columns = Core::CodeMatrix::ColumnKind::Codes;
    qint64 pairs = -1;
    qint64 rowsRead = 0;
    const PairResult cooccurrence = alternate(
        runs, [&] { return Sample{timeMatrix(overlap, &pairs)}; },
        [&] {
            const auto start = Clock::now();
            qint64 rows = 0;
            const auto read
                = project->forEachCoding({}, Core::Project::CodingOrder::ByDocument, Core::Project::CodingDetail::Spans,
                                         [&rows](const Core::Project::CodingRow &) {
                                             ++rows;
                                             return true;
                                         });
            const double ms = millisecondsSince(start);
            if (!read)
                fail(read.error());
            rowsRead = rows;
            return Sample{ms};
        });
    if (rowsRead != info.codings)
        fail(QStringLiteral("the reading pass sees %1 codings, not %2").arg(rowsRead).arg(info.codings));
    progress(QStringLiteral("  ours  %1\n  read  %2").arg(cooccurrence.ours.brief(), cooccurrence.limit.brief()));

    // 3. For information: the other measures and modes, each alone.
    struct InfoRow
    {
        QString what;
        Stats stats;
        qint64 total = 0;
    };
    QList<InfoRow> information;
    if (infoRuns > 0) {
        auto measure = [&](const QString &what, const Core::CodeMatrix::Spec &matrixSpec) {
            progress(QStringLiteral("%1: %2 runs ...").arg(what).arg(infoRuns));
            InfoRow row{what, {}, 0};
            row.stats = alone(infoRuns, [&] { return timeMatrix(matrixSpec, &row.total); });
            progress(QStringLiteral("  %1").arg(row.stats.brief()));
            information.append(row);
        };
        using Measure = Core::CodeMatrix::Measure;
        using Mode = Core::CodeMatrix::Cooccurrence;
        Core::CodeMatrix::Spec s;
        s.measure = Measure::Characters;
        measure(QStringLiteral("codes x documents, characters"), s);
        s.includeSubcodes = true;
        measure(QStringLiteral("codes x documents, characters, with subcodes"), s);
        s = {};
        s.measure = Measure::Documents;
        s.includeSubcodes = true;
        measure(QStringLiteral("codes x documents, documents, with subcodes"), s);
        s = overlap;
        s.measure = Measure::Characters;
        measure(QStringLiteral("co-occurrence, overlap, characters"), s);
        s = overlap;
        s.includeSubcodes = true;
        measure(QStringLiteral("co-occurrence, overlap, codings, with subcodes"), s);
        s = overlap;
        s.cooccurrence = Mode::Within;
        s.distance = 100;
        measure(QStringLiteral("co-occurrence, within 100 characters, codings"), s);
        s = overlap;
        s.cooccurrence = Mode::SameParagraph;
        measure(QStringLiteral("co-occurrence, same paragraph, codings (reads every text)"), s);
    }

    project.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(work + suffix);

    // Report.
    bool allPass = true;
    auto verdictOf = [&allPass](bool pass) {
        allPass = allPass && pass;
        return verdict(pass);
    };
    auto withCpu = [](const PairResult &pair) -> QString {
        return QStringLiteral("%1 (CPU %2)")
            .arg(ratioText(pair.ours.median, pair.limit.median), ratioText(pair.oursCpu.median, pair.limitCpu.median));
    };
    MarkdownTable table({QStringLiteral("operation"), QStringLiteral("ours"), QStringLiteral("limit"),
                         QStringLiteral("ours / limit"), QStringLiteral("target"), QStringLiteral("result")});
    table.addRow({QStringLiteral("codes x documents, codings (`CodeMatrix::compute`) vs the shell's `GROUP BY "
                                 "code_id, document_id`, median of %1")
                      .arg(byDocuments.ours.count),
                  formatMs(byDocuments.ours.median), formatMs(byDocuments.limit.median), withCpu(byDocuments),
                  QStringLiteral("<= 1.2x"), verdictOf(byDocuments.ours.median <= 1.2 * byDocuments.limit.median)});
    table.addRow({QStringLiteral("co-occurrence, overlap, codings (`CodeMatrix::compute`) vs one "
                                 "`forEachCoding` pass in document order, median of %1")
                      .arg(cooccurrence.ours.count),
                  formatMs(cooccurrence.ours.median), formatMs(cooccurrence.limit.median), withCpu(cooccurrence),
                  QStringLiteral("<= 2x"), verdictOf(cooccurrence.ours.median <= 2.0 * cooccurrence.limit.median)});
    for (const InfoRow &row : std::as_const(information)) {
        table.addRow({QStringLiteral("%1, median of %2").arg(row.what).arg(row.stats.count), formatMs(row.stats.median),
                      QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("info")});
    }
    table.addRow({QStringLiteral("sqlite3 shell start-up alone (`SELECT 1;`), median of %1").arg(shellStartup.count),
                  QStringLiteral("-"), formatMs(shellStartup.median), QStringLiteral("-"), QStringLiteral("-"),
                  QStringLiteral("info")});

    QString report;
    QTextStream out(&report);
    out << "## Code matrices: results\n\n";
    out << machine.join(QLatin1Char('\n')) << '\n';
    out << QStringLiteral("- workload: the large project, %1 documents, %2 codes, %3 codings; file %4\n")
               .arg(withThousands(info.documents), withThousands(info.codes), withThousands(info.codings),
                    formatBytes(info.fileBytes));
    out << '\n' << table.toString() << '\n';
    out << "Details (wall clock; the shell's times include its process start-up):\n\n";
    out << QStringLiteral("- codes x documents, ours: %1 (%2 cells); CPU %3\n")
               .arg(byDocuments.ours.brief())
               .arg(documentsCells)
               .arg(byDocuments.oursCpu.brief());
    out << QStringLiteral("- codes x documents, shell: %1; CPU %2; without its start-up: ours / (shell - start-up) "
                          "= %3\n")
               .arg(byDocuments.limit.brief(), byDocuments.limitCpu.brief(),
                    ratioText(byDocuments.ours.median, byDocuments.limit.median - shellStartup.median));
    out << QStringLiteral("- co-occurrence, ours: %1 (%2 overlapping pairs); CPU %3\n")
               .arg(cooccurrence.ours.brief())
               .arg(pairs)
               .arg(cooccurrence.oursCpu.brief());
    out << QStringLiteral("- co-occurrence, reading the codings once: %1; CPU %2\n")
               .arg(cooccurrence.limit.brief(), cooccurrence.limitCpu.brief());
    for (const InfoRow &row : std::as_const(information))
        out << QStringLiteral("- %1: %2; grand total %3\n").arg(row.what, row.stats.brief()).arg(row.total);
    out << QStringLiteral("- sqlite3 shell start-up: %1\n").arg(shellStartup.brief());
    out << QStringLiteral("- load average at the end: %1\n").arg(loadAverage());
    out.flush();

    std::fputs(report.toUtf8().constData(), stdout);
    std::fflush(stdout);
    const QString markdownPath = parser.value(markdownOption);
    if (!markdownPath.isEmpty()) {
        QFile file(markdownPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.toUtf8()) < 0)
            fail(QStringLiteral("cannot write %1").arg(markdownPath));
        progress(QStringLiteral("Report written to %1").arg(markdownPath));
    }
    return parser.isSet(checkOption) && !allPass ? 1 : 0;
}

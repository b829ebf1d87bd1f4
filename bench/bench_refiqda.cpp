// Benchmark of the REFI-QDA exchange on the "large project" of PRODUCT.md (2,000 documents, 50 MB of text,
// 500 codes, 5 coders, 200,000 codings): export to .qdpx and import of that .qdpx into a new project, each
// against the physical limit of moving the same bytes through a ZIP, measured in the same run:
//
//   export   RefiQdaExporter::exportProject   vs `zip -r` of the same project.qde and sources/ (the files the
//                                               export wrote, unzipped beforehand), at zip's default level 6
//                                               (QuaZip's too)
//   import   RefiQdaImporter::importProject   vs `unzip` of the same .qdpx to a folder
//
// Ours and the limit alternate (ours, limit, limit, ours, ...) after an untimed warm-up, as in
// bench_largeproject; the report gives medians, the ratio, throughput and the peak memory growth of ours.
// See docs/benchmarks.md ("REFI-QDA export/import").

#include "benchsupport.h"
#include "largeproject.h"

#include "exchange/refiqdaexporter.h"
#include "exchange/refiqdaimporter.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Marginalia;
using namespace Marginalia::Bench;

namespace {

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

/// Runs a shell command line as a timed child process (for `cd DIR && zip ...`: runProcess sets no
/// working directory). The shell's own start-up is about a millisecond, noise next to the work.
ProcessRun runShell(const QString &command, const QString &scratch)
{
    return runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command}, QStringLiteral("/dev/null"), scratch);
}

QString quoted(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

struct Series
{
    std::vector<double> ours;
    std::vector<double> oursCpu;
    std::vector<double> limit;
    std::vector<double> limitCpu;
    qint64 peakGrowthKiB = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_refiqda"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("REFI-QDA export and import of the large project, against zip and unzip."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption = Bench::dataDirOption(QStringLiteral("Cache of generated projects"));
    const QCommandLineOption markdownOption = Bench::markdownOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each (default 3)."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QStringLiteral("Scale documents, text and codings (default 1: the reference workload)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption regenerateOption = Bench::regenerateOption();
    parser.addOptions({dataDirOption, markdownOption, runsOption, scaleOption, regenerateOption});
    parser.process(app);

    const QString dataDir = dataDirFrom(parser.value(dataDirOption));
    const qint64 runs = std::max<qint64>(1, parser.value(runsOption).toLongLong());
    const double scale = positiveScale(parser.value(scaleOption));
    if (!QDir().mkpath(dataDir))
        fail(QStringLiteral("cannot create %1").arg(dataDir));
    const QString zip = QStandardPaths::findExecutable(QStringLiteral("zip"));
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (zip.isEmpty() || unzip.isEmpty())
        fail(QStringLiteral("zip and unzip are the limits and were not found (Debian: apt-get install zip unzip)"));
    const QString sqliteShell = findSqliteShell();
    const QStringList machine = machineDescription(dataDir, sqliteShell);

    const LargeProjectSpec spec = LargeProjectSpec::scaled(scale);
    auto generated = ensureLargeProject(dataDir, spec, parser.isSet(regenerateOption), &progress);
    if (!generated)
        fail(generated.error());
    const LargeProjectInfo info = *generated;
    progress(QStringLiteral("Project: %1 (%2)").arg(info.path, formatBytes(info.fileBytes)));

    // Export only reads: the cached file itself, opened read-only, is the source.
    auto opened = Core::Project::open(info.path, Core::Project::Access::ReadOnly);
    if (!opened)
        fail(opened.error());
    std::unique_ptr<Core::Project> project = std::move(*opened);

    QTemporaryDir work(QDir(dataDir).filePath(QStringLiteral("refiqda-XXXXXX")));
    if (!work.isValid())
        fail(QStringLiteral("cannot create a working folder in %1").arg(dataDir));
    const QString qdpx = work.filePath(QStringLiteral("large.qdpx"));
    const QString unzipped = work.filePath(QStringLiteral("unzipped"));
    const QString zipOut = work.filePath(QStringLiteral("limit.zip"));
    const QString imported = work.filePath(QStringLiteral("imported.marginalia"));
    const QString limitFolder = work.filePath(QStringLiteral("limit-unzip"));

    // Warm-up (untimed): the export that the import and both limits then work on, unzipped once.
    progress(QStringLiteral("Warm-up export ..."));
    Core::RefiQdaReport exportReport;
    {
        auto report = Core::RefiQdaExporter::exportProject(*project, qdpx);
        if (!report)
            fail(report.error());
        exportReport = *report;
    }
    const ProcessRun unzipOnce = runProcess(unzip, {QStringLiteral("-q"), qdpx, QStringLiteral("-d"), unzipped},
                                            QStringLiteral("/dev/null"), work.path());
    if (!unzipOnce.ok())
        fail(QStringLiteral("unzip failed: %1").arg(unzipOnce.errorOutput));
    const qint64 qdpxBytes = QFileInfo(qdpx).size();
    const qint64 qdeBytes = QFileInfo(unzipped + QStringLiteral("/project.qde")).size();
    const qint64 sourceBytes = folderBytes(unzipped + QStringLiteral("/sources"));
    progress(QStringLiteral("  %1 .qdpx: project.qde %2, sources %3")
                 .arg(formatBytes(qdpxBytes), formatBytes(qdeBytes), formatBytes(sourceBytes)));

    // Export against zip; ours and the limit take turns, the order alternating from run to run.
    Series exporting;
    const QString zipCommand
        = QStringLiteral("cd %1 && %2 -q -r %3 project.qde sources").arg(quoted(unzipped), quoted(zip), quoted(zipOut));
    auto exportOurs = [&] {
        resetPeakResident();
        const qint64 before = residentKiB();
        const double cpu = processCpuMs();
        const auto start = Clock::now();
        auto report = Core::RefiQdaExporter::exportProject(*project, qdpx);
        exporting.ours.push_back(millisecondsSince(start));
        exporting.oursCpu.push_back(processCpuMs() - cpu);
        exporting.peakGrowthKiB = std::max(exporting.peakGrowthKiB, peakResidentKiB() - before);
        if (!report)
            fail(report.error());
    };
    auto exportLimit = [&] {
        QFile::remove(zipOut);
        const ProcessRun run = runShell(zipCommand, work.path());
        if (!run.ok())
            fail(QStringLiteral("zip failed: %1").arg(run.errorOutput));
        exporting.limit.push_back(run.milliseconds);
        exporting.limitCpu.push_back(run.cpuMilliseconds);
    };
    progress(QStringLiteral("Export: %1 runs each, interleaved ...").arg(runs));
    for (qint64 i = 0; i < runs; ++i) {
        if (i % 2 == 0) {
            exportOurs();
            exportLimit();
        } else {
            exportLimit();
            exportOurs();
        }
    }
    const qint64 zipBytes = QFileInfo(zipOut).size();

    // Import against unzip.
    Series importing;
    Core::RefiQdaReport importReport;
    auto importOurs = [&] {
        removeDatabaseFiles(imported);
        resetPeakResident();
        const qint64 before = residentKiB();
        const double cpu = processCpuMs();
        const auto start = Clock::now();
        auto report = Core::RefiQdaImporter::importProject(qdpx, imported);
        importing.ours.push_back(millisecondsSince(start));
        importing.oursCpu.push_back(processCpuMs() - cpu);
        importing.peakGrowthKiB = std::max(importing.peakGrowthKiB, peakResidentKiB() - before);
        if (!report)
            fail(report.error());
        if (report->codings != info.codings || report->documents != info.documents)
            fail(QStringLiteral("the import made %1 codings in %2 documents, not %3 in %4")
                     .arg(report->codings)
                     .arg(report->documents)
                     .arg(info.codings)
                     .arg(info.documents));
        importReport = *report;
    };
    auto importLimit = [&] {
        QDir(limitFolder).removeRecursively();
        const ProcessRun run = runProcess(unzip, {QStringLiteral("-q"), qdpx, QStringLiteral("-d"), limitFolder},
                                          QStringLiteral("/dev/null"), work.path());
        if (!run.ok())
            fail(QStringLiteral("unzip failed: %1").arg(run.errorOutput));
        importing.limit.push_back(run.milliseconds);
        importing.limitCpu.push_back(run.cpuMilliseconds);
    };
    progress(QStringLiteral("Import: %1 runs each, interleaved ...").arg(runs));
    for (qint64 i = 0; i < runs; ++i) {
        if (i % 2 == 0) {
            importOurs();
            importLimit();
        } else {
            importLimit();
            importOurs();
        }
    }
    const qint64 importedBytes = QFileInfo(imported).size();
    removeDatabaseFiles(imported);

    // The report.
    const Stats exportStats = Stats::of(exporting.ours);
    const Stats zipStats = Stats::of(exporting.limit);
    const Stats importStats = Stats::of(importing.ours);
    const Stats unzipStats = Stats::of(importing.limit);
    const double megabytes = double(qdeBytes + sourceBytes) / 1e6;
    MarkdownTable table({QStringLiteral("operation"), QStringLiteral("ours (median)"), QStringLiteral("limit (median)"),
                         QStringLiteral("ours / limit"), QStringLiteral("ours: CPU / limit: CPU"),
                         QStringLiteral("ours: throughput"), QStringLiteral("ours: peak memory growth")});
    auto median = [](std::vector<double> values) {
        return Stats::of(std::move(values)).median;
    };
    table.addRow(
        {QStringLiteral("export to .qdpx vs `zip -r`"), formatMs(exportStats.median), formatMs(zipStats.median),
         QStringLiteral("%1x").arg(exportStats.median / zipStats.median, 0, 'f', 2),
         QStringLiteral("%1 / %2").arg(formatMs(median(exporting.oursCpu)), formatMs(median(exporting.limitCpu))),
         QStringLiteral("%1 MB/s").arg(megabytes / (exportStats.median / 1000.0), 0, 'f', 1),
         formatBytes(exporting.peakGrowthKiB * 1024)});
    table.addRow(
        {QStringLiteral("import of the .qdpx vs `unzip`"), formatMs(importStats.median), formatMs(unzipStats.median),
         QStringLiteral("%1x").arg(importStats.median / unzipStats.median, 0, 'f', 2),
         QStringLiteral("%1 / %2").arg(formatMs(median(importing.oursCpu)), formatMs(median(importing.limitCpu))),
         QStringLiteral("%1 MB/s").arg(megabytes / (importStats.median / 1000.0), 0, 'f', 1),
         formatBytes(importing.peakGrowthKiB * 1024)});

    QStringList lines;
    lines << QStringLiteral("### bench_refiqda") << QString();
    lines << QStringLiteral("Workload: %1 documents, %2 of text, %3 codes, %4 coders, %5 codings (scale %6).")
                 .arg(info.documents)
                 .arg(formatBytes(info.textBytes))
                 .arg(info.codes)
                 .arg(info.coders)
                 .arg(info.codings)
                 .arg(scale);
    lines << QStringLiteral(
                 "The export: %1 (`project.qde` %2, `sources/` %3); `zip -r` of the same files: %4. The imported "
                 "project: %5.")
                 .arg(formatBytes(qdpxBytes), formatBytes(qdeBytes), formatBytes(sourceBytes), formatBytes(zipBytes),
                      formatBytes(importedBytes));
    lines << QStringLiteral("Export report: %1").arg(exportReport.lines().join(QStringLiteral("; ")));
    lines << QStringLiteral("Import report: %1").arg(importReport.lines().join(QStringLiteral("; ")));
    lines << QString() << table.toString() << QString();
    lines << QStringLiteral("Details: export %1; zip %2; import %3; unzip %4. Load average at the end: %5.")
                 .arg(exportStats.brief(), zipStats.brief(), importStats.brief(), unzipStats.brief(), loadAverage());
    lines << QString() << machine;
    const QString markdown = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    std::fputs(markdown.toUtf8().constData(), stdout);
    if (parser.isSet(markdownOption)) {
        QFile file(parser.value(markdownOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(markdown.toUtf8()) < 0)
            fail(QStringLiteral("cannot write %1").arg(parser.value(markdownOption)));
    }
    return 0;
}

// Benchmark of PRODUCT.md's "open the large project to a usable window: <= 1 s" (2,000 documents, 50 MB of
// text, 500 codes, 200,000 codings). See docs/benchmarks.md; run it with scripts/bench.sh --bench window.
//
//   ours        a fresh, shown MainWindow; timed: MainWindow::openProject on a copy of the large project
//               (the documents list with its counts, the codebook with its counts, the coders, the first
//               document shown with its codings), then repaint() and the posted events: what the user
//               sees when the window can be used
//   reference   the same on an empty project: what the window costs whatever the project holds
//
// The target is absolute, so the verdict is on ours; the reference says how much of it is the project.
// Runs alternate (large, empty, empty, large, ...) after an untimed warm-up of each.

#include "benchsupport.h"
#include "largeproject.h"

#include "documentview.h"
#include "mainwindow.h"
#include "store/project.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Marginalia;
using namespace Marginalia::Bench;

namespace {

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

/// Opens @p path in a fresh window and returns how long until the window was usable.
Timing openInFreshWindow(const QString &path, bool expectDocument)
{
    Ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const double cpuStart = processCpuMs();
    const auto start = Clock::now();
    if (!window.openProject(path))
        fail(QStringLiteral("%1: the window could not open it").arg(path));
    window.repaint();
    QCoreApplication::processEvents();
    Timing timing{millisecondsSince(start), processCpuMs() - cpuStart};
    if (expectDocument && window.documentView()->documentId() == 0)
        fail(QStringLiteral("%1: no document is shown after opening").arg(path));
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_window"));
    // The window keeps recent projects and layout in QSettings: not in the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaBench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opening the large project to a usable window, against 1 s."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOpt = dataDirOption(QStringLiteral("Cache of generated projects"));
    const QCommandLineOption markdownOpt = markdownOption();
    const QCommandLineOption regenerateOpt = regenerateOption();
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed runs of each (default 7)."),
                                     QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
                                      QStringLiteral("Scale documents, text and codings (default 1)."),
                                      QStringLiteral("factor"), QStringLiteral("1"));
    parser.addOptions({dataDirOpt, markdownOpt, regenerateOpt, runsOpt, scaleOpt});
    parser.process(app);
    const QString dataDir = dataDirFrom(parser.value(dataDirOpt));
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const double scale = positiveScale(parser.value(scaleOpt));
    const QStringList machine = machineDescription(dataDir, findSqliteShell());

    auto generated
        = ensureLargeProject(dataDir, LargeProjectSpec::scaled(scale), parser.isSet(regenerateOpt), &progress);
    if (!generated)
        fail(generated.error());
    const LargeProjectInfo info = *generated;

    // A copy: the window opens projects read-write, and the cached one is shared by the other benchmarks.
    QTemporaryDir work(QDir(dataDir).filePath(QStringLiteral("window-XXXXXX")));
    if (!work.isValid())
        fail(QStringLiteral("cannot make a work folder in %1").arg(dataDir));
    const QString large = work.filePath(QStringLiteral("large.marginalia"));
    const QString empty = work.filePath(QStringLiteral("empty.marginalia"));
    if (!QFile::copy(info.path, large))
        fail(QStringLiteral("cannot copy %1").arg(info.path));
    if (auto created = Core::Project::create(empty); !created)
        fail(created.error());

    progress(QStringLiteral("Warm-up ..."));
    openInFreshWindow(large, true);
    openInFreshWindow(empty, false);
    std::vector<double> ours, ourCpu, reference, referenceCpu;
    for (int run = 0; run < runs; ++run) {
        progress(QStringLiteral("Run %1 of %2 ...").arg(run + 1).arg(runs));
        // Alternating, each first every other run, so that neither always follows the other.
        for (int turn = 0; turn < 2; ++turn) {
            if ((turn == 0) == (run % 2 == 0)) {
                const Timing t = openInFreshWindow(large, true);
                ours.push_back(t.wall);
                ourCpu.push_back(t.cpu);
            } else {
                const Timing t = openInFreshWindow(empty, false);
                reference.push_back(t.wall);
                referenceCpu.push_back(t.cpu);
            }
        }
    }
    const Stats oursStats = Stats::of(ours);
    const Stats referenceStats = Stats::of(reference);
    const double target = 1000.0;

    QString report;
    QTextStream out(&report);
    out << "### bench_window\n\n";
    out << "Workload: " << withThousands(info.documents) << " documents, " << formatBytes(info.textBytes)
        << " of text, " << withThousands(info.codes) << " codes, " << withThousands(info.coders) << " coders, "
        << withThousands(info.codings) << " codings (scale " << scale << "); the project file is "
        << formatBytes(info.fileBytes) << ".\n\n";
    out << "| operation | ours: large project (median) | reference: empty project (median) | CPU: ours / reference | "
           "target | result |\n";
    out << "|---|---|---|---|---|---|\n";
    out << "| open to a usable window | " << formatMs(oursStats.median) << " | " << formatMs(referenceStats.median)
        << " | " << formatMs(Stats::of(ourCpu).median) << " / " << formatMs(Stats::of(referenceCpu).median)
        << " | <= " << formatMs(target) << " | " << verdict(oursStats.median <= target && oursStats.max <= target)
        << " |\n\n";
    out << "Details: ours " << oursStats.brief() << "; reference " << referenceStats.brief()
        << ". Load average at the end: " << loadAverage() << ".\n\n";
    for (const QString &line : machine)
        out << line << '\n';
    out.flush();

    QTextStream(stdout) << report;
    if (parser.isSet(markdownOpt)) {
        QFile file(parser.value(markdownOpt));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.toUtf8()) < 0)
            fail(QStringLiteral("cannot write %1").arg(parser.value(markdownOpt)));
    }
    return 0;
}

#include "refiqdaexchange.h"

#include "exchange/refiqdaexporter.h"
#include "exchange/refiqdaimporter.h"
#include "fileexport.h"
#include "store/project.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace Marginalia::Ui {

namespace {

using ReportResult = Core::Result<Core::RefiQdaReport>;

} // namespace

RefiQdaExchange::RefiQdaExchange(QWidget *window)
    : m_window(window)
{
}

RefiQdaExchange::~RefiQdaExchange() = default;

ReportResult RefiQdaExchange::exportProject(const Core::Project &project, const QString &path)
{
    QProgressDialog progress(tr("Exporting %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto report = Core::RefiQdaExporter::exportProject(project, path, [&progress](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(std::min(done, total));
        return !progress.wasCanceled();
    });
    m_cancelled = progress.wasCanceled();
    progress.close();
    return report;
}

ReportResult RefiQdaExchange::importProject(const QString &qdpx, const QString &projectPath)
{
    QProgressDialog progress(tr("Importing %1...").arg(QFileInfo(qdpx).fileName()), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // The worker reports progress and reads the cancellation through atomics; the dialog shows the
    // progress from a timer on this thread.
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0};
    std::atomic<int> total{1};
    QFutureWatcher<ReportResult> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<ReportResult>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [&cancelled] { cancelled = true; });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&] {
        progress.setMaximum(std::max(1, total.load()));
        progress.setValue(std::min(done.load(), total.load()));
    });
    poll.start(100);
    watcher.setFuture(QtConcurrent::run([&]() {
        return Core::RefiQdaImporter::importProject(qdpx, projectPath, [&](int d, int t) {
            done = d;
            total = t;
            return !cancelled.load();
        });
    }));
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    // Before close(): QProgressDialog::close() emits canceled() too, which would make every failed
    // import look cancelled and hide why it failed.
    m_cancelled = cancelled.load();
    progress.close();
    return watcher.result();
}

std::optional<RefiQdaExchange::ProjectImport> RefiQdaExchange::askProjectImport(QWidget *window)
{
    const QString qdpx = QFileDialog::getOpenFileName(window, tr("Import REFI-QDA Project"), QString(),
                                                      tr("REFI-QDA projects (*.qdpx)"));
    if (qdpx.isEmpty())
        return std::nullopt;
    const QString target = askImportTarget(window, qdpx);
    if (target.isEmpty())
        return std::nullopt;
    return ProjectImport{qdpx, target};
}

QString RefiQdaExchange::askImportTarget(QWidget *window, const QString &qdpx)
{
    const QFileInfo source(qdpx);
    QString target = QFileDialog::getSaveFileName(window, tr("Save the Imported Project As"),
                                                  source.absolutePath() + u'/' + source.completeBaseName()
                                                      + QStringLiteral(".marginalia"),
                                                  tr("Marginalia projects (*.marginalia)"));
    if (!target.isEmpty() && !target.endsWith(QLatin1String(".marginalia")))
        target += QStringLiteral(".marginalia");
    return target;
}

QString RefiQdaExchange::askProjectExport(QWidget *window, const Core::Project &project)
{
    return QFileDialog::getSaveFileName(window, tr("Export REFI-QDA Project"),
                                        FileExport::projectBaseName(project) + QStringLiteral(".qdpx"),
                                        tr("REFI-QDA projects (*.qdpx)"));
}

QString RefiQdaExchange::askCodebookImport(QWidget *window)
{
    return QFileDialog::getOpenFileName(window, tr("Import Codebook"), QString(), tr("REFI-QDA codebooks (*.qdc)"));
}

QString RefiQdaExchange::askCodebookExport(QWidget *window, const Core::Project &project)
{
    return QFileDialog::getSaveFileName(window, tr("Export Codebook"),
                                        FileExport::projectBaseName(project) + QStringLiteral(".qdc"),
                                        tr("REFI-QDA codebooks (*.qdc)"));
}

} // namespace Marginalia::Ui

// File › Export Report… (issue 17): the project report (Core::ProjectReport) as an HTML page or a PDF,
// with the excerpts of the codes the user checks. Kept apart from mainwindow.cpp, as mainwindowcases.cpp
// and mainwindowserver.cpp are.

#include "mainwindow.h"

#include "frequencypanel.h"
#include "reportexport.h"
#include "store/project.h"

#include <QDir>
#include <QMenu>
#include <QStatusBar>

namespace Marginalia::Ui {

void MainWindow::addReportActions(QMenu *file)
{
    QAction *report = file->addAction(tr("Export &Report..."), this, [this] {
        if (!m_project)
            return;
        if (const auto request = ReportExport::ask(this, *m_project, selectedCode(), m_frequencies->scopeBar()))
            exportReport(*request);
    });
    report->setToolTip(tr("A printable page (HTML or PDF) with the codebook, frequencies, excerpts, memos and "
                          "the coders' agreement"));
}

bool MainWindow::exportReport(const ReportRequest &request)
{
    if (!m_project)
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Status written = ReportExport::write(*m_project, request);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        showError(written.error());
        return false;
    }
    statusBar()->showMessage(tr("Saved the report as %1.").arg(QDir::toNativeSeparators(request.path)), 5000);
    return true;
}

} // namespace Marginalia::Ui

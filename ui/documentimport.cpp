#include "documentimport.h"

#include "store/project.h"

#include <QCheckBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QFuture>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <deque>

namespace Marginalia::Ui {

namespace {

/// Files read and waiting to be added, at most: enough to keep the reader busy while a transaction
/// commits, few enough that large files do not pile up in memory.
constexpr int ReadAhead = 3;

} // namespace

/// The state of one run(): the reader thread and what it has handed over.
struct DocumentImport::Run
{
    QStringList files;
    std::unique_ptr<Core::BatchImporter> importer;
    Core::BatchImportSummary summary;
    QProgressDialog *progress = nullptr;
    QEventLoop loop;
    QFuture<void> reader;
    QSemaphore freeSlots{ReadAhead};
    std::atomic<bool> stop{false};
    /// Read results by file index, in the order they arrive (which is file order).
    std::deque<std::pair<int, std::shared_ptr<Core::Result<Core::ImportedDocument>>>> ready;
    quint64 serial = 0;
    bool adding = false;
    bool cancelled = false;
    int done = 0;

    bool finished() const { return cancelled || done == int(files.size()); }
};

DocumentImport::DocumentImport(Core::Project &project, QWidget *dialogParent)
    : m_project(project)
    , m_dialogParent(dialogParent)
{
    m_duplicateQuestion = [this](const QString &path, const Core::Document &existing) {
        return askAboutDuplicate(path, existing);
    };
}

DocumentImport::~DocumentImport()
{
    if (m_run) { // destroyed from inside run()'s event loop
        m_run->stop = true;
        m_run->freeSlots.release(int(m_run->files.size()) + ReadAhead);
        m_run->reader.waitForFinished();
    }
}

void DocumentImport::setDuplicateQuestion(DuplicateQuestion question)
{
    m_duplicateQuestion = std::move(question);
}

void DocumentImport::setMaxFileSize(qint64 bytes)
{
    m_maxFileSize = bytes;
}

QList<Core::Document> DocumentImport::importedDocuments() const
{
    return m_imported;
}

void DocumentImport::cancel()
{
    if (!m_run || m_run->finished())
        return;
    m_run->cancelled = true;
    m_run->summary.cancelled = true;
    m_run->stop = true;
    m_run->freeSlots.release(int(m_run->files.size()) + ReadAhead);
    m_run->loop.quit();
}

Core::BatchImportSummary DocumentImport::run(const QStringList &paths)
{
    m_imported.clear();
    m_duplicateAnswerForAll.reset();
    m_run = std::make_unique<Run>();
    Run &run = *m_run;
    run.serial = ++m_lastSerial;
    run.files = Core::BatchImporter::collectFiles(paths, &run.summary.skipped);
    run.summary.total = int(run.files.size());
    if (run.files.isEmpty()) {
        Core::BatchImportSummary summary = std::move(run.summary);
        m_run.reset();
        return summary;
    }

    Core::BatchImporter::Options options;
    options.maxFileSize = m_maxFileSize;
    options.confirmDuplicate = [this](const QString &path, const Core::Document &existing) {
        if (m_duplicateAnswerForAll)
            return *m_duplicateAnswerForAll;
        return m_duplicateQuestion && m_duplicateQuestion(path, existing);
    };
    run.importer = std::make_unique<Core::BatchImporter>(m_project, options);

    QProgressDialog progress(tr("Importing documents..."), tr("Cancel"), 0, int(run.files.size()), m_dialogParent);
    progress.setWindowTitle(tr("Import Documents"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    run.progress = &progress;
    connect(&progress, &QProgressDialog::canceled, this, &DocumentImport::cancel);

    // The reader touches no project and no widget: it reads, and hands each result to this thread, tagged
    // with this run's serial so that a late result of a cancelled run is not taken for one of the next.
    // run() waits for it before Run goes, so the raw pointer stays valid.
    const QStringList files = run.files;
    Run *shared = &run;
    const quint64 serial = run.serial;
    run.reader = QtConcurrent::run([this, shared, files, serial] {
        for (int i = 0; i < files.size(); ++i) {
            shared->freeSlots.acquire();
            if (shared->stop)
                return;
            auto read = std::make_shared<Core::Result<Core::ImportedDocument>>(shared->importer->read(files.at(i)));
            QMetaObject::invokeMethod(
                this, [this, serial, i, read] { handOver(serial, i, read); }, Qt::QueuedConnection);
        }
    });

    if (!run.finished())
        run.loop.exec();
    run.stop = true;
    run.freeSlots.release(int(run.files.size()) + ReadAhead);
    run.reader.waitForFinished();
    disconnect(&progress, nullptr, this, nullptr); // closing the dialog emits canceled()
    progress.close();

    Core::BatchImportSummary summary = std::move(run.summary);
    m_run.reset();
    return summary;
}

void DocumentImport::handOver(quint64 serial, int index,
                              const std::shared_ptr<Core::Result<Core::ImportedDocument>> &read)
{
    if (!m_run || m_run->serial != serial || m_run->finished())
        return;
    m_run->ready.emplace_back(index, read);
    addReady();
}

void DocumentImport::addReady()
{
    // Re-entered from the nested event loops of the progress dialog and the duplicate question: the outer
    // call keeps adding, in file order; the inner one only queues.
    Run &run = *m_run;
    if (run.adding)
        return;
    run.adding = true;
    while (!run.ready.empty() && !run.cancelled) {
        auto [index, read] = std::move(run.ready.front());
        run.ready.pop_front();
        const QString path = run.files.at(index);
        run.progress->setLabelText(
            tr("Importing \"%1\" (%2 of %3)...").arg(QFileInfo(path).fileName()).arg(index + 1).arg(run.files.size()));
        Core::BatchImportFile outcome = run.importer->add(path, *read);
        read.reset();
        run.freeSlots.release();
        if (outcome.imported)
            m_imported.append(outcome.document);
        run.summary.files.append(std::move(outcome));
        ++run.done;
        Q_EMIT fileFinished(run.done, int(run.files.size()), path);
        if (!run.cancelled)
            run.progress->setValue(run.done);
    }
    run.adding = false;
    if (run.finished())
        run.loop.quit();
}

bool DocumentImport::askAboutDuplicate(const QString &path, const Core::Document &existing)
{
    QMessageBox box(
        QMessageBox::Question, tr("Already in the Project"),
        tr("\"%1\" is already in the project, as the document \"%2\".").arg(QFileInfo(path).fileName(), existing.name),
        QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(tr("Import it again as another document, or skip it?"));
    QPushButton *again = box.addButton(tr("Import Again"), QMessageBox::AcceptRole);
    QPushButton *skip = box.addButton(tr("Skip"), QMessageBox::RejectRole);
    box.setDefaultButton(skip);
    box.setEscapeButton(skip);
    QCheckBox *forAll = nullptr;
    if (m_run && m_run->done + 1 < int(m_run->files.size())) {
        forAll = new QCheckBox(tr("Do the same for the other files already in the project"), &box);
        box.setCheckBox(forAll);
    }
    box.exec();
    const bool importAgain = box.clickedButton() == again;
    if (forAll && forAll->isChecked())
        m_duplicateAnswerForAll = importAgain;
    return importAgain;
}

QString DocumentImport::summaryText(const Core::BatchImportSummary &summary)
{
    const int imported = summary.importedCount();
    const int refused = summary.refusedCount();
    QString text;
    if (summary.cancelled) {
        text = tr("Import cancelled after %1 of %n file(s): the %1 finished are kept.", nullptr, summary.total)
                   .arg(summary.files.size());
    } else {
        text = tr("%1 of %n file(s) imported.", nullptr, summary.total).arg(imported);
    }
    if (refused > 0)
        text += u' ' + tr("%n file(s) refused.", nullptr, refused);
    if (!summary.skipped.isEmpty())
        text += u' '
            + tr("%n file(s) in the folders are not documents and were left out.", nullptr,
                 int(summary.skipped.size()));
    return text;
}

QStringList DocumentImport::summaryDetails(const Core::BatchImportSummary &summary)
{
    QStringList lines;
    for (const Core::BatchImportFile &file : summary.files) {
        if (!file.imported)
            lines.append(file.error);
    }
    for (const Core::BatchImportFile &file : summary.files) {
        for (const QString &warning : file.warnings)
            lines.append(warning);
    }
    for (const QString &skipped : summary.skipped)
        lines.append(tr("%1: not a document Marginalia imports; left out.").arg(skipped));
    return lines;
}

} // namespace Marginalia::Ui

#pragma once

#include "import/batchimporter.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace Marginalia::Ui {

/**
 * Imports files and folders into the open project from the window. Files are read on a worker thread (a
 * long PDF takes seconds) while this thread adds the ones already read, in order, each in its own
 * transaction (Core::BatchImporter). A progress dialog names the file and can cancel between files: what
 * was imported before stays. A file the project already has is asked about, with an answer for all.
 *
 * At most a few files are read ahead of the one being added, so a folder of large PDFs does not sit in
 * memory all at once.
 */
class DocumentImport final : public QObject
{
    Q_OBJECT

public:
    /// Whether to import @p path although the project has it as @p existing.
    using DuplicateQuestion = std::function<bool(const QString &path, const Core::Document &existing)>;

    DocumentImport(Core::Project &project, QWidget *dialogParent);
    ~DocumentImport() override;

    /// Replaces the question the window asks about a file already in the project (tests answer here).
    void setDuplicateQuestion(DuplicateQuestion question);
    void setMaxFileSize(qint64 bytes);

    /// Imports @p paths (files and folders) and returns what happened to each file.
    Core::BatchImportSummary run(const QStringList &paths);

    /// The documents the last run() added, in order.
    QList<Core::Document> importedDocuments() const;

    /// The message a user reads after the import: how many were imported, what was refused and why.
    static QString summaryText(const Core::BatchImportSummary &summary);
    /// Every refusal, warning and skipped file, a line each; empty when there is nothing to say.
    static QStringList summaryDetails(const Core::BatchImportSummary &summary);

public Q_SLOTS:
    /// Stops after the file being added; what was imported stays.
    void cancel();

Q_SIGNALS:
    /// @p done of @p total files are finished, @p path the last.
    void fileFinished(int done, int total, const QString &path);

private:
    bool askAboutDuplicate(const QString &path, const Core::Document &existing);
    void handOver(quint64 serial, int index, const std::shared_ptr<Core::Result<Core::ImportedDocument>> &read);
    void addReady();

    struct Run;
    Core::Project &m_project;
    QPointer<QWidget> m_dialogParent;
    DuplicateQuestion m_duplicateQuestion;
    qint64 m_maxFileSize = Core::DocumentReader::DefaultMaxFileSize;
    std::unique_ptr<Run> m_run;
    quint64 m_lastSerial = 0;
    QList<Core::Document> m_imported;
    /// The user's "do the same for the rest" answer to the duplicate question, for this run.
    std::optional<bool> m_duplicateAnswerForAll;
};

} // namespace Marginalia::Ui

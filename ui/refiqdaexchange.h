#pragma once

#include "base/result.h"
#include "exchange/refiqdareport.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * A whole project exchanged with other QDA tools from the window, as REFI-QDA: exported to a .qdpx, or a
 * .qdpx imported as a new project file, each behind a progress dialog over the window that can cancel.
 * Also the questions the File menu asks for the files of an exchange (the codebook's .qdc included).
 *
 * An export runs on this thread: Core::RefiQdaExporter calls back often enough to keep the dialog painted
 * and its Cancel button working. An import builds the new project on a worker thread (Core::RefiQdaImporter,
 * which polls for cancellation between steps) while this thread runs the dialog, so the window stays
 * responsive; a cancelled or failed import leaves no file behind.
 *
 * Each run returns the report of what could not be mapped, or the error, and leaves telling the user to
 * the caller: the window opens an imported project before it shows the report.
 */
class RefiQdaExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefiQdaExchange)

public:
    /// The .qdpx to import and the project file to make of it.
    struct ProjectImport
    {
        QString qdpx;
        QString projectPath;
    };

    /// The progress dialogs open over @p window.
    explicit RefiQdaExchange(QWidget *window);
    ~RefiQdaExchange() override;

    /// Writes @p project as a REFI-QDA project at @p path.
    Core::Result<Core::RefiQdaReport> exportProject(const Core::Project &project, const QString &path);
    /// Makes a new project file at @p projectPath (which must not exist) of @p qdpx; does not open it.
    Core::Result<Core::RefiQdaReport> importProject(const QString &qdpx, const QString &projectPath);
    /// Whether the last run's progress dialog said it was cancelled: then its error is no news to the
    /// user. (For an import, closing the dialog at the end says so too: see importProject().)
    bool wasCancelled() const { return m_cancelled; }

    /// Asks for a .qdpx and for where to save the project made of it (beside it by default); nothing when
    /// the user cancels either question.
    static std::optional<ProjectImport> askProjectImport(QWidget *window);
    /// Asks where to save the project imported from @p qdpx (beside it by default); empty: cancelled.
    static QString askImportTarget(QWidget *window, const QString &qdpx);
    /// Asks where to export @p project as .qdpx (named after the project by default); empty: cancelled.
    static QString askProjectExport(QWidget *window, const Core::Project &project);
    /// Asks for a .qdc codebook to import; empty: cancelled.
    static QString askCodebookImport(QWidget *window);
    /// Asks where to export the codebook of @p project as .qdc; empty: cancelled.
    static QString askCodebookExport(QWidget *window, const Core::Project &project);

private:
    QPointer<QWidget> m_window;
    bool m_cancelled = false;
};

} // namespace Marginalia::Ui

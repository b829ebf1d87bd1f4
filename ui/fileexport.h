#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;
class QWidget;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * Writing an export (a table as CSV, a chart as PNG) to a file the user picks. A file is written all or
 * nothing: a failed export leaves what was at the path before, as it was.
 */
class FileExport final
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::FileExport)

public:
    FileExport() = delete;

    /// Writes @p path with @p writeContent (into a QSaveFile): the file is replaced only if it succeeds.
    static Core::Status write(const QString &path, const std::function<Core::Status(QIODevice *)> &writeContent);
    /// The error for a file that cannot be written, naming the file and @p reason.
    static Core::Error cannotWrite(const QString &path, const QString &reason);

    /// What a file made from @p project is named after: the project file's base name, or for a project on a
    /// server (whose filePath() is a URL) the project's name there, with what a file name cannot hold
    /// replaced.
    static QString projectBaseName(const Core::Project &project);

    /// Asks where to save, suggesting @p fileName in the user's documents folder and filtering the dialog
    /// with @p filter, and saves there with @p save. A failure is shown in a message box over @p parent.
    static void saveInteractively(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                                  const std::function<Core::Status(const QString &)> &save);
};

} // namespace Marginalia::Ui

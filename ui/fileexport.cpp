#include "fileexport.h"

#include "base/atomicfile.h"
#include "store/project.h"
#include "store/serverlocation.h"

#include <QFileInfo>

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace Marginalia::Ui {

Core::Status FileExport::write(const QString &path, const std::function<Core::Status(QIODevice *)> &writeContent)
{
    return Core::AtomicFile::write(path, writeContent, [](const QString &file, const QString &reason) {
        return cannotWrite(file, reason).message;
    });
}

QString FileExport::projectBaseName(const Core::Project &project)
{
    if (!project.isOnServer())
        return QFileInfo(project.filePath()).completeBaseName();
    const auto location = Core::ServerLocation::parse(project.filePath());
    QString name = location ? location->projectName() : project.name();
    for (QChar &c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return name.trimmed().isEmpty() ? tr("project") : name.trimmed();
}

Core::Error FileExport::cannotWrite(const QString &path, const QString &reason)
{
    return Core::Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
}

void FileExport::saveInteractively(QWidget *parent, const QString &title, const QString &fileName,
                                   const QString &filter, const std::function<Core::Status(const QString &)> &save)
{
    const QString suggested
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + fileName;
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (path.isEmpty())
        return;
    if (Core::Status status = save(path); !status)
        QMessageBox::warning(parent, tr("Export failed"), status.error());
}

} // namespace Marginalia::Ui

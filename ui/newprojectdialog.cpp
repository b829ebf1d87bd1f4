#include "newprojectdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>

namespace Marginalia::Ui {

NewProjectDialog::NewProjectDialog(QWidget *parent, const QString &folder, Options options)
    : QFileDialog(parent)
{
    setOptions(options);
    setWindowTitle(tr("New Project"));
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setNameFilter(tr("Marginalia projects (*.marginalia)"));
    setDefaultSuffix(QStringLiteral("marginalia"));
    const QString start = folder.isEmpty() ? startFolder() : folder;
    setDirectory(start);
    m_proposal = proposedFileName(start);
    selectFile(m_proposal);
    connect(this, &QFileDialog::directoryEntered, this, &NewProjectDialog::followFolder);
}

QString NewProjectDialog::startFolder()
{
    const QSettings settings;
    for (const char *key : {"project/newFolder", "import/folder"}) {
        const QString folder = settings.value(QLatin1String(key)).toString();
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void NewProjectDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (const QStringList files = selectedFiles(); !files.isEmpty())
            QSettings().setValue(QStringLiteral("project/newFolder"), QFileInfo(files.first()).absolutePath());
    }
    QFileDialog::done(result);
}

QString NewProjectDialog::proposedFileName(const QString &folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QStringList generic{QDir::rootPath(), QDir::homePath(),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                              QStandardPaths::writableLocation(QStandardPaths::DesktopLocation)};
    QString name = QFileInfo(clean).fileName();
    if (name.isEmpty() || generic.contains(clean))
        name = tr("Project");
    return name + QStringLiteral(".marginalia");
}

QString NewProjectDialog::projectPath() const
{
    const QStringList files = selectedFiles();
    if (result() != QDialog::Accepted || files.isEmpty())
        return {};
    const QString path = files.first();
    return path.endsWith(QLatin1String(".marginalia")) ? path : path + QStringLiteral(".marginalia");
}

void NewProjectDialog::followFolder(const QString &folder)
{
    // A name the user typed is theirs: only a name this dialog proposed follows the folder.
    QLineEdit *field = nameField();
    if (field && field->text() != m_proposal)
        return;
    m_proposal = proposedFileName(folder);
    if (field)
        field->setText(m_proposal);
    else
        selectFile(m_proposal);
}

QLineEdit *NewProjectDialog::nameField() const
{
    // Qt's own dialog names its file name field so (qfiledialog.ui); a native dialog has none.
    return findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
}

} // namespace Marginalia::Ui

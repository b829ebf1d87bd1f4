#pragma once

#include <QFileDialog>

class QLineEdit;

namespace Marginalia::Ui {

/**
 * File › New Project's save dialog, which proposes a name: "Project.marginalia" at first, then, while the
 * name is still a proposal (the user has not typed one), the name of each folder the user goes into: a
 * project made in "Interviews 2026" is "Interviews 2026.marginalia".
 *
 * The following of folders needs Qt's own dialog, which is what runs on most Linux desktops without the
 * GTK platform theme; a native dialog only shows the first proposal.
 */
class NewProjectDialog final : public QFileDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectDialog)

public:
    /// Opens in @p folder; when empty, in startFolder(). @p options are given before anything is built, so
    /// that a test can ask for Qt's own dialog (QFileDialog::DontUseNativeDialog).
    explicit NewProjectDialog(QWidget *parent = nullptr, const QString &folder = {}, Options options = {});

    /// Where a new project is proposed: the folder of the last project made here, else the folder documents
    /// were last imported from (a project often sits beside its documents), else the Documents folder;
    /// a remembered folder that is gone is skipped.
    static QString startFolder();

    /// Accepted, the new project's folder is remembered for startFolder().
    void done(int result) override;

    /// The file name proposed for a project in @p folder: the folder's name, or "Project" for a folder
    /// whose name says nothing of a project (the home, Documents or root folder), with ".marginalia".
    static QString proposedFileName(const QString &folder);
    /// The chosen file, with ".marginalia" added when the user left it out; empty before acceptance.
    QString projectPath() const;

private:
    void followFolder(const QString &folder);
    QLineEdit *nameField() const;

    QString m_proposal;
};

} // namespace Marginalia::Ui

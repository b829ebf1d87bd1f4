#include "seminarexchange.h"

#include "fileexport.h"
#include "store/project.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Marginalia::Ui {

std::optional<SeminarExchange::Handout> SeminarExchange::askHandout(QWidget *parent, const Core::Project &project)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("handoutDialog"));
    dialog.setWindowTitle(tr("Hand Out Copy"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("A copy for students: the same documents and codebook, so their copies merge back. "
                                "Leave out the codings of:"),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *coders = new QListWidget(&dialog);
    coders->setObjectName(QStringLiteral("handoutCoders"));
    for (const Core::Coder &coder : project.coders()) {
        auto *item = new QListWidgetItem(coder.name, coders);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        // The key is what students must not see; everything else is the instructor's choice.
        item->setCheckState(coder.name.compare(QStringLiteral("key"), Qt::CaseInsensitive) == 0 ? Qt::Checked
                                                                                                : Qt::Unchecked);
    }
    layout->addWidget(coders);
    auto *memos = new QCheckBox(tr("Leave out the memos"), &dialog);
    memos->setObjectName(QStringLiteral("handoutWithoutMemos"));
    layout->addWidget(memos);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;

    Handout handout;
    for (int i = 0; i < coders->count(); ++i) {
        if (coders->item(i)->checkState() == Qt::Checked)
            handout.options.withoutCoders.append(coders->item(i)->text());
    }
    handout.options.withoutMemos = memos->isChecked();
    // Beside the project file; a server project has none, so the documents folder.
    const QDir folder = project.isOnServer() ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                             : QFileInfo(project.filePath()).absoluteDir();
    handout.path = QFileDialog::getSaveFileName(
        parent, tr("Hand Out Copy"),
        folder.filePath(FileExport::projectBaseName(project) + tr("-handout") + QStringLiteral(".marginalia")),
        tr("Marginalia projects (*.marginalia)"));
    if (handout.path.isEmpty())
        return std::nullopt;
    return handout;
}

QStringList SeminarExchange::askMergeSources(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(parent, tr("Merge Projects"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                         tr("Projects (*.marginalia *.qdpx);;Marginalia projects (*.marginalia);;"
                                            "REFI-QDA projects (*.qdpx)"));
}

} // namespace Marginalia::Ui

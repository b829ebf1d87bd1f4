// File › New Project's dialog: the name it proposes, and the proposal following the folder the user goes
// into until the user types a name of their own. Qt's own dialog (the one offscreen and on most Linux
// desktops); a native one only shows the first proposal.

#include "newprojectdialog.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestNewProjectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proposedFileName_isTheFolderName_orProject();
    void enteringAFolder_proposesItsName_untilTheUserTypesOne();
    void startFolder_isTheLastProjectsFolder_elseTheLastImportFolder();

private:
    /// Goes into @p folder as a double click in the file list does.
    static void enter(Ui::NewProjectDialog &dialog, const QString &folder);

    QTemporaryDir m_dir;
};

void TestNewProjectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Interviews 2026")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Field notes")));
}

void TestNewProjectDialog::proposedFileName_isTheFolderName_orProject()
{
    QCOMPARE(Ui::NewProjectDialog::proposedFileName(m_dir.filePath(QStringLiteral("Interviews 2026"))),
             QStringLiteral("Interviews 2026.marginalia"));
    QCOMPARE(Ui::NewProjectDialog::proposedFileName(m_dir.filePath(QStringLiteral("Field notes/"))),
             QStringLiteral("Field notes.marginalia"));
    QCOMPARE(Ui::NewProjectDialog::proposedFileName(QDir::homePath()), QStringLiteral("Project.marginalia"));
    QCOMPARE(Ui::NewProjectDialog::proposedFileName(QDir::rootPath()), QStringLiteral("Project.marginalia"));
    QCOMPARE(
        Ui::NewProjectDialog::proposedFileName(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)),
        QStringLiteral("Project.marginalia"));
}

void TestNewProjectDialog::enter(Ui::NewProjectDialog &dialog, const QString &folder)
{
    auto *list = dialog.findChild<QListView *>(QStringLiteral("listView"));
    QVERIFY(list);
    auto *files = qobject_cast<QFileSystemModel *>(list->model());
    QVERIFY(files);
    const QModelIndex index = files->index(folder);
    QVERIFY(index.isValid());
    Q_EMIT list->activated(index);
    QCOMPARE(QDir(dialog.directory()).canonicalPath(), QDir(folder).canonicalPath());
}

void TestNewProjectDialog::enteringAFolder_proposesItsName_untilTheUserTypesOne()
{
    Ui::NewProjectDialog dialog(nullptr, QDir::homePath(), QFileDialog::DontUseNativeDialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Project.marginalia"));

    enter(dialog, m_dir.filePath(QStringLiteral("Interviews 2026")));
    QCOMPARE(name->text(), QStringLiteral("Interviews 2026.marginalia"));
    Test::saveScreenshot(&dialog, QStringLiteral("test-newproject-dialog"));
    enter(dialog, m_dir.path());
    QCOMPARE(name->text(), QFileInfo(m_dir.path()).fileName() + QStringLiteral(".marginalia"));

    // A name the user typed stays, in whatever folder they go into.
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Pilot study"));
    enter(dialog, m_dir.filePath(QStringLiteral("Field notes")));
    QCOMPARE(name->text(), QStringLiteral("Pilot study"));

    // Accepted: the file in the folder, with the extension added.
    QMetaObject::invokeMethod(&dialog, "accept"); // protected in QFileDialog
    QCOMPARE(dialog.projectPath(),
             QDir(m_dir.filePath(QStringLiteral("Field notes"))).canonicalPath()
                 + QStringLiteral("/Pilot study.marginalia"));
}

QTEST_MAIN(TestNewProjectDialog)
#include "tst_newprojectdialog.moc"

void TestNewProjectDialog::startFolder_isTheLastProjectsFolder_elseTheLastImportFolder()
{
    QSettings settings;
    settings.remove(QStringLiteral("project/newFolder"));
    settings.remove(QStringLiteral("import/folder"));
    QCOMPARE(Ui::NewProjectDialog::startFolder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));

    // Documents were imported from "Field notes": a project is proposed beside them.
    const QString notes = m_dir.filePath(QStringLiteral("Field notes"));
    settings.setValue(QStringLiteral("import/folder"), notes);
    QCOMPARE(Ui::NewProjectDialog::startFolder(), notes);
    {
        Ui::NewProjectDialog dialog(nullptr, {}, QFileDialog::DontUseNativeDialog);
        QCOMPARE(QDir(dialog.directory()).canonicalPath(), QDir(notes).canonicalPath());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->text(),
                 QStringLiteral("Field notes.marginalia"));
    }

    // A project made in "Interviews 2026": the next one is proposed there.
    const QString interviews = m_dir.filePath(QStringLiteral("Interviews 2026"));
    {
        Ui::NewProjectDialog dialog(nullptr, interviews, QFileDialog::DontUseNativeDialog);
        dialog.selectFile(interviews + QStringLiteral("/Round one.marginalia"));
        static_cast<QDialog &>(dialog).accept(); // QFileDialog::accept(), which checks the name, is protected
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(QDir(Ui::NewProjectDialog::startFolder()).canonicalPath(), QDir(interviews).canonicalPath());
    // Cancelled: nothing is remembered.
    {
        Ui::NewProjectDialog dialog(nullptr, notes, QFileDialog::DontUseNativeDialog);
        dialog.reject();
    }
    QCOMPARE(QDir(Ui::NewProjectDialog::startFolder()).canonicalPath(), QDir(interviews).canonicalPath());

    // A remembered folder that is gone is passed over.
    settings.setValue(QStringLiteral("project/newFolder"), m_dir.filePath(QStringLiteral("removed")));
    QCOMPARE(Ui::NewProjectDialog::startFolder(), notes);
    settings.remove(QStringLiteral("project/newFolder"));
    settings.remove(QStringLiteral("import/folder"));
}

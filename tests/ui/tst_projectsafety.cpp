// The window's care of the project file (issue 15): a second window opens a project someone else writes
// read-only, names the writer and writes once they are gone; a damaged project is met with the newest sound
// backup, restored with the damaged file kept; backups are made on opening and after changes, off the
// window's thread; a session that ended without closing is told once SQLite's check has passed.

#include "codebookpanel.h"
#include "documentview.h"
#include "faultyvfs.h"
#include "import/batchimporter.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "projectsafeguard.h"
#include "store/project.h"
#include "store/projectbackups.h"
#include "store/projectwriterlock.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>

using namespace Marginalia;

class TestProjectSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void secondWindow_opensReadOnly_namesTheWriter_andWritesOnceItIsGone();
    void openingTheOpenProjectAgain_keepsIt();
    void backups_areMadeOnOpening_andAfterChangesOnly();
    void damagedProject_offersTheNewestSoundBackup_andKeepsTheDamagedFile();
    void damagedProject_withoutBackup_isReportedNotHidden();
    void interruptedSession_isToldOnceTheCheckPasses();
    void restoreFromTheFileMenu_goesBackToTheChosenBackup();
    void fullDisk_codingFailsWithAMessage_theWindowStaysUsable_andTheRetryWorks();
    void fullDisk_importRefusesTheFileWithAMessage_andTheRetryWorks();

private:
    /// A project with a document, a code and one coding, closed.
    QString makeProject(const QString &name);
    /// Waits until the window's guard has finished its job on opening (or the next one).
    static bool waitForGuard(Ui::MainWindow &window);
    /// Clicks the button named @p button in the next message box; keeps its text in @p text.
    static void clickInNextMessageBox(const QString &button, QString *text);
    /// Overwrites pages 2 and 3 (tables' roots) with garbage, leaving the header readable.
    static bool corrupt(const QString &file);
    static int codingCount(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MARGINALIA_BACKUP_INTERVAL", "10");
    // Before any connection: every file SQLite opens from here on goes through it (passing all through
    // until a test says otherwise).
    QVERIFY(Test::FaultyVfs::install());
}

void TestProjectSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectSafety::cleanup()
{
    Test::FaultyVfs::heal();
    m_dir.reset();
}

QString TestProjectSafety::makeProject(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto project = Core::Project::create(path);
    if (!project)
        return {};
    Core::NewDocument document;
    document.name = QStringLiteral("report");
    document.text = QStringLiteral("Early identification of victims protects them. ").repeated(400);
    const auto added = (*project)->addDocument(document);
    const auto code = (*project)->addCode(QStringLiteral("Identification"));
    const auto coder = (*project)->ensureCoder(QStringLiteral("alice"));
    if (!added || !code || !coder)
        return {};
    if (!(*project)->addCoding({added->id, code->id, coder->id, 6, 20, {}, {}, {}}))
        return {};
    return path;
}

bool TestProjectSafety::waitForGuard(Ui::MainWindow &window)
{
    return QTest::qWaitFor([&window] { return !window.safeguard()->isBusy(); }, 30000);
}

void TestProjectSafety::clickInNextMessageBox(const QString &button, QString *text)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text() == button) {
                candidate->click();
                break;
            }
        }
        timer->deleteLater();
    });
    timer->start();
}

bool TestProjectSafety::corrupt(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || f.size() < 4 * 4096)
        return false;
    f.seek(4096);
    return f.write(QByteArray(2 * 4096, '\xA5')) == 2 * 4096;
}

int TestProjectSafety::codingCount(const QString &path)
{
    auto project = Core::Project::open(path, Core::Project::Access::ReadOnly);
    return project ? int((*project)->codings().size()) : -1;
}

void TestProjectSafety::secondWindow_opensReadOnly_namesTheWriter_andWritesOnceItIsGone()
{
    const QString path = makeProject(QStringLiteral("study.marginalia"));
    QVERIFY(!path.isEmpty());
    auto first = std::make_unique<Ui::MainWindow>();
    first->safeguard()->setStartDelay(0);
    QVERIFY(first->openProject(path));
    QVERIFY(!first->project()->isReadOnly());

    Ui::MainWindow second;
    second.safeguard()->setStartDelay(0);
    second.show();
    QVERIFY(second.openProject(path));
    QVERIFY(second.project()->isReadOnly());
    QVERIFY(second.windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(second.noticeBar()->isVisible());
    const QString notice = second.noticeBar()->text();
    QVERIFY2(notice.contains(QLatin1String("Opened read-only")), qPrintable(notice));
    QVERIFY2(notice.contains(QCoreApplication::applicationName()), qPrintable(notice));
    QVERIFY2(notice.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(notice));
    // It reads what the first one has.
    QCOMPARE(second.project()->codings().size(), 1);
    Test::saveScreenshot(&second, QStringLiteral("read-only-notice"));

    // Try Again while the first still writes: still read-only, still told.
    auto *retry = second.noticeBar()->findChild<QAction *>(QStringLiteral("retryWritingAction"));
    QVERIFY(retry);
    retry->trigger();
    QVERIFY(second.project()->isReadOnly());

    first.reset(); // the other user closes the project
    retry = second.noticeBar()->findChild<QAction *>(QStringLiteral("retryWritingAction"));
    QVERIFY(retry);
    retry->trigger();
    QVERIFY(!second.project()->isReadOnly());
    QVERIFY(!second.noticeBar()->isVisible());
    QVERIFY(!second.windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(second.project()->addCode(QStringLiteral("Now writable")));
}

void TestProjectSafety::openingTheOpenProjectAgain_keepsIt()
{
    const QString path = makeProject(QStringLiteral("study.marginalia"));
    Ui::MainWindow window;
    window.safeguard()->setStartDelay(0); // the check and backup at once, to wait for
    QVERIFY(window.openProject(path));
    const Core::Project *open = window.project();
    QVERIFY(window.openProject(path)); // from Open Recent, say
    QCOMPARE(window.project(), open);
    QVERIFY(!window.project()->isReadOnly());
}

void TestProjectSafety::backups_areMadeOnOpening_andAfterChangesOnly()
{
    const QString path = makeProject(QStringLiteral("study.marginalia"));
    Ui::MainWindow window;
    window.safeguard()->setStartDelay(0); // the check and backup at once, to wait for
    QSignalSpy backedUp(window.safeguard(), &Ui::ProjectSafeguard::backedUp);
    QVERIFY(window.openProject(path));
    QVERIFY(waitForGuard(window));
    QCOMPARE(backedUp.size(), 1);
    QCOMPARE(Core::ProjectBackups(path).list().size(), 1);
    QVERIFY(QDir(path + QStringLiteral("-backups")).exists());

    // Nothing changed: the timer's turn makes nothing, nor does opening the project again.
    QVERIFY(!window.safeguard()->backUpIfChanged());
    const QString other = makeProject(QStringLiteral("other.marginalia"));
    QVERIFY(window.openProject(other));
    QVERIFY(waitForGuard(window));
    QVERIFY(window.openProject(path));
    QVERIFY(waitForGuard(window));
    QCOMPARE(backedUp.size(), 2); // the other project's first, none more of this one
    QCOMPARE(Core::ProjectBackups(path).list().size(), 1);

    // A change through the window (an undoable step), then the timer's turn.
    QVERIFY(window.undoStack());
    const qint64 before = window.project()->codes().size();
    Q_EMIT window.codebookPanel()->newCodeRequested(0, QStringLiteral("Non-refoulement"));
    QCOMPARE(window.project()->codes().size(), before + 1);
    QVERIFY(window.safeguard()->backUpIfChanged());
    QVERIFY(waitForGuard(window));
    QCOMPARE(backedUp.size(), 3);
    const QList<Core::ProjectBackup> backups = Core::ProjectBackups(path).list(Core::ProjectBackups::Verify::Yes);
    QCOMPARE(backups.size(), 2);
    auto newest = Core::Project::open(backups.first().path, Core::Project::Access::ReadOnly);
    QVERIFY(newest);
    QCOMPARE((*newest)->codes().size(), before + 1);
    QCOMPARE(backups.first().check, Core::ProjectBackup::Check::Good);
}

void TestProjectSafety::damagedProject_offersTheNewestSoundBackup_andKeepsTheDamagedFile()
{
    const QString path = makeProject(QStringLiteral("study.marginalia"));
    const auto backup = Core::ProjectBackups(path).backUp();
    QVERIFY2(backup, qPrintable(backup.ok() ? QString() : backup.error()));
    QVERIFY(corrupt(path));

    Ui::MainWindow window;

    window.safeguard()->setStartDelay(0); // the check and backup at once, to wait for
    QString asked;
    clickInNextMessageBox(QStringLiteral("Restore Backup"), &asked);
    window.openProject(path); // fails, or opens and is checked: either way the question comes
    QVERIFY(QTest::qWaitFor([&window] { return window.project() && !window.safeguard()->isBusy(); }, 30000));
    QVERIFY2(asked.contains(QLatin1String("is damaged")), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("newest sound backup was made")), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("what was changed after that is lost")), qPrintable(asked));

    QVERIFY(window.project()->check().isEmpty());
    QCOMPARE(window.project()->codings().size(), 1);
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("study.marginalia.damaged-*")});
    QCOMPARE(kept.size(), 1);
    QVERIFY(window.noticeBar()->text().contains(kept.first()));
}

void TestProjectSafety::damagedProject_withoutBackup_isReportedNotHidden()
{
    const QString path = makeProject(QStringLiteral("study.marginalia"));
    QVERIFY(corrupt(path));
    const QByteArray before = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    Ui::MainWindow window;
    window.safeguard()->setStartDelay(0); // the check and backup at once, to wait for
    window.openProject(path);
    waitForGuard(window);
    // Nothing was offered and nothing changed the file: a damaged project is a user's evidence.
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
}

void TestProjectSafety::interruptedSession_isToldOnceTheCheckPasses()
{
    const QString path = makeProject(QStringLiteral("study.marginalia"));
    QFile stale(Core::ProjectWriterLock::lockPathFor(path));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("user=carol\nhost=seminar-pc\napplication=Marginalia\npid=99999\nsince=2026-12-01T08:30:00Z\n");
    stale.close();

    Ui::MainWindow window;

    window.safeguard()->setStartDelay(0); // the check and backup at once, to wait for
    QSignalSpy sound(window.safeguard(), &Ui::ProjectSafeguard::checkedSound);
    QVERIFY(window.openProject(path));
    QVERIFY(!window.project()->isReadOnly());
    QVERIFY(sound.wait(30000) || sound.size() == 1);
    const QString notice = window.noticeBar()->text();
    QVERIFY2(notice.contains(QLatin1String("ended without closing")), qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("carol in Marginalia on seminar-pc")), qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("finds the file sound")), qPrintable(notice));
}

void TestProjectSafety::restoreFromTheFileMenu_goesBackToTheChosenBackup()
{
    const QString path = makeProject(QStringLiteral("study.marginalia"));
    Ui::MainWindow window;
    window.safeguard()->setStartDelay(0); // the check and backup at once, to wait for
    QVERIFY(window.openProject(path));
    QVERIFY(waitForGuard(window)); // the backup on opening: one coding
    Q_EMIT window.codebookPanel()->newCodeRequested(0, QStringLiteral("Later code"));
    QCOMPARE(window.project()->codes().size(), 2);

    const QList<Core::ProjectBackup> backups = Core::ProjectBackups(path).list();
    QCOMPARE(backups.size(), 1);
    QVERIFY(window.restoreBackup(path, backups.first().path));
    QVERIFY(window.project());
    QCOMPARE(window.project()->codes().size(), 1);
    QVERIFY(!window.project()->isReadOnly());
    // The file it replaced, with the later code, is kept.
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("study.marginalia.damaged-*")}, QDir::Files);
    QVERIFY(!kept.isEmpty());
    auto replaced = Core::Project::open(m_dir->filePath(kept.first()), Core::Project::Access::ReadOnly);
    QVERIFY2(replaced, qPrintable(replaced.ok() ? QString() : replaced.error()));
    QCOMPARE((*replaced)->codes().size(), 2);
}

void TestProjectSafety::fullDisk_codingFailsWithAMessage_theWindowStaysUsable_andTheRetryWorks()
{
    const QString path = makeProject(QStringLiteral("study.marginalia"));
    Ui::MainWindow window;
    window.safeguard()->setStartDelay(0); // the check and backup at once, to wait for
    window.show();
    QVERIFY(window.openProject(path));
    QVERIFY(waitForGuard(window)); // its backup on opening is not what this test fills the disk under
    const qint64 documentId = window.project()->documents().first().id;
    const qint64 codeId = window.project()->codes().first().id;
    window.showDocument(documentId);
    const auto select = [&window](int start, int end) {
        QTextCursor cursor(window.documentView()->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        window.documentView()->setTextCursor(cursor);
    };
    window.documentView()->setSnapToWords(false);
    const int steps = window.undoStack()->count();

    // The disk fills up; the user codes a passage.
    Test::FaultyVfs::failAfter(0);
    select(48, 53);
    QVERIFY(!window.codeSelection(codeId));
    Test::FaultyVfs::heal();
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("the disk is full; nothing was changed")), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
    // No step that did not happen is on the undo stack, nothing was coded, the window reads on.
    QCOMPARE(window.undoStack()->count(), steps);
    QCOMPARE(window.project()->codings().size(), 1);
    QCOMPARE(window.documentView()->documentId(), documentId);
    QVERIFY(window.project()->documentText(documentId));

    // Space is freed: the same action works, and undoes.
    select(48, 53);
    QVERIFY(window.codeSelection(codeId));
    QCOMPARE(window.project()->codings().size(), 2);
    QCOMPARE(window.undoStack()->count(), steps + 1);
    window.undoStack()->undo();
    QCOMPARE(window.project()->codings().size(), 1);
    window.undoStack()->redo();
    QCOMPARE(window.project()->codings().size(), 2);
    QVERIFY(window.project()->check().isEmpty());
    QCOMPARE(codingCount(path), 2);
}

void TestProjectSafety::fullDisk_importRefusesTheFileWithAMessage_andTheRetryWorks()
{
    const QString path = makeProject(QStringLiteral("study.marginalia"));
    const QString source = m_dir->filePath(QStringLiteral("interview.txt"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Interview on the protection of victims.\n").repeated(2000));
    }
    Ui::MainWindow window;
    window.safeguard()->setStartDelay(0); // the check and backup at once, to wait for
    window.show();
    QVERIFY(window.openProject(path));
    QVERIFY(waitForGuard(window));
    const int steps = window.undoStack()->count();

    Test::FaultyVfs::failAfter(3); // the disk fills up part way through the document's transaction
    const Core::BatchImportSummary refused = window.importFiles({source});
    Test::FaultyVfs::heal();
    QCOMPARE(refused.importedCount(), 0);
    QCOMPARE(refused.files.size(), 1);
    QVERIFY2(refused.files.first().error.contains(QLatin1String("the disk is full")),
             qPrintable(refused.files.first().error));
    QCOMPARE(window.project()->documents().size(), 1);
    QCOMPARE(window.undoStack()->count(), steps);

    const Core::BatchImportSummary retried = window.importFiles({source});
    QCOMPARE(retried.importedCount(), 1);
    QCOMPARE(window.project()->documents().size(), 2);
    QVERIFY(window.project()->check().isEmpty());
}

QTEST_MAIN(TestProjectSafety)
#include "tst_projectsafety.moc"

// The window on a project on a PostgreSQL server (issue 16): opened by URL or connection file, with the
// password asked for when the server wants one and kept out of settings; none of the file's care (lock,
// checks, backups); another coder's codings and codes arriving in the open window without moving the reader;
// a viewer's read-only window; and undo and redo of a step whose target another user removed meanwhile. One
// throwaway cluster for the whole executable; skipped only where PostgreSQL or QPSQL is not installed.

#include "codebookmodel.h"
#include "codebookpanel.h"
#include "codecommands.h"
#include "documentview.h"
#include "frequencymodel.h"
#include "frequencypanel.h"
#include "mainwindow.h"
#include "memocommand.h"
#include "noticebar.h"
#include "postgresqlcluster.h"
#include "projectsafeguard.h"
#include "serverpassworddialog.h"
#include "serverprojectdialog.h"
#include "store/project.h"
#include "store/serverlocation.h"
#include "text/textoffsets.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QUrlQuery>

using namespace Marginalia;

namespace {

/// NOTIFY reaches the other connection about 100 ms after the commit; the window has this long to show it.
constexpr int LiveUpdateTimeout = 1500;

} // namespace

class TestServerWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void passwordDialog_putsWhatIsTypedOnTheLocationOnly();
    void serverProjectDialog_acceptsOnlyALocationThatNamesAProject();

    void openByUrl_showsProjectAndServer_andSkipsTheFileCare();
    void connectionFile_opensTheProject_andItsUrlAgainKeepsTheWindow();
    void anotherCodersCoding_appearsInTheOpenDocument_withoutMovingTheReader();
    void anotherCodersCode_appearsInTheCodebook_keepingExpansionAndCurrentCode();
    void viewer_getsAReadOnlyWindow_withTheNotice_andNoCoding();
    void undo_ofACodingWhoseCodeTheOwnerDeleted_failsWithAMessage_andKeepsTheRest();
    void redo_ofACodingWhoseCodeTheOwnerDeleted_failsWithAMessage_andKeepsTheRest();
    void passwordWanted_isAskedFor_retriedWhenWrong_andKeptForTheSessionOnly();
    void twoMembersEditTheSameMemoOrCode_theLaterIsToldAndOverwritesNothing();
    void coderBox_defaultsToTheNameTheServerLetsTheLoginCodeUnder_untilOneIsPicked();
    void coderBox_keepsItsNameWhenAnotherLoginHasTheLoginsName();

private:
    /// Skips the test where no cluster can run (the one allowed reason).
    bool clusterAvailable() const { return m_cluster && m_cluster->isAvailable(); }
    /// The URL of project @p project as @p user (the cluster's superuser when empty); @p extra query items.
    QString urlFor(const QString &project, const QString &user = {},
                   const QList<std::pair<QString, QString>> &extra = {}) const;
    /// Makes a project on the server, as its owner: a long document "Interview" (so that it scrolls), codes
    /// Protection > Identification and Trust > Distrust, the owner's coder "olga" with codings of
    /// Identification; carol and dave coders, bob a viewer. Returns the owner's connection to it.
    std::unique_ptr<Core::Project> makeProject(const QString &name);
    bool exec(const QString &sql);
    static qint64 codeNamed(const Core::Project &project, const QString &name);
    static qint64 frequencyOf(const Ui::MainWindow &window, qint64 codeId);
    static bool grabTo(QWidget &widget, const QString &path);

    std::unique_ptr<Test::PostgresqlCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_text;
    qint64 m_documentId = 0;
};

void TestServerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MARGINALIA_BACKUP_INTERVAL", "10");
    m_cluster = std::make_unique<Test::PostgresqlCluster>();
    if (!m_cluster->isAvailable())
        return; // the dialog tests run anyway; each server test skips
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->errorString()));
    QVERIFY2(Core::Project::initializeServer(m_cluster->url().toString()), "server-init failed");
    for (const char *login : {"carol", "bob", "dave"})
        QVERIFY(exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(QLatin1String(login))));
    QStringList lines;
    for (int i = 1; i <= 300; ++i)
        lines.append(QStringLiteral("%1. Early identification of victims protects them, line %1.").arg(i));
    m_text = lines.join(u'\n');
}

void TestServerWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServerWindow::cleanup()
{
    m_dir.reset();
}

bool TestServerWindow::exec(const QString &sql)
{
    QSqlDatabase db = m_cluster->connection();
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QString TestServerWindow::urlFor(const QString &project, const QString &user,
                                 const QList<std::pair<QString, QString>> &extra) const
{
    QUrl url = m_cluster->url();
    QUrlQuery query(url);
    if (!user.isEmpty()) {
        query.removeQueryItem(QStringLiteral("user"));
        query.addQueryItem(QStringLiteral("user"), user);
    }
    query.addQueryItem(QStringLiteral("project"), project);
    for (const auto &[key, value] : extra)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

std::unique_ptr<Core::Project> TestServerWindow::makeProject(const QString &name)
{
    auto created = Core::Project::create(urlFor(name));
    if (!created) {
        qWarning("%s", qPrintable(created.error()));
        return nullptr;
    }
    std::unique_ptr<Core::Project> project = std::move(*created);
    Core::NewDocument document;
    document.name = QStringLiteral("Interview");
    document.text = m_text;
    const auto added = project->addDocument(document);
    const auto protection = project->addCode(QStringLiteral("Protection"));
    const auto trust = project->addCode(QStringLiteral("Trust"));
    const auto olga = project->ensureCoder(QStringLiteral("olga"));
    if (!added || !protection || !trust || !olga)
        return nullptr;
    m_documentId = added->id;
    const auto identification = project->addCode(QStringLiteral("Identification"), protection->id);
    const auto distrust = project->addCode(QStringLiteral("Distrust"), trust->id);
    if (!identification || !distrust)
        return nullptr;
    for (qint64 line : {0, 150, 290}) {
        const qint64 start
            = Core::TextOffsets(m_text).toCodePoint(m_text.indexOf(QStringLiteral("%1. ").arg(line + 1)));
        if (!project->addCoding({m_documentId, identification->id, olga->id, start, start + 20, {}, {}, {}}))
            return nullptr;
    }
    const QList<std::pair<QString, QString>> members{{QStringLiteral("carol"), QStringLiteral("coder")},
                                                     {QStringLiteral("dave"), QStringLiteral("coder")},
                                                     {QStringLiteral("bob"), QStringLiteral("viewer")}};
    for (const auto &[login, role] : members) {
        if (auto granted = project->setMemberRole(login, role); !granted) {
            qWarning("%s", qPrintable(granted.error()));
            return nullptr;
        }
    }
    return project;
}

qint64 TestServerWindow::codeNamed(const Core::Project &project, const QString &name)
{
    for (const Core::Code &code : project.codes()) {
        if (code.name == name)
            return code.id;
    }
    return 0;
}

qint64 TestServerWindow::frequencyOf(const Ui::MainWindow &window, qint64 codeId)
{
    for (const Core::CodeFrequency &row : window.frequencyPanel()->model()->frequencies().byCode) {
        if (row.codeId == codeId)
            return row.codings;
    }
    return -1;
}

bool TestServerWindow::grabTo(QWidget &widget, const QString &path)
{
    QTest::qWait(100); // the last layouts and paints
    return widget.grab().save(path);
}

// --- The dialogs, without a server -------------------------------------------------------------------------

void TestServerWindow::passwordDialog_putsWhatIsTypedOnTheLocationOnly()
{
    const auto location
        = Core::ServerLocation::parse(QStringLiteral("postgresql://carol@db.example.org/team?project=Seminar"));
    QVERIFY(location);
    Ui::ServerPasswordDialog first(*location, {});
    QVERIFY(first.prompt().contains(QStringLiteral("carol")));
    QVERIFY(first.prompt().contains(QStringLiteral("db.example.org")));
    QVERIFY(first.prompt().contains(QStringLiteral("Seminar")));
    QVERIFY(!first.prompt().contains(QStringLiteral("not accepted")));
    auto *edit = first.findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, QStringLiteral("s3cret"));
    QCOMPARE(first.password(), QStringLiteral("s3cret"));
    const Core::ServerLocation withPassword = first.withPassword(*location);
    QCOMPARE(withPassword.password(), QStringLiteral("s3cret"));
    // The same project, and nothing that is shown or remembered carries the password.
    QVERIFY(withPassword == *location);
    QVERIFY(!withPassword.displayText().contains(QStringLiteral("s3cret")));
    QVERIFY(location->password().isEmpty());

    Ui::ServerPasswordDialog again(*location, QStringLiteral("password authentication failed"));
    QVERIFY(again.prompt().contains(QStringLiteral("not accepted")));
}

void TestServerWindow::serverProjectDialog_acceptsOnlyALocationThatNamesAProject()
{
    Ui::ServerProjectDialog dialog({QStringLiteral("postgresql://db.example.org/team?project=Earlier")});
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("serverLocationBox"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(box && buttons);
    QCOMPARE(box->count(), 1); // the recent location, offered
    QVERIFY(!buttons->button(QDialogButtonBox::Open)->isEnabled());

    dialog.setLocationText(QStringLiteral("postgresql://db.example.org/team"));
    QVERIFY(!dialog.problem().isEmpty()); // names no project
    QVERIFY(!dialog.location());
    QVERIFY(!buttons->button(QDialogButtonBox::Open)->isEnabled());

    dialog.setLocationText(QStringLiteral("/home/me/seminar.marginalia"));
    QVERIFY(dialog.problem().contains(QStringLiteral("Open Project")));

    dialog.setLocationText(QStringLiteral("postgresql://db.example.org:5433/team?project=Seminar%202027"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(buttons->button(QDialogButtonBox::Open)->isEnabled());
    QCOMPARE(dialog.location()->projectName(), QStringLiteral("Seminar 2027"));
    QCOMPARE(dialog.location()->port(), 5433);

    // A connection file reads as the URL it holds.
    const QString file = m_dir->filePath(QStringLiteral("seminar.marginalia-server"));
    QVERIFY(Core::ServerLocation::writeConnectionFile(file, *dialog.location()));
    const Core::ServerLocation fromUrl = *dialog.location();
    dialog.setLocationText(file);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(*dialog.location() == fromUrl);
}

// --- The window on a server project ------------------------------------------------------------------------

void TestServerWindow::openByUrl_showsProjectAndServer_andSkipsTheFileCare()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Seminar 2027"));
    QVERIFY(owner);

    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A password in the URL is used, but never shown or remembered.
    const QString url
        = urlFor(QStringLiteral("Seminar 2027"), {}, {{QStringLiteral("password"), QStringLiteral("pw-not-kept")}});
    QVERIFY(window.openProject(url));
    Core::Project *opened = window.project();
    QVERIFY(opened && opened->isOnServer());
    QVERIFY(!opened->isReadOnly());
    QCOMPARE(opened->serverRole(), QStringLiteral("owner"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Seminar 2027 \u2014 this computer \u2014 Marginalia"));
    QCOMPARE(window.serverStatusText(), QStringLiteral("On server this computer as owner"));
    QVERIFY(window.noticeBar()->isHidden());
    QCOMPARE(window.currentDocument(), m_documentId);

    // Nothing about files: no check or backup under way, and the backup actions say why they are off.
    QVERIFY(window.safeguard()->projectPath().isEmpty());
    QVERIFY(!window.safeguard()->isBusy());
    auto *backUp = window.findChild<QAction *>(QStringLiteral("backUpNowAction"));
    auto *restore = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
    QVERIFY(backUp && restore);
    QVERIFY(!backUp->isEnabled());
    QVERIFY(!restore->isEnabled());
    QVERIFY(backUp->toolTip().contains(QStringLiteral("administrator")));

    // The recent projects remember the location as shown, without the password.
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first(), opened->filePath());
    QVERIFY(!recent.first().contains(QStringLiteral("pw-not-kept")));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("pw-not-kept")));

    // Opening the same location again keeps the window and its connection (not a file comparison).
    QVERIFY(window.openProject(urlFor(QStringLiteral("Seminar 2027"))));
    QCOMPARE(window.project(), opened);

    QVERIFY(grabTo(window, QStringLiteral("/tmp/marginalia-server-window.png")));
}

void TestServerWindow::connectionFile_opensTheProject_andItsUrlAgainKeepsTheWindow()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Connection file"));
    QVERIFY(owner);
    const auto location
        = Core::ServerLocation::parse(urlFor(QStringLiteral("Connection file"), QStringLiteral("carol")));
    QVERIFY(location);
    const QString file = m_dir->filePath(QStringLiteral("team.marginalia-server"));
    QVERIFY(Core::ServerLocation::writeConnectionFile(file, *location));

    // `marginalia team.marginalia-server`, as a double click runs it.
    Ui::MainWindow window;
    QVERIFY(window.openProject(file));
    QVERIFY(window.project()->isOnServer());
    QCOMPARE(window.project()->serverRole(), QStringLiteral("coder"));
    QCOMPARE(window.serverStatusText(), QStringLiteral("On server this computer as coder"));
    Core::Project *opened = window.project();
    QVERIFY(window.openProject(location->displayText()));
    QCOMPARE(window.project(), opened);
}

void TestServerWindow::anotherCodersCoding_appearsInTheOpenDocument_withoutMovingTheReader()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Live codings"));
    QVERIFY(owner);
    const qint64 identification = codeNamed(*owner, QStringLiteral("Identification"));
    const qint64 distrust = codeNamed(*owner, QStringLiteral("Distrust"));
    const qint64 trust = codeNamed(*owner, QStringLiteral("Trust"));

    Ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(urlFor(QStringLiteral("Live codings"))));
    QCOMPARE(window.currentDocument(), m_documentId);
    auto *frequencyDock = qobject_cast<QDockWidget *>(window.frequencyPanel()->parentWidget());
    frequencyDock->show();
    frequencyDock->raise();
    QTRY_COMPARE(frequencyOf(window, identification), qint64(3));

    // The reader is in the middle of the text, with a passage on screen selected and a code chosen.
    Ui::DocumentView *view = window.documentView();
    const Core::TextOffsets offsets(m_text);
    QScrollBar *scroll = view->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() / 2);
    QTest::qWait(50);
    const int topLine = view->cursorForPosition(QPoint(0, 0)).blockNumber() + 1; // lines are numbered from 1
    QVERIFY(topLine > 50);
    const auto lineStart = [&](int line) {
        return offsets.toCodePoint(m_text.indexOf(QStringLiteral("\n%1. ").arg(line)) + 1);
    };
    const qint64 selectedStart = lineStart(topLine + 2);
    view->selectRange(selectedStart, selectedStart + 25);
    scroll->setValue(scroll->maximum() / 2); // selecting may have revealed the range
    QTest::qWait(50);
    const int scrollBefore = scroll->value();
    const auto selectionBefore = view->selectedRange();
    QVERIFY(selectionBefore);
    window.selectCode(trust);

    // Another coder, in another connection, codes a passage on screen and commits.
    auto carol = Core::Project::open(urlFor(QStringLiteral("Live codings"), QStringLiteral("carol")));
    QVERIFY2(carol, qPrintable(carol.error()));
    const auto carolCoder = (*carol)->ensureCoder(QStringLiteral("carol"));
    QVERIFY2(carolCoder, qPrintable(carolCoder.error()));
    const qint64 start = lineStart(topLine + 4);
    const auto added
        = (*carol)->addCoding({m_documentId, identification, carolCoder->id, start + 5, start + 40, {}, {}, {}});
    QVERIFY2(added && added->has_value(), added ? "duplicate" : qPrintable(added.error()));
    const qint64 codingId = (*added)->id;

    // It is in the view (its margin draws from these spans) within about a second, and nothing moved.
    QTRY_VERIFY_WITH_TIMEOUT(view->codingRange(codingId).has_value(), LiveUpdateTimeout);
    QCOMPARE(*view->codingRange(codingId), std::make_pair(start + 5, start + 40));
    QCOMPARE(scroll->value(), scrollBefore);
    QCOMPARE(view->selectedRange(), selectionBefore);
    QCOMPARE(window.currentDocument(), m_documentId);
    QCOMPARE(window.selectedCode(), trust);
    // The frequencies (DeferredPanelReload) count it, and the coder boxes know the new coder.
    QTRY_COMPARE_WITH_TIMEOUT(frequencyOf(window, identification), qint64(4), LiveUpdateTimeout);
    QVERIFY(window.findChild<QComboBox *>(QStringLiteral("visibleCoderBox"))->findText(QStringLiteral("carol")) >= 0);
    // Only the reader's own actions are undoable here.
    QCOMPARE(window.undoStack()->count(), 0);

    // A code not in this document yet gets a lane of its own: the margin widens, and the reader's line stays.
    const int topLineBefore = view->cursorForPosition(QPoint(0, 0)).blockNumber();
    const auto second = (*carol)->addCoding({m_documentId, distrust, carolCoder->id, start, start + 10, {}, {}, {}});
    QVERIFY(second && second->has_value());
    QTRY_VERIFY_WITH_TIMEOUT(view->codingRange((*second)->id).has_value(), LiveUpdateTimeout);
    QTest::qWait(50);
    QCOMPARE(view->cursorForPosition(QPoint(0, 0)).blockNumber(), topLineBefore);
    QCOMPARE(view->selectedRange(), selectionBefore);

    QVERIFY(grabTo(window, QStringLiteral("/tmp/marginalia-server-live.png")));
}

void TestServerWindow::anotherCodersCode_appearsInTheCodebook_keepingExpansionAndCurrentCode()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Live codes"));
    QVERIFY(owner);
    const qint64 protection = codeNamed(*owner, QStringLiteral("Protection"));
    const qint64 trust = codeNamed(*owner, QStringLiteral("Trust"));
    const qint64 identification = codeNamed(*owner, QStringLiteral("Identification"));

    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(urlFor(QStringLiteral("Live codes"))));
    QTreeView *tree = window.codebookView();
    auto *model = qobject_cast<Ui::CodebookModel *>(tree->model());
    QVERIFY(model);
    // The reader opened Protection, closed Trust, and is on Identification.
    tree->setExpanded(model->indexOf(protection), true);
    tree->setExpanded(model->indexOf(trust), false);
    window.selectCode(identification);

    auto carol = Core::Project::open(urlFor(QStringLiteral("Live codes"), QStringLiteral("carol")));
    QVERIFY2(carol, qPrintable(carol.error()));
    const auto added = (*carol)->addCode(QStringLiteral("Safe reporting"), protection);
    QVERIFY2(added, qPrintable(added.error()));

    QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(added->id).isValid(), LiveUpdateTimeout);
    QCOMPARE(model->indexOf(added->id).parent(), model->indexOf(protection));
    QVERIFY(tree->isExpanded(model->indexOf(protection)));
    QVERIFY(!tree->isExpanded(model->indexOf(trust)));
    QCOMPARE(window.selectedCode(), identification);
    QCOMPARE(window.undoStack()->count(), 0);
}

void TestServerWindow::viewer_getsAReadOnlyWindow_withTheNotice_andNoCoding()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Viewed"));
    QVERIFY(owner);
    const qint64 identification = codeNamed(*owner, QStringLiteral("Identification"));
    const qint64 codingsBefore = owner->codings().size();

    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(urlFor(QStringLiteral("Viewed"), QStringLiteral("bob"))));
    QVERIFY(window.project()->isReadOnly());
    QCOMPARE(window.project()->serverRole(), QStringLiteral("viewer"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("[read-only]")));
    QVERIFY(!window.noticeBar()->isHidden());
    QVERIFY(window.noticeBar()->text().contains(QStringLiteral("You are a viewer on this server project")));
    QCOMPARE(window.serverStatusText(), QStringLiteral("On server this computer as viewer"));
    for (const char *name : {"codeInVivoAction", "codeWithSelectedAction", "newCodeAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->isEnabled(), name);
    }
    QVERIFY(!window.findChild<QComboBox *>(QStringLiteral("coderBox"))->isEnabled());
    // Reading works: the document is shown with its codings; coding it is refused in the window.
    QCOMPARE(window.currentDocument(), m_documentId);
    window.documentView()->selectRange(0, 10);
    QVERIFY(!window.codeSelection(identification));
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(owner->codings().size(), codingsBefore);

    QVERIFY(grabTo(window, QStringLiteral("/tmp/marginalia-server-viewer.png")));
}

void TestServerWindow::undo_ofACodingWhoseCodeTheOwnerDeleted_failsWithAMessage_andKeepsTheRest()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Undo"));
    QVERIFY(owner);
    const qint64 identification = codeNamed(*owner, QStringLiteral("Identification"));
    const qint64 distrust = codeNamed(*owner, QStringLiteral("Distrust"));

    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentCoder(QStringLiteral("carol"));
    QVERIFY(window.openProject(urlFor(QStringLiteral("Undo"), QStringLiteral("carol"))));
    window.documentView()->selectRange(100, 140);
    QVERIFY(window.codeSelection(identification));
    window.documentView()->selectRange(200, 240);
    QVERIFY(window.codeSelection(distrust));
    QCOMPARE(window.undoStack()->count(), 2);

    // Meanwhile the owner deletes the code, and with it carol's coding.
    QVERIFY(owner->deleteCode(distrust));
    QTRY_VERIFY_WITH_TIMEOUT(!window.codebookPanel()->tree().find(distrust), LiveUpdateTimeout);

    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Could not undo .*")));
    undo->trigger();
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Could not undo")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("coding")), qPrintable(message));
    // The failed step is gone; the one before it is still there and still undoes.
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->index(), 1);
    QCOMPARE(window.findChild<QUndoView *>()->model()->rowCount(), 2);
    const qint64 carolsBefore = owner->codings().size();
    undo->trigger();
    QCOMPARE(window.undoStack()->index(), 0);
    QCOMPARE(owner->codings().size(), carolsBefore - 1);
    // And the window codes on.
    window.documentView()->selectRange(300, 320);
    QVERIFY(window.codeSelection(identification));
    QCOMPARE(window.undoStack()->count(), 1);
}

void TestServerWindow::redo_ofACodingWhoseCodeTheOwnerDeleted_failsWithAMessage_andKeepsTheRest()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Redo"));
    QVERIFY(owner);
    const qint64 identification = codeNamed(*owner, QStringLiteral("Identification"));
    const qint64 distrust = codeNamed(*owner, QStringLiteral("Distrust"));

    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentCoder(QStringLiteral("carol"));
    QVERIFY(window.openProject(urlFor(QStringLiteral("Redo"), QStringLiteral("carol"))));
    window.documentView()->selectRange(100, 140);
    QVERIFY(window.codeSelection(identification));
    window.documentView()->selectRange(200, 240);
    QVERIFY(window.codeSelection(distrust));
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    undo->trigger();
    undo->trigger();
    QCOMPARE(window.undoStack()->index(), 0);

    QVERIFY(owner->deleteCode(distrust));
    QTRY_VERIFY_WITH_TIMEOUT(!window.codebookPanel()->tree().find(distrust), LiveUpdateTimeout);

    redo->trigger(); // Identification: fine
    QCOMPARE(window.undoStack()->index(), 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Could not redo .*")));
    redo->trigger(); // Distrust: its code is gone
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Could not redo")), qPrintable(message));
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->index(), 1);
    QVERIFY(!redo->isEnabled());
    // The history lists what is left: "Project opened" and the one step.
    auto *history = window.findChild<QUndoView *>();
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 2);
    // Nothing of the failed redo was written; the good step still undoes.
    for (const Core::Coding &coding : owner->codings())
        QVERIFY(coding.codeId != distrust);
    undo->trigger();
    QCOMPARE(window.undoStack()->index(), 0);
}

void TestServerWindow::twoMembersEditTheSameMemoOrCode_theLaterIsToldAndOverwritesNothing()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Same memo"));
    QVERIFY(owner);
    const qint64 identification = codeNamed(*owner, QStringLiteral("Identification"));
    const Core::MemoTarget memo{Core::MemoTarget::Kind::Code, identification};

    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(urlFor(QStringLiteral("Same memo"), QStringLiteral("carol"))));
    Core::Project *carols = window.project();
    QVERIFY(carols);
    // carol began editing the memo when it was empty; olga (the owner) saves hers first.
    const QString began = carols->memo(memo);
    QVERIFY(owner->setMemo(memo, QStringLiteral("olga: recognised as a victim by an authority")));
    QTRY_COMPARE_WITH_TIMEOUT(carols->memo(memo), QStringLiteral("olga: recognised as a victim by an authority"),
                              LiveUpdateTimeout);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*changed by someone else.*")));
    window.undoStack()->push(new Ui::SetMemoCommand(carols, memo, began, QStringLiteral("carol: self-identified")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("changed by someone else"))
                 || window.undoStack()->count() == 0,
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.undoStack()->count(), 0); // nothing to undo: nothing was done
    QCOMPARE(owner->memo(memo), QStringLiteral("olga: recognised as a victim by an authority"));

    // A rename likewise: carol renames from the name she saw, after olga renamed it.
    const Core::Code seen = *carols->code(identification);
    QVERIFY(owner->renameCode(identification, QStringLiteral("Identification of victims")));
    QTRY_COMPARE_WITH_TIMEOUT(carols->code(identification)->name, QStringLiteral("Identification of victims"),
                              LiveUpdateTimeout);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*changed by someone else.*")));
    window.undoStack()->push(
        new Ui::ChangeCodeCommand(carols, seen, Ui::ChangeCodeCommand::Property::Name, QStringLiteral("Recognition")));
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(owner->code(identification)->name, QStringLiteral("Identification of victims"));

    // Having seen theirs, carol's own edit is made.
    window.undoStack()->push(new Ui::SetMemoCommand(carols, memo, carols->memo(memo), QStringLiteral("carol: both")));
    QCOMPARE(owner->memo(memo), QStringLiteral("carol: both"));
}

void TestServerWindow::passwordWanted_isAskedFor_retriedWhenWrong_andKeptForTheSessionOnly()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Guarded"));
    QVERIFY(owner);
    // dave must log in with a password: a line of pg_hba.conf ahead of the cluster's trust, and a reload.
    QVERIFY(exec(QStringLiteral("ALTER ROLE dave PASSWORD 'sesame'")));
    QFile hba(m_cluster->dataDirectory() + QStringLiteral("/pg_hba.conf"));
    QVERIFY(hba.open(QIODevice::ReadOnly));
    const QByteArray rules = hba.readAll();
    hba.close();
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate)); // in place: the server's user keeps it
    hba.write("local all dave scram-sha-256\n" + rules);
    hba.close();
    QVERIFY(exec(QStringLiteral("SELECT pg_reload_conf()")));
    const QString url = urlFor(QStringLiteral("Guarded"), QStringLiteral("dave"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            bool needed = false;
            return !Core::Project::open(*Core::ServerLocation::parse(url), Core::Project::Access::ReadWrite, &needed)
                && needed;
        },
        5000));

    Ui::MainWindow window;
    QStringList problems;
    QStringList triedBefore;
    window.setPasswordPrompt([&](const Core::ServerLocation &location, const QString &problem) {
        problems.append(problem);
        triedBefore.append(location.password());
        return std::optional<QString>(problems.size() == 1 ? QStringLiteral("wrong") : QStringLiteral("sesame"));
    });
    QVERIFY(window.openProject(url));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(triedBefore, QStringList({QString(), QStringLiteral("wrong")}));
    QVERIFY(problems.at(0).isEmpty());
    QVERIFY2(problems.at(1).contains(QStringLiteral("password")), qPrintable(problems.at(1)));
    QCOMPARE(window.project()->serverRole(), QStringLiteral("coder"));
    // Not in the settings, the title or the project's location.
    QSettings().sync();
    for (const QString &key : QSettings().allKeys())
        QVERIFY2(!QSettings().value(key).toString().contains(QStringLiteral("sesame")), qPrintable(key));
    QVERIFY(!window.project()->filePath().contains(QStringLiteral("sesame")));

    // Another window in this session does not ask again.
    Ui::MainWindow second;
    int asked = 0;
    second.setPasswordPrompt([&asked](const Core::ServerLocation &, const QString &) {
        ++asked;
        return std::optional<QString>();
    });
    QVERIFY(second.openProject(url));
    QCOMPARE(asked, 0);

    // Giving up leaves the window as it was.
    const auto other = makeProject(QStringLiteral("Guarded too"));
    QVERIFY(other);
    QVERIFY(exec(QStringLiteral("ALTER ROLE dave PASSWORD 'changed'")));
    Ui::MainWindow third;
    third.setPasswordPrompt([&asked](const Core::ServerLocation &, const QString &) {
        ++asked;
        return std::optional<QString>();
    });
    QVERIFY(!third.openProject(urlFor(QStringLiteral("Guarded too"), QStringLiteral("dave"))));
    QCOMPARE(asked, 1);
    QVERIFY(!third.project());
}

void TestServerWindow::coderBox_defaultsToTheNameTheServerLetsTheLoginCodeUnder_untilOneIsPicked()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Coder default"));
    QVERIFY(owner);
    const qint64 identification = codeNamed(*owner, QStringLiteral("Identification"));
    // erik coded once before, under a name of his choosing: that coder is his login's.
    QVERIFY(exec(QStringLiteral("CREATE ROLE erik LOGIN")));
    QVERIFY(owner->setMemberRole(QStringLiteral("erik"), QStringLiteral("coder")));
    {
        auto asErik = Core::Project::open(urlFor(QStringLiteral("Coder default"), QStringLiteral("erik")));
        QVERIFY2(asErik, qPrintable(asErik ? QString() : asErik.error()));
        QVERIFY(
            (*asErik)->addCodingsAs(QStringLiteral("D. Smith"), {{m_documentId, identification, 0, 5, 9, {}, {}, {}}}));
    }
    const QString fileCoder = QStringLiteral("file-coder");
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentCoder(fileCoder); // no project open: the name for files
    auto *coderBox = window.findChild<QComboBox *>(QStringLiteral("coderBox"));
    QVERIFY(coderBox);

    // carol has not coded yet: her login's name, which the server lets her code under.
    QVERIFY(window.openProject(urlFor(QStringLiteral("Coder default"), QStringLiteral("carol"))));
    QCOMPARE(window.currentCoder(), QStringLiteral("carol"));
    QCOMPARE(coderBox->currentText(), QStringLiteral("carol"));
    window.documentView()->selectRange(100, 140);
    QVERIFY(window.codeSelection(identification));
    const auto carol = owner->coderByName(QStringLiteral("carol"));
    QVERIFY(carol);
    QCOMPARE(owner->codingCounts(carol->id).value(identification), 1);
    QVERIFY(grabTo(window, QStringLiteral("/tmp/marginalia-server-coder-default.png")));
    // The server's default is not a choice: the name for files is as it was.
    QCOMPARE(QSettings().value(QStringLiteral("coder/name")).toString(), fileCoder);

    // erik: the coder his login registered, not his login's name.
    Ui::MainWindow eriks;
    QVERIFY(eriks.openProject(urlFor(QStringLiteral("Coder default"), QStringLiteral("erik"))));
    QCOMPARE(eriks.currentCoder(), QStringLiteral("D. Smith"));

    // A name carol picks is that project's from then on, in a new window too; files keep theirs.
    window.setCurrentCoder(QStringLiteral("carol (pair work)"));
    QCOMPARE(QSettings().value(QStringLiteral("coder/name")).toString(), fileCoder);
    Ui::MainWindow again;
    again.setCurrentCoder(fileCoder);
    QVERIFY(again.openProject(urlFor(QStringLiteral("Coder default"), QStringLiteral("carol"))));
    QCOMPARE(again.currentCoder(), QStringLiteral("carol (pair work)"));
    // Carol's pick is her login's: the same project opened as erik on this computer is erik's default.
    Ui::MainWindow erikAgain;
    QVERIFY(erikAgain.openProject(urlFor(QStringLiteral("Coder default"), QStringLiteral("erik"))));
    QCOMPARE(erikAgain.currentCoder(), QStringLiteral("D. Smith"));

    // A project file opened after it codes under the name for files again.
    const QString file = m_dir->filePath(QStringLiteral("own.marginalia"));
    QVERIFY(Core::Project::create(file));
    QVERIFY(window.openProject(file));
    QCOMPARE(window.currentCoder(), fileCoder);
}

void TestServerWindow::coderBox_keepsItsNameWhenAnotherLoginHasTheLoginsName()
{
    if (!clusterAvailable())
        QSKIP(qPrintable(m_cluster->unavailableReason()));
    auto owner = makeProject(QStringLiteral("Coder taken"));
    QVERIFY(owner);
    // The owner registered a coder named carol (a project pushed with the students' names in it): its
    // codings are the owner's login's, so "carol" is no default for the login carol.
    QVERIFY(owner->ensureCoder(QStringLiteral("carol")));
    Ui::MainWindow window;
    window.setCurrentCoder(QStringLiteral("Carol B."));
    QVERIFY(window.openProject(urlFor(QStringLiteral("Coder taken"), QStringLiteral("carol"))));
    QCOMPARE(window.currentCoder(), QStringLiteral("Carol B."));
    window.documentView()->selectRange(100, 140);
    QVERIFY(window.codeSelection(codeNamed(*owner, QStringLiteral("Identification"))));
    QVERIFY(owner->coderByName(QStringLiteral("Carol B.")));
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"

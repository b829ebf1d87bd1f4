#include "documentview.h"
#include "mainwindow.h"
#include "palettes.h"
#include "preferencesdialog.h"
#include "projectsafeguard.h"
#include "store/project.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

/// Edit > Preferences in a window: each setting is written to where the rest of the window reads it and is
/// put into effect through the same setters as the View menu and the toolbar; Cancel changes nothing.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void languageBox_offersTheSystemsAndFourLanguagesInTheirOwnNames();
    void ok_writesEachSettingAndPutsItIntoEffect();
    void languageAlone_writesOnlyUiLanguage();
    void cancel_changesNothing();
    void apply_keepsTheDialogOpenAndIsGreyedOutUntilTheNextChange();
    void never_turnsTimedBackupsOff();
    void environmentVariable_winsAndTheIntervalIsNotOffered();
    void restartNow_appliesAndAsksForANewStart();
    void restartNow_closesTheProjectAndStartsMarginaliaOnIt();

private:
    /// Opens Edit > Preferences in the window and returns the dialog.
    Ui::PreferencesDialog *openPreferences();

    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MARGINALIA_CODER", "tester");
    qunsetenv("MARGINALIA_BACKUP_INTERVAL");
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPreferencesDialog::cleanup()
{
    m_window->setPaletteChoice(QStringLiteral("system"));
    m_window.reset();
    qunsetenv("MARGINALIA_BACKUP_INTERVAL");
    QSettings().clear();
}

Ui::PreferencesDialog *TestPreferencesDialog::openPreferences()
{
    // The dialog closed last is deleted later: not the one to return.
    if (!QTest::qWaitFor([this] { return !m_window->findChild<Ui::PreferencesDialog *>(); }))
        return nullptr;
    auto *action = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<Ui::PreferencesDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestPreferencesDialog::languageBox_offersTheSystemsAndFourLanguagesInTheirOwnNames()
{
    Ui::PreferencesDialog dialog({});
    QComboBox *languages = dialog.languageBox();
    QStringList codes, names;
    for (int i = 0; i < languages->count(); ++i) {
        codes.append(languages->itemData(i).toString());
        names.append(languages->itemText(i));
    }
    QCOMPARE(codes,
             (QStringList{QString(), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
                          QStringLiteral("ar")}));
    QCOMPARE(names.mid(1),
             (QStringList{QStringLiteral("English"), QStringLiteral("français"), QStringLiteral("español"),
                          QStringLiteral("العربية")}));
    QCOMPARE(languages->currentIndex(), 0);
    // A stored language is the one shown.
    Ui::PreferencesDialog::Values spanish;
    spanish.language = QStringLiteral("es");
    QCOMPARE(Ui::PreferencesDialog(spanish).languageBox()->currentData().toString(), QStringLiteral("es"));
}

void TestPreferencesDialog::ok_writesEachSettingAndPutsItIntoEffect()
{
    Ui::PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    Test::saveScreenshot(dialog, QStringLiteral("preferences"));
    const int size = m_window->documentView()->font().pointSize() + 3;
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("fr")));
    dialog->paletteBox()->setCurrentIndex(dialog->paletteBox()->findData(QStringLiteral("dark")));
    dialog->fontFamilyBox()->setCurrentFont(QFont(QStringLiteral("DejaVu Serif")));
    dialog->fontSizeBox()->setValue(size);
    dialog->coderEdit()->setText(QStringLiteral("  maria "));
    dialog->backupIntervalBox()->setValue(25);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->shortcut().isEmpty()
            || QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty());
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<Ui::PreferencesDialog *>());

    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(settings.value(QStringLiteral("view/palette")).toString(), QStringLiteral("dark"));
    QFont stored;
    QVERIFY(stored.fromString(settings.value(QStringLiteral("view/font")).toString()));
    QCOMPARE(stored.family(), QStringLiteral("DejaVu Serif"));
    QCOMPARE(stored.pointSize(), size);
    QCOMPARE(settings.value(QStringLiteral("coder/name")).toString(), QStringLiteral("maria"));
    QCOMPARE(settings.value(QStringLiteral("backups/intervalMinutes")).toInt(), 25);

    QCOMPARE(m_window->paletteChoice(), QStringLiteral("dark"));
    QVERIFY(Ui::Palettes::isDark(QApplication::palette()));
    QCOMPARE(m_window->documentView()->font().family(), QStringLiteral("DejaVu Serif"));
    QCOMPARE(m_window->documentView()->font().pointSize(), size);
    QCOMPARE(m_window->currentCoder(), QStringLiteral("maria"));
    QCOMPARE(m_window->safeguard()->intervalMinutes(), 25);

    // The View menu shows the colours chosen here, and the dialog opens again on what was chosen.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->data().toString() == QLatin1String("dark"))
            QVERIFY(action->isChecked());
    }
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->languageBox()->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(dialog->paletteBox()->currentData().toString(), QStringLiteral("dark"));
    QCOMPARE(dialog->fontSizeBox()->value(), size);
    QCOMPARE(dialog->coderEdit()->text(), QStringLiteral("maria"));
    QCOMPARE(dialog->backupIntervalBox()->value(), 25);
    // An empty name is the default coder's.
    dialog->coderEdit()->clear();
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_window->currentCoder(), QStringLiteral("tester"));
}

void TestPreferencesDialog::languageAlone_writesOnlyUiLanguage()
{
    QSettings settings;
    QMap<QString, QVariant> before;
    for (const QString &key : settings.allKeys())
        before.insert(key, settings.value(key));
    Ui::PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("ar")));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QMap<QString, QVariant> after;
    for (const QString &key : settings.allKeys())
        after.insert(key, settings.value(key));
    QCOMPARE(after.take(QStringLiteral("ui/language")).toString(), QStringLiteral("ar"));
    QCOMPARE(after, before);
    // The running window keeps its language: nothing in it changed.
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
}

void TestPreferencesDialog::cancel_changesNothing()
{
    const QFont font = m_window->documentView()->font();
    Ui::PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("es")));
    dialog->paletteBox()->setCurrentIndex(dialog->paletteBox()->findData(QStringLiteral("dark")));
    dialog->fontSizeBox()->setValue(font.pointSize() + 5);
    dialog->coderEdit()->setText(QStringLiteral("someone"));
    dialog->noBackupsBox()->setChecked(true);
    dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<Ui::PreferencesDialog *>());
    QSettings settings;
    QVERIFY(!settings.contains(QStringLiteral("ui/language")));
    QVERIFY(!settings.contains(QStringLiteral("backups/intervalMinutes")));
    QCOMPARE(settings.value(QStringLiteral("view/palette")).toString(), QStringLiteral("system"));
    QCOMPARE(m_window->paletteChoice(), QStringLiteral("system"));
    QCOMPARE(m_window->documentView()->font(), font);
    QCOMPARE(m_window->currentCoder(), QStringLiteral("tester"));
    QCOMPARE(m_window->safeguard()->intervalMinutes(), 10);
}

void TestPreferencesDialog::apply_keepsTheDialogOpenAndIsGreyedOutUntilTheNextChange()
{
    Ui::PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QPushButton *apply = dialog->buttons()->button(QDialogButtonBox::Apply);
    QVERIFY(!apply->isEnabled());
    dialog->paletteBox()->setCurrentIndex(dialog->paletteBox()->findData(QStringLiteral("light")));
    QVERIFY(apply->isEnabled());
    apply->click();
    QCOMPARE(m_window->paletteChoice(), QStringLiteral("light"));
    QVERIFY(dialog->isVisible());
    QVERIFY(!apply->isEnabled());
    // Cancel after Apply keeps what was applied.
    dialog->paletteBox()->setCurrentIndex(dialog->paletteBox()->findData(QStringLiteral("dark")));
    dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(m_window->paletteChoice(), QStringLiteral("light"));
    QCOMPARE(QSettings().value(QStringLiteral("view/palette")).toString(), QStringLiteral("light"));
}

void TestPreferencesDialog::never_turnsTimedBackupsOff()
{
    Ui::PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QVERIFY(dialog->backupIntervalBox()->isEnabled());
    dialog->noBackupsBox()->setChecked(true);
    QVERIFY(!dialog->backupIntervalBox()->isEnabled());
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(QSettings().value(QStringLiteral("backups/intervalMinutes")).toInt(), -1);
    QCOMPARE(m_window->safeguard()->intervalMinutes(), -1);
    QCOMPARE(Ui::ProjectSafeguard::configuredIntervalMinutes(), -1);
    dialog = openPreferences();
    QVERIFY(dialog);
    QVERIFY(dialog->noBackupsBox()->isChecked());
    dialog->reject();
}

void TestPreferencesDialog::environmentVariable_winsAndTheIntervalIsNotOffered()
{
    qputenv("MARGINALIA_BACKUP_INTERVAL", "3");
    Ui::PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QVERIFY(!dialog->backupIntervalBox()->isEnabled());
    QVERIFY(!dialog->noBackupsBox()->isEnabled());
    dialog->paletteBox()->setCurrentIndex(dialog->paletteBox()->findData(QStringLiteral("light")));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!QSettings().contains(QStringLiteral("backups/intervalMinutes")));
}

void TestPreferencesDialog::restartNow_appliesAndAsksForANewStart()
{
    // On the dialog alone: the window's answer starts a process and quits.
    Ui::PreferencesDialog dialog({});
    QSignalSpy applied(&dialog, &Ui::PreferencesDialog::applied);
    QSignalSpy restart(&dialog, &Ui::PreferencesDialog::restartRequested);
    dialog.show();
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ar")));
    dialog.restartButton()->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().value<Ui::PreferencesDialog::Values>().language, QStringLiteral("ar"));
    QCOMPARE(restart.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestPreferencesDialog::restartNow_closesTheProjectAndStartsMarginaliaOnIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.marginalia"));
    QVERIFY(Core::Project::create(path));
    QVERIFY(m_window->openProject(path));
    QString program;
    QStringList arguments;
    m_window->setProgramStarter([&](const QString &started, const QStringList &with) {
        // By now the window has let go of the project: the new one opens it for writing.
        if (m_window->project() || !Core::Project::open(path))
            return false;
        program = started;
        arguments = with;
        return true;
    });
    Ui::PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("es")));
    dialog->restartButton()->click();
    QTRY_COMPARE(program, QCoreApplication::applicationFilePath());
    QCOMPARE(arguments, QStringList{path});
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"

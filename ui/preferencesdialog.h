#pragma once

#include <QDialog>
#include <QFont>
#include <QString>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Marginalia::Ui {

/**
 * Edit > Preferences: the window's settings in one place. The language, the colours, the text's font,
 * the coder's name and how often the project is backed up.
 *
 * The dialog only edits values: OK and Apply hand them to whoever opened it (applied()), which puts them
 * into effect through the same setters as the View menu and the toolbar, so that both stay in step. The
 * language cannot change in a running window; Restart Now applies and asks for a new start.
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        /// The QSettings key ui/language: "" follows the system, else "en", "fr", "es" or "ar".
        QString language;
        /// "system", "light" or "dark", as MainWindow::setPaletteChoice() takes them.
        QString palette = QStringLiteral("system");
        QFont textFont;
        /// The name on new codings; empty: Core::defaultCoderName().
        QString coderName;
        /// Minutes between backups of a changed project; 0 after every change, negative never.
        int backupIntervalMinutes = 10;
        /// MARGINALIA_BACKUP_INTERVAL is set: it wins, and the dialog does not offer the interval.
        bool backupIntervalFromEnvironment = false;

        bool operator==(const Values &other) const;
        bool operator!=(const Values &other) const { return !(*this == other); }
    };

    /// The languages offered besides the system's, as ui/language stores them.
    static QStringList languages();

    explicit PreferencesDialog(const Values &current, QWidget *parent = nullptr);

    /// What the dialog shows now.
    Values values() const;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *paletteBox() const { return m_palette; }
    QFontComboBox *fontFamilyBox() const { return m_fontFamily; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QLineEdit *coderEdit() const { return m_coder; }
    QSpinBox *backupIntervalBox() const { return m_backupInterval; }
    QCheckBox *noBackupsBox() const { return m_noBackups; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QAbstractButton *restartButton() const { return m_restart; }

Q_SIGNALS:
    /// OK, Apply or Restart Now: put @p values into effect and remember them.
    void applied(const Marginalia::Ui::PreferencesDialog::Values &values);
    /// Restart Now, after applied(): start Marginalia again on the open project.
    void restartRequested();

private:
    void apply();
    void updateControls();

    Values m_applied;
    /// The family the font box showed for m_applied's font: it may name the family Qt matched instead
    /// ("DejaVu Sans" for "Sans Serif"), which is no change of the user's.
    QString m_shownFamily;
    QComboBox *m_language;
    QComboBox *m_palette;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QLineEdit *m_coder;
    QSpinBox *m_backupInterval;
    QCheckBox *m_noBackups;
    QDialogButtonBox *m_buttons;
    QAbstractButton *m_restart;
};

} // namespace Marginalia::Ui

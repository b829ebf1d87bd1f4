#include "preferencesdialog.h"

#include "base/defaultcoder.h"
#include "store/projectbackups.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {
/// A grey line of explanation under a control.
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// Each language under its own name, as someone who reads only that language looks for it. Written out
/// rather than QLocale::nativeLanguageName(), which names a country's variant ("American English",
/// "español de España" in Qt 6.4) and changes with Qt's CLDR data.
QString nativeName(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QStringLiteral("français");
    if (language == QLatin1String("es"))
        return QStringLiteral("español");
    if (language == QLatin1String("ar"))
        return QStringLiteral("العربية");
    return QStringLiteral("English");
}
} // namespace

bool PreferencesDialog::Values::operator==(const Values &other) const
{
    return language == other.language && palette == other.palette && textFont == other.textFont
        && coderName == other.coderName && backupIntervalMinutes == other.backupIntervalMinutes
        && backupIntervalFromEnvironment == other.backupIntervalFromEnvironment;
}

QStringList PreferencesDialog::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ar")};
}

PreferencesDialog::PreferencesDialog(const Values &current, QWidget *parent)
    : QDialog(parent)
    , m_applied(current)
    , m_language(new QComboBox(this))
    , m_palette(new QComboBox(this))
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_coder(new QLineEdit(this))
    , m_backupInterval(new QSpinBox(this))
    , m_noBackups(new QCheckBox(tr("&Never"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
    , m_restart(new QPushButton(tr("&Restart Now"), this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *form = new QFormLayout;
    // The notes under the fields take the fields' whole width.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_language->addItem(tr("System default"), QString());
    for (const QString &language : languages())
        m_language->addItem(nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    form->addRow(tr("&Language:"), m_language);
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(note(tr("Takes effect when Marginalia starts again."), this), 1);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setToolTip(tr("Apply the preferences, close this window and start Marginalia again on the "
                             "same project"));
    restartRow->addWidget(m_restart);
    form->addRow(QString(), restartRow);

    m_palette->addItem(tr("As the system"), QStringLiteral("system"));
    m_palette->addItem(tr("Light"), QStringLiteral("light"));
    m_palette->addItem(tr("Dark"), QStringLiteral("dark"));
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(current.palette)));
    form->addRow(tr("&Colours:"), m_palette);

    m_fontFamily->setCurrentFont(current.textFont);
    m_shownFamily = m_fontFamily->currentFont().family();
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt", "font size in points"));
    m_fontSize->setValue(qRound(current.textFont.pointSizeF()));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);
    // A row of two fields: its label is given the first for its shortcut.
    auto *fontLabel = new QLabel(tr("Text &font:"), this);
    fontLabel->setBuddy(m_fontFamily);
    form->addRow(fontLabel, fontRow);

    m_coder->setText(current.coderName);
    m_coder->setPlaceholderText(Core::defaultCoderName());
    m_coder->setClearButtonEnabled(true);
    form->addRow(tr("C&oder:"), m_coder);
    form->addRow(QString(), note(tr("The name on your new codings, as in the toolbar's Coder box."), this));

    m_backupInterval->setRange(0, 24 * 60);
    m_backupInterval->setPrefix(tr("every "));
    m_backupInterval->setSuffix(tr(" minutes"));
    m_backupInterval->setSpecialValueText(tr("after every change"));
    m_backupInterval->setValue(current.backupIntervalMinutes >= 0 ? current.backupIntervalMinutes : 10);
    m_noBackups->setChecked(current.backupIntervalMinutes < 0);
    m_noBackups->setToolTip(tr("Make no backups while the project is open; File > Back Up Now still does"));
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupInterval, 1);
    backupRow->addWidget(m_noBackups);
    auto *backupLabel = new QLabel(tr("&Backups:"), this);
    backupLabel->setBuddy(m_backupInterval);
    form->addRow(backupLabel, backupRow);
    const Core::ProjectBackups::Policy kept;
    QString backupNote = tr("While the project has changes. Kept beside the project, in a folder named after it "
                            "with \"%1\": the newest %2, and the last of each of the past %3 days.")
                             .arg(QLatin1String(Core::ProjectBackups::FolderSuffix))
                             .arg(kept.newest)
                             .arg(kept.days);
    if (current.backupIntervalFromEnvironment) {
        backupNote = tr("Set by the environment variable MARGINALIA_BACKUP_INTERVAL, which wins over this "
                        "setting.");
        m_backupInterval->setEnabled(false);
        m_noBackups->setEnabled(false);
    }
    form->addRow(QString(), note(backupNote, this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QAbstractButton::clicked, this, &PreferencesDialog::apply);
    connect(m_restart, &QAbstractButton::clicked, this, [this] {
        apply();
        accept();
        Q_EMIT restartRequested();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateControls);
    connect(m_palette, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateControls);
    connect(m_fontFamily, &QFontComboBox::currentFontChanged, this, &PreferencesDialog::updateControls);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &PreferencesDialog::updateControls);
    connect(m_coder, &QLineEdit::textChanged, this, &PreferencesDialog::updateControls);
    connect(m_backupInterval, &QSpinBox::valueChanged, this, &PreferencesDialog::updateControls);
    connect(m_noBackups, &QCheckBox::toggled, this, &PreferencesDialog::updateControls);
    updateControls();
}

PreferencesDialog::Values PreferencesDialog::values() const
{
    Values values = m_applied;
    values.language = m_language->currentData().toString();
    values.palette = m_palette->currentData().toString();
    // Only what was changed: a font that is not a whole number of points (zoomed) stays as it is.
    if (m_fontFamily->currentFont().family() != m_shownFamily)
        values.textFont.setFamilies({m_fontFamily->currentFont().family()});
    if (m_fontSize->value() != qRound(m_applied.textFont.pointSizeF()))
        values.textFont.setPointSize(m_fontSize->value());
    values.coderName = m_coder->text().trimmed();
    if (!m_applied.backupIntervalFromEnvironment)
        values.backupIntervalMinutes = m_noBackups->isChecked() ? -1 : m_backupInterval->value();
    return values;
}

void PreferencesDialog::apply()
{
    const Values chosen = values();
    m_shownFamily = m_fontFamily->currentFont().family();
    if (chosen != m_applied) {
        m_applied = chosen;
        Q_EMIT applied(chosen);
    }
    updateControls();
}

void PreferencesDialog::updateControls()
{
    m_backupInterval->setEnabled(!m_applied.backupIntervalFromEnvironment && !m_noBackups->isChecked());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(values() != m_applied);
}

} // namespace Marginalia::Ui

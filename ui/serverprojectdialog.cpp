#include "serverprojectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Marginalia::Ui {

ServerProjectDialog::ServerProjectDialog(const QStringList &recentLocations, QWidget *parent)
    : QDialog(parent)
    , m_location(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Server Project"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The project's location on a PostgreSQL server, as its owner gave it to you:\n"
                                "postgresql://server/database?project=NAME, or a .marginalia-server file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_location->setObjectName(QStringLiteral("serverLocationBox"));
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setMinimumContentsLength(48);
    m_location->addItems(recentLocations);
    m_location->setCurrentIndex(-1);
    m_location->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://db.example.org/team?project=Seminar"));
    layout->addWidget(m_location);

    m_problem->setObjectName(QStringLiteral("serverLocationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);

    auto *note = new QLabel(tr("When the server wants a password, Marginalia asks for it and keeps it only until it "
                               "quits; it is never saved."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false); // a quieter grey: information, not a field
    layout->addWidget(note);

    QPushButton *file = m_buttons->addButton(tr("Connection &File..."), QDialogButtonBox::ActionRole);
    file->setObjectName(QStringLiteral("connectionFileButton"));
    connect(file, &QPushButton::clicked, this, &ServerProjectDialog::chooseConnectionFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_location, &QComboBox::currentTextChanged, this, &ServerProjectDialog::validate);
    validate();
}

std::optional<Core::ServerLocation> ServerProjectDialog::ask(QWidget *parent, const QStringList &recentLocations)
{
    ServerProjectDialog dialog(recentLocations, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.location();
}

QString ServerProjectDialog::locationText() const
{
    return m_location->currentText().trimmed();
}

void ServerProjectDialog::setLocationText(const QString &text)
{
    m_location->setCurrentText(text);
    validate();
}

std::optional<Core::ServerLocation> ServerProjectDialog::location() const
{
    const QString text = locationText();
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = Core::ServerLocation::parse(text);
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

QString ServerProjectDialog::problem() const
{
    const QString text = locationText();
    if (text.isEmpty())
        return {};
    if (!Core::ServerLocation::isServerLocation(text))
        return tr("Not a server location: it begins with postgresql:// (or is a .marginalia-server file). To "
                  "open a project file, use File > Open Project.");
    auto parsed = Core::ServerLocation::parse(text);
    return parsed ? QString() : parsed.error();
}

void ServerProjectDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(why.isEmpty() && !locationText().isEmpty());
}

void ServerProjectDialog::chooseConnectionFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Connection File"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Server connections (*%1);;All files (*)").arg(QLatin1String(Core::ServerLocation::FileSuffix)));
    if (path.isEmpty())
        return;
    setLocationText(path);
    if (location())
        accept();
}

} // namespace Marginalia::Ui

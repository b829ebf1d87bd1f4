#include "serverpassworddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

QString serverName(const Core::ServerLocation &location)
{
    // A socket folder or libpq's default is this computer's own server.
    if (location.host().isEmpty() || location.host().startsWith(u'/'))
        return ServerPasswordDialog::tr("this computer's server");
    return location.host();
}

} // namespace

ServerPasswordDialog::ServerPasswordDialog(const Core::ServerLocation &location, const QString &problem,
                                           QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Server Password"));
    auto *layout = new QVBoxLayout(this);
    const QString user = location.user().isEmpty() ? tr("your login") : tr("\"%1\"").arg(location.user());
    QString text = tr("The server wants the password of %1 on %2 for the project \"%3\".")
                       .arg(user, serverName(location), location.projectName());
    if (!problem.isEmpty())
        text = tr("That password was not accepted.") + u' ' + text;
    m_prompt->setText(text);
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt);
    m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_password);
    auto *note = new QLabel(tr("Kept in memory until Marginalia quits, never saved. To be asked no more, put it in "
                               "~/.pgpass."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

std::optional<QString> ServerPasswordDialog::ask(QWidget *parent, const Core::ServerLocation &location,
                                                 const QString &problem)
{
    ServerPasswordDialog dialog(location, problem, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

void ServerPasswordDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

Core::ServerLocation ServerPasswordDialog::withPassword(Core::ServerLocation location) const
{
    location.setPassword(password());
    return location;
}

QString ServerPasswordDialog::prompt() const
{
    return m_prompt->text();
}

} // namespace Marginalia::Ui

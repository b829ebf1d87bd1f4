#pragma once

#include "store/serverlocation.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace Marginalia::Ui {

/**
 * Asks for the password a PostgreSQL server wants (Project::open() said so), naming the login and the
 * server; a second ask after a wrong password says why. The password goes onto a copy of the location for
 * this session only (ServerLocation::setPassword): nothing here writes it anywhere.
 */
class ServerPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p problem: what the server answered the last attempt (empty on the first ask).
    ServerPasswordDialog(const Core::ServerLocation &location, const QString &problem, QWidget *parent = nullptr);

    /// Asks; the password typed, or nothing when cancelled.
    static std::optional<QString> ask(QWidget *parent, const Core::ServerLocation &location, const QString &problem);

    QString password() const;
    void setPassword(const QString &password);
    /// @p location with the password typed here, ready for Project::open().
    Core::ServerLocation withPassword(Core::ServerLocation location) const;
    /// The sentence over the field: who logs in where.
    QString prompt() const;

private:
    QLabel *m_prompt;
    QLineEdit *m_password;
};

} // namespace Marginalia::Ui

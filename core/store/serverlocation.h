#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class QSqlDatabase;

namespace Marginalia::Core {

/**
 * Where a project on a PostgreSQL server lives and how to reach it (issue 16): the server, the database,
 * the login, and the project's name in the database's catalog of projects. It is what a file path is to
 * a project in a file, and it is written two ways:
 *
 * - a URL in libpq's form with our `project=` parameter, for the command line and the "Open from server"
 *   dialog: `postgresql://[user[:password]@][host][:port]/database?project=NAME[&keyword=value...]`
 *   (or `postgres://`). Parts are percent-encoded; `?host=/run/postgresql` names a folder with the
 *   server's Unix socket, as libpq allows; an IPv6 address goes in brackets (`[::1]`). Every other query
 *   item is a libpq connection keyword (`sslmode=require`, `service=team`, `connect_timeout=10`) and is
 *   passed on unchanged, so what libpq can do the store can.
 * - a connection file, `NAME.marginalia-server`: a small text file holding that URL, which a file manager
 *   opens with Marginalia on a double click and which can be mailed to a team. It never holds a password.
 *
 * QPSQL cannot take a URL (it calls PQconnectdb() with a key=value string it builds itself, so libpq would
 * also refuse our `project=`): applyTo() sets the parts QSqlDatabase has fields for and passes the rest as
 * connect options.
 *
 * A password is kept only in memory for the session: displayText(), which goes into recent files, window
 * titles, logs and error messages, and connection files never carry it. Without one, libpq finds it
 * itself in `~/.pgpass` (or `PGPASSFILE`) or a service file, as for psql.
 */
class ServerLocation final
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ServerLocation)

public:
    /// `seminar.marginalia-server` is a connection file.
    static constexpr auto FileSuffix = ".marginalia-server";
    /// The section a connection file's `url=` (and optional `user=`) is in.
    static constexpr auto FileSection = "Marginalia Server Project";
    /// A connection file is a few lines; anything larger is something else, and is not read into memory.
    static constexpr qint64 MaximumFileSize = 64 * 1024;
    /// What connectOptions() names the connection as (pg_stat_activity) unless the URL says otherwise.
    static constexpr auto ApplicationName = "Marginalia";

    /// A libpq connection keyword and its value, percent-decoded.
    using Option = std::pair<QString, QString>;

    /// Whether @p text names a server project rather than a project file: a `postgresql://` or
    /// `postgres://` URL, or an existing file whose name ends in FileSuffix. Cheap (no parsing, at most one
    /// stat), because the store asks it on every open.
    static bool isServerLocation(const QString &text);

    /// Reads a URL or the connection file at the path @p text. Errors name the URL (without its password)
    /// or the file and line, and what is wrong, e.g. "postgresql://h/db: names no project; add
    /// ?project=NAME".
    static Result<ServerLocation> parse(const QString &text);

    /// Writes @p location as a connection file at @p path, atomically (a failed write leaves the old file).
    /// Any password is left out: a file can be copied, mailed and backed up where a password must not go.
    /// @p path must end in FileSuffix, so that isServerLocation() recognises the file.
    static Status writeConnectionFile(const QString &path, const ServerLocation &location);

    /// The server's host name or address, or the folder of its Unix socket (starts with `/`); empty for
    /// libpq's default (PGHOST, a service file, or the default socket).
    QString host() const { return m_host; }
    /// The server's port; 0 for libpq's default (PGPORT, a service file, or 5432).
    int port() const { return m_port; }
    /// Empty only when a `service=` names it.
    QString database() const { return m_database; }
    /// The login; empty for libpq's default (PGUSER, a service file, or the system user's name).
    QString user() const { return m_user; }
    /// The project's name in the database's catalog of projects (`?project=`); never empty.
    QString projectName() const { return m_projectName; }
    /// The other libpq keywords, in the order the URL gave them; without host, port, dbname, user,
    /// password and project, which have their own accessors.
    QList<Option> options() const { return m_options; }
    /// The value of the libpq keyword @p keyword among options(); empty when not given.
    QString option(const QString &keyword) const;

    /// The password for this session, from the URL or a dialog; empty when libpq is to find it itself.
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    /// The connection file this location was read from (absolute), or empty for a URL. Not part of
    /// operator==: the same project reached through a file or through its URL is the same project.
    QString sourceFile() const { return m_sourceFile; }

    /// The location as a URL without the password: for recent files, window titles, logs and error
    /// messages. parse() reads it back to an equal location. Letters outside ASCII stay readable; spaces,
    /// URL punctuation and invisible characters are percent-encoded.
    QString displayText() const;

    /// What QSqlDatabase::setConnectOptions() needs for QPSQL: the options() as libpq `key='value'`
    /// pairs joined by `;` (QPSQL turns each `;` into a space and appends the string to the conninfo it
    /// builds), values quoted by libpq's rules, and `application_name='Marginalia'` unless the URL names
    /// one. Never holds the password.
    QString connectOptions() const;

    /// Sets host, port, database, user and connect options on @p database (a QPSQL connection not yet
    /// open). The password is set only when there is one, so that libpq still looks in `~/.pgpass`,
    /// PGPASSFILE and service files, and a password set on @p database beforehand stays.
    void applyTo(QSqlDatabase &database) const;

    /// The server and login, as a URL without project, options (other than `service` and `hostaddr`,
    /// which choose the server) or password: a key for caches and for remembering a password for the
    /// session per server.
    QString serverKey() const;

    /// Equal when everything but the password (and sourceFile()) is; options compare without regard to
    /// their order, which libpq ignores too.
    bool operator==(const ServerLocation &other) const;
    bool operator!=(const ServerLocation &other) const { return !(*this == other); }

private:
    ServerLocation() = default;
    static Result<ServerLocation> parseUrl(const QString &url);
    static Result<ServerLocation> readConnectionFile(const QString &path);
    QString urlText(bool withProjectAndOptions) const;

    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_projectName;
    QList<Option> m_options;
    QString m_sourceFile;
};

} // namespace Marginalia::Core

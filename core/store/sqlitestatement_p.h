#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace Marginalia::Core {

/**
 * A prepared statement on the SQLite handle underneath a Qt Sql connection, for the bulk reads that walk
 * every coding (frequencies, export). QSqlQuery builds a QVariant per value and copies every row, which
 * costs several times what SQLite itself needs; these loops must stay close to the sqlite3 shell.
 *
 * Qt's SQLite driver links the same libsqlite3 as we do (Debian builds Qt with -system-sqlite), so the
 * handle it exposes through QSqlDriver::handle() is ours to use on the same thread.
 */
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorString() const { return m_error; }

    /// Binds parameter @p index (1-based, as in SQLite).
    void bind(int index, qint64 value);
    /// Steps to the next row; false at the end or on an error (see errorString()).
    bool next();
    void reset();

    qint64 int64(int column) const;
    /// UTF-8 text of a column, valid until the next call to next() or reset().
    QByteArrayView text(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace Marginalia::Core

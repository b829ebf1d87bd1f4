#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <initializer_list>

#include <vector>

struct sqlite3_stmt;
class QSqlQuery;

namespace Marginalia::Core {

class PostgresConnection;
class SqliteConnection;
class StoreConnection;

/**
 * The store's one way to run SQL: a prepared statement (from the connection's cache) with its values
 * bound, run at once, its rows read one at a time; reset when it goes out of scope, because an
 * unfinished SELECT keeps SQLite's read snapshot, which would block WAL checkpoints.
 *
 * Values bind by their type: integers, doubles, text (a null QString binds as '', since the store's text
 * columns are NOT NULL and mean '' by it) and byte arrays; a QVariant without a value (QVariant(), or
 * QVariant(QMetaType) made without one) binds SQL NULL. Columns come back as QVariant (value()), or without
 * a copy: int64() and text(), whose UTF-8 view is valid until the next step. Bulk reads that walk every
 * coding use the latter, where a QVariant a value would cost more than SQLite itself.
 */
class Statement final
{
public:
    Statement(StoreConnection &connection, const QString &sql, std::initializer_list<QVariant> values = {});
    Statement(StoreConnection &connection, const QString &sql, const QVariantList &values);
    /// On a file's own connection (SQLite-only code: full-text search, checks).
    Statement(SqliteConnection &connection, const QString &sql, std::initializer_list<QVariant> values = {});
    Statement(SqliteConnection &connection, const QString &sql, const QVariantList &values);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// Prepared, bound and run without an error.
    bool ok() const { return m_error.isEmpty(); }
    /// Steps to the next row: false at the end or on an error (then ok() is false).
    bool next();

    QVariant value(int column) const;
    qint64 int64(int column) const;
    /// UTF-8 text of a column, valid until the next call to next().
    QByteArrayView text(int column) const;
    QString string(int column) const;
    bool isNull(int column) const;

    /// The message and the primary and extended SQLite result codes of the failure, when !ok() (on a server,
    /// PostgreSQL's SQLSTATE mapped to them: PostgresConnection).
    QString error() const { return m_error; }
    int errorCode() const { return m_errorCode & 0xff; }
    int extendedErrorCode() const { return m_errorCode; }
    /// Rows an INSERT, UPDATE or DELETE changed. (The id an INSERT gave comes from its RETURNING clause,
    /// which both backends have.)
    qint64 rowsAffected() const { return m_changes; }

private:
    void runSqlite(const QVariant *values, qsizetype count);
    void bind(int index, const QVariant &value);
    void fail();
    void runPostgres(const QString &sql, const QVariant *values, qsizetype count, bool retried = false);
    bool nextPostgres();

    SqliteConnection *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    PostgresConnection *m_postgres = nullptr;
    QSqlQuery *m_query = nullptr;
    /// The UTF-8 of the text columns read from the current row of a server's result, which text() views.
    mutable std::vector<QByteArray> m_utf8;
    QString m_error;
    int m_errorCode = 0;
    qint64 m_changes = 0;
    /// The first step happens when the statement runs; its row is the one next() gives first.
    bool m_pendingRow = false;
    bool m_done = false;
};

} // namespace Marginalia::Core

#include "store/statement_p.h"

#include "store/storeconnection_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace Marginalia::Core {

Statement::Statement(SqliteConnection &connection, const QString &sql, std::initializer_list<QVariant> values)
    : m_connection(&connection)
    , m_statement(connection.acquire(sql))
{
    runSqlite(values.begin(), qsizetype(values.size()));
}

Statement::Statement(SqliteConnection &connection, const QString &sql, const QVariantList &values)
    : m_connection(&connection)
    , m_statement(connection.acquire(sql))
{
    runSqlite(values.constData(), values.size());
}

Statement::Statement(StoreConnection &connection, const QString &sql, std::initializer_list<QVariant> values)
{
    if (PostgresConnection *postgres = connection.postgres()) {
        m_postgres = postgres;
        runPostgres(sql, values.begin(), qsizetype(values.size()));
    } else {
        m_connection = &connection.sqlite();
        m_statement = m_connection->acquire(sql);
        runSqlite(values.begin(), qsizetype(values.size()));
    }
}

Statement::Statement(StoreConnection &connection, const QString &sql, const QVariantList &values)
{
    if (PostgresConnection *postgres = connection.postgres()) {
        m_postgres = postgres;
        runPostgres(sql, values.constData(), values.size());
    } else {
        m_connection = &connection.sqlite();
        m_statement = m_connection->acquire(sql);
        runSqlite(values.constData(), values.size());
    }
}

Statement::~Statement()
{
    if (m_postgres)
        m_postgres->release(m_query);
    else
        m_connection->release(m_statement);
}

void Statement::runPostgres(const QString &sql, const QVariant *values, qsizetype count, bool retried)
{
    m_query = m_postgres->acquire(sql);
    if (!m_query) {
        if (!retried && m_postgres->lostConnection() && !m_postgres->inTransaction() && m_postgres->reconnect()) {
            runPostgres(sql, values, count, true);
            return;
        }
        fail();
        return;
    }
    for (qsizetype i = 0; i < count; ++i) {
        const QVariant &value = values[i];
        // QPSQL sends a null QString as NULL; the store means '' by it (see the class comment). Booleans go as
        // the integers the schema stores them as.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            m_query->bindValue(int(i), QStringLiteral(""));
        else if (value.typeId() == QMetaType::Bool && !value.isNull())
            m_query->bindValue(int(i), qint64(value.toBool() ? 1 : 0));
        else
            m_query->bindValue(int(i), value);
    }
    if (!m_query->exec()) {
        m_postgres->fail(m_query->lastError());
        // A read outside a write, after the server or the network dropped the connection: once more, on a
        // new one. (Inside a write, the whole write fails and the next one reconnects.)
        if (!retried && m_postgres->lostConnection() && !m_postgres->inTransaction()) {
            m_postgres->release(m_query);
            m_query = nullptr;
            if (m_postgres->reconnect()) {
                runPostgres(sql, values, count, true);
                return;
            }
        }
        fail();
        return;
    }
    m_changes = m_query->isSelect() ? 0 : m_query->numRowsAffected();
    m_utf8.assign(size_t(m_query->record().count()), QByteArray());
}

bool Statement::nextPostgres()
{
    if (m_done || !m_query)
        return false;
    if (m_query->next())
        return true;
    m_done = true;
    return false;
}

void Statement::runSqlite(const QVariant *values, qsizetype count)
{
    if (!m_statement) {
        fail();
        return;
    }
    for (qsizetype i = 0; i < count; ++i)
        bind(int(i + 1), values[i]); // SQLite numbers parameters from 1
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_pendingRow = true;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
        m_changes = sqlite3_changes64(m_connection->handle());
    } else {
        fail();
    }
}

void Statement::bind(int index, const QVariant &value)
{
    // A variant without a value (QVariant(), QVariant(QMetaType::fromType<qint64>())) is SQL NULL. One that
    // holds a null QString is not: that is text, '' (Qt 6's QVariant::isNull() tells the two apart).
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        return;
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
        return;
    }
    }
}

void Statement::fail()
{
    if (m_postgres) {
        m_error = m_postgres->lastError();
        m_errorCode = m_postgres->lastErrorCode();
        m_pendingRow = false;
        m_done = true;
        return;
    }
    m_error = m_connection->lastError();
    m_errorCode = m_connection->handle() ? sqlite3_extended_errcode(m_connection->handle()) : SQLITE_MISUSE;
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(sqlite3_errstr(m_errorCode));
    m_pendingRow = false;
    m_done = true;
}

bool Statement::next()
{
    if (m_postgres)
        return nextPostgres();
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    if (m_done || !m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        m_done = true;
    else
        fail();
    return false;
}

QVariant Statement::value(int column) const
{
    if (m_postgres) {
        const QVariant value = m_query->value(column);
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            return value.isNull() ? QVariant() : QVariant(value.toLongLong());
        default:
            return value.isNull() ? QVariant() : value;
        }
    }
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(string(column));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant();
    }
}

qint64 Statement::int64(int column) const
{
    if (m_postgres)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView Statement::text(int column) const
{
    if (m_postgres) {
        QByteArray &utf8 = m_utf8[size_t(column)];
        utf8 = m_query->value(column).toString().toUtf8();
        return QByteArrayView(utf8);
    }
    // Text first, then its length in bytes: the order SQLite documents for a stable pointer.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QString Statement::string(int column) const
{
    if (m_postgres)
        return m_query->value(column).toString();
    const QByteArrayView utf8 = text(column);
    return QString::fromUtf8(utf8.data(), utf8.size());
}

bool Statement::isNull(int column) const
{
    if (m_postgres)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace Marginalia::Core

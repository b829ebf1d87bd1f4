#include "store/statement_p.h"

#include "store/sqliteconnection_p.h"

#include <sqlite3.h>

namespace Marginalia::Core {

Statement::Statement(SqliteConnection &connection, const QString &sql, std::initializer_list<QVariant> values)
    : m_connection(connection)
    , m_statement(connection.acquire(sql))
{
    run(values.begin(), qsizetype(values.size()));
}

Statement::Statement(SqliteConnection &connection, const QString &sql, const QVariantList &values)
    : m_connection(connection)
    , m_statement(connection.acquire(sql))
{
    run(values.constData(), values.size());
}

Statement::~Statement()
{
    m_connection.release(m_statement);
}

void Statement::run(const QVariant *values, qsizetype count)
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
        sqlite3 *db = m_connection.handle();
        m_changes = sqlite3_changes64(db);
        m_lastInsertId = sqlite3_last_insert_rowid(db);
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
    m_error = m_connection.lastError();
    m_errorCode = m_connection.handle() ? sqlite3_extended_errcode(m_connection.handle()) : SQLITE_MISUSE;
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(sqlite3_errstr(m_errorCode));
    m_pendingRow = false;
    m_done = true;
}

bool Statement::next()
{
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
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView Statement::text(int column) const
{
    // Text first, then its length in bytes: the order SQLite documents for a stable pointer.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QString Statement::string(int column) const
{
    const QByteArrayView utf8 = text(column);
    return QString::fromUtf8(utf8.data(), utf8.size());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace Marginalia::Core

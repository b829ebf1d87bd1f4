// The store's one way to run SQL: how values bind, how rows come back, what a failure says, and that the
// statement cache hands out a second statement when the same SQL runs inside its own loop.

#include "store/sqliteconnection_p.h"
#include "store/statement_p.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Marginalia::Core;

class TestStatement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void values_bindByTheirType();
    void nullQString_isEmptyTextButAVariantWithoutValue_isNull();
    void rows_comeBackOneAtATime_andTextWithoutACopy();
    void sameSqlInItsOwnLoop_getsAStatementOfItsOwn();
    void failure_saysWhyWithSqlitesCodes();
    void write_reportsRowsAffectedAndReturnsTheNewRowId();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteConnection> m_db;
};

void TestStatement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SqliteConnection>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite")), false, true));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, "
                                      "n TEXT NOT NULL DEFAULT 'x' CHECK (n <> 'forbidden'))")));
}

void TestStatement::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStatement::values_bindByTheirType()
{
    {
        Statement insert(*m_db, QStringLiteral("INSERT INTO t (i, r, s, b) VALUES (?, ?, ?, ?)"),
                         {qint64(1) << 40, 2.5, QStringLiteral("🌍 حماية"), QByteArray("\0\1", 2)});
        QVERIFY2(insert.ok(), qPrintable(insert.error()));
    }
    Statement row(*m_db, QStringLiteral("SELECT i, typeof(i), r, s, b, typeof(b) FROM t"));
    QVERIFY(row.next());
    QCOMPARE(row.int64(0), qint64(1) << 40);
    QCOMPARE(row.string(1), QStringLiteral("integer"));
    QCOMPARE(row.value(2).toDouble(), 2.5);
    QCOMPARE(row.string(3), QStringLiteral("🌍 حماية"));
    QCOMPARE(row.value(4).toByteArray(), QByteArray("\0\1", 2));
    QCOMPARE(row.string(5), QStringLiteral("blob"));
    QVERIFY(!row.next());
}

void TestStatement::nullQString_isEmptyTextButAVariantWithoutValue_isNull()
{
    {
        Statement insert(*m_db, QStringLiteral("INSERT INTO t (s, i) VALUES (?, ?)"),
                         {QString(), QVariant(QMetaType::fromType<qint64>())});
        QVERIFY(insert.ok());
    }
    {
        Statement insert(*m_db, QStringLiteral("INSERT INTO t (s) VALUES (?)"),
                         {QVariant(QMetaType::fromType<QString>())});
        QVERIFY(insert.ok());
    }
    Statement rows(*m_db, QStringLiteral("SELECT typeof(s), typeof(i), s FROM t ORDER BY id"));
    QVERIFY(rows.next());
    QCOMPARE(rows.string(0), QStringLiteral("text")); // a null QString is '' (the store's NOT NULL columns)
    QCOMPARE(rows.string(1), QStringLiteral("null"));
    QVERIFY(rows.next());
    QCOMPARE(rows.string(0), QStringLiteral("null")); // a variant made without a value is NULL
    QVERIFY(rows.isNull(2));
}

void TestStatement::rows_comeBackOneAtATime_andTextWithoutACopy()
{
    for (int i = 0; i < 3; ++i) {
        Statement insert(*m_db, QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)"),
                         {i, QStringLiteral("row %1").arg(i)});
        QVERIFY(insert.ok());
    }
    Statement rows(*m_db, QStringLiteral("SELECT i, s FROM t ORDER BY i"));
    QStringList seen;
    while (rows.next())
        seen.append(QString::number(rows.int64(0)) + u':' + QString::fromUtf8(rows.text(1)));
    QVERIFY(rows.ok());
    QCOMPARE(seen, (QStringList{QStringLiteral("0:row 0"), QStringLiteral("1:row 1"), QStringLiteral("2:row 2")}));
}

void TestStatement::sameSqlInItsOwnLoop_getsAStatementOfItsOwn()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(Statement(*m_db, QStringLiteral("INSERT INTO t (i) VALUES (?)"), {i}).ok());
    const QString sql = QStringLiteral("SELECT i FROM t WHERE i >= ? ORDER BY i");
    int pairs = 0;
    Statement outer(*m_db, sql, {0});
    while (outer.next()) {
        Statement inner(*m_db, sql, {outer.int64(0)}); // the cached statement is busy: a second one
        while (inner.next())
            ++pairs;
    }
    QCOMPARE(pairs, 3 + 2 + 1);
    // Both went back: the cached one serves again.
    Statement again(*m_db, sql, {2});
    QVERIFY(again.next());
    QCOMPARE(again.int64(0), qint64(2));
}

void TestStatement::failure_saysWhyWithSqlitesCodes()
{
    Statement bad(*m_db, QStringLiteral("INSERT INTO t (n) VALUES ('forbidden')"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errorCode(), SQLITE_CONSTRAINT);
    QCOMPARE(bad.extendedErrorCode(), SQLITE_CONSTRAINT_CHECK);
    QVERIFY2(bad.error().contains(QLatin1String("CHECK constraint failed")), qPrintable(bad.error()));
    Statement syntax(*m_db, QStringLiteral("SELEKT 1"));
    QVERIFY(!syntax.ok());
    QVERIFY(!syntax.next());
    QVERIFY2(syntax.error().contains(QLatin1String("syntax error")), qPrintable(syntax.error()));
}

void TestStatement::write_reportsRowsAffectedAndReturnsTheNewRowId()
{
    Statement first(*m_db, QStringLiteral("INSERT INTO t (i) VALUES (7)"));
    QCOMPARE(first.rowsAffected(), 1);
    // The new row's id comes from RETURNING, as on a server.
    Statement second(*m_db, QStringLiteral("INSERT INTO t (i) VALUES (9) RETURNING rowid"));
    QVERIFY(second.next());
    QCOMPARE(second.int64(0), 2);
    QVERIFY(!second.next());
    QVERIFY(Statement(*m_db, QStringLiteral("DELETE FROM t WHERE i = 9")).ok());
    QVERIFY(Statement(*m_db, QStringLiteral("INSERT INTO t (i) VALUES (7)")).ok());
    Statement update(*m_db, QStringLiteral("UPDATE t SET i = 8 WHERE i = ?"), {7});
    QCOMPARE(update.rowsAffected(), 2);
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"

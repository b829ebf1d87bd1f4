#include "export/csvwriter.h"

#include <QBuffer>
#include <QTest>

using Marginalia::Core::CsvWriter;

namespace {

/// A strict RFC 4180 reader, independent of the writer, to prove that what we write parses back to the
/// same cells.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
            row.append(QString::fromUtf8(field));
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    return rows;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeField_data();
    void encodeField();
    void rows_endWithCrLfAndRoundTrip();
    void numbers_areNeverGuarded();
    void byteOrderMark_isWrittenFirst();
    void largeOutput_isFlushedInChunksAndComplete();
    void failingDevice_isReported();
};

void TestCsvWriter::encodeField_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringLiteral("identification") << true << QByteArray("identification");
    QTest::newRow("empty") << QString() << true << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a, b") << true << QByteArray("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"no\"") << true << QByteArray("\"say \"\"no\"\"\"");
    QTest::newRow("newline") << QStringLiteral("line 1\nline 2") << true << QByteArray("\"line 1\nline 2\"");
    QTest::newRow("crlf inside") << QStringLiteral("a\r\nb") << false << QByteArray("\"a\r\nb\"");
    QTest::newRow("leading space kept") << QStringLiteral("  padded ") << true << QByteArray("  padded ");
    QTest::newRow("utf-8") << QStringLiteral("non-refoulement – مبدأ 🌍") << false
                           << QStringLiteral("non-refoulement – مبدأ 🌍").toUtf8();
    QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")") << true
                               << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("formula +") << QStringLiteral("+1") << true << QByteArray("'+1");
    QTest::newRow("formula -") << QStringLiteral("- bullet") << true << QByteArray("'- bullet");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << true << QByteArray("'@SUM(A1)");
    QTest::newRow("formula tab") << QStringLiteral("\t=1") << true << QByteArray("'\t=1");
    QTest::newRow("formula cr") << QStringLiteral("\r=1") << true << QByteArray("\"'\r=1\"");
    QTest::newRow("formula raw") << QStringLiteral("=1+1") << false << QByteArray("=1+1");
    QTest::newRow("equals later is fine") << QStringLiteral("a=b") << true << QByteArray("a=b");
}

void TestCsvWriter::encodeField()
{
    QFETCH(QString, input);
    QFETCH(bool, guard);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::encodeField(input.toUtf8(), guard ? CsvWriter::FormulaGuard::On : CsvWriter::FormulaGuard::Off),
             expected);
}

void TestCsvWriter::rows_endWithCrLfAndRoundTrip()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QList<QStringList> rows = {
        {QStringLiteral("document"), QStringLiteral("text")},
        {QStringLiteral("a, \"b\""), QStringLiteral("multi\nline\r\ncell")},
        {QString(), QStringLiteral("مبدأ عدم الإعادة")},
    };
    {
        CsvWriter writer(&buffer, CsvWriter::FormulaGuard::Off);
        for (const QStringList &row : rows)
            writer.addRow(row);
        QVERIFY(writer.flush());
    }
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("document,text\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(parseCsv(bytes), rows);
}

void TestCsvWriter::numbers_areNeverGuarded()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.addNumber(-5);
        writer.addNumber(120);
        writer.addField(QStringView(u"-5"));
        writer.endRow();
    }
    QCOMPARE(buffer.data(), QByteArray("-5,120,'-5\r\n"));
}

void TestCsvWriter::byteOrderMark_isWrittenFirst()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeByteOrderMark();
        writer.addRow({QStringLiteral("x")});
    }
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFx\r\n"));
}

void TestCsvWriter::largeOutput_isFlushedInChunksAndComplete()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString cell(1000, u'x');
    {
        CsvWriter writer(&buffer);
        for (int i = 0; i < 2000; ++i)
            writer.addRow({QString::number(i), cell});
        QVERIFY(buffer.size() > 0); // flushed before the end
    }
    const auto rows = parseCsv(buffer.data());
    QCOMPARE(rows.size(), 2000);
    QCOMPARE(rows.last().first(), QStringLiteral("1999"));
}

void TestCsvWriter::failingDevice_isReported()
{
    QBuffer buffer; // never opened for writing: every write fails
    CsvWriter writer(&buffer);
    writer.addRow({QStringLiteral("x")});
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasError());
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"

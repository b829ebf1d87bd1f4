// Tests for ZipArchive and ZipWriter: the ZIP containers behind .docx, .odt and .qdpx, read without trusting
// them (names, sizes, bombs) and written all or nothing.

#include "archive/ziparchive.h"
#include "archive/zipwriter.h"
#include "testsupport.h"
#include "zipbuilder.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using Marginalia::Test::buildZip;
using Marginalia::Test::RawZipEntry;

class TestZipArchive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void writtenArchive_readsBackEveryEntryExactly();
    void writer_storesUtf8NamesAndUncompressedEntries();
    void writer_refusesNamesTheReaderWouldChange_data();
    void writer_refusesNamesTheReaderWouldChange();
    void writer_cancelledOrDestroyed_leavesTargetUntouched();
    void writer_fixedTimestamp_givesIdenticalBytes();

    void findEntry_ignoresCaseUnlessAmbiguous();
    void names_areNormalised_data();
    void names_areNormalised();
    void hostileName_refusesArchiveNamingArchiveAndEntry_data();
    void hostileName_refusesArchiveNamingArchiveAndEntry();

    void zipBomb_isStoppedByCompressionRatio();
    void entryOverSizeLimit_isStoppedWhileInflating();
    void declaredSizeOverLimit_isRefusedBeforeInflating();
    void totalOfReads_isLimited();
    void headerUnderstatingSize_isCaughtByChecksum();
    void corruptData_isRefusedNamingEntry();
    void tooManyEntries_areRefused();
    void encryptedOrUnknownMethodOrLinkEntry_isRefusedNamingEntry_data();
    void encryptedOrUnknownMethodOrLinkEntry_isRefusedNamingEntry();
    void notAZipOrTruncated_isRefusedNamingArchive_data();
    void notAZipOrTruncated_isRefusedNamingArchive();

private:
    QTemporaryDir m_dir;
};

void TestZipArchive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestZipArchive::writtenArchive_readsBackEveryEntryExactly()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.zip"));
    QByteArray big(3 * 1024 * 1024, Qt::Uninitialized);
    quint32 state = 7;
    for (char &byte : big) {
        state = state * 1103515245u + 12345u;
        byte = char(state >> 24); // incompressible: the ratio check must not fire
    }
    const QString sourcePath = m_dir.filePath(QStringLiteral("source.bin"));
    QVERIFY(Marginalia::Test::writeFile(sourcePath, big));
    {
        ZipWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.addFile(QStringLiteral("project.qde"), QByteArray("<Project/>")));
        QVERIFY(writer.addFile(QStringLiteral("sources/empty.txt"), QByteArray()));
        QVERIFY(writer.addFileFromDisk(QStringLiteral("sources/big.bin"), sourcePath));
        const auto status = writer.commit();
        QVERIFY2(status, qPrintable(status.error()));
    }
    auto archive = ZipArchive::open(path);
    QVERIFY2(archive, qPrintable(archive.error()));
    QCOMPARE((*archive)->entryNames(),
             (QStringList{QStringLiteral("project.qde"), QStringLiteral("sources/empty.txt"),
                          QStringLiteral("sources/big.bin")}));
    QCOMPARE(*(*archive)->read(QStringLiteral("project.qde")), QByteArray("<Project/>"));
    QCOMPARE(*(*archive)->read(QStringLiteral("sources/empty.txt")), QByteArray());
    const auto read = (*archive)->read(QStringLiteral("sources/big.bin"));
    QVERIFY2(read, qPrintable(read.error()));
    QVERIFY(*read == big);
    QCOMPARE((*archive)->declaredSize(QStringLiteral("sources/big.bin")), qint64(big.size()));
    QCOMPARE((*archive)->declaredSize(QStringLiteral("nope")), qint64(-1));
    const auto missing = (*archive)->read(QStringLiteral("nope"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(path) && missing.error().contains(QStringLiteral("nope")),
             qPrintable(missing.error()));
}

void TestZipArchive::writer_storesUtf8NamesAndUncompressedEntries()
{
    const QString path = m_dir.filePath(QStringLiteral("utf8.zip"));
    const QString arabic = QString::fromUtf16(u"sources/\u0645\u0631\u062D\u0628\u0627 \U0001F30D.txt");
    ZipWriter writer(path);
    QVERIFY(writer.open());
    QVERIFY(writer.addFile(QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text"),
                           ZipWriter::Compression::Store));
    QVERIFY(writer.addFile(arabic, QByteArray("salaam")));
    QVERIFY(writer.commit());

    const QByteArray bytes = Marginalia::Test::readFile(path);
    // A stored "mimetype" first: its content sits at byte 38 (30-byte header + 8-byte name), as ODF requires.
    QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    auto archive = ZipArchive::fromBytes(bytes, QStringLiteral("utf8.zip"));
    QVERIFY2(archive, qPrintable(archive.error()));
    QVERIFY((*archive)->contains(arabic));
    QCOMPARE(*(*archive)->read(arabic), QByteArray("salaam"));
}

void TestZipArchive::writer_refusesNamesTheReaderWouldChange_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent") << QStringLiteral("../evil.txt");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("backslash") << QStringLiteral("sources\\a.txt");
    QTest::newRow("not normal: ./") << QStringLiteral("./a.txt");
    QTest::newRow("not normal: //") << QStringLiteral("a//b.txt");
    QTest::newRow("empty") << QString();
}

void TestZipArchive::writer_refusesNamesTheReaderWouldChange()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(QStringLiteral("names.zip"));
    ZipWriter writer(path);
    QVERIFY(writer.open());
    const auto added = writer.addFile(name, QByteArray("x"));
    QVERIFY(!added);
    QVERIFY2(added.error().contains(path), qPrintable(added.error()));
    // A refused name writes nothing: the archive is still good.
    QVERIFY(writer.addFile(QStringLiteral("ok.txt"), QByteArray("ok")));
    QVERIFY(!writer.addFile(QStringLiteral("ok.txt"), QByteArray("again")));
    QVERIFY(writer.commit());
    auto archive = ZipArchive::open(path);
    QVERIFY(archive);
    QCOMPARE((*archive)->entryNames(), QStringList{QStringLiteral("ok.txt")});
}

void TestZipArchive::writer_cancelledOrDestroyed_leavesTargetUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.qdpx"));
    QVERIFY(Marginalia::Test::writeFile(path, QByteArray("the old export")));
    {
        ZipWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.addFile(QStringLiteral("a.txt"), QByteArray("new")));
        writer.cancel();
        QVERIFY(!writer.commit());
    }
    QCOMPARE(Marginalia::Test::readFile(path), QByteArray("the old export"));
    {
        ZipWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.addFile(QStringLiteral("a.txt"), QByteArray("new")));
        // destroyed without commit()
    }
    QCOMPARE(Marginalia::Test::readFile(path), QByteArray("the old export"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.qdpx*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("keep.qdpx")});
}

void TestZipArchive::writer_fixedTimestamp_givesIdenticalBytes()
{
    QByteArray outputs[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("repro%1.zip").arg(i));
        ZipWriter writer(path);
        writer.setTimestamp(QDateTime(QDate(2025, 6, 1), QTime(8, 30)));
        QVERIFY(writer.open());
        QVERIFY(writer.addFile(QStringLiteral("a.xml"), QByteArray("<a>same</a>")));
        QVERIFY(writer.commit());
        outputs[i] = Marginalia::Test::readFile(path);
    }
    QVERIFY(!outputs[0].isEmpty());
    QCOMPARE(outputs[0], outputs[1]);
}

void TestZipArchive::findEntry_ignoresCaseUnlessAmbiguous()
{
    const QByteArray zip
        = buildZip({{"Sources/Report.TXT", "a"}, {"sources/twin.txt", "b"}, {"SOURCES/TWIN.txt", "c"}});
    auto archive = ZipArchive::fromBytes(zip, QStringLiteral("case.zip"));
    QVERIFY2(archive, qPrintable(archive.error()));
    QCOMPARE((*archive)->findEntry(QStringLiteral("sources/report.txt")),
             std::optional<QString>(QStringLiteral("Sources/Report.TXT")));
    QCOMPARE((*archive)->findEntry(QStringLiteral("SOURCES/TWIN.txt")),
             std::optional<QString>(QStringLiteral("SOURCES/TWIN.txt")));
    QCOMPARE((*archive)->findEntry(QStringLiteral("Sources/Twin.TXT")), std::nullopt);
    QCOMPARE((*archive)->findEntry(QStringLiteral("absent.txt")), std::nullopt);
}

void TestZipArchive::names_areNormalised_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QString>("listed");
    QTest::newRow("plain") << QByteArray("word/document.xml") << QStringLiteral("word/document.xml");
    QTest::newRow("dot segment") << QByteArray("./word/./document.xml") << QStringLiteral("word/document.xml");
    QTest::newRow("double slash") << QByteArray("word//document.xml") << QStringLiteral("word/document.xml");
    QTest::newRow("dots inside a name") << QByteArray("a..b/c...txt") << QStringLiteral("a..b/c...txt");
}

void TestZipArchive::names_areNormalised()
{
    QFETCH(QByteArray, stored);
    QFETCH(QString, listed);
    auto archive = ZipArchive::fromBytes(buildZip({{stored, "x"}, {"folder/", "", false}}), QStringLiteral("n.zip"));
    QVERIFY2(archive, qPrintable(archive.error()));
    QCOMPARE((*archive)->entryNames(), QStringList{listed}); // folders are not listed
    QCOMPARE(*(*archive)->read(listed), QByteArray("x"));
}

void TestZipArchive::hostileName_refusesArchiveNamingArchiveAndEntry_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("parent folder") << QByteArray("../../etc/cron.d/job") << QStringLiteral("..");
    QTest::newRow("parent inside") << QByteArray("word/../../outside.xml") << QStringLiteral("..");
    QTest::newRow("absolute") << QByteArray("/etc/passwd") << QStringLiteral("absolute");
    QTest::newRow("backslash traversal") << QByteArray("..\\..\\windows\\system.ini") << QStringLiteral("backslash");
    QTest::newRow("drive letter") << QByteArray("C:/Windows/evil.dll") << QStringLiteral("drive");
    QTest::newRow("NUL") << QByteArray("safe.txt\0.exe", 13) << QStringLiteral("control");
    QTest::newRow("newline") << QByteArray("a\nb.txt") << QStringLiteral("control");
    QTest::newRow("only dots") << QByteArray("./") << QStringLiteral("no name");
}

void TestZipArchive::hostileName_refusesArchiveNamingArchiveAndEntry()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, reason);
    const QByteArray zip = buildZip({{"word/document.xml", "<ok/>"}, {name, "payload"}});
    auto archive = ZipArchive::fromBytes(zip, QStringLiteral("hostile.docx"));
    QVERIFY(!archive);
    QVERIFY2(archive.error().contains(QStringLiteral("hostile.docx")), qPrintable(archive.error()));
    QVERIFY2(archive.error().contains(QStringLiteral("entry")), qPrintable(archive.error()));
    QVERIFY2(archive.error().contains(reason), qPrintable(archive.error()));
    QVERIFY2(!archive.error().contains(QChar(0)), "a NUL in a message");
}

void TestZipArchive::zipBomb_isStoppedByCompressionRatio()
{
    // 64 MB of zeros deflate to about 64 KB: within the size limits, a thousand times over the ratio.
    const QByteArray zip = buildZip({{"word/document.xml", QByteArray(64 * 1024 * 1024, '\0')}});
    QVERIFY(zip.size() < 200 * 1024);
    auto archive = ZipArchive::fromBytes(zip, QStringLiteral("bomb.docx"));
    QVERIFY2(archive, qPrintable(archive.error()));
    const auto read = (*archive)->read(QStringLiteral("word/document.xml"));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("bomb.docx"))
                 && read.error().contains(QStringLiteral("word/document.xml")),
             qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral("ZIP bomb")), qPrintable(read.error()));
}

void TestZipArchive::entryOverSizeLimit_isStoppedWhileInflating()
{
    // The header is honest, 1 MB, but only 100 KB are left in the archive's budget: inflation stops there
    // (after one more chunk at most), it does not run to the end first.
    ZipLimits limits;
    limits.maxTotalSize = 100000;
    const QByteArray zip = buildZip({{"a.xml", QByteArray(1024 * 1024, 'a')}});
    auto archive = ZipArchive::fromBytes(zip, QStringLiteral("big.zip"), limits);
    QVERIFY2(archive, qPrintable(archive.error()));
    const auto read = (*archive)->read(QStringLiteral("a.xml"));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("a.xml")), qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral("past its limit")), qPrintable(read.error()));
}

void TestZipArchive::declaredSizeOverLimit_isRefusedBeforeInflating()
{
    ZipLimits limits;
    limits.maxEntrySize = 1000;
    const QByteArray zip = buildZip({{"a.xml", QByteArray(5000, 'a')}});
    auto archive = ZipArchive::fromBytes(zip, QStringLiteral("declared.zip"), limits);
    QVERIFY(archive);
    const auto read = (*archive)->read(QStringLiteral("a.xml"));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("MB uncompressed, more than the limit")), qPrintable(read.error()));
}

void TestZipArchive::totalOfReads_isLimited()
{
    ZipLimits limits;
    limits.maxTotalSize = 1500;
    const QByteArray zip = buildZip({{"a", QByteArray(1000, 'a')}, {"b", QByteArray(1000, 'b')}});
    auto archive = ZipArchive::fromBytes(zip, QStringLiteral("total.zip"), limits);
    QVERIFY(archive);
    QVERIFY((*archive)->read(QStringLiteral("a")));
    const auto second = (*archive)->read(QStringLiteral("b"));
    QVERIFY(!second);
    QVERIFY2(second.error().contains(QStringLiteral("limit")), qPrintable(second.error()));
}

void TestZipArchive::headerUnderstatingSize_isCaughtByChecksum()
{
    const QByteArray zip = buildZip({{"a.xml", QByteArray(50000, 'x'), true, 0x0800, -1, 10}});
    auto archive = ZipArchive::fromBytes(zip, QStringLiteral("liar.zip"));
    QVERIFY(archive);
    const auto read = (*archive)->read(QStringLiteral("a.xml"));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("liar.zip")) && read.error().contains(QStringLiteral("a.xml")),
             qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral("checksum")), qPrintable(read.error()));
}

void TestZipArchive::corruptData_isRefusedNamingEntry()
{
    QByteArray zip = buildZip({{"a.xml", QByteArray("<a>some text that compresses a little, a little, a little</a>")}});
    // Flip bytes in the middle of the deflate stream (after the 30-byte header and the 5-byte name).
    for (int i = 38; i < 48; ++i)
        zip[i] = char(zip[i] ^ 0x5A);
    auto archive = ZipArchive::fromBytes(zip, QStringLiteral("corrupt.zip"));
    QVERIFY(archive);
    const auto read = (*archive)->read(QStringLiteral("a.xml"));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("corrupt.zip")) && read.error().contains(QStringLiteral("a.xml")),
             qPrintable(read.error()));
}

void TestZipArchive::tooManyEntries_areRefused()
{
    QList<RawZipEntry> entries;
    for (int i = 0; i < 30; ++i)
        entries.append(RawZipEntry{"f" + QByteArray::number(i), "x", false});
    ZipLimits limits;
    limits.maxEntries = 20;
    auto archive = ZipArchive::fromBytes(buildZip(entries), QStringLiteral("many.zip"), limits);
    QVERIFY(!archive);
    QVERIFY2(archive.error().contains(QStringLiteral("many.zip")) && archive.error().contains(QStringLiteral("20")),
             qPrintable(archive.error()));
}

void TestZipArchive::encryptedOrUnknownMethodOrLinkEntry_isRefusedNamingEntry_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<QString>("reason");
    QTest::newRow("encrypted") << buildZip({{"secret.xml", "x", false, 0x0801}}) << QStringLiteral("encrypted");
    QTest::newRow("bzip2") << buildZip({{"secret.xml", "x", false, 0x0800, 12}}) << QStringLiteral("method 12");
    QTest::newRow("symbolic link") << buildZip({{"secret.xml", "/etc/passwd", false, 0x0800, -1, -1, 0120777}})
                                   << QStringLiteral("symbolic link");
}

void TestZipArchive::encryptedOrUnknownMethodOrLinkEntry_isRefusedNamingEntry()
{
    QFETCH(QByteArray, zip);
    QFETCH(QString, reason);
    auto archive = ZipArchive::fromBytes(zip, QStringLiteral("odd.zip"));
    QVERIFY2(archive, qPrintable(archive.error()));
    const auto read = (*archive)->read(QStringLiteral("secret.xml"));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("secret.xml")) && read.error().contains(reason),
             qPrintable(read.error()));
}

void TestZipArchive::notAZipOrTruncated_isRefusedNamingArchive_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray zip = buildZip({{"word/document.xml", QByteArray(4000, 'w')}});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("just some text, not a zip");
    QTest::newRow("local header only") << zip.left(60);
    QTest::newRow("truncated before the directory") << zip.left(zip.size() - 30);
}

void TestZipArchive::notAZipOrTruncated_isRefusedNamingArchive()
{
    QFETCH(QByteArray, bytes);
    auto archive = ZipArchive::fromBytes(bytes, QStringLiteral("broken.zip"));
    QVERIFY(!archive);
    QVERIFY2(archive.error().contains(QStringLiteral("broken.zip")), qPrintable(archive.error()));
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"

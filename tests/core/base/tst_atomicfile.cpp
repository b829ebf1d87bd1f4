#include "base/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;

/// An export replaces its file all at once or not at all.
class TestAtomicFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_replacesTheFileWhenTheContentIsWritten();
    void failedContent_leavesTheOldFileAndNoTemporaryFile();
    void missingFolder_isAnErrorNamingTheFile();
    void describe_wordsTheFailureOfTheFile();

private:
    QTemporaryDir m_dir;
};

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestAtomicFile::write_replacesTheFileWhenTheContentIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(AtomicFile::write(path, [](QIODevice *device) {
        device->write("old\n");
        return success();
    }));
    QVERIFY(AtomicFile::write(path, [](QIODevice *device) {
        device->write("new\n");
        return success();
    }));
    QCOMPARE(contents(path), QByteArray("new\n"));
}

void TestAtomicFile::failedContent_leavesTheOldFileAndNoTemporaryFile()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("kept")));
    const QString path = m_dir.filePath(QStringLiteral("kept/kept.csv"));
    QVERIFY(AtomicFile::write(path, [](QIODevice *device) {
        device->write("complete\n");
        return success();
    }));
    const Status failed = AtomicFile::write(path, [](QIODevice *device) -> Status {
        device->write("half");
        return Error{QStringLiteral("the disk is full")};
    });
    QVERIFY(!failed);
    QCOMPARE(failed.error(), QStringLiteral("the disk is full")); // passed through as it is
    QCOMPARE(contents(path), QByteArray("complete\n"));
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("kept"))).entryList(QDir::Files),
             QStringList{QStringLiteral("kept.csv")});
}

void TestAtomicFile::missingFolder_isAnErrorNamingTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.csv"));
    const Status failed = AtomicFile::write(path, [](QIODevice *) { return success(); });
    QVERIFY(!failed);
    QVERIFY2(failed.error().startsWith(path + QStringLiteral(": cannot be written: ")), qPrintable(failed.error()));
}

void TestAtomicFile::describe_wordsTheFailureOfTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.png"));
    const Status failed = AtomicFile::write(
        path, [](QIODevice *) { return success(); },
        [](const QString &file, const QString &) { return QStringLiteral("Cannot write ") + file; });
    QCOMPARE(failed.error(), QStringLiteral("Cannot write ") + path);
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"

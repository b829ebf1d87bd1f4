#include "archive/zipwriter.h"

#include "archive/ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <functional>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ZipWriter)
};

constexpr int MethodStored = 0;
constexpr int MethodDeflated = 8;
constexpr int DefaultLevel = -1; // zlib's Z_DEFAULT_COMPRESSION
constexpr qint64 ChunkSize = 256 * 1024;

} // namespace

class ZipWriter::Private
{
public:
    QString path;
    QDateTime timestamp = QDateTime::currentDateTime();
    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<QuaZip> zip;
    QSet<QString> names;
    bool failed = false;

    Status fail(const QString &message)
    {
        failed = true;
        return Error{message};
    }

    Status add(const QString &name, Compression compression, const std::function<Status(QuaZipFile &)> &write);
};

ZipWriter::ZipWriter(const QString &path)
    : d(std::make_unique<Private>())
{
    d->path = path;
}

ZipWriter::~ZipWriter()
{
    cancel();
}

void ZipWriter::setTimestamp(const QDateTime &timestamp)
{
    d->timestamp = timestamp;
}

Status ZipWriter::open()
{
    if (d->file)
        return Error{Tr::tr("%1: the archive is already open.").arg(d->path)};
    d->file = std::make_unique<QSaveFile>(d->path);
    if (!d->file->open(QIODevice::WriteOnly))
        return d->fail(Tr::tr("%1: cannot be written: %2").arg(d->path, d->file->errorString()));
    d->zip = std::make_unique<QuaZip>(d->file.get());
    d->zip->setUtf8Enabled(true);
    // QuaZip would close() the device when it finishes, which a QSaveFile forbids: commit() is the close.
    d->zip->setAutoClose(false);
    if (!d->zip->open(QuaZip::mdCreate))
        return d->fail(Tr::tr("%1: cannot start the ZIP archive (error %2).").arg(d->path).arg(d->zip->getZipError()));
    return success();
}

Status ZipWriter::Private::add(const QString &name, Compression compression,
                               const std::function<Status(QuaZipFile &)> &write)
{
    if (!zip || failed)
        return Error{Tr::tr("%1: the archive is not open for writing.").arg(path)};
    // A refused name writes nothing, so the archive can go on; a failed write below cannot.
    auto normalized = ZipArchive::normalizeEntryName(name, path);
    if (!normalized)
        return Error{normalized.error()};
    if (*normalized != name)
        return Error{Tr::tr("%1: entry \"%2\": the name is not in normal form (\"%3\").").arg(path, name, *normalized)};
    if (names.contains(name))
        return Error{Tr::tr("%1: entry \"%2\": the archive already has an entry with this name.").arg(path, name)};

    QuaZipNewInfo info(name);
    info.dateTime = timestamp;
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    QuaZipFile entry(zip.get());
    const bool deflate = compression == Compression::Deflate;
    if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, deflate ? MethodDeflated : MethodStored,
                    deflate ? DefaultLevel : 0)) {
        return fail(Tr::tr("%1: entry \"%2\": cannot be started (error %3).").arg(path, name).arg(entry.getZipError()));
    }
    if (auto written = write(entry); !written) {
        entry.close();
        return fail(written.error());
    }
    entry.close();
    if (entry.getZipError() != 0)
        return fail(Tr::tr("%1: entry \"%2\": cannot be written (error %3).").arg(path, name).arg(entry.getZipError()));
    names.insert(name);
    return success();
}

Status ZipWriter::addFile(const QString &name, const QByteArray &data, Compression compression)
{
    return d->add(name, compression, [&](QuaZipFile &entry) -> Status {
        if (entry.write(data) != data.size())
            return Error{Tr::tr("%1: entry \"%2\": cannot be written: %3").arg(d->path, name, d->file->errorString())};
        return success();
    });
}

Status ZipWriter::addFileFromDisk(const QString &name, const QString &sourcePath, Compression compression)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot be read: %2").arg(sourcePath, source.errorString())};
    return d->add(name, compression, [&](QuaZipFile &entry) -> Status {
        QByteArray chunk(qsizetype(ChunkSize), Qt::Uninitialized);
        for (;;) {
            const qint64 n = source.read(chunk.data(), ChunkSize);
            if (n < 0)
                return Error{Tr::tr("%1: cannot be read: %2").arg(sourcePath, source.errorString())};
            if (n == 0)
                return success();
            if (entry.write(chunk.constData(), n) != n)
                return Error{
                    Tr::tr("%1: entry \"%2\": cannot be written: %3").arg(d->path, name, d->file->errorString())};
        }
    });
}

Status ZipWriter::commit()
{
    if (!d->zip || d->failed) {
        cancel();
        return Error{Tr::tr("%1: the archive was not written completely; nothing was saved.").arg(d->path)};
    }
    d->zip->close();
    const int zipError = d->zip->getZipError();
    d->zip.reset();
    if (zipError != 0) {
        cancel();
        return Error{
            Tr::tr("%1: cannot finish the ZIP archive (error %2); nothing was saved.").arg(d->path).arg(zipError)};
    }
    if (!d->file->commit()) {
        const QString reason = d->file->errorString();
        d->file.reset();
        return Error{Tr::tr("%1: cannot be written: %2").arg(d->path, reason)};
    }
    d->file.reset();
    return success();
}

void ZipWriter::cancel()
{
    if (d->zip) {
        // Close the ZIP structure first: it holds the device, which must outlive it.
        d->zip->close();
        d->zip.reset();
    }
    if (d->file) {
        d->file->cancelWriting();
        d->file.reset(); // a cancelled QSaveFile removes its temporary file
    }
}

} // namespace Marginalia::Core

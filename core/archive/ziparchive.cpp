#include "archive/ziparchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <algorithm>
#include <vector>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ZipArchive)
};

// The two methods every Office and OpenDocument writer uses; QuaZip could also inflate bzip2, but a
// method nobody needs is one more decoder for a hostile file to aim at.
constexpr int MethodStored = 0;
constexpr int MethodDeflated = 8;
constexpr quint16 FlagEncrypted = 0x0001;
constexpr qsizetype MaxNameLength = 1024;
constexpr qint64 ChunkSize = 64 * 1024;

/// An entry name as it can be shown in a message: control characters (NUL included) made visible.
QString printable(const QString &name)
{
    QString shown;
    shown.reserve(name.size());
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

QString entryError(const QString &archive, const QString &entry, const QString &problem)
{
    return Tr::tr("%1: entry \"%2\": %3").arg(archive, printable(entry), problem);
}

struct Entry
{
    QString name;
    unz64_file_pos position{};
    quint16 flags = 0;
    quint16 method = 0;
    bool symbolicLink = false;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
};

} // namespace

class ZipArchive::Private
{
public:
    QString displayName;
    ZipLimits limits;
    qint64 archiveSize = 0;
    QByteArray bytes; // the archive, when it was opened from memory
    std::unique_ptr<QIODevice> device;
    std::unique_ptr<QuaZip> zip;
    std::vector<Entry> entries; // files only, in archive order
    QHash<QString, qsizetype> byName;
    QHash<QString, QList<qsizetype>> byFoldedName;
    qint64 totalRead = 0;

    static Result<std::unique_ptr<ZipArchive>> open(std::unique_ptr<Private> d);
};

Result<QString> ZipArchive::normalizeEntryName(const QString &name, const QString &archive)
{
    if (name.isEmpty())
        return Error{entryError(archive, name, Tr::tr("the entry has no name."))};
    if (name.size() > MaxNameLength)
        return Error{entryError(archive, name.left(80), Tr::tr("the name is too long."))};
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return Error{entryError(archive, name, Tr::tr("the name contains control characters."))};
    }
    // Backslashes are folder separators to Windows tools and ordinary characters to ZIP; refusing them
    // is the only reading on which both sides agree where a file would land.
    if (name.contains(u'\\'))
        return Error{entryError(archive, name, Tr::tr("the name contains a backslash."))};
    if (name.startsWith(u'/'))
        return Error{entryError(archive, name, Tr::tr("the name is an absolute path."))};
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return Error{entryError(archive, name, Tr::tr("the name begins with a drive letter."))};

    const bool folder = name.endsWith(u'/');
    QStringList parts;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return Error{entryError(archive, name, Tr::tr("the name leads out of the archive (\"..\")."))};
        parts.append(part);
    }
    if (parts.isEmpty())
        return Error{entryError(archive, name, Tr::tr("the entry has no name."))};
    QString normalized = parts.join(u'/');
    if (folder)
        normalized += u'/';
    return normalized;
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::Private::open(std::unique_ptr<Private> d)
{
    const QString archive = d->displayName;
    d->zip = std::make_unique<QuaZip>(d->device.get());
    // The file names of Office and OpenDocument archives are ASCII or flagged UTF-8 (QuaZip honours the
    // flag); the locale codec, UTF-8 in Qt 6, is the best guess for the rest.
    if (!d->zip->open(QuaZip::mdUnzip))
        return Error{Tr::tr("%1: this is not a ZIP archive, or it is damaged (error %2).")
                         .arg(archive)
                         .arg(d->zip->getZipError())};
    const int count = d->zip->getEntriesCount();
    if (count < 0)
        return Error{Tr::tr("%1: the ZIP archive's table of contents cannot be read.").arg(archive)};
    if (count > d->limits.maxEntries)
        return Error{Tr::tr("%1: the ZIP archive has %2 entries, more than the limit of %3.")
                         .arg(archive)
                         .arg(count)
                         .arg(d->limits.maxEntries)};

    QHash<QString, bool> seen;
    int visited = 0;
    for (bool more = d->zip->goToFirstFile(); more; more = d->zip->goToNextFile()) {
        if (++visited > d->limits.maxEntries)
            return Error{Tr::tr("%1: the ZIP archive has more entries than the limit of %2.")
                             .arg(archive)
                             .arg(d->limits.maxEntries)};
        QuaZipFileInfo64 info;
        if (!d->zip->getCurrentFileInfo(&info))
            return Error{Tr::tr("%1: entry %2 of the ZIP archive cannot be read.").arg(archive).arg(visited)};
        auto name = normalizeEntryName(info.name, archive);
        if (!name)
            return Error{name.error()};
        if (seen.contains(*name))
            return Error{entryError(archive, *name, Tr::tr("the archive holds two entries with this name."))};
        seen.insert(*name, true);
        if (name->endsWith(u'/'))
            continue;

        Entry entry;
        entry.name = *name;
        entry.flags = info.flags;
        entry.method = info.method;
        entry.symbolicLink = info.isSymbolicLink();
        entry.compressedSize = qint64(std::min<quint64>(info.compressedSize, quint64(1) << 62));
        entry.uncompressedSize = qint64(std::min<quint64>(info.uncompressedSize, quint64(1) << 62));
        if (unzGetFilePos64(d->zip->getUnzFile(), &entry.position) != UNZ_OK)
            return Error{entryError(archive, *name, Tr::tr("its position in the archive cannot be read."))};
        d->byName.insert(entry.name, qsizetype(d->entries.size()));
        d->byFoldedName[entry.name.toLower()].append(qsizetype(d->entries.size()));
        d->entries.push_back(std::move(entry));
    }
    if (d->zip->getZipError() != UNZ_OK)
        return Error{Tr::tr("%1: the ZIP archive's table of contents is damaged (error %2).")
                         .arg(archive)
                         .arg(d->zip->getZipError())};
    return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(d)));
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString &path, const ZipLimits &limits)
{
    auto d = std::make_unique<Private>();
    d->displayName = path;
    d->limits = limits;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot be read: %2").arg(path, file->errorString())};
    d->archiveSize = file->size();
    d->device = std::move(file);
    return Private::open(std::move(d));
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::fromBytes(const QByteArray &bytes, const QString &displayName,
                                                          const ZipLimits &limits)
{
    auto d = std::make_unique<Private>();
    d->displayName = displayName;
    d->limits = limits;
    d->bytes = bytes;
    d->archiveSize = bytes.size();
    auto buffer = std::make_unique<QBuffer>(&d->bytes);
    if (!buffer->open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot be read.").arg(displayName)};
    d->device = std::move(buffer);
    return Private::open(std::move(d));
}

ZipArchive::ZipArchive(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

ZipArchive::~ZipArchive()
{
    if (d && d->zip)
        d->zip->close();
}

QString ZipArchive::displayName() const
{
    return d->displayName;
}

QStringList ZipArchive::entryNames() const
{
    QStringList names;
    names.reserve(qsizetype(d->entries.size()));
    for (const Entry &entry : d->entries)
        names.append(entry.name);
    return names;
}

bool ZipArchive::contains(const QString &name) const
{
    return d->byName.contains(name);
}

std::optional<QString> ZipArchive::findEntry(const QString &name) const
{
    if (d->byName.contains(name))
        return name;
    const auto matches = d->byFoldedName.constFind(name.toLower());
    if (matches == d->byFoldedName.constEnd() || matches->size() != 1)
        return std::nullopt;
    return d->entries[size_t(matches->first())].name;
}

qint64 ZipArchive::declaredSize(const QString &name) const
{
    const auto index = d->byName.constFind(name);
    return index == d->byName.constEnd() ? -1 : d->entries[size_t(*index)].uncompressedSize;
}

Result<QByteArray> ZipArchive::read(const QString &name)
{
    const QString archive = d->displayName;
    const auto index = d->byName.constFind(name);
    if (index == d->byName.constEnd())
        return Error{entryError(archive, name, Tr::tr("there is no such entry in the archive."))};
    Entry &entry = d->entries[size_t(*index)];
    if (entry.flags & FlagEncrypted)
        return Error{entryError(archive, name, Tr::tr("the entry is encrypted (password-protected)."))};
    // A link's data is a path on someone else's disk, never document content.
    if (entry.symbolicLink)
        return Error{entryError(archive, name, Tr::tr("the entry is a symbolic link, not a file."))};
    if (entry.method != MethodStored && entry.method != MethodDeflated)
        return Error{entryError(
            archive, name,
            Tr::tr("the entry uses compression method %1, which Marginalia does not read.").arg(entry.method))};
    const ZipLimits &limits = d->limits;
    if (entry.uncompressedSize > limits.maxEntrySize) {
        return Error{entryError(archive, name,
                                Tr::tr("the entry is %1 MB uncompressed, more than the limit of %2 MB.")
                                    .arg(QString::number(double(entry.uncompressedSize) / 1e6, 'f', 1),
                                         QString::number(double(limits.maxEntrySize) / 1e6, 'f', 1)))};
    }

    // minizip directly: QuaZipFile can only open the entry QuaZip itself found by name, one linear scan
    // of the central directory per read, which a .qdpx with thousands of sources cannot afford.
    unzFile unz = d->zip->getUnzFile();
    if (unzGoToFilePos64(unz, &entry.position) != UNZ_OK)
        return Error{entryError(archive, name, Tr::tr("the entry cannot be found in the archive (it is damaged)."))};
    if (const int opened = unzOpenCurrentFile(unz); opened != UNZ_OK)
        return Error{entryError(archive, name,
                                Tr::tr("the entry cannot be opened (the archive is damaged, error %1).").arg(opened))};
    struct CloseGuard
    {
        unzFile unz;
        bool open = true;
        int close()
        {
            open = false;
            return unzCloseCurrentFile(unz);
        }
        ~CloseGuard()
        {
            if (open)
                unzCloseCurrentFile(unz);
        }
    } guard{unz};

    // The sizes in the headers are what the archive claims; what inflates is counted as it comes.
    const qint64 budget = std::min(limits.maxEntrySize, limits.maxTotalSize - d->totalRead);
    // A lying compressed size cannot make a bomb look tame: nothing past the archive's end can be read.
    const qint64 compressed = std::max<qint64>(1, std::min(entry.compressedSize, d->archiveSize));
    QByteArray out;
    out.reserve(qsizetype(std::clamp<qint64>(entry.uncompressedSize, 0, std::min<qint64>(budget, 16 * 1024 * 1024))));
    QByteArray chunk(qsizetype(ChunkSize), Qt::Uninitialized);
    for (;;) {
        const int n = unzReadCurrentFile(unz, chunk.data(), unsigned(ChunkSize));
        if (n < 0)
            return Error{entryError(archive, name, Tr::tr("the compressed data is damaged (error %1).").arg(n))};
        if (n == 0)
            break;
        if (qint64(out.size()) + n > budget) {
            if (budget < limits.maxEntrySize)
                return Error{
                    entryError(archive, name,
                               Tr::tr("reading it would take the archive past its limit of %1 MB uncompressed.")
                                   .arg(QString::number(double(limits.maxTotalSize) / 1e6, 'f', 1)))};
            return Error{entryError(archive, name,
                                    Tr::tr("the entry inflates to more than the limit of %1 MB.")
                                        .arg(QString::number(double(limits.maxEntrySize) / 1e6, 'f', 1)))};
        }
        out.append(chunk.constData(), n);
        if (out.size() > limits.ratioThreshold && qint64(out.size()) / compressed > limits.maxCompressionRatio) {
            return Error{entryError(archive, name,
                                    Tr::tr("the entry inflates more than %1 times its compressed size "
                                           "(a \"ZIP bomb\"); it is refused.")
                                        .arg(limits.maxCompressionRatio))};
        }
    }
    if (const int closed = guard.close(); closed != UNZ_OK) {
        return Error{entryError(archive, name,
                                closed == UNZ_CRCERROR
                                    ? Tr::tr("the checksum does not match: the archive is damaged.")
                                    : Tr::tr("the entry cannot be read completely (error %1).").arg(closed))};
    }
    if (qint64(out.size()) != entry.uncompressedSize)
        return Error{entryError(archive, name, Tr::tr("its size does not match the archive's table of contents."))};
    d->totalRead += out.size();
    return out;
}

} // namespace Marginalia::Core

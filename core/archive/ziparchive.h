#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Marginalia::Core {

/// What a ZIP archive may hold before it is refused; the defaults suit documents and .qdpx projects.
struct ZipLimits
{
    /// Entries (files and folders) in the central directory.
    int maxEntries = 10000;
    /// Bytes one entry may inflate to.
    qint64 maxEntrySize = 256LL * 1024 * 1024;
    /// Bytes all reads from one archive may inflate to, together (each read() counts, repeats included).
    qint64 maxTotalSize = 1024LL * 1024 * 1024;
    /// Inflated size over compressed size, checked for entries that inflate past ratioThreshold bytes:
    /// ordinary XML compresses 5-20 times, ZIP bombs thousands of times.
    int maxCompressionRatio = 200;
    qint64 ratioThreshold = 1024 * 1024;
};

/**
 * Reads entries from a ZIP archive (.docx, .odt, .qdpx) without trusting it.
 *
 * Opening checks the central directory: the number of entries, every entry name (relative, "/"-separated,
 * no "..", no backslash, no drive letter, no control characters, no duplicates; "./" and repeated "/" are
 * normalised away), encryption and compression method (stored and deflate only), and the declared sizes
 * against the limits. Reading inflates in chunks and counts what comes out, so an archive whose headers
 * lie is stopped at the limit, not after it; the CRC is checked at the end. Every error names the archive
 * and, where there is one, the entry.
 *
 * Not thread-safe: read() moves the underlying reader. One archive per thread is fine.
 */
class ZipArchive final
{
public:
    /// Opens the archive at @p path.
    static Result<std::unique_ptr<ZipArchive>> open(const QString &path, const ZipLimits &limits = {});
    /// Opens an archive held in memory; @p displayName names it in errors (usually its file name).
    static Result<std::unique_ptr<ZipArchive>> fromBytes(const QByteArray &bytes, const QString &displayName,
                                                         const ZipLimits &limits = {});

    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// The name used in errors.
    QString displayName() const;

    /// The normalised names of the file entries (folders left out), in archive order.
    QStringList entryNames() const;
    bool contains(const QString &name) const;
    /// The entry named @p name ignoring ASCII case ("Sources/A.TXT" finds "sources/a.txt"): the exact name
    /// when there is one, else the only case-insensitive match; std::nullopt when none or ambiguous.
    std::optional<QString> findEntry(const QString &name) const;
    /// The uncompressed size the central directory declares (not trusted by read()); -1 if no such entry.
    qint64 declaredSize(const QString &name) const;

    /// The bytes of entry @p name (a normalised name, as entryNames() lists them), within the limits.
    Result<QByteArray> read(const QString &name);

    /// Checks an entry name and returns it normalised, or an error naming @p archive and the entry.
    static Result<QString> normalizeEntryName(const QString &name, const QString &archive);

    class Private;

private:
    explicit ZipArchive(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Marginalia::Core

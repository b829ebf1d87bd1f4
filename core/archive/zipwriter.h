#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace Marginalia::Core {

/**
 * Writes a ZIP archive (.qdpx, and .docx/.odt fixtures in tests) all or nothing: entries go to a temporary
 * file beside the target, which replaces the target only when commit() succeeds (QSaveFile). An archive
 * that is destroyed or cancelled before commit() leaves the target as it was.
 *
 * Entry names must already be normalised as ZipArchive::normalizeEntryName() returns them ("a/b.xml": no
 * leading "/", no "..", no backslash), so that whatever this writes, ZipArchive reads back unchanged.
 * Names are stored as UTF-8 with the language-encoding flag set.
 *
 * @code
 * ZipWriter zip(path);
 * if (auto s = zip.open(); !s) return s;
 * if (auto s = zip.addFile(QStringLiteral("project.qde"), xml); !s) return s;
 * if (auto s = zip.addFileFromDisk(QStringLiteral("sources/") + guid + QStringLiteral(".pdf"), pdfPath); !s) return s;
 * return zip.commit();
 * @endcode
 */
class ZipWriter final
{
public:
    enum class Compression {
        Deflate,
        Store, ///< no compression: the "mimetype" entry of OpenDocument files, or already compressed data
    };

    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    /// The modification time written for the entries that follow (default: when the writer was created).
    /// A fixed time makes the archive's bytes reproducible.
    void setTimestamp(const QDateTime &timestamp);

    /// Starts the temporary file; call once, before adding entries.
    Status open();
    /// Adds an entry holding @p data.
    Status addFile(const QString &name, const QByteArray &data, Compression compression = Compression::Deflate);
    /// Adds an entry with the contents of the file at @p sourcePath, read in chunks (for large sources).
    Status addFileFromDisk(const QString &name, const QString &sourcePath,
                           Compression compression = Compression::Deflate);
    /// Writes the central directory and puts the archive in place of the target.
    Status commit();
    /// Discards everything written; the target is untouched.
    void cancel();

    class Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace Marginalia::Core

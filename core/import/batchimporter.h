#pragma once

#include "base/result.h"
#include "import/documentreader.h"
#include "model/entities.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Marginalia::Core {

class Project;

/// What happened to one file of a batch import.
struct BatchImportFile
{
    QString path;
    bool imported = false;
    Document document; ///< the new document, when imported; the one it duplicates, when a duplicate
    QString fileType; ///< MIME type of the file, when it was read
    int pageCount = 0; ///< pages of a PDF
    QString error; ///< why the file was refused, naming it; empty when imported
    bool duplicate = false; ///< refused because the same file (same SHA-256) is already in the project
    QStringList warnings; ///< what the user should know although the file was imported
};

/// The outcome of a batch import.
struct BatchImportSummary
{
    QList<BatchImportFile> files; ///< every file looked at, in order, imported or refused
    QStringList skipped; ///< files found in folders that are not of a type Marginalia imports
    int total = 0; ///< files to import (files given, and documents found in folders)
    bool cancelled = false; ///< the progress callback stopped the import; files[] says how far it got

    int importedCount() const;
    int refusedCount() const;
};

/// How a batch import treats the files it reads.
struct BatchImportOptions
{
    qint64 maxFileSize = DocumentReader::DefaultMaxFileSize;
    /// Import a file again even when the project already has a document from the same bytes.
    bool allowDuplicates = false;
    /// Asked about a file the project already has (unless allowDuplicates): true imports it again.
    /// Unset: the file is refused. The window asks the user here.
    std::function<bool(const QString &path, const Document &existing)> confirmDuplicate;
};

/**
 * Imports files and folders into a project, each file on its own: read (DocumentReader), checked against
 * the files already imported (the original file's SHA-256), and added in its own transaction, so that a
 * refused file changes nothing and a cancelled import keeps what was imported before it stopped.
 *
 * Folders are walked recursively for the formats DocumentReader imports (by file name suffix), in natural
 * order ("doc2" before "doc10"); hidden files and folders, Office lock files ("~$..."), and symbolic links
 * to folders are left out. Files named explicitly are always tried, whatever their name.
 *
 * The window runs it with a progress dialog: the progress callback is called before each file, and its
 * return value stops the import (false) or goes on (true); the window can process events there.
 */
class BatchImporter final
{
public:
    using Options = BatchImportOptions;

    /// @p done files of @p total are finished and @p file is next (empty at the end, when done == total).
    /// Return false to stop before that file.
    using Progress = std::function<bool(int done, int total, const QString &file)>;

    explicit BatchImporter(Project &project, Options options = {});

    /// The files an import of @p paths covers, in the order they are imported; files in folders that are
    /// not documents go to @p skipped.
    static QStringList collectFiles(const QStringList &paths, QStringList *skipped = nullptr);

    /// Imports @p paths (files and folders).
    BatchImportSummary run(const QStringList &paths, const Progress &progress = {});

    /// Imports one file: read(), then add().
    BatchImportFile importFile(const QString &path);

    /// Reads one file for import, with the options' size limit. It touches no project, so a worker thread
    /// can read the next file while the project's thread adds the one before (as the window does).
    Result<ImportedDocument> read(const QString &path) const;

    /// Adds what read() returned for @p path: a refusal is recorded, a duplicate is asked about
    /// (Options::confirmDuplicate) or refused, and the document is added in its own transaction.
    BatchImportFile add(const QString &path, const Result<ImportedDocument> &read);

private:
    Project &m_project;
    Options m_options;
};

} // namespace Marginalia::Core

#include "import/batchimporter.h"

#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::BatchImporter)
};

constexpr int MaxFolderDepth = 64;

bool isLeftOut(const QFileInfo &info)
{
    const QString name = info.fileName();
    // "~$report.docx" is the lock file Word keeps beside an open document, not a document.
    return name.startsWith(u'.') || info.isHidden() || name.startsWith(QLatin1String("~$"));
}

/// "doc2" before "doc10", case ignored; the same in every locale (QCollator has no numeric mode in "C").
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype iEnd = i;
            qsizetype jEnd = j;
            while (iEnd < a.size() && a.at(iEnd).isDigit())
                ++iEnd;
            while (jEnd < b.size() && b.at(jEnd).isDigit())
                ++jEnd;
            QStringView x = QStringView(a).sliced(i, iEnd - i);
            QStringView y = QStringView(b).sliced(j, jEnd - j);
            while (x.size() > 1 && x.front() == u'0')
                x = x.sliced(1);
            while (y.size() > 1 && y.front() == u'0')
                y = y.sliced(1);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (const int order = x.compare(y); order != 0)
                return order < 0;
            i = iEnd;
            j = jEnd;
            continue;
        }
        const QChar x = a.at(i).toCaseFolded();
        const QChar y = b.at(j).toCaseFolded();
        if (x != y)
            return x < y;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j;
    return a < b;
}

void walk(const QString &folder, int depth, const QSet<QString> &suffixes, QStringList &files, QStringList *skipped)
{
    if (depth > MaxFolderDepth)
        return;
    QDir dir(folder);
    QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable);
    std::sort(entries.begin(), entries.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return naturalLess(a.fileName(), b.fileName()); });
    for (const QFileInfo &entry : std::as_const(entries)) {
        if (isLeftOut(entry))
            continue;
        if (entry.isDir()) {
            // Links to folders can loop back; a folder given by its real path is still walked.
            if (!entry.isSymLink())
                walk(entry.filePath(), depth + 1, suffixes, files, skipped);
        } else if (suffixes.contains(entry.suffix().toLower())) {
            files.append(entry.filePath());
        } else if (skipped) {
            skipped->append(entry.filePath());
        }
    }
}

} // namespace

int BatchImportSummary::importedCount() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const BatchImportFile &file) { return file.imported; }));
}

int BatchImportSummary::refusedCount() const
{
    return int(files.size()) - importedCount();
}

BatchImporter::BatchImporter(Project &project, Options options)
    : m_project(project)
    , m_options(std::move(options))
{
}

QStringList BatchImporter::collectFiles(const QStringList &paths, QStringList *skipped)
{
    const QStringList suffixList = DocumentReader::supportedSuffixes();
    const QSet<QString> suffixes(suffixList.cbegin(), suffixList.cend());
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir())
            walk(path, 0, suffixes, files, skipped);
        else
            files.append(path); // named explicitly: tried whatever it is, and a missing file is reported
    }
    // The same file named twice (or named and found in a folder) is imported once.
    QSet<QString> seen;
    QStringList unique;
    for (const QString &file : std::as_const(files)) {
        const QString key = QFileInfo(file).absoluteFilePath();
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(file);
        }
    }
    return unique;
}

BatchImportFile BatchImporter::importFile(const QString &path)
{
    return add(path, read(path));
}

Result<ImportedDocument> BatchImporter::read(const QString &path) const
{
    return DocumentReader::read(path, m_options.maxFileSize);
}

BatchImportFile BatchImporter::add(const QString &path, const Result<ImportedDocument> &read)
{
    BatchImportFile outcome;
    outcome.path = path;
    if (!read) {
        outcome.error = read.error();
        return outcome;
    }
    outcome.fileType = read->fileType;
    outcome.pageCount = read->pageCount;
    outcome.warnings = read->warnings;
    if (!m_options.allowDuplicates) {
        if (const auto existing = m_project.documentByFileSha256(read->fileSha256)) {
            if (!m_options.confirmDuplicate || !m_options.confirmDuplicate(path, *existing)) {
                outcome.duplicate = true;
                outcome.document = *existing;
                outcome.error = Tr::tr("%1: the project already has this file, as the document \"%2\".")
                                    .arg(path, existing->name);
                return outcome;
            }
        }
    }
    auto added = m_project.addDocument(read->toNewDocument());
    if (!added) {
        outcome.error = Tr::tr("%1: %2").arg(path, added.error());
        return outcome;
    }
    outcome.imported = true;
    outcome.document = *added;
    return outcome;
}

BatchImportSummary BatchImporter::run(const QStringList &paths, const Progress &progress)
{
    BatchImportSummary summary;
    const QStringList files = collectFiles(paths, &summary.skipped);
    summary.total = int(files.size());
    for (int i = 0; i < summary.total; ++i) {
        if (progress && !progress(i, summary.total, files.at(i))) {
            summary.cancelled = true;
            return summary;
        }
        summary.files.append(importFile(files.at(i)));
    }
    if (progress)
        progress(summary.total, summary.total, QString());
    return summary;
}

} // namespace Marginalia::Core

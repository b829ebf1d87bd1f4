#pragma once

#include "analysis/excerptreader.h"
#include "base/result.h"
#include "export/csvwriter.h"

#include <QStringList>

class QIODevice;

namespace Marginalia::Core {

class Frequencies;
class Project;

/**
 * The CSV tables Marginalia exports. Their column names are a contract with users' scripts: columns may be
 * added at the end, never renamed or removed.
 */
class CsvExport final
{
public:
    struct Options
    {
        CsvWriter::FormulaGuard formulaGuard = CsvWriter::FormulaGuard::On;
        bool byteOrderMark = false;
    };

    static QStringList excerptColumns();
    static QStringList frequencyByCodeColumns();
    static QStringList frequencyByDocumentColumns();
    static QStringList frequencyByCoderColumns();

    /// One row per coding, in document order. Memory stays flat in the number of rows.
    static Status writeExcerpts(const Project &project, const CodingFilter &filter, QIODevice *device,
                                const Options &options);
    static Status writeFrequenciesByCode(const Frequencies &frequencies, QIODevice *device, const Options &options);
    static Status writeFrequenciesByDocument(const Frequencies &frequencies, QIODevice *device, const Options &options);
    static Status writeFrequenciesByCoder(const Frequencies &frequencies, QIODevice *device, const Options &options);
};

} // namespace Marginalia::Core

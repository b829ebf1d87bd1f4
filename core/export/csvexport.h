#pragma once

#include "analysis/excerptreader.h"
#include "analysis/searchhits.h"
#include "base/result.h"
#include "export/csvwriter.h"

#include <QStringList>

class QIODevice;

namespace Marginalia::Core {

class CodeMatrix;
class Frequencies;
class Project;
struct AgreementRow;
struct Disagreement;
struct ScoreRow;
struct SearchQuery;

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
    static QStringList agreementByCodeColumns();
    static QStringList agreementByDocumentColumns();
    static QStringList disagreementColumns();
    static QStringList scoreColumns();
    /// document, start, end, page, paragraph, before, hit, after, source (page empty for unpaged
    /// documents; source "text" or whose memo the hit is in, SearchHits::sourceOf()).
    static QStringList searchColumns();

    /// One row per coding, in document order. Memory stays flat in the number of rows.
    static Status writeExcerpts(const Project &project, const CodingFilter &filter, QIODevice *device,
                                const Options &options);
    static Status writeFrequenciesByCode(const Frequencies &frequencies, QIODevice *device, const Options &options);
    static Status writeFrequenciesByDocument(const Frequencies &frequencies, QIODevice *device, const Options &options);
    static Status writeFrequenciesByCoder(const Frequencies &frequencies, QIODevice *device, const Options &options);
    /// Agreement rows (CoderAgreement): statistics with a dot and 4 decimals, empty where not defined;
    /// @p coders is the coders' names joined by ";".
    static Status writeAgreementByCode(const QList<AgreementRow> &rows, const QString &coders, QIODevice *device,
                                       const Options &options);
    static Status writeAgreementByDocument(const QList<AgreementRow> &rows, const QString &coders, QIODevice *device,
                                           const Options &options);
    static Status writeDisagreements(const QList<Disagreement> &rows, QIODevice *device, const Options &options);
    /// Scores against a key (StudentScores); a student's summary row has an empty code_path.
    static Status writeScores(const QList<ScoreRow> &rows, QIODevice *device, const Options &options);
    /// code_path, one column per column item of @p matrix (the document, group or code path), total.
    static QStringList matrixColumns(const CodeMatrix &matrix);
    /// A code matrix: one row per code in codebook order, then a last row labelled total with the column
    /// totals and the grand total. The totals row is always last, as the total column is (a code may be
    /// named "total" too, as a document may be named "code_path": scripts go by position).
    static Status writeMatrix(const CodeMatrix &matrix, QIODevice *device, const Options &options);
    /// Every hit of @p query, written as it is found (SearchHits::forEach); @p hits counts them.
    static Status writeSearchHits(const Project &project, const SearchQuery &query, int contextLength, MemoSearch memos,
                                  QIODevice *device, const Options &options, qint64 *hits = nullptr);

    /// How many decimals the agreement statistics get.
    static constexpr int StatisticDecimals = 4;
};

} // namespace Marginalia::Core

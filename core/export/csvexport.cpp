#include "export/csvexport.h"

#include "analysis/codematrix.h"
#include "analysis/coderagreement.h"
#include "analysis/frequencies.h"
#include "analysis/searchhits.h"
#include "analysis/studentscores.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Marginalia::Core {

namespace {

Status finish(CsvWriter &writer, QIODevice *device)
{
    if (!writer.flush()) {
        return Error{QCoreApplication::translate("Marginalia::Core::CsvExport", "Writing the CSV failed: %1")
                         .arg(writer.errorString())};
    }
    Q_UNUSED(device);
    return success();
}

void begin(CsvWriter &writer, const CsvExport::Options &options, const QStringList &columns)
{
    if (options.byteOrderMark)
        writer.writeByteOrderMark();
    writer.addRow(columns);
}

void addStatistic(CsvWriter &writer, const Statistic &statistic)
{
    if (statistic.value)
        writer.addDecimal(*statistic.value, CsvExport::StatisticDecimals);
    else
        writer.addEmpty();
}

void addStatistics(CsvWriter &writer, const AgreementRow &row)
{
    writer.addNumber(row.characters);
    addStatistic(writer, row.percentAgreement);
    addStatistic(writer, row.cohenKappa);
    addStatistic(writer, row.fleissKappa);
    addStatistic(writer, row.krippendorffAlpha);
    addStatistic(writer, row.unitizingAlpha);
}

} // namespace

QStringList CsvExport::excerptColumns()
{
    return {QStringLiteral("document"), QStringLiteral("code_path"), QStringLiteral("start"),
            QStringLiteral("end"),      QStringLiteral("coder"),     QStringLiteral("text"),
            QStringLiteral("memo"),     QStringLiteral("created"),   QStringLiteral("coding_guid"),
            QStringLiteral("pages"),    QStringLiteral("paragraph")};
}

QStringList CsvExport::frequencyByCodeColumns()
{
    return {QStringLiteral("code_path"),
            QStringLiteral("codings"),
            QStringLiteral("documents"),
            QStringLiteral("characters"),
            QStringLiteral("codings_incl_subcodes"),
            QStringLiteral("documents_incl_subcodes")};
}

QStringList CsvExport::frequencyByDocumentColumns()
{
    return {QStringLiteral("document"), QStringLiteral("code_path"), QStringLiteral("codings"),
            QStringLiteral("characters")};
}

QStringList CsvExport::agreementByCodeColumns()
{
    return {QStringLiteral("code_path"),
            QStringLiteral("coders"),
            QStringLiteral("documents"),
            QStringLiteral("characters"),
            QStringLiteral("percent_agreement"),
            QStringLiteral("cohen_kappa"),
            QStringLiteral("fleiss_kappa"),
            QStringLiteral("krippendorff_alpha"),
            QStringLiteral("alpha_u")};
}

QStringList CsvExport::agreementByDocumentColumns()
{
    return {QStringLiteral("document"),     QStringLiteral("code_path"),          QStringLiteral("coders"),
            QStringLiteral("characters"),   QStringLiteral("percent_agreement"),  QStringLiteral("cohen_kappa"),
            QStringLiteral("fleiss_kappa"), QStringLiteral("krippendorff_alpha"), QStringLiteral("alpha_u")};
}

QStringList CsvExport::scoreColumns()
{
    return {QStringLiteral("coder"),      QStringLiteral("code_path"),         QStringLiteral("documents"),
            QStringLiteral("characters"), QStringLiteral("percent_agreement"), QStringLiteral("cohen_kappa"),
            QStringLiteral("alpha_u"),    QStringLiteral("precision"),         QStringLiteral("recall")};
}

Status CsvExport::writeScores(const QList<ScoreRow> &rows, QIODevice *device, const Options &options)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, scoreColumns());
    for (const ScoreRow &row : rows) {
        writer.addField(QStringView(row.coder));
        writer.addField(QStringView(row.codePath));
        writer.addNumber(row.documents);
        writer.addNumber(row.characters);
        addStatistic(writer, row.percentAgreement);
        addStatistic(writer, row.cohenKappa);
        addStatistic(writer, row.unitizingAlpha);
        addStatistic(writer, row.precision);
        addStatistic(writer, row.recall);
        writer.endRow();
    }
    return finish(writer, device);
}

QStringList CsvExport::searchColumns()
{
    return {QStringLiteral("document"), QStringLiteral("start"),     QStringLiteral("end"),
            QStringLiteral("page"),     QStringLiteral("paragraph"), QStringLiteral("before"),
            QStringLiteral("hit"),      QStringLiteral("after"),     QStringLiteral("source")};
}

Status CsvExport::writeSearchHits(const Project &project, const SearchQuery &query, int contextLength, MemoSearch memos,
                                  QIODevice *device, const Options &options, qint64 *hits)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, searchColumns());
    qint64 count = 0;
    const Status searched = SearchHits::forEach(project, query, contextLength, memos, [&](const SearchHit &hit) {
        writer.addField(QStringView(hit.document));
        writer.addNumber(hit.start);
        writer.addNumber(hit.end);
        if (hit.page > 0)
            writer.addNumber(hit.page);
        else
            writer.addEmpty();
        writer.addField(QStringView(hit.paragraph));
        writer.addField(QStringView(hit.before));
        writer.addField(QStringView(hit.hit));
        writer.addField(QStringView(hit.after));
        writer.addField(SearchHits::sourceOf(hit));
        writer.endRow();
        ++count;
        return !writer.hasError();
    });
    if (hits)
        *hits = count;
    if (!searched)
        return searched;
    return finish(writer, device);
}

QStringList CsvExport::disagreementColumns()
{
    return {QStringLiteral("document"), QStringLiteral("code_path"), QStringLiteral("start"),
            QStringLiteral("end"),      QStringLiteral("coded_by"),  QStringLiteral("text")};
}

Status CsvExport::writeAgreementByCode(const QList<AgreementRow> &rows, const QString &coders, QIODevice *device,
                                       const Options &options)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, agreementByCodeColumns());
    for (const AgreementRow &row : rows) {
        writer.addField(QStringView(row.codePath));
        writer.addField(QStringView(coders));
        writer.addNumber(row.documents);
        addStatistics(writer, row);
        writer.endRow();
    }
    return finish(writer, device);
}

Status CsvExport::writeAgreementByDocument(const QList<AgreementRow> &rows, const QString &coders, QIODevice *device,
                                           const Options &options)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, agreementByDocumentColumns());
    for (const AgreementRow &row : rows) {
        writer.addField(QStringView(row.document));
        writer.addField(QStringView(row.codePath));
        writer.addField(QStringView(coders));
        addStatistics(writer, row);
        writer.endRow();
    }
    return finish(writer, device);
}

Status CsvExport::writeDisagreements(const QList<Disagreement> &rows, QIODevice *device, const Options &options)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, disagreementColumns());
    for (const Disagreement &row : rows) {
        writer.addField(QStringView(row.document));
        writer.addField(QStringView(row.codePath));
        writer.addNumber(row.start);
        writer.addNumber(row.end);
        writer.addField(QStringView(row.codedBy));
        writer.addField(QStringView(row.text));
        writer.endRow();
    }
    return finish(writer, device);
}

QStringList CsvExport::frequencyByCoderColumns()
{
    return {QStringLiteral("coder"), QStringLiteral("code_path"), QStringLiteral("codings"),
            QStringLiteral("documents"), QStringLiteral("characters")};
}

Status CsvExport::writeExcerpts(const Project &project, const CodingFilter &filter, QIODevice *device,
                                const Options &options)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, excerptColumns());
    auto status = ExcerptReader::forEach(project, filter, [&writer](const Excerpt &excerpt) {
        writer.addField(excerpt.document);
        writer.addField(excerpt.codePath);
        writer.addNumber(excerpt.start);
        writer.addNumber(excerpt.end);
        writer.addField(excerpt.coder);
        writer.addField(excerpt.text);
        writer.addField(excerpt.memo);
        writer.addField(excerpt.created);
        writer.addField(excerpt.guid);
        writer.addField(QStringView(ExcerptReader::pageRange(excerpt)));
        writer.addField(QStringView(excerpt.paragraph));
        writer.endRow();
        return !writer.hasError();
    });
    if (!status)
        return status;
    return finish(writer, device);
}

Status CsvExport::writeFrequenciesByCode(const Frequencies &frequencies, QIODevice *device, const Options &options)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, frequencyByCodeColumns());
    for (const CodeFrequency &row : frequencies.byCode) {
        writer.addField(QStringView(row.codePath));
        writer.addNumber(row.codings);
        writer.addNumber(row.documents);
        writer.addNumber(row.characters);
        writer.addNumber(row.codingsInclSubcodes);
        writer.addNumber(row.documentsInclSubcodes);
        writer.endRow();
    }
    return finish(writer, device);
}

Status CsvExport::writeFrequenciesByDocument(const Frequencies &frequencies, QIODevice *device, const Options &options)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, frequencyByDocumentColumns());
    for (const DocumentCodeFrequency &row : frequencies.byDocument) {
        writer.addField(QStringView(row.document));
        writer.addField(QStringView(row.codePath));
        writer.addNumber(row.codings);
        writer.addNumber(row.characters);
        writer.endRow();
    }
    return finish(writer, device);
}

Status CsvExport::writeFrequenciesByCoder(const Frequencies &frequencies, QIODevice *device, const Options &options)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, frequencyByCoderColumns());
    for (const CoderCodeFrequency &row : frequencies.byCoder) {
        writer.addField(QStringView(row.coder));
        writer.addField(QStringView(row.codePath));
        writer.addNumber(row.codings);
        writer.addNumber(row.documents);
        writer.addNumber(row.characters);
        writer.endRow();
    }
    return finish(writer, device);
}

QStringList CsvExport::matrixColumns(const CodeMatrix &matrix)
{
    QStringList columns{QStringLiteral("code_path")};
    for (const CodeMatrix::ColumnLabel &column : matrix.columns)
        columns.append(column.name);
    columns.append(QStringLiteral("total"));
    return columns;
}

Status CsvExport::writeMatrix(const CodeMatrix &matrix, QIODevice *device, const Options &options)
{
    CsvWriter writer(device, options.formulaGuard);
    begin(writer, options, matrixColumns(matrix));
    const qsizetype columns = matrix.columns.size();
    for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
        writer.addField(QStringView(matrix.rows.at(r).codePath));
        for (qsizetype c = 0; c < columns; ++c)
            writer.addNumber(matrix.cell(r, c));
        writer.addNumber(matrix.rowTotals.at(r));
        writer.endRow();
    }
    writer.addField(QStringView(u"total"));
    for (qint64 total : matrix.columnTotals)
        writer.addNumber(total);
    writer.addNumber(matrix.total);
    writer.endRow();
    return finish(writer, device);
}

} // namespace Marginalia::Core

#pragma once

#include "base/result.h"
#include "export/csvexport.h"
#include "model/attributes.h"

#include <QStringList>

class QIODevice;

namespace Marginalia::Core {

class Project;

/// What an attribute table changed.
struct AttributeImportReport
{
    qint64 documents = 0; ///< rows read, one per document
    QStringList attributesAdded; ///< "year (number)"
    qint64 valuesSet = 0; ///< values written (new or changed)
    qint64 valuesCleared = 0; ///< values removed by an empty cell
    QStringList casesAdded; ///< a table of cases: the cases it named that the project did not have
};

/**
 * The documents' attributes as a CSV table, one row per document: a first column `document` (the
 * document's name as the project lists it), then a column per attribute. Written by export, read by
 * import, so a table exported, edited in a spreadsheet and imported again changes just what was edited.
 *
 * On import a header may give a new attribute's type after a colon (`year:number`, `adopted:date`,
 * `type:list`, `binding:yes/no`, `country:text`); without one it is inferred from the column (numbers,
 * ISO dates, yes/no, else text). A list's values are those in its column. An empty cell removes the
 * document's value. Every row is checked first, and any unknown document, repeated row or value its
 * attribute's type cannot read makes the import fail with every problem listed (file, row, column),
 * writing nothing; otherwise the whole table is applied in one transaction.
 *
 * The cases' attributes are read and written the same way, with a first column `case`; a case the
 * project does not have is added by the import (that is how a table of cases is usually brought in).
 */
class AttributeCsv final
{
public:
    static Result<AttributeImportReport> importFile(Project &project, const QString &path,
                                                    AttributeTarget target = AttributeTarget::Document);
    static Result<AttributeImportReport> import(Project &project, const QByteArray &data, const QString &fileName,
                                                AttributeTarget target = AttributeTarget::Document);
    /// document (or case), then one column per attribute in their order; documents (cases) in name order.
    static Status write(const Project &project, QIODevice *device, const CsvExport::Options &options,
                        AttributeTarget target = AttributeTarget::Document);
};

} // namespace Marginalia::Core

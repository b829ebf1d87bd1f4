#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Marginalia::Core {

/**
 * Reads a CSV table (RFC 4180: quoted fields with commas, quotes and line breaks inside) through libcsv,
 * as spreadsheets write them: UTF-8 with or without a byte order mark, CRLF or LF, and a semicolon as
 * separator when the header has semicolons and no commas (Excel in much of Europe). Rows are lists of
 * fields; a row of empty fields is dropped.
 */
class CsvReader final
{
public:
    /// The rows of @p data; an error (a quote not closed, text that is not UTF-8) names the row.
    static Result<QList<QStringList>> rows(const QByteArray &data);
};

} // namespace Marginalia::Core

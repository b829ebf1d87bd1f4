#pragma once

#include "base/result.h"

#include <QString>

namespace Marginalia::Core {

class CodeMatrix;

/**
 * A CodeMatrix as an Excel workbook (.xlsx, Office Open XML SpreadsheetML), for researchers who read
 * matrices in a spreadsheet: one sheet, "Matrix", with the layout of CsvExport::writeMatrix (a header row
 * code_path, one column per column item, total; one row per code; a last row of column totals labelled
 * total). The header row and the totals are bold, the cells are numbers, the code paths text indented by
 * their depth, and the header row and the code column stay in view (frozen panes).
 *
 * Written with ZipWriter, not libxlsxwriter: that library zips through the system's minizip, whose symbols
 * (zipOpen...) QuaZip exports too with other signatures, so in a process linking both (the core does) its
 * calls land in QuaZip and the export crashes. The parts are few and fixed (docs/matrices.md).
 *
 * Text goes into cells as text (shared strings), never as a formula, so the formula guard of the CSV export
 * has no work to do here.
 */
class XlsxMatrix final
{
public:
    /// Columns a worksheet can hold (Excel's limit): the code column, the items and the total column.
    static constexpr qsizetype MaxColumns = 16384;
    /// Rows a worksheet can hold: the header, the codes and the totals.
    static constexpr qsizetype MaxRows = 1048576;

    /// Writes the workbook to @p path, all of it or nothing (ZipWriter: a temporary file, renamed at the
    /// end); errors name the file. Fails, writing nothing, when the matrix does not fit a worksheet.
    static Status writeFile(const CodeMatrix &matrix, const QString &path);
};

} // namespace Marginalia::Core

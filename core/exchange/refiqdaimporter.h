#pragma once

#include "base/result.h"
#include "exchange/refiqdareport.h"

#include <QString>

namespace Marginalia::Core {

/// How a REFI-QDA project import reads what the file leaves to interpretation.
struct RefiQdaImportOptions
{
    /// The unit of text selections' startPosition and endPosition.
    enum class Positions {
        /// Unicode code points, as REFI-QDA says, unless a source's text shows UTF-16 code units (as NVivo
        /// writes them); decided per source with characters outside the Basic Multilingual Plane, the only
        /// texts where the two differ, and reported.
        Auto,
        CodePoints, ///< Unicode code points (REFI-QDA 1.5, section 10.2)
        Utf16, ///< UTF-16 code units (NVivo), converted to code points
    };
    Positions positions = Positions::Auto;
};

/**
 * Imports a REFI-QDA project (.qdpx, REFI-QDA 1.5) into a new Marginalia project: users become coders,
 * the codebook becomes codes, text sources become documents, every text selection's codings become
 * codings, and notes and descriptions become memos.
 *
 * Lenient with what real exports do: a .qde named otherwise or inside a folder, "Sources/" in capitals,
 * GUIDs in braces or upper case, source paths without "internal://", a byte-order mark, CRLF line endings
 * (positions counted in the file's code points, CRLF as two, are mapped onto the stored text, where CRLF
 * is one LF), positions in UTF-16 code units (NVivo; see RefiQdaImportOptions), memos in a selection's
 * <Description>, PDF sources with a text representation. An unzipped
 * export (a folder holding the .qde and sources/) is read the same way.
 *
 * Strict about safety: the archive is read through ZipArchive (limits on entries, sizes and compression
 * ratio; entry names that lead out of the archive refuse it), nothing is extracted to disk, source paths
 * outside the archive (absolute://, relative://) are never read, and XML with a DTD (entity expansion,
 * external entities) is refused.
 *
 * The project is built in a temporary file beside @p projectPath inside one transaction and renamed into
 * place only when everything succeeded, so a failed or cancelled import leaves nothing behind. What could
 * not be mapped (pictures, audio, video, PDF regions, sets, graphs, variables, cases, links, empty or
 * out-of-range selections...) is named and counted in the report.
 */
class RefiQdaImporter final
{
public:
    /// Imports @p source (a .qdpx file, or a folder with an unzipped one) as a new project at
    /// @p projectPath, which must not exist. @p progress may cancel.
    static Result<RefiQdaReport> importProject(const QString &source, const QString &projectPath,
                                               const RefiQdaProgress &progress = {},
                                               const RefiQdaImportOptions &options = {});
};

} // namespace Marginalia::Core

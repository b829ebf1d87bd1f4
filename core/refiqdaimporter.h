#pragma once

#include "refiqdareport.h"
#include "result.h"

#include <QString>

namespace Marginalia::Core {

/**
 * Imports a REFI-QDA project (.qdpx, REFI-QDA 1.5) into a new Marginalia project: users become coders,
 * the codebook becomes codes, text sources become documents, every text selection's codings become
 * codings, and notes and descriptions become memos.
 *
 * Lenient with what real exports do: a .qde named otherwise or inside a folder, "Sources/" in capitals,
 * GUIDs in braces or upper case, source paths without "internal://", a byte-order mark, CRLF line endings
 * (positions counted in the file's code points, CRLF as two, are mapped onto the stored text, where CRLF
 * is one LF), memos in a selection's <Description>, PDF sources with a text representation. An unzipped
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
                                               const RefiQdaProgress &progress = {});
};

} // namespace Marginalia::Core

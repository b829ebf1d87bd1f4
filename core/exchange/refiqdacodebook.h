#pragma once

#include "base/result.h"
#include "exchange/refiqdareport.h"

#include <QString>

class QIODevice;

namespace Marginalia::Core {

class Project;

/**
 * Codebook exchange in the REFI-QDA format (.qdc, namespace urn:QDA-XML:codebook:1.0): nested codes with
 * their GUIDs, names, colours and descriptions, as NVivo, ATLAS.ti, MAXQDA and QualCoder read and write it.
 *
 * Export writes every code (a .qdc has no place for code memos: the report counts them). Import merges the
 * file into an existing project in one transaction: a code of the file is matched to a project code by
 * GUID, else by path (its parent's match and its name); a match takes the file's name (for a GUID match),
 * colour and description where they differ; everything else is added where the file puts it, keeping the
 * file's GUID. On any failure the project is left exactly as it was.
 */
class RefiQdaCodebook final
{
public:
    /// Writes the project's codebook to @p filePath (replaced only when complete). Fails for an empty
    /// codebook, which the schema cannot express.
    static Result<RefiQdaReport> exportTo(const Project &project, const QString &filePath);
    /// Writes the codebook's XML to @p device; @p fileName names it in errors.
    static Result<RefiQdaReport> write(const Project &project, QIODevice *device, const QString &fileName);

    /// Merges the codebook in @p filePath into @p project.
    static Result<RefiQdaReport> importInto(Project &project, const QString &filePath);
    /// Merges a codebook read from @p xml; @p fileName names it in errors and the report.
    static Result<RefiQdaReport> importXml(Project &project, const QByteArray &xml, const QString &fileName);
};

} // namespace Marginalia::Core

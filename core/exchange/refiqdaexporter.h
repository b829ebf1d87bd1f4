#pragma once

#include "base/result.h"
#include "exchange/refiqdareport.h"

#include <QString>

namespace Marginalia::Core {

class Project;

/**
 * Exports a project to a REFI-QDA project file (.qdpx, REFI-QDA 1.5) that NVivo, ATLAS.ti, MAXQDA and
 * QualCoder import: a ZIP with project.qde (valid against Project.xsd) and every document's text as
 * sources/<document GUID>.txt in UTF-8.
 *
 * The mapping (docs/refi-qda.md): coders are <User>s; codes nest in the <CodeBook> with their colours and
 * descriptions; each document is a <TextSource> with plainTextPath "internal://<GUID>.txt"; each coding is
 * a <PlainTextSelection> (positions in code points, as stored) holding one <Coding> with its code, creating
 * user and time; project, document, code and coding memos are <Note>s linked by <NoteRef>. Rows keep their
 * own GUIDs, and notes and selections get GUIDs derived from their owners', so exporting the same project
 * twice gives the same GUIDs.
 *
 * The archive is written beside @p filePath and replaces it only when complete (ZipWriter), so a failed or
 * cancelled export leaves any earlier file as it was. The report lists what the format cannot hold (page
 * boundaries, the original PDF or Word file behind a document's text).
 */
class RefiQdaExporter final
{
public:
    static Result<RefiQdaReport> exportProject(const Project &project, const QString &filePath,
                                               const RefiQdaProgress &progress = {});
};

} // namespace Marginalia::Core

#pragma once

// Internal: putting a parsed REFI-QDA codebook into a project, shared by the .qdc import (a merge into an
// existing project) and the .qdpx import (a new project).

#include "base/result.h"
#include "exchange/refiqdareport.h"
#include "exchange/refiqdaxml_p.h"

#include <QList>
#include <QString>

namespace Marginalia::Core {

class Project;

namespace RefiQdaCodes {

enum class Mode {
    /// Match the file's codes to the project's by GUID, then by path; add the rest (.qdc import).
    Merge,
    /// Add every code; a name taken among its siblings gets a free one, "Name (2)" (.qdpx import, where two
    /// codes of the file are two codes even when another tool let them share a name).
    AddAll,
};

/**
 * Adds or matches @p codes (parents first, as RefiQdaXml::readCodes gives them) in @p project, through its
 * API, inside the caller's transaction. @p memos, when not empty, has a memo for each code. Returns the
 * project code id for each code of the file.
 */
Result<QList<qint64>> apply(Project &project, const QList<RefiQdaXml::ParsedCode> &codes, const QStringList &memos,
                            Mode mode, RefiQdaReport &report);

} // namespace RefiQdaCodes
} // namespace Marginalia::Core

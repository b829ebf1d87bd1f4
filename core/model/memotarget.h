#pragma once

#include <QtGlobal>

namespace Marginalia::Core {

/// What a memo belongs to: the project, a document, a code or a coding (Project::memo(), setMemo()).
struct MemoTarget
{
    enum class Kind { None, Project, Document, Code, Coding };
    Kind kind = Kind::None;
    qint64 id = 0; ///< the document's, code's or coding's id; 0 for the project
    bool operator==(const MemoTarget &other) const { return kind == other.kind && id == other.id; }
};

} // namespace Marginalia::Core

#pragma once

#include "analysis/codematrix.h"
#include "base/result.h"
#include "model/attributes.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Marginalia::Core {

class Project;

/**
 * The groups of a CodeMatrix with ColumnKind::Groups that a project defines itself (docs/matrices.md), so
 * that the command-line tool and the window make the same columns.
 */
class MatrixGroups final
{
public:
    MatrixGroups() = delete;

    /// One group per case, in the cases' (name) order: its whole documents, or the passages of them
    /// assigned to it. A case with nothing assigned is an empty column.
    static QList<MatrixGroup> ofCases(const Project &project);

    /// One group per value of the attribute @p attributeName (any case), in the values' order (numbers and
    /// dates ascending, a list's in its order); a document is in the group of its value, and documents
    /// without a value are in none. Fails, naming the project's attributes, when there is no such one.
    /// With @p target Case, the cases' attribute: a value's group is the material (whole documents and
    /// passages) of the cases with that value.
    static Result<QList<MatrixGroup>> ofAttribute(const Project &project, const QString &attributeName,
                                                  AttributeTarget target = AttributeTarget::Document);

    /// The documents @p group has regions in.
    static QSet<qint64> documentsOf(const MatrixGroup &group);
};

} // namespace Marginalia::Core

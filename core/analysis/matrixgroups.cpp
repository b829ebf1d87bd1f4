#include "analysis/matrixgroups.h"

#include "model/attributes.h"
#include "store/project.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace Marginalia::Core {

QList<MatrixGroup> MatrixGroups::ofCases(const Project &project)
{
    const QHash<qint64, qint64> lengths = project.documentLengths();
    QHash<qint64, QList<MatrixRegion>> regions;
    // A member's end 0 stands for "to the end of the document"; the matrix wants the real end.
    for (const CaseMember &member : project.caseMembers())
        regions[member.caseId].append(
            {member.documentId, member.start, member.end == 0 ? lengths.value(member.documentId) : member.end});
    QList<MatrixGroup> groups;
    for (const Case &each : project.cases())
        groups.append({each.name, regions.value(each.id)});
    return groups;
}

Result<QList<MatrixGroup>> MatrixGroups::ofAttribute(const Project &project, const QString &attributeName)
{
    const auto attribute = project.attributeByName(attributeName);
    if (!attribute)
        return Error{AttributeTypes::unknownAttributeMessage(attributeName, project.attributes())};
    const QHash<qint64, qint64> lengths = project.documentLengths();
    QHash<QString, QList<MatrixRegion>> byValue;
    QStringList values;
    for (const AttributeValue &value : project.attributeValues(attribute->id)) {
        if (!byValue.contains(value.value))
            values.append(value.value);
        byValue[value.value].append({value.documentId, 0, lengths.value(value.documentId)});
    }
    std::sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
        return AttributeTypes::compare(attribute->type, a, b, attribute->allowedValues) < 0;
    });
    QList<MatrixGroup> groups;
    for (const QString &value : std::as_const(values))
        groups.append({value, byValue.value(value)});
    return groups;
}

QSet<qint64> MatrixGroups::documentsOf(const MatrixGroup &group)
{
    QSet<qint64> documents;
    for (const MatrixRegion &region : group.regions)
        documents.insert(region.documentId);
    return documents;
}

} // namespace Marginalia::Core

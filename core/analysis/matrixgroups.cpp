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

Result<QList<MatrixGroup>> MatrixGroups::ofAttribute(const Project &project, const QString &attributeName,
                                                     AttributeTarget target)
{
    const auto attribute = project.attributeByName(attributeName, target);
    if (!attribute)
        return Error{AttributeTypes::unknownAttributeMessage(attributeName, project.attributes(target))};
    // Whose values: a document's region is the whole document, a case's its members.
    QList<std::pair<QString, QList<MatrixRegion>>> owned; // (value, the owner's regions)
    const QHash<qint64, qint64> lengths = project.documentLengths();
    if (target == AttributeTarget::Case) {
        QHash<qint64, QList<MatrixRegion>> regionsOf;
        for (const MatrixGroup &group : ofCases(project)) {
            if (const auto found = project.caseByName(group.name))
                regionsOf.insert(found->id, group.regions);
        }
        for (const CaseAttributeValue &value : project.caseAttributeValues(attribute->id))
            owned.append({value.value, regionsOf.value(value.caseId)});
    } else {
        for (const AttributeValue &value : project.attributeValues(attribute->id))
            owned.append({value.value, {{value.documentId, 0, lengths.value(value.documentId)}}});
    }
    QHash<QString, QList<MatrixRegion>> byValue;
    QStringList values;
    for (const auto &[value, regions] : std::as_const(owned)) {
        if (!byValue.contains(value))
            values.append(value);
        byValue[value] += regions;
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

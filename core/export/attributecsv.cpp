#include "export/attributecsv.h"

#include "export/csvwriter.h"
#include "store/project.h"
#include "text/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::AttributeCsv)
};

/// How many problems an import lists before "and N more".
constexpr int ListedProblems = 12;

/// The first column's name: what a row is about.
QString ownerColumn(AttributeTarget target)
{
    return target == AttributeTarget::Case ? QStringLiteral("case") : QStringLiteral("document");
}

/// The rows' owners by name as a table names them: documents by their exact name, cases in any case
/// (case names are unique in any case).
QString ownerKey(AttributeTarget target, const QString &name)
{
    return target == AttributeTarget::Case ? name.toCaseFolded() : name;
}

struct Column
{
    Attribute attribute; ///< id 0: new, added by the import
    bool isNew = false;
};

} // namespace

Result<AttributeImportReport> AttributeCsv::importFile(Project &project, const QString &path, AttributeTarget target)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot be read: %2").arg(path, file.errorString())};
    // An attribute table is a few thousand rows at most; anything far larger is not one.
    if (file.size() > 64 * 1024 * 1024)
        return Error{Tr::tr("%1: is %2 MB, too large for a table of attributes.").arg(path).arg(file.size() >> 20)};
    return import(project, file.readAll(), path, target);
}

Result<AttributeImportReport> AttributeCsv::import(Project &project, const QByteArray &data, const QString &fileName,
                                                   AttributeTarget target)
{
    const QString owner = ownerColumn(target);
    auto rows = CsvReader::rows(data);
    if (!rows)
        return Error{Tr::tr("%1: %2").arg(fileName, rows.error())};
    if (rows->isEmpty())
        return Error{
            Tr::tr("%1: is empty; the first row names the columns: %2, then one per attribute.").arg(fileName, owner)};
    const QStringList header = rows->takeFirst();
    if (header.constFirst().trimmed().compare(owner, Qt::CaseInsensitive) != 0) {
        return Error{target == AttributeTarget::Case
                         ? Tr::tr("%1: the first column must be \"case\" (the cases' names), not \"%2\".")
                               .arg(fileName, header.constFirst())
                         : Tr::tr("%1: the first column must be \"document\" (the documents' names), not \"%2\".")
                               .arg(fileName, header.constFirst())};
    }

    // The columns: existing attributes by name, new ones with a given or inferred type.
    QList<Column> columns;
    QSet<QString> seen;
    for (qsizetype c = 1; c < header.size(); ++c) {
        QString name = header.at(c).trimmed();
        std::optional<AttributeType> declared;
        if (const qsizetype colon = name.lastIndexOf(u':'); colon > 0) {
            if (const auto type = AttributeTypes::fromName(name.mid(colon + 1))) {
                declared = type;
                name = name.left(colon).trimmed();
            }
        }
        if (name.isEmpty())
            return Error{Tr::tr("%1: column %2 has no name.").arg(fileName).arg(c + 1)};
        if (seen.contains(name.toCaseFolded()))
            return Error{Tr::tr("%1: the column \"%2\" is there twice.").arg(fileName, name)};
        seen.insert(name.toCaseFolded());
        Column column;
        if (const auto existing = project.attributeByName(name, target)) {
            if (declared && *declared != existing->type) {
                return Error{
                    Tr::tr("%1: the column \"%2\" says %3, but the project's attribute %2 is %4.")
                        .arg(fileName, name, AttributeTypes::name(*declared), AttributeTypes::name(existing->type))};
            }
            column.attribute = *existing;
        } else {
            column.isNew = true;
            column.attribute.name = name;
            QStringList values;
            for (const QStringList &row : std::as_const(*rows))
                values.append(c < row.size() ? row.at(c).trimmed() : QString());
            column.attribute.type = declared.value_or(AttributeTypes::infer(values));
            if (column.attribute.type == AttributeType::List) {
                for (const QString &value : std::as_const(values)) {
                    if (!value.isEmpty() && !column.attribute.allowedValues.contains(value, Qt::CaseInsensitive))
                        column.attribute.allowedValues.append(value);
                }
            }
        }
        columns.append(column);
    }

    // Every row checked before anything is written. A case the project does not have yet is added (a
    // table of cases is how cases are usually made); a document must be there.
    QHash<QString, qint64> owners;
    if (target == AttributeTarget::Case) {
        for (const Case &each : project.cases())
            owners.insert(ownerKey(target, each.name), each.id);
    } else {
        for (const DocumentName &document : project.documentNames())
            owners.insert(document.name, document.id);
    }
    QStringList newCases; // a new case's owner id is -(its index + 1) until it is added
    QStringList problems;
    qsizetype moreProblems = 0;
    const auto problem = [&](const QString &text) {
        if (problems.size() < ListedProblems)
            problems.append(text);
        else
            ++moreProblems;
    };
    struct PendingValue
    {
        qint64 ownerId;
        qsizetype column;
        QString value; ///< canonical; empty clears
    };
    QList<PendingValue> pending;
    QSet<qint64> rowsSeen;
    for (qsizetype r = 0; r < rows->size(); ++r) {
        const QStringList &row = rows->at(r);
        const qsizetype line = r + 2; // the header is row 1, as a spreadsheet numbers them
        const QString name = row.constFirst().trimmed();
        auto found = owners.constFind(ownerKey(target, name));
        if (found == owners.cend() && target == AttributeTarget::Case && !name.isEmpty()) {
            newCases.append(name);
            found = owners.insert(ownerKey(target, name), -qint64(newCases.size()));
        }
        if (found == owners.cend()) {
            problem(name.isEmpty() ? Tr::tr("row %1: the %2 has no name").arg(line).arg(owner)
                                   : Tr::tr("row %1: there is no document named \"%2\"").arg(line).arg(name));
            continue;
        }
        const qint64 ownerId = *found;
        if (rowsSeen.contains(ownerId)) {
            problem(Tr::tr("row %1: \"%2\" has a row already").arg(line).arg(name));
            continue;
        }
        rowsSeen.insert(ownerId);
        if (row.size() > header.size())
            problem(Tr::tr("row %1: has %2 fields, the header %3").arg(line).arg(row.size()).arg(header.size()));
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString cell = c + 1 < row.size() ? row.at(c + 1).trimmed() : QString();
            if (cell.isEmpty()) {
                pending.append({ownerId, c, QString()});
                continue;
            }
            auto canonical = AttributeTypes::canonical(columns.at(c).attribute, cell);
            if (!canonical) {
                problem(Tr::tr("row %1, column %2: %3").arg(line).arg(columns.at(c).attribute.name, canonical.error()));
                continue;
            }
            pending.append({ownerId, c, *canonical});
        }
    }
    if (!problems.isEmpty()) {
        QString message = Tr::tr("%1: nothing was imported; fix these and import again:").arg(fileName);
        for (const QString &text : std::as_const(problems))
            message += QStringLiteral("\n  ") + text;
        if (moreProblems > 0)
            message += QStringLiteral("\n  ") + Tr::tr("and %1 more").arg(moreProblems);
        return Error{message};
    }

    // What changes, against what is there: so that the report says what the table did.
    QHash<std::pair<qint64, qint64>, QString> existing;
    if (target == AttributeTarget::Case) {
        for (const CaseAttributeValue &value : project.caseAttributeValues())
            existing.insert({value.caseId, value.attributeId}, value.value);
    } else {
        for (const AttributeValue &value : project.attributeValues())
            existing.insert({value.documentId, value.attributeId}, value.value);
    }

    AttributeImportReport report;
    report.documents = rows->size();
    const Status applied
        = project.transact(Tr::tr("importing attributes from %1").arg(QFileInfo(fileName).fileName()), [&]() -> Status {
              QList<qint64> newCaseIds;
              for (const QString &name : std::as_const(newCases)) {
                  auto added = project.addCase(name);
                  if (!added)
                      return Error{added.error()};
                  newCaseIds.append(added->id);
                  report.casesAdded.append(added->name);
              }
              for (Column &column : columns) {
                  if (!column.isNew)
                      continue;
                  auto added = project.addAttribute(column.attribute.name, column.attribute.type,
                                                    column.attribute.allowedValues, target);
                  if (!added)
                      return Error{added.error()};
                  column.attribute = *added;
                  report.attributesAdded.append(
                      QStringLiteral("%1 (%2)").arg(added->name, AttributeTypes::name(added->type)));
              }
              QList<AttributeValue> values;
              QList<CaseAttributeValue> caseValues;
              for (const PendingValue &value : std::as_const(pending)) {
                  const qint64 attributeId = columns.at(value.column).attribute.id;
                  const qint64 ownerId = value.ownerId < 0 ? newCaseIds.at(-value.ownerId - 1) : value.ownerId;
                  const auto had = existing.constFind({ownerId, attributeId});
                  if (value.value.isEmpty()) {
                      if (had == existing.cend())
                          continue;
                      ++report.valuesCleared;
                  } else {
                      if (had != existing.cend() && *had == value.value)
                          continue;
                      ++report.valuesSet;
                  }
                  if (target == AttributeTarget::Case)
                      caseValues.append({ownerId, attributeId, value.value});
                  else
                      values.append({ownerId, attributeId, value.value});
              }
              return target == AttributeTarget::Case ? project.setCaseAttributeValues(caseValues)
                                                     : project.setAttributeValues(values);
          });
    if (!applied)
        return Error{Tr::tr("%1: %2").arg(fileName, applied.error())};
    return report;
}

Status AttributeCsv::write(const Project &project, QIODevice *device, const CsvExport::Options &options,
                           AttributeTarget target)
{
    const QList<Attribute> attributes = project.attributes(target);
    QHash<std::pair<qint64, qint64>, QString> values;
    QList<DocumentName> owners; // id and name: documents', or cases'
    if (target == AttributeTarget::Case) {
        for (const CaseAttributeValue &value : project.caseAttributeValues())
            values.insert({value.caseId, value.attributeId}, value.value);
        for (const Case &each : project.cases())
            owners.append({each.id, each.name});
    } else {
        for (const AttributeValue &value : project.attributeValues())
            values.insert({value.documentId, value.attributeId}, value.value);
        owners = project.documentNames();
    }
    CsvWriter writer(device, options.formulaGuard);
    if (options.byteOrderMark)
        writer.writeByteOrderMark();
    writer.addField(QStringView(ownerColumn(target)));
    for (const Attribute &attribute : attributes)
        writer.addField(QStringView(attribute.name));
    writer.endRow();
    std::sort(owners.begin(), owners.end(), [](const DocumentName &a, const DocumentName &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const DocumentName &each : std::as_const(owners)) {
        writer.addField(QStringView(each.name));
        for (const Attribute &attribute : attributes)
            writer.addField(QStringView(values.value({each.id, attribute.id})));
        writer.endRow();
    }
    if (writer.hasError())
        return Error{Tr::tr("Writing the attributes failed: %1").arg(device->errorString())};
    return success();
}

} // namespace Marginalia::Core

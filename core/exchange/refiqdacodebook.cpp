#include "exchange/refiqdacodebook.h"

#include "base/atomicfile.h"

#include "exchange/refiqdacodebook_p.h"
#include "exchange/refiqdaxml_p.h"
#include "model/codetree.h"
#include "store/project.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::RefiQda)
};

} // namespace

// --- Putting codes into a project ----------------------------------------------------------------------

namespace RefiQdaCodes {

Result<QList<qint64>> apply(Project &project, const QList<RefiQdaXml::ParsedCode> &codes, const QStringList &memos,
                            Mode mode, RefiQdaReport &report)
{
    QHash<QString, qint64> byGuid;
    QHash<std::pair<qint64, QString>, qint64> byPlace; // (parent id, name) -> id
    QHash<qint64, Code> existing;
    for (const Code &code : project.codes()) {
        byGuid.insert(code.guid.toLower(), code.id);
        byPlace.insert({code.parentId, code.name}, code.id);
        existing.insert(code.id, code);
    }

    QList<qint64> ids(codes.size(), 0);
    QList<QStringList> names(codes.size());
    QSet<qint64> matched; // project codes a code of the file already took
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const RefiQdaXml::ParsedCode &code = codes.at(i);
        const qint64 parentId = code.parent >= 0 ? ids.at(code.parent) : 0;
        QString name = code.name.trimmed();
        if (name.isEmpty()) {
            name = Tr::tr("Unnamed code");
            report.addAdjusted(QStringLiteral("unnamed-code"), Tr::tr("codes without a name, named \"Unnamed code\""),
                               code.rawGuid);
        }
        names[i] = code.parent >= 0 ? names.at(code.parent) : QStringList();
        names[i].append(name);
        const QString path = CodeTree::joinPath(names.at(i));
        if (!code.rawColor.isEmpty() && code.color.isEmpty()) {
            report.addAdjusted(QStringLiteral("color"), Tr::tr("malformed colours left out (the code has no colour)"),
                               code.rawColor);
        }
        const QString memo = memos.value(i);

        if (mode == Mode::Merge) {
            qint64 match = 0;
            bool byGuidMatch = false;
            if (!code.guid.isEmpty()) {
                match = byGuid.value(code.guid, 0);
                byGuidMatch = match != 0;
            }
            if (match == 0)
                match = byPlace.value({parentId, name}, 0);
            if (match != 0 && matched.contains(match)) {
                // Two codes of the file met one code of the project: the second one's codings and children
                // go to the same code, which is what the file's author most likely meant.
                report.addAdjusted(QStringLiteral("duplicate-code"),
                                   Tr::tr("codes that appear twice in the file, merged into one"), path);
                ids[i] = match;
                continue;
            }
            if (match != 0) {
                matched.insert(match);
                ids[i] = match;
                Code current = existing.value(match);
                QStringList changes;
                if (byGuidMatch) {
                    ++report.codesMatchedByGuid;
                    if (current.name != name) {
                        if (byPlace.contains({current.parentId, name})) {
                            report.addAdjusted(QStringLiteral("rename-conflict"),
                                               Tr::tr("codes not renamed because a sibling has the file's name"), path);
                        } else if (auto renamed = project.renameCode(match, name); !renamed) {
                            return Error{renamed.error()};
                        } else {
                            byPlace.remove({current.parentId, current.name});
                            byPlace.insert({current.parentId, name}, match);
                            changes.append(Tr::tr("renamed from \"%1\"").arg(current.name));
                            current.name = name;
                        }
                    }
                    if (current.parentId != parentId) {
                        report.addAdjusted(
                            QStringLiteral("code-place"),
                            Tr::tr("codes matched by GUID that sit elsewhere in the file's tree, kept where "
                                   "they are in the project"),
                            path);
                    }
                } else {
                    ++report.codesMatchedByPath;
                }
                if (!code.color.isEmpty() && code.color.compare(current.color, Qt::CaseInsensitive) != 0) {
                    if (auto set = project.setCodeColor(match, code.color); !set)
                        return Error{set.error()};
                    changes.append(Tr::tr("colour %1").arg(code.color));
                }
                if (code.codable != current.codable) {
                    if (auto set = project.setCodeCodable(match, code.codable); !set)
                        return Error{set.error()};
                    changes.append(code.codable ? Tr::tr("applicable to text")
                                                : Tr::tr("a folder (not applied to text)"));
                }
                if (!code.description.isEmpty() && code.description != current.description) {
                    if (auto set = project.setCodeDescription(match, code.description); !set)
                        return Error{set.error()};
                    changes.append(Tr::tr("description"));
                }
                if (!memo.isEmpty() && memo != current.memo) {
                    if (auto set = project.setCodeMemo(match, memo); !set)
                        return Error{set.error()};
                    changes.append(Tr::tr("memo"));
                }
                if (!changes.isEmpty()) {
                    ++report.codesUpdated;
                    report.addMerged(QStringLiteral("updated"), Tr::tr("codes updated"),
                                     QStringLiteral("%1: %2").arg(path, changes.join(QStringLiteral(", "))));
                } else {
                    report.addMerged(QStringLiteral("unchanged"), Tr::tr("codes already in the project as they are"),
                                     path);
                }
                continue;
            }
        }

        NewCode added;
        added.parentId = parentId;
        added.name = name;
        if (byPlace.contains({parentId, name})) {
            for (int n = 2;; ++n) {
                const QString free = QStringLiteral("%1 (%2)").arg(name).arg(n);
                if (!byPlace.contains({parentId, free})) {
                    added.name = free;
                    break;
                }
            }
            report.addAdjusted(QStringLiteral("duplicate-name"),
                               Tr::tr("codes sharing a name with a sibling, renamed \"Name (2)\""), path);
        }
        // A code without a colour keeps none, as the file has it: a palette colour made up here would go back
        // to the other tool as if someone had chosen it.
        added.color = code.color;
        added.pickColor = false;
        added.codable = code.codable;
        added.description = code.description;
        added.memo = memo;
        if (code.guid.isEmpty()) {
            report.addAdjusted(QStringLiteral("code-guid"),
                               Tr::tr("codes with a missing or malformed GUID, given a new one"),
                               code.rawGuid.isEmpty() ? path : code.rawGuid);
        } else if (byGuid.contains(code.guid)) {
            report.addAdjusted(QStringLiteral("code-guid-taken"),
                               Tr::tr("codes whose GUID another code has, given a new one"), code.guid);
        } else {
            added.guid = code.guid;
        }
        auto result = project.addCode(added);
        if (!result)
            return Error{Tr::tr("Code \"%1\": %2").arg(path, result.error())};
        ids[i] = result->id;
        matched.insert(result->id);
        byGuid.insert(result->guid.toLower(), result->id);
        byPlace.insert({parentId, result->name}, result->id);
        existing.insert(result->id, *result);
        ++report.codesAdded;
        names[i].last() = result->name;
        if (mode == Mode::Merge)
            report.addMerged(QStringLiteral("added"), Tr::tr("codes added"), CodeTree::joinPath(names.at(i)));
    }
    return ids;
}

} // namespace RefiQdaCodes

// --- Export --------------------------------------------------------------------------------------------

Result<RefiQdaReport> RefiQdaCodebook::write(const Project &project, QIODevice *device, const QString &fileName)
{
    const CodeTree tree(project.codes());
    if (tree.codes().isEmpty())
        return Error{Tr::tr("%1: the codebook is empty; a REFI-QDA codebook needs at least one code.").arg(fileName)};

    RefiQdaReport report;
    QXmlStreamWriter writer(device);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartDocument();
    writer.writeDefaultNamespace(RefiQdaXml::codebookNamespace());
    writer.writeStartElement(RefiQdaXml::codebookNamespace(), QStringLiteral("CodeBook"));
    writer.writeAttribute(QStringLiteral("origin"), QStringLiteral("Marginalia"));
    writer.writeStartElement(QStringLiteral("Codes"));
    qint64 replaced = 0;
    report.codes = RefiQdaXml::writeCodes(writer, tree, 0, {}, &replaced);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    if (writer.hasError())
        return Error{Tr::tr("%1: cannot be written: %2").arg(fileName, device->errorString())};

    for (const Code &code : tree.codes()) {
        if (!code.memo.isEmpty()) {
            report.addNotMapped(
                QStringLiteral("code-memo"),
                Tr::tr("code memos (a codebook file has no place for them; a project export keeps them)"),
                tree.path(code.id));
        }
    }
    if (replaced > 0) {
        report.addAdjusted(QStringLiteral("xml-characters"),
                           Tr::tr("control characters XML cannot hold, replaced by U+FFFD"), {}, replaced);
    }
    return report;
}

Result<RefiQdaReport> RefiQdaCodebook::exportTo(const Project &project, const QString &filePath)
{
    std::optional<RefiQdaReport> report;
    const Status written = AtomicFile::write(filePath, [&](QIODevice *file) -> Status {
        auto made = write(project, file, filePath);
        if (!made)
            return Error{made.error()};
        report = std::move(*made);
        return success();
    });
    if (!written)
        return Error{written.error()};
    return *report;
}

// --- Import --------------------------------------------------------------------------------------------

Result<RefiQdaReport> RefiQdaCodebook::importInto(Project &project, const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot be read: %2").arg(filePath, file.errorString())};
    if (file.size() > RefiQdaXml::MaxXmlBytes) {
        return Error{Tr::tr("%1: is %2 MB, far larger than any codebook; it was not read.")
                         .arg(filePath)
                         .arg(file.size() / (1024 * 1024))};
    }
    return importXml(project, file.readAll(), filePath);
}

Result<RefiQdaReport> RefiQdaCodebook::importXml(Project &project, const QByteArray &xml, const QString &fileName)
{
    RefiQdaReport report;
    QList<RefiQdaXml::ParsedCode> codes;
    bool sawRoot = false;
    bool sawCodes = false;
    // Through a device: given bytes, QXmlStreamReader would first decode all of them into one string.
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    QXmlStreamReader reader(&buffer);
    while (!reader.atEnd()) {
        reader.readNext();
        if (auto safe = RefiQdaXml::checkToken(reader, fileName); !safe)
            return Error{safe.error()};
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.name();
        if (!sawRoot) {
            sawRoot = true;
            if (name == QLatin1String("Project")) {
                return Error{Tr::tr("%1: is a REFI-QDA project (.qde), not a codebook; import it as a project (.qdpx).")
                                 .arg(fileName)};
            }
            if (name != QLatin1String("CodeBook")) {
                return Error{Tr::tr("%1: is not a REFI-QDA codebook: its root element is <%2>, not <CodeBook>.")
                                 .arg(fileName, name.toString())};
            }
            continue;
        }
        if (name == QLatin1String("Codes")) {
            sawCodes = true;
            if (auto read = RefiQdaXml::readCodes(reader, fileName, codes, report); !read)
                return Error{read.error()};
        } else if (name == QLatin1String("Sets")) {
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("Set")) {
                    report.addNotMapped(QStringLiteral("Set"), Tr::tr("code sets (Marginalia has none)"),
                                        reader.attributes().value(QLatin1String("name")).toString());
                }
                reader.skipCurrentElement();
            }
        } else {
            report.addNotMapped(name.toString(), Tr::tr("unknown elements in the codebook (skipped)"), name.toString());
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return RefiQdaXml::readerError(reader, fileName);
    if (!sawRoot)
        return Error{Tr::tr("%1: is empty or not XML.").arg(fileName)};
    if (!sawCodes || codes.isEmpty())
        return Error{Tr::tr("%1: the codebook has no codes.").arg(fileName)};

    report.codes = codes.size();
    const Status status
        = project.transact(Tr::tr("importing the codebook %1").arg(QFileInfo(fileName).fileName()), [&]() -> Status {
              auto ids = RefiQdaCodes::apply(project, codes, {}, RefiQdaCodes::Mode::Merge, report);
              if (!ids)
                  return Error{ids.error()};
              return success();
          });
    if (!status)
        return Error{Tr::tr("%1: %2 The project was not changed.").arg(fileName, status.error())};
    return report;
}

} // namespace Marginalia::Core

#include "exchange/projectmerge.h"

#include "exchange/refiqdaimporter.h"
#include "model/codetree.h"
#include "model/memotarget.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ProjectMerge)
};

/// The memo after merging @p incoming into @p current; @p merged says whether both texts are now in it.
QString mergedMemo(const QString &current, const QString &incoming, const QString &sourceName, bool *merged)
{
    *merged = false;
    if (incoming.trimmed().isEmpty() || current == incoming || current.contains(incoming))
        return current;
    if (current.trimmed().isEmpty())
        return incoming;
    *merged = true;
    return current + QStringLiteral("\n\n") + Tr::tr("[from %1]").arg(sourceName) + QLatin1Char('\n') + incoming;
}

class Merger
{
public:
    Merger(Project &target, const Project &source, const QString &sourceName)
        : m_target(target)
        , m_source(source)
        , m_name(sourceName)
    {
        m_summary.source = sourceName;
    }

    Status run()
    {
        if (Status status = mergeProjectMemo(); !status)
            return status;
        if (Status status = mergeCoders(); !status)
            return status;
        if (Status status = mergeCodes(); !status)
            return status;
        if (Status status = mergeDocuments(); !status)
            return status;
        return mergeCodings();
    }

    MergeSummary summary() const { return m_summary; }

private:
    Status mergeMemo(const MemoTarget &into, const QString &incoming, const QString &what)
    {
        const QString current = m_target.memo(into);
        bool merged = false;
        const QString memo = mergedMemo(current, incoming, m_name, &merged);
        if (memo == current)
            return success();
        if (merged) {
            ++m_summary.memosMerged;
            m_summary.conflicts.append(Tr::tr("The memo of %1 differs: both texts are kept, the one from %2 after "
                                              "a line naming it.")
                                           .arg(what, m_name));
        } else {
            ++m_summary.memosAdded;
        }
        m_summary.memoChanges.append({into, current, memo});
        return m_target.setMemo(into, memo);
    }

    Status mergeProjectMemo()
    {
        return mergeMemo({MemoTarget::Kind::Project, 0}, m_source.memo({MemoTarget::Kind::Project, 0}),
                         Tr::tr("the project"));
    }

    Status mergeCoders()
    {
        QHash<QString, Coder> byGuid;
        QHash<QString, Coder> byName;
        for (const Coder &coder : m_target.coders()) {
            byGuid.insert(coder.guid.toLower(), coder);
            byName.insert(coder.name, coder);
        }
        for (const Coder &coder : m_source.coders()) {
            if (const auto found = byGuid.constFind(coder.guid.toLower()); found != byGuid.constEnd()) {
                m_coders.insert(coder.id, found->id);
                ++m_summary.codersMatched;
                continue;
            }
            QString name = coder.name;
            if (byName.contains(name)) {
                // Another person with the same name (two students whose machines call them "student"):
                // never merged into one coder.
                name = QStringLiteral("%1 (%2)").arg(coder.name, m_name);
                m_summary.conflicts.append(Tr::tr("Coder \"%1\" of %2 is not the coder \"%1\" of the project (another "
                                                  "GUID): added as \"%3\".")
                                               .arg(coder.name, m_name, name));
                if (const auto renamed = byName.constFind(name); renamed != byName.constEnd()) {
                    m_coders.insert(coder.id, renamed->id);
                    ++m_summary.codersMatched;
                    continue;
                }
            }
            auto added = m_target.ensureCoder(name, coder.guid);
            if (!added)
                return Error{added.error()};
            byGuid.insert(added->guid.toLower(), *added);
            byName.insert(added->name, *added);
            m_coders.insert(coder.id, added->id);
            m_summary.addedCoderIds.append(added->id);
            ++m_summary.codersAdded;
        }
        return success();
    }

    Status mergeCodes()
    {
        QHash<QString, qint64> byGuid;
        for (const Code &code : m_target.codes())
            byGuid.insert(code.guid.toLower(), code.id);
        const CodeTree sourceTree(m_source.codes());
        // The target's tree is read again only after a code was added to it, not once per source code.
        CodeTree targetTree(m_target.codes());
        bool targetChanged = false;
        // Parents before children: a new code's parent is mapped by then.
        for (const Code &code : m_source.codes()) {
            const QString path = sourceTree.path(code.id);
            if (targetChanged) {
                targetTree = CodeTree(m_target.codes());
                targetChanged = false;
            }
            if (const auto found = byGuid.constFind(code.guid.toLower()); found != byGuid.constEnd()) {
                m_codes.insert(code.id, *found);
                ++m_summary.codesMatched;
                const QString targetPath = targetTree.path(*found);
                if (targetPath != path) {
                    m_summary.conflicts.append(Tr::tr("Code \"%1\" of %2 is \"%3\" in the project (same GUID): its "
                                                      "codings go to \"%3\".")
                                                   .arg(path, m_name, targetPath));
                }
            } else if (const Code *byPath = targetTree.findByPath(path)) {
                m_codes.insert(code.id, byPath->id);
                ++m_summary.codesMatched;
            } else {
                NewCode added;
                added.name = code.name;
                added.parentId = code.parentId == 0 ? 0 : m_codes.value(code.parentId);
                added.color = code.color;
                added.description = code.description;
                added.memo = code.memo;
                added.guid = code.guid;
                added.pickColor = false;
                added.codable = code.codable;
                auto made = m_target.addCode(added);
                if (!made)
                    return Error{made.error()};
                byGuid.insert(made->guid.toLower(), made->id);
                m_codes.insert(code.id, made->id);
                m_summary.addedCodeIds.append(made->id);
                ++m_summary.codesAdded;
                targetChanged = true;
                continue;
            }
            if (Status status = mergeMemo({MemoTarget::Kind::Code, m_codes.value(code.id)}, code.memo,
                                          Tr::tr("code \"%1\"").arg(path));
                !status)
                return status;
        }
        return success();
    }

    Status mergeDocuments()
    {
        QHash<QString, qint64> byText;
        QSet<QString> names;
        QSet<QString> guids;
        for (const Document &document : m_target.documents()) {
            byText.insert(document.textSha256, document.id);
            names.insert(document.name);
            guids.insert(document.guid.toLower());
        }
        for (const Document &document : m_source.documents()) {
            if (const auto found = byText.constFind(document.textSha256); found != byText.constEnd()) {
                m_documents.insert(document.id, *found);
                ++m_summary.documentsMatched;
                if (Status status = mergeMemo({MemoTarget::Kind::Document, *found}, document.memo,
                                              Tr::tr("document \"%1\"").arg(document.name));
                    !status)
                    return status;
                continue;
            }
            auto snapshot = m_source.snapshotDocument(document.id);
            if (!snapshot)
                return Error{snapshot.error()};
            NewDocument added = snapshot->document;
            added.id = 0;
            if (names.contains(added.name)) {
                const QString renamed = QStringLiteral("%1 (%2)").arg(added.name, m_name);
                m_summary.conflicts.append(Tr::tr("Document \"%1\" of %2 has another text than \"%1\" of the project: "
                                                  "added as \"%3\".")
                                               .arg(added.name, m_name, renamed));
                added.name = renamed;
            }
            if (guids.contains(added.guid.toLower()))
                added.guid.clear(); // the same GUID for another text: this one gets its own
            auto made = m_target.addDocument(added);
            if (!made)
                return Error{made.error()};
            byText.insert(made->textSha256, made->id);
            names.insert(made->name);
            guids.insert(made->guid.toLower());
            m_documents.insert(document.id, made->id);
            m_summary.addedDocumentIds.append(made->id);
            ++m_summary.documentsAdded;
        }
        return success();
    }

    Status mergeCodings()
    {
        // The target's codings are looked up by GUID one by one (an index), not read whole: a class's merge
        // would otherwise read the growing target once per student.
        QList<NewCoding> added;
        for (const Coding &coding : m_source.codings()) {
            const qint64 document = m_documents.value(coding.documentId);
            const qint64 code = m_codes.value(coding.codeId);
            const qint64 coder = m_coders.value(coding.coderId);
            if (document == 0 || code == 0 || coder == 0)
                return Error{Tr::tr("%1: coding %2 refers to a document, code or coder that was not merged.")
                                 .arg(m_name, coding.guid)};
            const std::optional<Coding> existing = m_target.codingByGuid(coding.guid);
            if (existing) {
                if (existing->documentId == document && existing->codeId == code && existing->coderId == coder
                    && existing->start == coding.start && existing->end == coding.end) {
                    ++m_summary.codingsAlreadyThere;
                    if (Status status = mergeMemo({MemoTarget::Kind::Coding, existing->id}, coding.memo,
                                                  Tr::tr("coding %1").arg(coding.guid));
                        !status)
                        return status;
                    continue;
                }
                // The same GUID for another coding: kept, under a GUID of its own.
                m_summary.conflicts.append(Tr::tr("Coding %1 of %2 has the GUID of another coding of the project: "
                                                  "added with a new GUID.")
                                               .arg(coding.guid, m_name));
                added.append({document, code, coder, coding.start, coding.end, coding.memo, {}, coding.created});
                continue;
            }
            added.append({document, code, coder, coding.start, coding.end, coding.memo, coding.guid, coding.created});
        }
        auto made = m_target.addCodingsAs({}, added);
        if (!made)
            return Error{made.error()};
        m_summary.codingsAdded = made->codings.size();
        m_summary.codingsAlreadyThere += added.size() - made->codings.size();
        for (const Coding &coding : std::as_const(made->codings))
            m_summary.addedCodingIds.append(coding.id);
        return success();
    }

    Project &m_target;
    const Project &m_source;
    QString m_name;
    MergeSummary m_summary;
    QHash<qint64, qint64> m_coders;
    QHash<qint64, qint64> m_codes;
    QHash<qint64, qint64> m_documents;
};

} // namespace

Result<MergeSummary> ProjectMerge::merge(Project &target, const Project &source, const QString &sourceName)
{
    if (target.filePath() == source.filePath())
        return Error{Tr::tr("%1: a project cannot be merged into itself.").arg(target.filePath())};
    Merger merger(target, source, sourceName);
    const Status status = target.transact(Tr::tr("merging %1").arg(sourceName), [&merger] { return merger.run(); });
    if (!status)
        return Error{Tr::tr("%1: merging %2 failed, the project is unchanged: %3")
                         .arg(target.filePath(), sourceName, status.error())};
    return merger.summary();
}

Result<MergeSummary> ProjectMerge::mergeFile(Project &target, const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    if (!info.exists())
        return Error{Tr::tr("%1: no such file.").arg(sourcePath)};
    const QString name = info.fileName();
    if (info.suffix().compare(QStringLiteral("qdpx"), Qt::CaseInsensitive) == 0 || info.isDir()) {
        // Through a temporary project: the REFI-QDA import's mapping and checks, then an ordinary merge.
        QTemporaryDir scratch;
        if (!scratch.isValid())
            return Error{Tr::tr("%1: no temporary folder to read it into.").arg(sourcePath)};
        const QString temporary = scratch.filePath(QStringLiteral("source.marginalia"));
        auto imported = RefiQdaImporter::importProject(sourcePath, temporary);
        if (!imported)
            return Error{imported.error()};
        auto source = Project::open(temporary, Project::Access::ReadOnly);
        if (!source)
            return Error{source.error()};
        return merge(target, **source, name);
    }
    auto source = Project::open(sourcePath, Project::Access::ReadOnly);
    if (!source)
        return Error{source.error()};
    return merge(target, **source, name);
}

QStringList ProjectMerge::describe(const MergeSummary &summary)
{
    QStringList lines;
    lines.append(Tr::tr("%1: documents %2 added, %3 already there; codes %4 added, %5 already there; coders %6 added, "
                        "%7 already there; codings %8 added, %9 already there.")
                     .arg(summary.source)
                     .arg(summary.documentsAdded)
                     .arg(summary.documentsMatched)
                     .arg(summary.codesAdded)
                     .arg(summary.codesMatched)
                     .arg(summary.codersAdded)
                     .arg(summary.codersMatched)
                     .arg(summary.codingsAdded)
                     .arg(summary.codingsAlreadyThere));
    if (summary.memosAdded + summary.memosMerged > 0)
        lines.append(Tr::tr("%1: memos %2 added, %3 kept side by side.")
                         .arg(summary.source)
                         .arg(summary.memosAdded)
                         .arg(summary.memosMerged));
    for (const QString &conflict : summary.conflicts)
        lines.append(Tr::tr("conflict: %1").arg(conflict));
    return lines;
}

} // namespace Marginalia::Core

#include "exchange/refiqdaexporter.h"

#include "archive/zipwriter.h"
#include "exchange/refiqdaxml_p.h"
#include "model/codetree.h"
#include "store/project.h"
#include "text/textoffsets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <QXmlStreamWriter>

#include <climits>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::RefiQda)
};

/// The standard's limit for one internal file (section 8.5).
constexpr qint64 MaxInternalFileBytes = INT_MAX;
/// Code points of coded text quoted in a selection's name, as ATLAS.ti and NVivo name their quotations.
constexpr qsizetype SelectionNameLength = 60;

struct Note
{
    QString guid;
    QString name;
    QString text;
    QString created; ///< xsd:dateTime; QualCoder's importer fails on a note without one
    QString creatingUser;
};

/// Writes project.qde (to a temporary file) while the sources go into the archive, in one pass over the
/// documents, so each text is read once.
class QdeWriter
{
public:
    QdeWriter(const Project &project, ZipWriter &zip, QIODevice *qde, RefiQdaReport &report,
              const RefiQdaProgress &progress)
        : m_project(project)
        , m_zip(zip)
        , m_writer(qde)
        , m_report(report)
        , m_progress(progress)
        , m_tree(project.codes())
    {
        m_writer.setAutoFormatting(true);
        m_writer.setAutoFormattingIndent(1);
    }

    Status write(const QString &fileName)
    {
        const QList<Coder> coders = m_project.coders();
        const QList<Document> documents = m_project.documents();
        for (const Coder &coder : coders)
            m_coderGuids.insert(coder.id, guidOf(coder.guid, u"coder", QString::number(coder.id)));
        for (const Code &code : m_tree.codes())
            m_codeGuids.insert(code.id, guidOf(code.guid, u"code", QString::number(code.id)));
        for (const Document &document : documents) {
            m_documentGuids.insert(document.id, guidOf(document.guid, u"document", QString::number(document.id)));
            m_documentLengths.insert(document.id, document.length);
        }
        m_total = 0;
        for (const Document &document : documents)
            m_total += 1 + document.codingCount;

        const QDateTime createdTime = m_project.created();
        m_projectCreated = createdTime;
        const QString created = createdTime.isValid() ? RefiQdaXml::formatDateTime(createdTime) : QString();
        // Empty for a project made here; a project imported from another tool says who created it there.
        const QString creatingUser = RefiQdaXml::normalizeGuid(m_project.creatingUserGuid());
        QString name = m_project.name().trimmed();
        if (name.isEmpty())
            name = QFileInfo(m_project.filePath()).completeBaseName();

        m_writer.writeStartDocument(QStringLiteral("1.0"), true);
        m_writer.writeDefaultNamespace(RefiQdaXml::projectNamespace());
        m_writer.writeStartElement(RefiQdaXml::projectNamespace(), QStringLiteral("Project"));
        m_writer.writeAttribute(QStringLiteral("name"), safe(name));
        m_writer.writeAttribute(QStringLiteral("origin"), QStringLiteral("Marginalia"));
        if (!creatingUser.isEmpty())
            m_writer.writeAttribute(QStringLiteral("creatingUserGUID"), creatingUser);
        if (!created.isEmpty())
            m_writer.writeAttribute(QStringLiteral("creationDateTime"), created);

        // The schema's order: Users, CodeBook, Variables, Cases, Sources, Notes, Links, Sets, Graphs,
        // Description, NoteRef. Each list element needs at least one child, so empty lists are left out.
        if (!coders.isEmpty()) {
            m_writer.writeStartElement(QStringLiteral("Users"));
            for (const Coder &coder : coders) {
                m_writer.writeEmptyElement(QStringLiteral("User"));
                m_writer.writeAttribute(QStringLiteral("guid"), m_coderGuids.value(coder.id));
                m_writer.writeAttribute(QStringLiteral("name"), safe(coder.name));
            }
            m_writer.writeEndElement();
            m_report.coders = coders.size();
        }

        if (!m_tree.codes().isEmpty()) {
            m_writer.writeStartElement(QStringLiteral("CodeBook"));
            m_writer.writeStartElement(QStringLiteral("Codes"));
            m_report.codes = RefiQdaXml::writeCodes(
                m_writer, m_tree, 0,
                [this](const Code &code) {
                    if (!code.memo.isEmpty()) {
                        noteRef(addNote(u"memo:code", code.guid, Tr::tr("Memo: %1").arg(m_tree.path(code.id)),
                                        code.memo, code.created));
                    }
                },
                &m_replaced,
                [this](const Code &code) {
                    // Some tools (QualCoder) read a code's memo only from its <Description>: a code without a
                    // description carries its memo there too. One with a description keeps it there, and
                    // such a tool does not see the memo.
                    if (code.description.isEmpty())
                        return code.memo;
                    if (!code.memo.isEmpty()) {
                        m_report.addDroppedByTools(
                            QStringLiteral("QualCoder:code-memo"),
                            Tr::tr("QualCoder: memos of codes that have a description (it reads a code's <Description> "
                                   "as its memo, and no notes)"),
                            m_tree.path(code.id));
                    }
                    return code.description;
                });
            m_writer.writeEndElement();
            m_writer.writeEndElement();
        }

        writeVariablesAndCases();

        if (!documents.isEmpty()) {
            m_writer.writeStartElement(QStringLiteral("Sources"));
            for (const Document &document : documents) {
                if (auto status = writeSource(document); !status)
                    return status;
                m_done += 1 + document.codingCount;
                if (m_progress
                    && !m_progress(int(std::min<qint64>(m_done, INT_MAX)), int(std::min<qint64>(m_total, INT_MAX))))
                    return Error{Tr::tr("The export was cancelled; no file was written.")};
            }
            m_writer.writeEndElement();
        }

        const QString projectMemo = m_project.projectMemo();
        QString projectNote;
        if (!projectMemo.isEmpty())
            projectNote
                = addNote(u"memo:project", m_project.guid(), Tr::tr("Memo: %1").arg(name), projectMemo, createdTime);

        if (!m_notes.isEmpty()) {
            m_writer.writeStartElement(QStringLiteral("Notes"));
            for (const Note &note : std::as_const(m_notes)) {
                m_writer.writeStartElement(QStringLiteral("Note"));
                m_writer.writeAttribute(QStringLiteral("guid"), note.guid);
                m_writer.writeAttribute(QStringLiteral("name"), safe(note.name));
                if (!note.creatingUser.isEmpty())
                    m_writer.writeAttribute(QStringLiteral("creatingUser"), note.creatingUser);
                m_writer.writeAttribute(QStringLiteral("creationDateTime"), note.created);
                m_writer.writeTextElement(QStringLiteral("PlainTextContent"), safe(note.text));
                m_writer.writeEndElement();
            }
            m_writer.writeEndElement();
            m_report.memos = m_notes.size();
        }
        writeSets();
        // The memo as the project's <Description> too, for tools that read no notes (QualCoder).
        if (!projectMemo.isEmpty())
            m_writer.writeTextElement(QStringLiteral("Description"), safe(projectMemo));
        if (!projectNote.isEmpty())
            noteRef(projectNote);
        m_writer.writeEndElement(); // Project
        m_writer.writeEndDocument();
        if (m_writer.hasError())
            return Error{Tr::tr("%1: the project file (project.qde) could not be written: %2")
                             .arg(fileName, m_writer.device()->errorString())};
        if (m_replaced > 0) {
            m_report.addAdjusted(
                QStringLiteral("xml-characters"),
                Tr::tr("control characters in names and memos that XML cannot hold, replaced by U+FFFD"), {},
                m_replaced);
        }
        return success();
    }

private:
    QString safe(const QString &text) { return RefiQdaXml::xmlSafe(text, &m_replaced); }

    /// A stored GUID as the schema wants it; rows from old or foreign files may hold something else, in
    /// which case a GUID derived from the row stands in (stable, like the row).
    QString guidOf(const QString &stored, QStringView kind, const QString &id)
    {
        QString guid = RefiQdaXml::normalizeGuid(stored);
        if (guid.isEmpty()) {
            guid = RefiQdaXml::derivedGuid(kind, id);
            m_report.addAdjusted(QStringLiteral("guid"),
                                 Tr::tr("rows without a valid GUID, given a stable derived one"), stored);
        }
        return guid;
    }

    /// A note of @p ownerGuid's memo, dated @p created (its owner's time: Marginalia keeps no time per memo,
    /// and a stored time keeps two exports of one project identical).
    QString addNote(QStringView kind, const QString &ownerGuid, const QString &name, const QString &text,
                    const QDateTime &created, const QString &creatingUser = {})
    {
        // Every note has a date: QualCoder's importer stops at a note without one.
        const QDateTime time = created.isValid() ? created : m_projectCreated;
        Note note{RefiQdaXml::derivedGuid(kind, ownerGuid), name, text,
                  RefiQdaXml::formatDateTime(time.isValid() ? time : QDateTime::fromSecsSinceEpoch(0)), creatingUser};
        m_notes.append(note);
        return note.guid;
    }

    void noteRef(const QString &guid)
    {
        m_writer.writeEmptyElement(QStringLiteral("NoteRef"));
        m_writer.writeAttribute(QStringLiteral("targetGUID"), guid);
    }

    Status writeSource(const Document &document)
    {
        auto text = m_project.documentText(document.id);
        if (!text)
            return Error{text.error()};
        const QByteArray utf8 = text->toUtf8();
        if (utf8.size() > MaxInternalFileBytes) {
            return Error{
                Tr::tr("Document \"%1\" is %2 MB of text, more than the 2 GB a REFI-QDA project can hold in one "
                       "file.")
                    .arg(document.name)
                    .arg(utf8.size() / (1024 * 1024))};
        }
        const QString guid = m_documentGuids.value(document.id);
        const QString fileName = guid + QStringLiteral(".txt");
        if (auto added = m_zip.addFile(QStringLiteral("sources/") + fileName, utf8); !added)
            return added;
        ++m_report.documents;
        // Plain text and Markdown are stored as the file's own text; other formats (PDF, Word, HTML; their
        // file_type says which) as text extracted from them, which is all the export can carry.
        const QString &type = document.fileType;
        if (!type.isEmpty() && type != QLatin1String("text/plain") && !type.contains(QLatin1String("markdown"))) {
            m_report.addAdjusted(QStringLiteral("plain-text"),
                                 Tr::tr("documents exported as their plain text (the original file's formatting is not "
                                        "in the project)"),
                                 document.name);
        }
        if (document.pageCount > 0) {
            m_report.addNotMapped(QStringLiteral("pages"),
                                  Tr::tr("page boundaries of paged documents (REFI-QDA text sources have no pages)"),
                                  document.name);
        }

        m_writer.writeStartElement(QStringLiteral("TextSource"));
        m_writer.writeAttribute(QStringLiteral("guid"), guid);
        m_writer.writeAttribute(QStringLiteral("name"), safe(document.name));
        m_writer.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://") + fileName);
        if (document.imported.isValid())
            m_writer.writeAttribute(QStringLiteral("creationDateTime"), RefiQdaXml::formatDateTime(document.imported));
        // The memo in <Description> as well as in a note: QualCoder reads a source's memo only from there.
        if (!document.memo.isEmpty())
            m_writer.writeTextElement(QStringLiteral("Description"), safe(document.memo));

        CodingFilter filter;
        filter.documentId = document.id;
        const QList<Coding> codings = m_project.codings(filter);
        const TextOffsets offsets(*text);
        for (const Coding &coding : codings) {
            const QString codingGuid = guidOf(coding.guid, u"coding", QString::number(coding.id));
            const QString coder = m_coderGuids.value(coding.coderId);
            const QString created = coding.created.isValid() ? RefiQdaXml::formatDateTime(coding.created) : QString();

            m_writer.writeStartElement(QStringLiteral("PlainTextSelection"));
            m_writer.writeAttribute(QStringLiteral("guid"), RefiQdaXml::derivedGuid(u"selection", codingGuid));
            m_writer.writeAttribute(QStringLiteral("name"),
                                    safe(selectionName(*text, offsets, coding.start, coding.end)));
            m_writer.writeAttribute(QStringLiteral("startPosition"), QString::number(coding.start));
            m_writer.writeAttribute(QStringLiteral("endPosition"), QString::number(coding.end));
            if (!coder.isEmpty())
                m_writer.writeAttribute(QStringLiteral("creatingUser"), coder);
            if (!created.isEmpty())
                m_writer.writeAttribute(QStringLiteral("creationDateTime"), created);
            // The coding memo as the selection's <Description> (QualCoder's and MAXQDA's place for it) and
            // as a note (below) for tools that read notes.
            if (!coding.memo.isEmpty())
                m_writer.writeTextElement(QStringLiteral("Description"), safe(coding.memo));

            m_writer.writeStartElement(QStringLiteral("Coding"));
            m_writer.writeAttribute(QStringLiteral("guid"), codingGuid);
            if (!coder.isEmpty())
                m_writer.writeAttribute(QStringLiteral("creatingUser"), coder);
            if (!created.isEmpty())
                m_writer.writeAttribute(QStringLiteral("creationDateTime"), created);
            m_writer.writeEmptyElement(QStringLiteral("CodeRef"));
            m_writer.writeAttribute(QStringLiteral("targetGUID"), m_codeGuids.value(coding.codeId));
            m_writer.writeEndElement(); // Coding

            // One selection per coding, so a note on the selection is the coding's memo in every tool that
            // shows notes on quotations, whether or not it reads notes on codings.
            if (!coding.memo.isEmpty()) {
                noteRef(addNote(u"memo:coding", codingGuid,
                                Tr::tr("Memo: %1 in %2").arg(m_tree.path(coding.codeId), document.name), coding.memo,
                                coding.created, coder));
            }
            m_writer.writeEndElement(); // PlainTextSelection
            ++m_report.codings;
        }
        // Passages assigned to cases: selections without a coding, which the cases' <SelectionRef>s name.
        for (const Passage &passage : m_passagesByDocument.value(document.id)) {
            m_writer.writeEmptyElement(QStringLiteral("PlainTextSelection"));
            m_writer.writeAttribute(QStringLiteral("guid"), passage.guid);
            m_writer.writeAttribute(QStringLiteral("name"),
                                    safe(selectionName(*text, offsets, passage.member.start, passage.member.end)));
            m_writer.writeAttribute(QStringLiteral("startPosition"), QString::number(passage.member.start));
            m_writer.writeAttribute(QStringLiteral("endPosition"), QString::number(passage.member.end));
        }
        if (!document.memo.isEmpty())
            noteRef(addNote(u"memo:document", guid, Tr::tr("Memo: %1").arg(document.name), document.memo,
                            document.imported));
        // The document's attribute values, after its notes as the schema orders them.
        for (const AttributeValue &value : m_valuesByDocument.value(document.id))
            writeVariableValue(value.attributeId, value.value);
        m_writer.writeEndElement(); // TextSource
        return success();
    }

    /// A <VariableValue> of the attribute @p attributeId, of a source or a case.
    void writeVariableValue(qint64 attributeId, const QString &value)
    {
        const auto attribute = m_attributes.constFind(attributeId);
        if (attribute == m_attributes.cend())
            return;
        ++m_report.attributeValues;
        m_writer.writeStartElement(QStringLiteral("VariableValue"));
        m_writer.writeEmptyElement(QStringLiteral("VariableRef"));
        m_writer.writeAttribute(QStringLiteral("targetGUID"), m_variableGuids.value(attributeId));
        switch (attribute->type) {
        case AttributeType::Number:
            m_writer.writeTextElement(QStringLiteral("FloatValue"), decimalOf(value));
            break;
        case AttributeType::Date:
            m_writer.writeTextElement(QStringLiteral("DateValue"), value);
            break;
        case AttributeType::Boolean:
            m_writer.writeTextElement(QStringLiteral("BooleanValue"),
                                      value == QLatin1String("yes") ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case AttributeType::Text:
        case AttributeType::List:
            m_writer.writeTextElement(QStringLiteral("TextValue"), safe(value));
            break;
        }
        m_writer.writeEndElement(); // VariableValue
    }

    /// A number as xsd:decimal: no exponent.
    static QString decimalOf(const QString &canonical)
    {
        if (!canonical.contains(u'e') && !canonical.contains(u'E'))
            return canonical;
        QString fixed = QString::number(canonical.toDouble(), 'f', 6);
        while (fixed.contains(u'.') && (fixed.endsWith(u'0') || fixed.endsWith(u'.')))
            fixed.chop(1);
        return fixed;
    }

    /// The attributes of the documents and of the cases as <Variables> (text and lists as Text, numbers as
    /// Float, dates as Date, yes/no as Boolean), and the cases with their values, documents and passages as
    /// <Cases>.
    void writeVariablesAndCases()
    {
        const QList<Attribute> attributes
            = m_project.attributes(AttributeTarget::Document) + m_project.attributes(AttributeTarget::Case);
        for (const Attribute &attribute : attributes) {
            m_attributes.insert(attribute.id, attribute);
            m_variableGuids.insert(attribute.id, guidOf(attribute.guid, u"variable", QString::number(attribute.id)));
            if (attribute.type == AttributeType::List) {
                m_report.addAdjusted(QStringLiteral("list-variable"),
                                     Tr::tr("attributes with a list of values exported as text variables (REFI-QDA has "
                                            "no list type)"),
                                     attribute.name);
            }
        }
        for (const AttributeValue &value : m_project.attributeValues())
            m_valuesByDocument[value.documentId].append(value);
        if (!attributes.isEmpty()) {
            m_writer.writeStartElement(QStringLiteral("Variables"));
            for (const Attribute &attribute : attributes) {
                static const QHash<AttributeType, QString> types{{AttributeType::Text, QStringLiteral("Text")},
                                                                 {AttributeType::List, QStringLiteral("Text")},
                                                                 {AttributeType::Number, QStringLiteral("Float")},
                                                                 {AttributeType::Date, QStringLiteral("Date")},
                                                                 {AttributeType::Boolean, QStringLiteral("Boolean")}};
                m_writer.writeEmptyElement(QStringLiteral("Variable"));
                m_writer.writeAttribute(QStringLiteral("guid"), m_variableGuids.value(attribute.id));
                m_writer.writeAttribute(QStringLiteral("name"), safe(attribute.name));
                m_writer.writeAttribute(QStringLiteral("typeOfVariable"), types.value(attribute.type));
                ++m_report.attributes;
            }
            m_writer.writeEndElement();
        }

        const QList<Case> cases = m_project.cases();
        if (cases.isEmpty())
            return;
        QHash<qint64, QList<CaseMember>> membersOf;
        for (const CaseMember &member : m_project.caseMembers())
            membersOf[member.caseId].append(member);
        QHash<qint64, QList<CaseAttributeValue>> valuesOf;
        for (const CaseAttributeValue &value : m_project.caseAttributeValues())
            valuesOf[value.caseId].append(value);
        m_writer.writeStartElement(QStringLiteral("Cases"));
        for (const Case &each : cases) {
            const QString caseGuid = guidOf(each.guid, u"case", QString::number(each.id));
            // The schema's order: Description, CodeRef, VariableValue, SourceRef, SelectionRef.
            m_writer.writeStartElement(QStringLiteral("Case"));
            m_writer.writeAttribute(QStringLiteral("guid"), caseGuid);
            m_writer.writeAttribute(QStringLiteral("name"), safe(each.name));
            if (!each.memo.isEmpty())
                m_writer.writeTextElement(QStringLiteral("Description"), safe(each.memo));
            for (const CaseAttributeValue &value : valuesOf.value(each.id))
                writeVariableValue(value.attributeId, value.value);
            QStringList passages;
            for (const CaseMember &member : membersOf.value(each.id)) {
                const QString documentGuid = m_documentGuids.value(member.documentId);
                if (member.start == 0 && member.end == 0) {
                    m_writer.writeEmptyElement(QStringLiteral("SourceRef"));
                    m_writer.writeAttribute(QStringLiteral("targetGUID"), documentGuid);
                    continue;
                }
                // A passage is a selection of its own in its source (written there, without a coding), named
                // by what it is, so that every export of the same project gives it the same GUID.
                const QString guid = RefiQdaXml::derivedGuid(
                    u"case-passage",
                    QStringLiteral("%1:%2:%3:%4").arg(caseGuid, documentGuid).arg(member.start).arg(member.end));
                CaseMember passage = member;
                if (passage.end == 0) // from start to the end of the document
                    passage.end = m_documentLengths.value(member.documentId);
                m_passagesByDocument[member.documentId].append({guid, passage});
                passages.append(guid);
            }
            for (const QString &guid : std::as_const(passages)) {
                m_writer.writeEmptyElement(QStringLiteral("SelectionRef"));
                m_writer.writeAttribute(QStringLiteral("targetGUID"), guid);
            }
            m_writer.writeEndElement(); // Case
            ++m_report.cases;
        }
        m_writer.writeEndElement(); // Cases
    }

    /// The listed sets of documents and the code sets as <Sets>; a set saved from a condition has no fixed
    /// members.
    void writeSets()
    {
        QList<DocumentSet> listed;
        for (const DocumentSet &set : m_project.documentSets()) {
            if (set.condition.isEmpty())
                listed.append(set);
            else
                m_report.addNotMapped(QStringLiteral("condition-sets"),
                                      Tr::tr("sets saved from a condition (REFI-QDA sets list their members)"),
                                      set.name);
        }
        const QList<CodeSet> codeSets = m_project.codeSets();
        if (listed.isEmpty() && codeSets.isEmpty())
            return;
        m_writer.writeStartElement(QStringLiteral("Sets"));
        // The schema's order in a set: Description, MemberCode, MemberSource.
        for (const DocumentSet &set : std::as_const(listed)) {
            m_writer.writeStartElement(QStringLiteral("Set"));
            m_writer.writeAttribute(QStringLiteral("guid"), guidOf(set.guid, u"set", QString::number(set.id)));
            m_writer.writeAttribute(QStringLiteral("name"), safe(set.name));
            if (!set.memo.isEmpty())
                m_writer.writeTextElement(QStringLiteral("Description"), safe(set.memo));
            for (qint64 documentId : set.documentIds) {
                m_writer.writeEmptyElement(QStringLiteral("MemberSource"));
                m_writer.writeAttribute(QStringLiteral("targetGUID"), m_documentGuids.value(documentId));
            }
            m_writer.writeEndElement(); // Set
            ++m_report.sets;
        }
        for (const CodeSet &set : codeSets) {
            m_writer.writeStartElement(QStringLiteral("Set"));
            m_writer.writeAttribute(QStringLiteral("guid"), guidOf(set.guid, u"code-set", QString::number(set.id)));
            m_writer.writeAttribute(QStringLiteral("name"), safe(set.name));
            if (!set.memo.isEmpty())
                m_writer.writeTextElement(QStringLiteral("Description"), safe(set.memo));
            for (qint64 codeId : set.codeIds) {
                m_writer.writeEmptyElement(QStringLiteral("MemberCode"));
                m_writer.writeAttribute(QStringLiteral("targetGUID"), m_codeGuids.value(codeId));
            }
            m_writer.writeEndElement(); // Set
            ++m_report.sets;
        }
        m_writer.writeEndElement(); // Sets
    }

    /// The start of the text [start, stop) on one line, as other tools name their quotations.
    static QString selectionName(const QString &text, const TextOffsets &offsets, qint64 start, qint64 stop)
    {
        const qint64 end = std::min<qint64>(stop, start + SelectionNameLength);
        const qsizetype from = offsets.toUtf16(std::clamp<qint64>(start, 0, offsets.codePointCount()));
        const qsizetype to = offsets.toUtf16(std::clamp<qint64>(end, 0, offsets.codePointCount()));
        QString name = QStringView(text).mid(from, to - from).toString().simplified();
        if (end < stop)
            name += u'…';
        return name;
    }

    const Project &m_project;
    ZipWriter &m_zip;
    QXmlStreamWriter m_writer;
    RefiQdaReport &m_report;
    const RefiQdaProgress &m_progress;
    const CodeTree m_tree;
    QHash<qint64, QString> m_coderGuids;
    QHash<qint64, QString> m_codeGuids;
    QHash<qint64, QString> m_documentGuids;
    QHash<qint64, QString> m_variableGuids;
    QHash<qint64, Attribute> m_attributes;
    QHash<qint64, QList<AttributeValue>> m_valuesByDocument;
    /// A passage of a document assigned to a case, written as a selection without a coding.
    struct Passage
    {
        QString guid;
        CaseMember member;
    };
    QHash<qint64, QList<Passage>> m_passagesByDocument;
    QHash<qint64, qint64> m_documentLengths;
    QList<Note> m_notes;
    QDateTime m_projectCreated;
    qint64 m_replaced = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

} // namespace

Result<RefiQdaReport> RefiQdaExporter::exportProject(const Project &project, const QString &filePath,
                                                     const RefiQdaProgress &progress)
{
    RefiQdaReport report;
    ZipWriter zip(filePath);
    if (auto opened = zip.open(); !opened)
        return Error{opened.error()};

    // The .qde goes to a temporary file while the sources go into the archive, then into the archive
    // itself: memory stays flat however large the project (the large project's .qde is about 100 MB).
    QTemporaryFile qde;
    if (!qde.open()) {
        zip.cancel();
        return Error{Tr::tr("%1: no temporary file for project.qde: %2").arg(filePath, qde.errorString())};
    }
    QdeWriter writer(project, zip, &qde, report, progress);
    if (auto written = writer.write(filePath); !written) {
        zip.cancel();
        return Error{written.error()};
    }
    if (!qde.flush()) {
        zip.cancel();
        return Error{Tr::tr("%1: project.qde could not be written: %2").arg(filePath, qde.errorString())};
    }
    if (auto added = zip.addFileFromDisk(QStringLiteral("project.qde"), qde.fileName()); !added) {
        zip.cancel();
        return Error{added.error()};
    }
    if (auto committed = zip.commit(); !committed)
        return Error{committed.error()};
    return report;
}

} // namespace Marginalia::Core

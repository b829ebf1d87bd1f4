#include "exchange/refiqdaimporter.h"

#include "archive/ziparchive.h"
#include "exchange/refiqdacodebook_p.h"
#include "exchange/refiqdapositions_p.h"
#include "exchange/refiqdaxml_p.h"
#include "store/project.h"
#include "text/textdecoder.h"
#include "text/textoffsets.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QUuid>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Marginalia::Core {

namespace {

// lupdate reads the context of Tr::tr() from this struct. In the few places where its parser loses track
// of the scope (a return type qualified with a namespace alias, a deep lambda), the call names the
// context itself with QCoreApplication::translate().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::RefiQda)
};

// A .qdpx holds one .qde and its sources; a project with more entries than this is not one we can take.
constexpr int MaxEntries = 200000;
// Bytes one entry may inflate to: the .qde of a large project is about 100 MB; the standard allows
// internal files up to 2 GB, but we only ever read text, and a text source that size is not a document.
constexpr qint64 MaxEntrySize = qint64(512) * 1024 * 1024;
constexpr qint64 MaxTotalSize = qint64(4) * 1024 * 1024 * 1024;

// --- Where the files come from ---------------------------------------------------------------------------

/// The files of an export: the entries of a ZIP archive, or the files below an unzipped folder.
class Entries
{
public:
    virtual ~Entries() = default;
    virtual QString displayName() const = 0;
    virtual QStringList names() const = 0;
    /// The name ignoring case; std::nullopt when none or ambiguous.
    virtual std::optional<QString> find(const QString &name) const = 0;
    virtual Result<QByteArray> read(const QString &name) = 0;
};

class ZipEntries final : public Entries
{
public:
    explicit ZipEntries(std::unique_ptr<ZipArchive> zip)
        : m_zip(std::move(zip))
    {
    }
    QString displayName() const override { return m_zip->displayName(); }
    QStringList names() const override { return m_zip->entryNames(); }
    std::optional<QString> find(const QString &name) const override { return m_zip->findEntry(name); }
    Result<QByteArray> read(const QString &name) override { return m_zip->read(name); }

private:
    std::unique_ptr<ZipArchive> m_zip;
};

/// An unzipped export. Symbolic links are not followed, so a link cannot lead the import out of the folder.
class FolderEntries final : public Entries
{
public:
    static Result<std::unique_ptr<Entries>> open(const QString &path)
    {
        auto folder = std::make_unique<FolderEntries>();
        folder->m_root = QDir(path).absolutePath();
        folder->m_displayName = path;
        QDirIterator it(folder->m_root, QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = QDir(folder->m_root).relativeFilePath(it.next());
            if (folder->m_names.size() >= MaxEntries)
                return Error{Tr::tr("%1: the folder holds more than %2 files; it is not an unzipped REFI-QDA project.")
                                 .arg(path)
                                 .arg(MaxEntries)};
            folder->m_byFoldedName[relative.toCaseFolded()].append(relative);
            folder->m_names.append(relative);
        }
        return std::unique_ptr<Entries>(std::move(folder));
    }

    QString displayName() const override { return m_displayName; }
    QStringList names() const override { return m_names; }
    std::optional<QString> find(const QString &name) const override
    {
        if (m_names.contains(name))
            return name;
        const QStringList matches = m_byFoldedName.value(name.toCaseFolded());
        if (matches.size() == 1)
            return matches.first();
        return std::nullopt;
    }
    Result<QByteArray> read(const QString &name) override
    {
        if (!m_names.contains(name))
            return Error{Tr::tr("%1: there is no file \"%2\".").arg(m_displayName, name)};
        QFile file(m_root + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Tr::tr("%1: \"%2\" cannot be read: %3").arg(m_displayName, name, file.errorString())};
        if (file.size() > MaxEntrySize) {
            return Error{Tr::tr("%1: \"%2\" is %3 MB, more than the limit of %4 MB.")
                             .arg(m_displayName, name)
                             .arg(file.size() / (1024 * 1024))
                             .arg(MaxEntrySize / (1024 * 1024))};
        }
        return file.readAll();
    }

private:
    QString m_root;
    QString m_displayName;
    QStringList m_names;
    QHash<QString, QStringList> m_byFoldedName;
};

// --- Text of sources and notes ---------------------------------------------------------------------------

using RefiQdaPositions::SourceText;

Result<SourceText> decodeText(const QByteArray &bytes, const QString &label)
{
    SourceText loaded;
    loaded.fileSize = bytes.size();
    loaded.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // The standard says UTF-8; keep the BOM in the decoded text so that setFileText() sees and reports it.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Not UTF-8 after all (some tools write the system's 8-bit encoding, or UTF-16 with a BOM): the
        // import decoder detects it.
        auto decoded = TextDecoder::decode(bytes, label);
        if (!decoded)
            return Error{decoded.error()};
        auto raw = TextDecoder::decodeAs(bytes, decoded->encoding, label);
        if (!raw)
            return Error{raw.error()};
        text = *raw;
        loaded.encoding = decoded->encoding;
    }
    if (text.contains(QChar(0)))
        return Error{Tr::tr("%1: holds NUL characters; it is not a text file.").arg(label)};
    loaded.setFileText(text);
    return loaded;
}

// --- What the .qde says ----------------------------------------------------------------------------------

struct ParsedCoding
{
    QString guid; ///< normalised, may be empty
    QString codeGuid;
    QString creatingUser;
    QDateTime created;
    QStringList noteRefs;
};

struct ParsedSelection
{
    QString guid; ///< normalised, may be empty: what a case's SelectionRef points to
    QString label; ///< the first 60 characters of its name, else its GUID: for the report
    bool named = false; ///< label is (the start of) the selection's name
    qint64 start = 0;
    qint64 end = 0;
    bool positionsValid = true;
    QString description;
    QStringList noteRefs;
    QString creatingUser;
    QDateTime created;
    QList<ParsedCoding> codings;
};

/// One <VariableValue>: the variable it is a value of and the value as the file spells it.
struct ParsedValue
{
    QString variableGuid; ///< normalised; what the file wrote when it is not a GUID
    QString kind; ///< the value's element ("TextValue", "IntegerValue"...); empty when there was none
    QString text;
};

/// A source that becomes a document: a TextSource, a PDFSource's text representation, or a transcript.
struct ParsedText
{
    QString guid;
    QString rawGuid;
    QString name;
    QString plainTextPath;
    QString inlineText;
    bool hasInlineText = false;
    QString description;
    QStringList noteRefs;
    QString creatingUser;
    QDateTime created;
    QList<ParsedSelection> selections;
    QList<ParsedCoding> wholeSourceCodings;
    QList<ParsedValue> values;
};

struct ParsedNote
{
    QString guid;
    QString name;
    QString plainTextPath;
    QString inlineText;
    bool hasInlineText = false;
};

struct ParsedUser
{
    QString guid;
    QString name;
};

struct ParsedVariable
{
    QString guid; ///< normalised, may be empty
    QString name;
    QString type; ///< typeOfVariable as written
    QString description;
};

/// A <Case>. References keep the file's spelling when it is not a GUID, to be named in the report.
struct ParsedCase
{
    QString guid;
    QString name;
    QString description;
    QStringList codeRefs;
    QList<ParsedValue> values;
    QStringList sourceRefs;
    QStringList selectionRefs;
};

struct ParsedSet
{
    QString guid;
    QString name;
    QString description;
    QStringList memberCodes;
    QStringList memberSources;
    QStringList memberNotes;
};

// --- Building the project --------------------------------------------------------------------------------

/// Whether @p texts has @p text, ignoring white space at either end (XML and line-ending conversions add
/// and drop it).
bool containsText(const QStringList &texts, const QString &text)
{
    const QString wanted = text.trimmed();
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.trimmed() == wanted; });
}

/// The parts of a memo joined by blank lines, each text once: tools (Marginalia too) write one memo both
/// as a note and as its owner's <Description>, for readers that look in only one place.
QString joinMemo(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty() && !containsText(kept, part))
            kept.append(part);
    }
    return kept.join(QStringLiteral("\n\n"));
}

/**
 * Puts what the parser reads into the project, part by part, inside the import's transaction. Memos that
 * come from notes are set at the end (finish()), because <Notes> follow <Sources> in the file.
 */
class Builder
{
public:
    Builder(Project &project, Entries &entries, const QString &qdeFolder, const QString &sourceName,
            const RefiQdaImportOptions &options, RefiQdaReport &report)
        : m_project(project)
        , m_entries(entries)
        , m_qdeFolder(qdeFolder)
        , m_sourceName(sourceName)
        , m_options(options)
        , m_report(report)
    {
    }

    QString projectDescription;
    QStringList projectNoteRefs;

    Status begin(const QString &name, const QString &creatingUser, const QDateTime &created, const QString &origin)
    {
        m_projectCreatingUser = creatingUser;
        // Which tool wrote the file: a hint for how its positions count (NVivo counts UTF-16 units).
        m_origin = origin;
        m_report.positions.origin = origin;
        // The project was created when and by whom the other tool says, not by this import: kept, and
        // written back by an export.
        if (created.isValid() || !creatingUser.isEmpty()) {
            if (auto set = m_project.setProjectCreation(created, creatingUser); !set)
                return set;
        }
        const QString projectName = name.isEmpty() ? QFileInfo(m_sourceName).completeBaseName() : name;
        if (projectName.trimmed().isEmpty())
            return success();
        return m_project.setProjectName(projectName);
    }

    Status addUsers(const QList<ParsedUser> &users)
    {
        m_userCount += users.size();
        for (const ParsedUser &user : users) {
            QString name = user.name;
            if (name.isEmpty()) {
                name = Tr::tr("User %1").arg(user.guid.left(8));
                m_report.addAdjusted(QStringLiteral("user-name"),
                                     Tr::tr("users without a name, named after their GUID"), name);
            }
            const bool existed = m_project.coderByName(name).has_value();
            QString guid = user.guid;
            if (m_usedCoderGuids.contains(guid))
                guid.clear();
            auto coder = m_project.ensureCoder(name, guid);
            if (!coder)
                return Error{coder.error()};
            if (existed) {
                m_report.addAdjusted(QStringLiteral("user-merged"), Tr::tr("users sharing a name, taken as one coder"),
                                     name);
            } else {
                ++m_report.coders;
            }
            m_usedCoderGuids.insert(coder->guid);
            if (!user.guid.isEmpty())
                m_coders.insert(user.guid, coder->id);
        }
        return success();
    }

    Status addCodes(const QList<RefiQdaXml::ParsedCode> &codes)
    {
        auto ids = RefiQdaCodes::apply(m_project, codes, {}, RefiQdaCodes::Mode::AddAll, m_report);
        if (!ids)
            return Error{ids.error()};
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const RefiQdaXml::ParsedCode &code = codes.at(i);
            if (!code.guid.isEmpty() && !m_codes.contains(code.guid))
                m_codes.insert(code.guid, ids->at(i));
            if (!code.noteRefs.isEmpty())
                m_codeMemos.append({ids->at(i), code.noteRefs, code.description});
        }
        m_report.codes += codes.size();
        return success();
    }

    /// A note's text, kept until finish() attaches it where NoteRefs point.
    void addNote(const ParsedNote &note)
    {
        m_noteOrder.append(note);
        loadNote(note);
    }

    Status addText(const ParsedText &source) { return addDocument(source); }

    // Variables, cases and sets wait for finish(): whether a variable describes sources or cases shows only
    // in its values, and <Cases> come before the <Sources> they refer to.
    void addVariables(const QList<ParsedVariable> &variables) { m_variables += variables; }
    void addCase(const ParsedCase &parsed) { m_cases.append(parsed); }
    void addSet(const ParsedSet &parsed) { m_sets.append(parsed); }

    /// Adds the attributes, cases and sets, sets the memos that notes make, and puts notes attached to
    /// nothing into the project memo.
    Status finish()
    {
        if (auto added = addAttributes(); !added)
            return added;
        if (auto added = addDocumentValues(); !added)
            return added;
        if (auto added = addCases(); !added)
            return added;
        if (auto added = addSets(); !added)
            return added;
        // A selection without a coding is kept only as a case's passage.
        for (const auto &[guid, where] : std::as_const(m_uncodedSelections)) {
            if (guid.isEmpty() || !m_selectionsInCases.contains(guid)) {
                m_report.addNotMapped(QStringLiteral("uncoded-selection"),
                                      Tr::tr("selections without a coding or a case (Marginalia keeps codings and case "
                                             "passages, not bare selections)"),
                                      where);
            }
        }
        for (const PendingCodeMemo &pending : std::as_const(m_codeMemos)) {
            const QStringList texts = notes(pending.noteRefs);
            // A description that repeats one of the code's notes is that memo written twice (for tools that
            // read only descriptions), not the code's definition.
            if (!pending.description.trimmed().isEmpty() && containsText(texts, pending.description)) {
                if (auto set = m_project.setCodeDescription(pending.codeId, {}); !set)
                    return set;
            }
            const QString memo = joinMemo(texts);
            if (memo.isEmpty())
                continue;
            if (auto set = m_project.setCodeMemo(pending.codeId, memo); !set)
                return set;
            ++m_report.memos;
        }
        for (const PendingMemo &pending : std::as_const(m_documentMemos)) {
            const QString memo = joinMemo(QStringList{pending.description} + notes(pending.noteRefs));
            if (memo.isEmpty())
                continue;
            if (auto set = m_project.setDocumentMemo(pending.documentId, memo); !set)
                return set;
            ++m_report.memos;
        }
        // Codings are found again by GUID (addCodings() gives no ids), one document at a time.
        QHash<qint64, QList<PendingMemo>> codingMemos;
        for (const PendingMemo &pending : std::as_const(m_codingMemos))
            codingMemos[pending.documentId].append(pending);
        for (auto it = codingMemos.cbegin(); it != codingMemos.cend(); ++it) {
            CodingFilter filter;
            filter.documentId = it.key();
            QHash<QString, qint64> ids;
            for (const Coding &coding : m_project.codings(filter))
                ids.insert(coding.guid, coding.id);
            for (const PendingMemo &pending : it.value()) {
                const QStringList texts = notes(pending.noteRefs);
                if (!pending.description.trimmed().isEmpty() && !containsText(texts, pending.description))
                    reportSelectionDescription(pending.where);
                const QString memo = joinMemo(QStringList{pending.description} + texts);
                const qint64 id = ids.value(pending.codingGuid);
                if (memo.isEmpty() || id == 0)
                    continue; // id 0: the coding was a duplicate of another, kept once
                if (auto set = m_project.setCodingMemo(id, memo); !set)
                    return set;
                ++m_report.memos;
            }
        }

        QStringList projectMemo{projectDescription};
        projectMemo += notes(projectNoteRefs);
        // Notes attached to nothing Marginalia keeps (or to nothing at all) go into the project memo under
        // their names, so that no memo text is lost.
        for (const ParsedNote &note : std::as_const(m_noteOrder)) {
            if (m_usedNotes.contains(note.guid) || !m_noteTexts.contains(note.guid))
                continue;
            const QString heading = note.name.isEmpty() ? Tr::tr("Note") : note.name;
            projectMemo.append(heading + u'\n' + m_noteTexts.value(note.guid));
            m_usedNotes.insert(note.guid);
            m_report.addAdjusted(
                QStringLiteral("unattached-note"),
                Tr::tr("notes not attached to a project, document, code or coding, added to the project "
                       "memo"),
                heading);
        }
        const QString memo = joinMemo(projectMemo);
        if (!memo.isEmpty()) {
            if (auto set = m_project.setProjectMemo(memo); !set)
                return set;
            ++m_report.memos;
        }
        return success();
    }

private:
    /// A memo that waits for the notes: of a document, or of a coding (found by its GUID at the end).
    struct PendingMemo
    {
        qint64 documentId = 0;
        QString codingGuid;
        QString description;
        QStringList noteRefs;
        QString where; ///< the selection, for the report
    };

    struct PendingCodeMemo
    {
        qint64 codeId = 0;
        QStringList noteRefs;
        QString description; ///< as the file has it: dropped when it only repeats a note
    };

    /// A document's values, waiting for the attributes.
    struct PendingValues
    {
        qint64 documentId = 0;
        QString documentName;
        QList<ParsedValue> values;
    };

    /// Where a selection landed in the stored text, for a case that names it.
    struct MappedSelection
    {
        qint64 documentId = 0;
        qint64 start = 0;
        qint64 end = 0;
    };

    /// @p name, or "name (2)", "name (3)"... the first that @p taken says is free.
    static QString freeName(const QString &name, const std::function<bool(const QString &)> &taken)
    {
        QString candidate = name;
        for (int n = 2; taken(candidate); ++n)
            candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        return candidate;
    }

    /// The attribute type of a REFI-QDA typeOfVariable, reporting what changes on the way.
    AttributeType typeOf(const ParsedVariable &variable, const QString &name)
    {
        // The schema spells them in one case; a tool that writes "integer" means the same.
        const QString type = variable.type.toCaseFolded();
        if (type == QLatin1String("text"))
            return AttributeType::Text;
        if (type == QLatin1String("boolean"))
            return AttributeType::Boolean;
        if (type == QLatin1String("integer") || type == QLatin1String("float"))
            return AttributeType::Number;
        if (type == QLatin1String("date"))
            return AttributeType::Date;
        if (type == QLatin1String("datetime")) {
            m_report.addAdjusted(QStringLiteral("DateTime"),
                                 Tr::tr("date-and-time variables made date attributes (the time of day is not kept)"),
                                 name);
            return AttributeType::Date;
        }
        m_report.addAdjusted(QStringLiteral("variable-type"),
                             Tr::tr("variables of a type REFI-QDA does not define, made text attributes"),
                             QStringLiteral("%1 (%2)").arg(name, variable.type));
        return AttributeType::Text;
    }

    /// The attribute of @p target a variable becomes: one of the same name and type is reused (two tools'
    /// variables for one thing, or an attribute the project has); a name taken by another type gets
    /// "Name (2)".
    Result<Attribute> attributeFor(const QString &name, AttributeType type, AttributeTarget target, const QString &guid)
    {
        QString free = name;
        if (const auto existing = m_project.attributeByName(name, target)) {
            if (existing->type == type) {
                m_report.addAdjusted(QStringLiteral("variable-merged"),
                                     Tr::tr("variables sharing a name and type, taken as one attribute"), name);
                return *existing;
            }
            free = freeName(name, [&](const QString &candidate) {
                return m_project.attributeByName(candidate, target).has_value();
            });
            m_report.addAdjusted(QStringLiteral("variable-renamed"),
                                 Tr::tr("variables sharing a name but not a type, renamed \"Name (2)\""), free);
        }
        const bool guidFree = !guid.isEmpty() && !m_usedAttributeGuids.contains(guid);
        auto added = m_project.addAttribute(free, type, {}, target, guidFree ? guid : QString());
        if (!added)
            return Error{Tr::tr("Variable \"%1\": %2").arg(name, added.error())};
        m_usedAttributeGuids.insert(added->guid);
        ++m_report.attributes;
        return added;
    }

    /// The variables as attributes: of the documents when sources have values of them, of the cases when
    /// cases have, of both when both have (two attributes), of the documents when nothing has.
    Status addAttributes()
    {
        QSet<QString> onSources;
        QSet<QString> onCases;
        for (const PendingValues &pending : std::as_const(m_documentValues)) {
            for (const ParsedValue &value : pending.values)
                onSources.insert(value.variableGuid);
        }
        for (const ParsedCase &parsed : std::as_const(m_cases)) {
            for (const ParsedValue &value : parsed.values)
                onCases.insert(value.variableGuid);
        }
        for (const ParsedVariable &variable : std::as_const(m_variables)) {
            QString name = variable.name;
            if (name.isEmpty()) {
                name = Tr::tr("Variable %1").arg(variable.guid.left(8));
                m_report.addAdjusted(QStringLiteral("variable-name"),
                                     Tr::tr("variables without a name, named after their GUID"), name);
            }
            const bool known = !variable.guid.isEmpty() && !m_documentAttributes.contains(variable.guid)
                && !m_caseAttributes.contains(variable.guid);
            if (!known) {
                // Its values cannot be told from another variable's: the attribute is made, without them.
                m_report.addAdjusted(
                    QStringLiteral("variable-guid"),
                    Tr::tr("variables with a missing, malformed or repeated GUID, given a new one (values "
                           "refer to the first)"),
                    name);
            }
            const AttributeType type = typeOf(variable, name);
            if (!variable.description.trimmed().isEmpty()) {
                m_report.addNotMapped(QStringLiteral("variable-description"),
                                      Tr::tr("descriptions of variables (attributes have none)"), name);
            }
            const bool ofCases = known && onCases.contains(variable.guid);
            const bool ofDocuments = !ofCases || onSources.contains(variable.guid);
            if (ofCases && ofDocuments) {
                m_report.addAdjusted(QStringLiteral("variable-sources-and-cases"),
                                     Tr::tr("variables with values on both sources and cases, made an attribute of the "
                                            "documents and one of the cases"),
                                     name);
            }
            if (ofDocuments) {
                auto attribute = attributeFor(name, type, AttributeTarget::Document, known ? variable.guid : QString());
                if (!attribute)
                    return Error{attribute.error()};
                if (known)
                    m_documentAttributes.insert(variable.guid, *attribute);
            }
            if (ofCases) {
                // A GUID names one attribute: the cases' one, beside the documents', gets one made from it.
                const QString guid
                    = ofDocuments ? RefiQdaXml::derivedGuid(u"case-attribute", variable.guid) : variable.guid;
                auto attribute = attributeFor(name, type, AttributeTarget::Case, guid);
                if (!attribute)
                    return Error{attribute.error()};
                m_caseAttributes.insert(variable.guid, *attribute);
            }
        }
        return success();
    }

    /// A value's attribute and canonical spelling, or nothing (reported, with @p owner, the source or case).
    std::optional<std::pair<qint64, QString>> valueOf(const ParsedValue &value, AttributeTarget target,
                                                      const QString &owner)
    {
        const QHash<QString, Attribute> &attributes
            = target == AttributeTarget::Case ? m_caseAttributes : m_documentAttributes;
        const auto attribute = attributes.constFind(value.variableGuid);
        if (attribute == attributes.cend()) {
            m_report.addNotMapped(QStringLiteral("VariableRef"),
                                  Tr::tr("variable values of variables that are not in <Variables>"),
                                  QStringLiteral("%1: %2").arg(owner, value.variableGuid));
            return std::nullopt;
        }
        if (value.kind.isEmpty() || value.text.trimmed().isEmpty()) {
            m_report.addNotMapped(QStringLiteral("empty-variable-value"),
                                  Tr::tr("empty variable values (an attribute has a value or none)"),
                                  QStringLiteral("%1: %2").arg(owner, attribute->name));
            return std::nullopt;
        }
        auto canonical = AttributeTypes::canonical(*attribute, value.text);
        if (!canonical) {
            m_report.addNotMapped(QStringLiteral("variable-value"),
                                  Tr::tr("variable values their variable's type cannot read, left out"),
                                  QStringLiteral("%1: %2").arg(owner, canonical.error()));
            return std::nullopt;
        }
        return std::pair{attribute->id, *canonical};
    }

    /// Reports a second value of one attribute for one owner (the last is kept).
    void checkRepeated(AttributeTarget target, qint64 ownerId, qint64 attributeId, const QString &owner)
    {
        QSet<std::pair<qint64, qint64>> &seen = target == AttributeTarget::Case ? m_caseValues : m_documentValueKeys;
        if (seen.contains({ownerId, attributeId})) {
            m_report.addAdjusted(QStringLiteral("variable-value-repeated"),
                                 Tr::tr("variables given two values for one source or case, the last kept"), owner);
        }
        seen.insert({ownerId, attributeId});
    }

    /// The documents' values, each read by its attribute's type first: one the type cannot read is reported
    /// and left out, so the rest are written together.
    Status addDocumentValues()
    {
        QList<AttributeValue> values;
        for (const PendingValues &pending : std::as_const(m_documentValues)) {
            for (const ParsedValue &value : pending.values) {
                if (const auto read = valueOf(value, AttributeTarget::Document, pending.documentName)) {
                    checkRepeated(AttributeTarget::Document, pending.documentId, read->first, pending.documentName);
                    values.append({pending.documentId, read->first, read->second});
                }
            }
        }
        m_report.attributeValues += values.size();
        return m_project.setAttributeValues(values);
    }

    Status addCases()
    {
        QList<CaseAttributeValue> values;
        for (const ParsedCase &parsed : std::as_const(m_cases)) {
            QString name = parsed.name;
            if (name.isEmpty()) {
                name = Tr::tr("Case %1").arg(parsed.guid.left(8));
                m_report.addAdjusted(QStringLiteral("case-name"),
                                     Tr::tr("cases without a name, named after their GUID"), name);
            }
            if (m_project.caseByName(name)) {
                name = freeName(
                    name, [this](const QString &candidate) { return m_project.caseByName(candidate).has_value(); });
                m_report.addAdjusted(QStringLiteral("case-renamed"),
                                     Tr::tr("cases sharing a name, renamed \"Name (2)\""), name);
            }
            QString guid = parsed.guid;
            if (guid.isEmpty() || m_usedCaseGuids.contains(guid)) {
                m_report.addAdjusted(QStringLiteral("case-guid"),
                                     Tr::tr("cases with a missing, malformed or repeated GUID, given a new one"), name);
                guid.clear();
            }
            auto added = m_project.addCase(name, guid);
            if (!added)
                return Error{Tr::tr("Case \"%1\": %2").arg(name, added.error())};
            m_usedCaseGuids.insert(added->guid);
            ++m_report.cases;
            if (!parsed.description.trimmed().isEmpty()) {
                if (auto set = m_project.setCaseMemo(added->id, parsed.description); !set)
                    return set;
                ++m_report.memos;
            }
            if (!parsed.codeRefs.isEmpty()) {
                m_report.addNotMapped(QStringLiteral("case-CodeRef"),
                                      Tr::tr("codes linked to cases (a case holds documents and passages, not codes)"),
                                      name, parsed.codeRefs.size());
            }
            for (const QString &ref : parsed.sourceRefs) {
                const qint64 documentId = m_documents.value(ref);
                if (documentId == 0) {
                    m_report.addNotMapped(
                        QStringLiteral("case-SourceRef"),
                        Tr::tr("case members that are not imported documents (pictures, audio, video, "
                               "sources left out)"),
                        QStringLiteral("%1: %2").arg(name, ref));
                    continue;
                }
                if (auto member = m_project.addCaseMember({0, added->id, documentId, 0, 0}); !member)
                    return Error{Tr::tr("Case \"%1\": %2").arg(name, member.error())};
            }
            for (const QString &ref : parsed.selectionRefs) {
                const auto selection = m_selections.constFind(ref);
                if (selection == m_selections.cend()) {
                    m_report.addNotMapped(QStringLiteral("case-SelectionRef"),
                                          Tr::tr("case members that are selections not imported (of pictures, PDF "
                                                 "regions, audio or video, or outside their text)"),
                                          QStringLiteral("%1: %2").arg(name, ref));
                    continue;
                }
                if (auto member
                    = m_project.addCaseMember({0, added->id, selection->documentId, selection->start, selection->end});
                    !member)
                    return Error{Tr::tr("Case \"%1\": %2").arg(name, member.error())};
                m_selectionsInCases.insert(ref);
            }
            for (const ParsedValue &value : parsed.values) {
                if (const auto read = valueOf(value, AttributeTarget::Case, name)) {
                    checkRepeated(AttributeTarget::Case, added->id, read->first, name);
                    values.append({added->id, read->first, read->second});
                }
            }
        }
        m_report.attributeValues += values.size();
        return m_project.setCaseAttributeValues(values);
    }

    /// A <Set> of sources is a listed set of documents, one of codes a code set; one of both is both, under
    /// one name (Marginalia's sets hold one kind).
    Status addSets()
    {
        for (const ParsedSet &parsed : std::as_const(m_sets)) {
            QString name = parsed.name;
            if (name.isEmpty()) {
                name = Tr::tr("Set %1").arg(parsed.guid.left(8));
                m_report.addAdjusted(QStringLiteral("set-name"), Tr::tr("sets without a name, named after their GUID"),
                                     name);
            }
            QList<qint64> documentIds;
            for (const QString &ref : parsed.memberSources) {
                if (const qint64 id = m_documents.value(ref); id != 0)
                    documentIds.append(id);
                else
                    m_report.addNotMapped(QStringLiteral("set-MemberSource"),
                                          Tr::tr("set members that are not imported documents (pictures, audio, video, "
                                                 "sources left out)"),
                                          QStringLiteral("%1: %2").arg(name, ref));
            }
            QList<qint64> codeIds;
            for (const QString &ref : parsed.memberCodes) {
                if (const qint64 id = m_codes.value(ref); id != 0)
                    codeIds.append(id);
                else
                    m_report.addNotMapped(QStringLiteral("set-MemberCode"),
                                          Tr::tr("set members that are codes not in the codebook"),
                                          QStringLiteral("%1: %2").arg(name, ref));
            }
            if (!parsed.memberNotes.isEmpty()) {
                m_report.addNotMapped(QStringLiteral("MemberNote"),
                                      Tr::tr("notes in sets (there are no sets of memos)"), name,
                                      parsed.memberNotes.size());
            }
            const bool ofCodes = !parsed.memberCodes.isEmpty();
            // An empty set is kept as an empty set of documents; one of notes only is reported above.
            const bool ofSources = !parsed.memberSources.isEmpty() || (!ofCodes && parsed.memberNotes.isEmpty());
            if (ofCodes && ofSources) {
                m_report.addAdjusted(QStringLiteral("set-split"),
                                     Tr::tr("sets of both codes and sources, made a set of documents and a code set of "
                                            "the same name"),
                                     name);
            }
            QString guid = parsed.guid;
            if (guid.isEmpty() || m_usedSetGuids.contains(guid)) {
                m_report.addAdjusted(QStringLiteral("set-guid"),
                                     Tr::tr("sets with a missing, malformed or repeated GUID, given a new one"), name);
                guid.clear();
            }
            if (!guid.isEmpty())
                m_usedSetGuids.insert(guid);
            const QString memo = parsed.description.trimmed().isEmpty() ? QString() : parsed.description;
            if (ofSources) {
                const QString free = freeName(name, [this](const QString &candidate) {
                    return m_project.documentSetByName(candidate).has_value();
                });
                if (free != name)
                    m_report.addAdjusted(QStringLiteral("set-renamed"),
                                         Tr::tr("sets sharing a name, renamed \"Name (2)\""), free);
                auto added = m_project.addDocumentSet(free, documentIds, {}, guid);
                if (!added)
                    return Error{Tr::tr("Set \"%1\": %2").arg(name, added.error())};
                if (!memo.isEmpty()) {
                    if (auto set = m_project.setDocumentSetMemo(added->id, memo); !set)
                        return set;
                }
                ++m_report.sets;
            }
            if (ofCodes) {
                const QString free = freeName(
                    name, [this](const QString &candidate) { return m_project.codeSetByName(candidate).has_value(); });
                if (free != name)
                    m_report.addAdjusted(QStringLiteral("set-renamed"),
                                         Tr::tr("sets sharing a name, renamed \"Name (2)\""), free);
                // Beside a set of documents with the file's GUID, the code set has one made from it.
                const QString codeSetGuid
                    = ofSources && !guid.isEmpty() ? RefiQdaXml::derivedGuid(u"code-set", guid) : guid;
                auto added = m_project.addCodeSet(free, codeIds, codeSetGuid);
                if (!added)
                    return Error{Tr::tr("Set \"%1\": %2").arg(name, added.error())};
                if (!memo.isEmpty()) {
                    if (auto set = m_project.setCodeSetMemo(added->id, memo); !set)
                        return set;
                }
                ++m_report.sets;
            }
        }
        return success();
    }

    /// Reports a selection's description kept as a coding memo, once per selection.
    void reportSelectionDescription(const QString &where)
    {
        if (m_reportedDescriptions.contains(where))
            return;
        m_reportedDescriptions.insert(where);
        m_report.addAdjusted(QStringLiteral("selection-description"),
                             Tr::tr("selection descriptions kept as coding memos"), where);
    }

    /// The archive entry for a plainTextPath, or std::nullopt (with the reason in the report).
    std::optional<QString> resolve(const QString &path, const QString &label)
    {
        QString file = path;
        if (file.startsWith(QLatin1String("internal://"), Qt::CaseInsensitive)) {
            file = file.mid(11);
        } else if (file.contains(QLatin1String("://"))) {
            // relative:// and absolute:// name files outside the archive. Reading them would let a project
            // file pull any local file into a project that may then be shared: never.
            m_report.addNotMapped(QStringLiteral("external-source"),
                                  Tr::tr("sources outside the archive (absolute:// or relative:// paths), not read"),
                                  label);
            return std::nullopt;
        } else {
            m_report.addAdjusted(QStringLiteral("plainTextPath"),
                                 Tr::tr("source paths without \"internal://\", looked up in the archive"), path);
        }
        while (file.startsWith(u'/'))
            file.remove(0, 1);
        auto bad = ZipArchive::normalizeEntryName(file, m_entries.displayName());
        if (!bad) {
            m_report.addNotMapped(QStringLiteral("bad-path"),
                                  Tr::tr("sources with a path that leads out of the archive"), label);
            return std::nullopt;
        }
        file = *bad;
        const QString prefix = m_qdeFolder.isEmpty() ? QString() : m_qdeFolder + u'/';
        const QStringList candidates{prefix + QStringLiteral("sources/") + file, prefix + file,
                                     QStringLiteral("sources/") + file, file};
        for (const QString &candidate : candidates) {
            if (auto found = m_entries.find(candidate)) {
                if (*found != candidate) {
                    m_report.addAdjusted(
                        QStringLiteral("file-name-case"),
                        Tr::tr("files found under another case of their name (\"Sources/\" in capitals...)"), *found);
                }
                return found;
            }
        }
        // Last resort: a file of that name anywhere, if there is exactly one.
        const QString wanted = QFileInfo(file).fileName().toCaseFolded();
        QStringList matches;
        for (const QString &name : m_entries.names()) {
            if (QFileInfo(name).fileName().toCaseFolded() == wanted)
                matches.append(name);
        }
        if (matches.size() == 1)
            return matches.first();
        m_report.addNotMapped(QStringLiteral("missing-source"), Tr::tr("sources whose file is not in the archive"),
                              label);
        return std::nullopt;
    }

    void loadNote(const ParsedNote &note)
    {
        if (note.guid.isEmpty())
            return;
        const QString label = note.name.isEmpty() ? note.guid : note.name;
        QString text;
        if (!note.plainTextPath.isEmpty()) {
            if (auto entry = resolve(note.plainTextPath, label)) {
                auto bytes = m_entries.read(*entry);
                if (!bytes) {
                    m_report.addNotMapped(QStringLiteral("unreadable-note"), Tr::tr("notes whose file cannot be read"),
                                          label);
                    return;
                }
                auto loaded = decodeText(*bytes, label);
                if (!loaded) {
                    m_report.addNotMapped(QStringLiteral("unreadable-note"), Tr::tr("notes whose file cannot be read"),
                                          label);
                    return;
                }
                text = loaded->text();
            } else if (note.hasInlineText) {
                text = note.inlineText;
            }
        } else if (note.hasInlineText) {
            text = note.inlineText;
        }
        if (text.trimmed().isEmpty())
            return;
        m_noteTexts.insert(note.guid, text);
    }

    /// The texts of the notes @p refs points to, marking them used.
    QStringList notes(const QStringList &refs)
    {
        QStringList texts;
        for (const QString &ref : refs) {
            auto it = m_noteTexts.constFind(ref);
            if (it == m_noteTexts.constEnd())
                continue;
            m_usedNotes.insert(ref);
            texts.append(*it);
        }
        return texts;
    }

    /// The coder of a coding: its creating user, else its selection's, source's or project's; else the only
    /// user; else a coder named "unknown".
    Result<qint64> coderFor(const QStringList &candidates)
    {
        for (const QString &guid : candidates) {
            if (const auto it = m_coders.constFind(guid); it != m_coders.constEnd())
                return *it;
        }
        if (m_userCount == 1 && !m_coders.isEmpty())
            return *m_coders.constBegin();
        if (m_unknownCoder == 0) {
            // A coder's name is data, matched by name when projects are merged: the same in every language.
            auto coder = m_project.ensureCoder(QStringLiteral("unknown"));
            if (!coder)
                return Error{coder.error()};
            m_unknownCoder = coder->id;
            ++m_report.coders;
        }
        m_report.addAdjusted(QStringLiteral("unknown-user"),
                             Tr::tr("codings without a known creating user, attributed to the coder \"unknown\""));
        return m_unknownCoder;
    }

    /// How @p source's positions are read onto @p text (code points or UTF-16 units, a CRLF as one or two),
    /// decided from its text and selections (RefiQdaPositions::decide) and recorded in the report.
    RefiQdaPositions::Reading readingOf(const ParsedText &source, const SourceText &text, const QString &documentName)
    {
        QList<RefiQdaPositions::Selection> selections;
        selections.reserve(source.selections.size());
        for (const ParsedSelection &selection : source.selections) {
            if (!selection.positionsValid)
                continue;
            // The label keeps the first 60 characters of the name.
            selections.append({selection.start, selection.end, selection.named ? selection.label : QString(),
                               selection.label.size() >= 60});
        }
        const RefiQdaPositions::Decision decision
            = RefiQdaPositions::decide(text, selections, m_options.positions, m_origin);
        RefiQdaReport::Positions &summary = m_report.positions;
        ++summary.sources;
        if (text.outsideBmp()) {
            ++summary.sourcesOutsideBmp;
            summary.selections += decision.asCodePoints.checked;
            summary.recognisedAsCodePoints += decision.asCodePoints.recognised;
            summary.recognisedAsUtf16 += decision.asUtf16.recognised;
            const QString example = QStringLiteral("%1: %2").arg(documentName, decision.why);
            if (decision.reading.utf16) {
                ++summary.sourcesAsUtf16;
                m_report.addPositionReading(
                    QStringLiteral("utf16"),
                    QCoreApplication::translate(
                        "Marginalia::Core::RefiQda",
                        "sources whose positions were read as UTF-16 code units (as NVivo counts) and converted to "
                        "code points"),
                    example);
            } else {
                m_report.addPositionReading(
                    QStringLiteral("code-points"),
                    QCoreApplication::translate("Marginalia::Core::RefiQda",
                                                "sources whose positions were read as Unicode code points (as "
                                                "REFI-QDA counts)"),
                    example);
            }
        }
        return decision.reading;
    }

    Status addDocument(const ParsedText &source)
    {
        QString label = source.name;
        QString fileName;
        SourceText loaded;
        if (!source.plainTextPath.isEmpty()) {
            auto entry = resolve(source.plainTextPath, label.isEmpty() ? source.plainTextPath : label);
            if (!entry)
                return success(); // reported
            fileName = QFileInfo(*entry).fileName();
            if (label.isEmpty())
                label = fileName;
            auto bytes = m_entries.read(*entry);
            if (!bytes)
                return Error{bytes.error()};
            auto decoded = decodeText(*bytes, QStringLiteral("%1: %2").arg(m_entries.displayName(), *entry));
            if (!decoded) {
                m_report.addNotMapped(QStringLiteral("unreadable-source"), Tr::tr("sources that are not text"), label);
                return success();
            }
            loaded = std::move(*decoded);
        } else if (source.hasInlineText) {
            auto decoded = decodeText(source.inlineText.toUtf8(), label);
            if (!decoded) {
                m_report.addNotMapped(QStringLiteral("unreadable-source"), Tr::tr("sources that are not text"), label);
                return success();
            }
            loaded = std::move(*decoded);
        } else {
            m_report.addNotMapped(QStringLiteral("empty-source"), Tr::tr("text sources with neither a file nor text"),
                                  label.isEmpty() ? source.rawGuid : label);
            return success();
        }

        NewDocument document;
        document.name = source.name;
        if (document.name.isEmpty()) {
            document.name = QFileInfo(fileName).completeBaseName();
            if (document.name.isEmpty())
                document.name = Tr::tr("Document");
            m_report.addAdjusted(QStringLiteral("source-name"),
                                 Tr::tr("sources without a name, named after their file"), document.name);
        }
        document.originalFileName = source.name.isEmpty() ? fileName : source.name;
        document.text = loaded.text();
        document.encoding = loaded.encoding;
        document.fileSize = loaded.fileSize;
        document.fileSha256 = loaded.fileSha256;
        document.imported = source.created;
        if (!source.guid.isEmpty() && !m_usedDocumentGuids.contains(source.guid)) {
            document.guid = source.guid;
        } else {
            m_report.addAdjusted(QStringLiteral("source-guid"),
                                 Tr::tr("sources with a missing, malformed or repeated GUID, given a new one"),
                                 document.name);
        }
        // Notes come after the sources in the file: a memo that needs them is set in finish().
        if (source.noteRefs.isEmpty())
            document.memo = joinMemo({source.description});
        if (loaded.hadBom())
            m_report.addAdjusted(QStringLiteral("bom"), Tr::tr("sources with a byte-order mark, removed"),
                                 document.name);
        if (loaded.encoding != QLatin1String("UTF-8")) {
            m_report.addAdjusted(QStringLiteral("encoding"),
                                 Tr::tr("sources not in UTF-8, decoded from their encoding"),
                                 QStringLiteral("%1 (%2)").arg(document.name, loaded.encoding));
        }

        auto added = m_project.addDocument(document);
        if (!added)
            return Error{Tr::tr("Source \"%1\": %2").arg(document.name, added.error())};
        ++m_report.documents;
        if (!document.memo.isEmpty())
            ++m_report.memos;
        if (!source.noteRefs.isEmpty())
            m_documentMemos.append({added->id, {}, source.description, source.noteRefs, document.name});
        m_usedDocumentGuids.insert(added->guid);
        if (!source.guid.isEmpty() && !m_documents.contains(source.guid))
            m_documents.insert(source.guid, added->id);
        if (!source.values.isEmpty())
            m_documentValues.append({added->id, added->name, source.values});
        if (added->name != document.name.trimmed()) {
            m_report.addAdjusted(QStringLiteral("document-renamed"),
                                 Tr::tr("sources sharing a name, renamed \"Name (2)\""), added->name);
        }

        const RefiQdaPositions::Reading reading = readingOf(source, loaded, document.name);
        if (loaded.hasCrlf()) {
            if (reading.crlfAsOne) {
                m_report.addAdjusted(
                    QStringLiteral("crlf-as-one"),
                    Tr::tr("sources with CRLF line endings whose positions count CRLF as one character"),
                    document.name);
            } else {
                m_report.addAdjusted(QStringLiteral("crlf"),
                                     Tr::tr("sources with CRLF line endings, positions mapped onto LF line endings"),
                                     document.name);
            }
        }

        QList<NewCoding> codings;
        auto addCoding = [&](const ParsedCoding &coding, const ParsedSelection *selection, qint64 start, qint64 end,
                             const QString &description, const QStringList &noteRefs, const QString &where) -> Status {
            const auto code = m_codes.constFind(coding.codeGuid);
            if (code == m_codes.constEnd() || *code == 0) {
                m_report.addNotMapped(QStringLiteral("CodeRef"),
                                      Tr::tr("codings of codes that are not in the codebook"),
                                      coding.codeGuid.isEmpty() ? document.name : coding.codeGuid);
                return success();
            }
            QStringList users{coding.creatingUser};
            if (selection)
                users.append(selection->creatingUser);
            users << source.creatingUser << m_projectCreatingUser;
            auto coder = coderFor(users);
            if (!coder)
                return Error{coder.error()};
            NewCoding added;
            added.documentId = m_lastDocumentId;
            added.codeId = *code;
            added.coderId = *coder;
            added.start = start;
            added.end = end;
            added.memo = joinMemo({description});
            added.created = coding.created.isValid() ? coding.created : (selection ? selection->created : QDateTime());
            if (!coding.guid.isEmpty() && !m_usedCodingGuids.contains(coding.guid)) {
                added.guid = coding.guid;
                m_usedCodingGuids.insert(coding.guid);
            } else {
                m_report.addAdjusted(QStringLiteral("coding-guid"),
                                     Tr::tr("codings with a missing, malformed or repeated GUID, given a new one"),
                                     coding.guid);
                // A GUID of our own, so that finish() can find the coding for its memo.
                added.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            }
            if (noteRefs.isEmpty()) {
                if (!added.memo.isEmpty())
                    ++m_report.memos;
            } else {
                m_codingMemos.append({added.documentId, added.guid, added.memo, noteRefs, where});
            }
            codings.append(added);
            return success();
        };

        m_lastDocumentId = added->id;
        for (const ParsedCoding &coding : source.wholeSourceCodings) {
            if (loaded.length() == 0)
                break;
            m_report.addAdjusted(QStringLiteral("source-coding"),
                                 Tr::tr("codings of a whole source, made codings of its whole text"), document.name);
            if (auto status = addCoding(coding, nullptr, 0, loaded.length(), {}, coding.noteRefs, document.name);
                !status)
                return status;
        }
        for (const ParsedSelection &selection : source.selections) {
            const QString where = QStringLiteral("%1: %2").arg(document.name, selection.label);
            if (!selection.positionsValid) {
                m_report.addNotMapped(QStringLiteral("bad-selection"),
                                      Tr::tr("selections with missing or malformed positions"), where);
                continue;
            }
            using Place = SourceText::Place;
            const SourceText::Mapped mappedStart = loaded.map(selection.start, reading);
            const SourceText::Mapped mappedEnd = loaded.map(selection.end, reading);
            if (mappedStart.place == Place::Outside || mappedEnd.place == Place::Outside
                || selection.start > selection.end) {
                m_report.addNotMapped(QStringLiteral("selection-outside"), Tr::tr("selections outside their text"),
                                      QStringLiteral("%1 [%2, %3) of %4")
                                          .arg(where)
                                          .arg(selection.start)
                                          .arg(selection.end)
                                          .arg(loaded.fileLength(reading)));
                continue;
            }
            if (mappedStart.place == Place::SplitsCharacter || mappedEnd.place == Place::SplitsCharacter) {
                m_report.addNotMapped(QStringLiteral("selection-splits-character"),
                                      Tr::tr("selections whose UTF-16 positions cut a character in two"),
                                      QStringLiteral("%1 [%2, %3)").arg(where).arg(selection.start).arg(selection.end));
                continue;
            }
            const qint64 start = mappedStart.position;
            const qint64 end = mappedEnd.position;
            if (start == end) {
                m_report.addNotMapped(QStringLiteral("empty-selection"),
                                      Tr::tr("empty selections (zero characters; a coding needs at least one)"), where);
                continue;
            }
            if (!selection.guid.isEmpty() && !m_selections.contains(selection.guid))
                m_selections.insert(selection.guid, {added->id, start, end});
            if (selection.codings.isEmpty()) {
                // Reported in finish(), unless a case has it as a passage.
                m_uncodedSelections.append({selection.guid, where});
                continue;
            }
            for (const ParsedCoding &coding : selection.codings) {
                const QStringList noteRefs = selection.noteRefs + coding.noteRefs;
                // With notes, finish() tells whether the description is more than a copy of one of them.
                if (!selection.description.trimmed().isEmpty() && noteRefs.isEmpty())
                    reportSelectionDescription(where);
                if (auto status = addCoding(coding, &selection, start, end, selection.description, noteRefs, where);
                    !status)
                    return status;
            }
        }
        auto count = m_project.addCodings(codings);
        if (!count)
            return Error{Tr::tr("Source \"%1\": %2").arg(document.name, count.error())};
        m_report.codings += *count;
        if (*count < codings.size()) {
            m_report.addAdjusted(QStringLiteral("duplicate-coding"),
                                 Tr::tr("codings repeated with the same code, coder and range, kept once"),
                                 document.name, codings.size() - *count);
        }
        return success();
    }

    Project &m_project;
    Entries &m_entries;
    QString m_qdeFolder;
    QString m_sourceName;
    const RefiQdaImportOptions &m_options;
    RefiQdaReport &m_report;
    QString m_projectCreatingUser;
    QString m_origin;
    qsizetype m_userCount = 0;
    QList<ParsedNote> m_noteOrder;
    QList<PendingCodeMemo> m_codeMemos;
    QSet<QString> m_reportedDescriptions;
    QList<PendingMemo> m_documentMemos;
    QList<PendingMemo> m_codingMemos;
    qint64 m_lastDocumentId = 0;
    qint64 m_unknownCoder = 0;
    QHash<QString, QString> m_noteTexts;
    QSet<QString> m_usedNotes;
    QHash<QString, qint64> m_coders;
    QHash<QString, qint64> m_codes;
    QSet<QString> m_usedCoderGuids;
    QSet<QString> m_usedDocumentGuids;
    QSet<QString> m_usedCodingGuids;
    QList<ParsedVariable> m_variables;
    QList<ParsedCase> m_cases;
    QList<ParsedSet> m_sets;
    QList<PendingValues> m_documentValues;
    QHash<QString, qint64> m_documents; ///< the file's source GUIDs -> documents
    QHash<QString, MappedSelection> m_selections; ///< the file's selection GUIDs -> where they landed
    QList<std::pair<QString, QString>> m_uncodedSelections; ///< GUID, where (for the report)
    QSet<QString> m_selectionsInCases;
    QHash<QString, Attribute> m_documentAttributes; ///< by the file's variable GUIDs
    QHash<QString, Attribute> m_caseAttributes;
    QSet<QString> m_usedAttributeGuids;
    QSet<QString> m_usedCaseGuids;
    QSet<QString> m_usedSetGuids;
    QSet<std::pair<qint64, qint64>> m_documentValueKeys; ///< (document, attribute) of the values seen
    QSet<std::pair<qint64, qint64>> m_caseValues; ///< (case, attribute) of the values seen
};

/**
 * Reads a .qde leniently and hands each part to the Builder as soon as it is complete (users, the
 * codebook, one source with its selections at a time, notes), so that memory holds one source's
 * selections rather than the whole project's. Counts in the report every element it does not map.
 */
class QdeParser
{
public:
    QdeParser(const QByteArray &xml, const QString &fileName, Builder &builder, RefiQdaReport &report,
              const RefiQdaProgress &progress)
        : m_fileName(fileName)
        , m_builder(builder)
        , m_report(report)
        , m_progress(progress)
        , m_totalKiB(std::max<qint64>(1, (xml.size() + 1023) / 1024))
    {
        // From a device, not the QByteArray itself: given bytes, QXmlStreamReader decodes all of them into
        // one QString first (twice the memory of the file, and half the speed on the large project).
        m_buffer.setData(xml); // shared, not copied
        m_buffer.open(QIODevice::ReadOnly);
        m_reader.setDevice(&m_buffer);
    }

    /// Checks the prolog and the root element only: what can be refused before anything is created.
    static Status checkRoot(const QByteArray &xml, const QString &fileName)
    {
        QBuffer buffer;
        buffer.setData(xml);
        buffer.open(QIODevice::ReadOnly);
        QXmlStreamReader reader(&buffer);
        while (!reader.atEnd()) {
            reader.readNext();
            if (auto safe = RefiQdaXml::checkToken(reader, fileName); !safe)
                return safe;
            if (reader.isStartElement())
                break;
        }
        if (reader.hasError())
            return RefiQdaXml::readerError(reader, fileName);
        if (!reader.isStartElement())
            return Error{Tr::tr("%1: is empty or not XML.").arg(fileName)};
        if (reader.name() == QLatin1String("CodeBook")) {
            return Error{
                Tr::tr("%1: is a REFI-QDA codebook, not a project; import it into a project as a codebook (.qdc).")
                    .arg(fileName)};
        }
        if (reader.name() != QLatin1String("Project")) {
            return Error{Tr::tr("%1: is not a REFI-QDA project: its root element is <%2>, not <Project>.")
                             .arg(fileName, reader.name().toString())};
        }
        return success();
    }

    Status parse()
    {
        // The prolog, token by token: this is where a DTD would be.
        while (!m_reader.atEnd()) {
            m_reader.readNext();
            if (auto safe = RefiQdaXml::checkToken(m_reader, m_fileName); !safe)
                return Error{safe.error()};
            if (m_reader.isStartElement())
                break;
        }
        if (m_reader.hasError())
            return RefiQdaXml::readerError(m_reader, m_fileName);
        if (!m_reader.isStartElement() || m_reader.name() != QLatin1String("Project"))
            return Error{Tr::tr("%1: is not a REFI-QDA project.").arg(m_fileName)}; // checkRoot() said more
        if (auto begun = m_builder.begin(attribute(QLatin1String("name")).trimmed(),
                                         guidAttribute(QLatin1String("creatingUserGUID")),
                                         RefiQdaXml::parseDateTime(attribute(QLatin1String("creationDateTime"))),
                                         attribute(QLatin1String("origin")).trimmed());
            !begun) {
            return begun;
        }
        if (!reportProgress())
            return cancelled();

        while (m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            Status status = success();
            if (name == QLatin1String("Users"))
                status = users();
            else if (name == QLatin1String("CodeBook"))
                status = codeBook();
            else if (name == QLatin1String("Sources"))
                status = sources();
            else if (name == QLatin1String("Notes"))
                status = notes();
            else if (name == QLatin1String("Description"))
                status = text(m_builder.projectDescription);
            else if (name == QLatin1String("NoteRef"))
                noteRef(m_builder.projectNoteRefs);
            else if (name == QLatin1String("Variables"))
                status = variables();
            else if (name == QLatin1String("Cases"))
                status = cases();
            else if (name == QLatin1String("Links"))
                countChildren(QStringLiteral("Link"), Tr::tr("links between elements"));
            else if (name == QLatin1String("Sets"))
                status = sets();
            else if (name == QLatin1String("Graphs"))
                countChildren(QStringLiteral("Graph"), Tr::tr("graphs"));
            else
                unknown();
            if (!status)
                return Error{status.error()};
        }
        if (m_reader.hasError())
            return RefiQdaXml::readerError(m_reader, m_fileName);
        return success();
    }

private:
    Status cancelled() const { return Error{Tr::tr("The import was cancelled; nothing was created.")}; }

    /// Progress in KiB of the .qde read: the work follows the XML closely, sources with many selections
    /// take long and are long in the file.
    bool reportProgress() const
    {
        if (!m_progress)
            return true;
        const qint64 done = std::min<qint64>(m_reader.characterOffset() / 1024, m_totalKiB);
        return m_progress(int(std::min<qint64>(done, INT_MAX)), int(std::min<qint64>(m_totalKiB, INT_MAX)));
    }

    /// The current element's attributes, copied out of the reader once per element (QXmlStreamReader
    /// builds a new list on every attributes() call, which showed in the import of large projects).
    const QXmlStreamAttributes &attributes()
    {
        if (m_attributesOffset != m_reader.characterOffset()) {
            m_attributes = m_reader.attributes();
            m_attributesOffset = m_reader.characterOffset();
        }
        return m_attributes;
    }
    QString attribute(QLatin1String name) { return attributes().value(name).toString(); }
    QString guidAttribute(QLatin1String name) { return RefiQdaXml::readGuid(attributes().value(name), m_report); }

    Status text(QString &target)
    {
        target = m_reader.readElementText(QXmlStreamReader::SkipChildElements);
        if (m_reader.hasError())
            return RefiQdaXml::readerError(m_reader, m_fileName);
        return success();
    }

    void noteRef(QStringList &target)
    {
        const QString guid = guidAttribute(QLatin1String("targetGUID"));
        if (!guid.isEmpty())
            target.append(guid);
        m_reader.skipCurrentElement();
    }

    void unknown()
    {
        m_report.addNotMapped(QStringLiteral("unknown"), Tr::tr("elements unknown to REFI-QDA 1.5 (skipped)"),
                              m_reader.name().toString());
        m_reader.skipCurrentElement();
    }

    /// Counts the @p child elements of the current element as not mapped, by name.
    void countChildren(const QString &child, const QString &description)
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == child) {
                const QString name = attribute(QLatin1String("name"));
                m_report.addNotMapped(child, description, name.isEmpty() ? attribute(QLatin1String("guid")) : name);
            }
            m_reader.skipCurrentElement();
        }
    }

    /// A reference's target: its GUID, else what the file wrote (not a GUID), for the report to name.
    QString refTarget()
    {
        const QString raw = attribute(QLatin1String("targetGUID"));
        const QString guid = RefiQdaXml::readGuid(raw, m_report);
        m_reader.skipCurrentElement();
        if (!guid.isEmpty())
            return guid;
        return raw.trimmed().isEmpty() ? Tr::tr("(no targetGUID)") : raw.trimmed();
    }

    void unmappedVariableValue(const QString &source)
    {
        m_report.addNotMapped(QStringLiteral("media-VariableValue"),
                              Tr::tr("variable values of pictures, audio and video"), source);
        m_reader.skipCurrentElement();
    }

    Status variableValue(QList<ParsedValue> &values)
    {
        ParsedValue value;
        while (m_reader.readNextStartElement()) {
            const QString name = m_reader.name().toString();
            if (name == QLatin1String("VariableRef")) {
                value.variableGuid = refTarget();
            } else if (name == QLatin1String("TextValue") || name == QLatin1String("BooleanValue")
                       || name == QLatin1String("IntegerValue") || name == QLatin1String("FloatValue")
                       || name == QLatin1String("DateValue") || name == QLatin1String("DateTimeValue")) {
                value.kind = name;
                if (auto status = text(value.text); !status)
                    return status;
            } else {
                unknown();
            }
        }
        values.append(value);
        return success();
    }

    Status variables()
    {
        QList<ParsedVariable> variables;
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() != QLatin1String("Variable")) {
                unknown();
                continue;
            }
            ParsedVariable variable;
            variable.guid = guidAttribute(QLatin1String("guid"));
            variable.name = attribute(QLatin1String("name")).trimmed();
            variable.type = attribute(QLatin1String("typeOfVariable")).trimmed();
            while (m_reader.readNextStartElement()) {
                if (m_reader.name() == QLatin1String("Description")) {
                    if (auto status = text(variable.description); !status)
                        return status;
                } else {
                    unknown();
                }
            }
            variables.append(variable);
        }
        m_builder.addVariables(variables);
        return success();
    }

    Status cases()
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() != QLatin1String("Case")) {
                unknown();
                continue;
            }
            ParsedCase parsed;
            parsed.guid = guidAttribute(QLatin1String("guid"));
            parsed.name = attribute(QLatin1String("name")).trimmed();
            while (m_reader.readNextStartElement()) {
                const QStringView name = m_reader.name();
                Status status = success();
                if (name == QLatin1String("Description"))
                    status = text(parsed.description);
                else if (name == QLatin1String("CodeRef"))
                    parsed.codeRefs.append(refTarget());
                else if (name == QLatin1String("VariableValue"))
                    status = variableValue(parsed.values);
                else if (name == QLatin1String("SourceRef"))
                    parsed.sourceRefs.append(refTarget());
                else if (name == QLatin1String("SelectionRef"))
                    parsed.selectionRefs.append(refTarget());
                else
                    unknown();
                if (!status)
                    return status;
            }
            m_builder.addCase(parsed);
        }
        return success();
    }

    Status sets()
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() != QLatin1String("Set")) {
                unknown();
                continue;
            }
            ParsedSet parsed;
            parsed.guid = guidAttribute(QLatin1String("guid"));
            parsed.name = attribute(QLatin1String("name")).trimmed();
            while (m_reader.readNextStartElement()) {
                const QStringView name = m_reader.name();
                Status status = success();
                if (name == QLatin1String("Description"))
                    status = text(parsed.description);
                else if (name == QLatin1String("MemberCode"))
                    parsed.memberCodes.append(refTarget());
                else if (name == QLatin1String("MemberSource"))
                    parsed.memberSources.append(refTarget());
                else if (name == QLatin1String("MemberNote"))
                    parsed.memberNotes.append(refTarget());
                else
                    unknown();
                if (!status)
                    return status;
            }
            m_builder.addSet(parsed);
        }
        return success();
    }

    Status users()
    {
        QList<ParsedUser> users;
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == QLatin1String("User")) {
                ParsedUser user;
                user.guid = guidAttribute(QLatin1String("guid"));
                user.name = attribute(QLatin1String("name")).trimmed();
                if (user.name.isEmpty())
                    user.name = attribute(QLatin1String("id")).trimmed();
                users.append(user);
                m_reader.skipCurrentElement();
            } else {
                unknown();
            }
        }
        return m_builder.addUsers(users);
    }

    Status codeBook()
    {
        QList<RefiQdaXml::ParsedCode> codes;
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == QLatin1String("Codes")) {
                if (auto read = RefiQdaXml::readCodes(m_reader, m_fileName, codes, m_report); !read)
                    return read;
            } else {
                unknown();
            }
        }
        return m_builder.addCodes(codes);
    }

    Status sources()
    {
        while (m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            Status status = success();
            if (name == QLatin1String("TextSource")) {
                ParsedText source;
                status = textSource(source);
                if (status)
                    status = m_builder.addText(source);
            } else if (name == QLatin1String("PDFSource")) {
                status = pdfSource();
            } else if (name == QLatin1String("AudioSource") || name == QLatin1String("VideoSource")) {
                status = mediaSource(name.toString());
            } else if (name == QLatin1String("PictureSource")) {
                status = pictureSource();
            } else {
                unknown();
            }
            if (!status)
                return status;
            if (!reportProgress())
                return cancelled();
        }
        return success();
    }

    /// Reads the attributes shared by every TextSourceType element.
    void textAttributes(ParsedText &source)
    {
        source.rawGuid = attribute(QLatin1String("guid"));
        source.guid = RefiQdaXml::readGuid(source.rawGuid, m_report);
        source.name = attribute(QLatin1String("name")).trimmed();
        source.plainTextPath = attribute(QLatin1String("plainTextPath")).trimmed();
        source.creatingUser = guidAttribute(QLatin1String("creatingUser"));
        source.created = RefiQdaXml::parseDateTime(attribute(QLatin1String("creationDateTime")));
        if (!attribute(QLatin1String("richTextPath")).isEmpty()) {
            m_report.addNotMapped(QStringLiteral("richTextPath"),
                                  Tr::tr("rich-text originals (DOCX) of text sources; their plain text was imported"),
                                  source.name);
        }
    }

    /// A TextSource, a Note, or a PDF's text representation: all of TextSourceType.
    Status textSource(ParsedText &source)
    {
        textAttributes(source);
        while (m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            Status status = success();
            if (name == QLatin1String("Description")) {
                status = text(source.description);
            } else if (name == QLatin1String("PlainTextContent")) {
                source.hasInlineText = true;
                status = text(source.inlineText);
            } else if (name == QLatin1String("PlainTextSelection")) {
                ParsedSelection selection;
                status = plainTextSelection(selection);
                source.selections.append(selection);
            } else if (name == QLatin1String("Coding")) {
                ParsedCoding coding;
                status = codingElement(coding);
                source.wholeSourceCodings.append(coding);
            } else if (name == QLatin1String("NoteRef")) {
                noteRef(source.noteRefs);
            } else if (name == QLatin1String("VariableValue")) {
                status = variableValue(source.values);
            } else {
                unknown();
            }
            if (!status)
                return status;
        }
        return success();
    }

    /// The children shared by every selection type: Description, Coding, NoteRef.
    Status selectionChild(ParsedSelection &selection)
    {
        const QStringView name = m_reader.name();
        if (name == QLatin1String("Description"))
            return text(selection.description);
        if (name == QLatin1String("Coding")) {
            ParsedCoding coding;
            auto status = codingElement(coding);
            selection.codings.append(coding);
            return status;
        }
        if (name == QLatin1String("NoteRef")) {
            noteRef(selection.noteRefs);
            return success();
        }
        unknown();
        return success();
    }

    void selectionAttributes(ParsedSelection &selection)
    {
        const QStringView name = attributes().value(QLatin1String("name"));
        selection.named = !name.isEmpty();
        // Not readGuid(): a selection's GUID matters only to a case that names it.
        selection.guid = RefiQdaXml::normalizeGuid(attributes().value(QLatin1String("guid")));
        selection.label = selection.named ? name.left(60).toString() : attribute(QLatin1String("guid"));
        selection.creatingUser = guidAttribute(QLatin1String("creatingUser"));
        selection.created = RefiQdaXml::parseDateTime(attribute(QLatin1String("creationDateTime")));
    }

    Status plainTextSelection(ParsedSelection &selection)
    {
        selectionAttributes(selection);
        bool okStart = false;
        bool okEnd = false;
        selection.start = attribute(QLatin1String("startPosition")).trimmed().toLongLong(&okStart);
        selection.end = attribute(QLatin1String("endPosition")).trimmed().toLongLong(&okEnd);
        selection.positionsValid = okStart && okEnd;
        while (m_reader.readNextStartElement()) {
            if (auto status = selectionChild(selection); !status)
                return status;
        }
        return success();
    }

    Status codingElement(ParsedCoding &coding)
    {
        coding.guid = guidAttribute(QLatin1String("guid"));
        coding.creatingUser = guidAttribute(QLatin1String("creatingUser"));
        coding.created = RefiQdaXml::parseDateTime(attribute(QLatin1String("creationDateTime")));
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == QLatin1String("CodeRef")) {
                coding.codeGuid = guidAttribute(QLatin1String("targetGUID"));
                m_reader.skipCurrentElement();
            } else if (m_reader.name() == QLatin1String("NoteRef")) {
                noteRef(coding.noteRefs);
            } else {
                unknown();
            }
        }
        return success();
    }

    /// Counts a non-text selection and its codings as not mapped, keeping its notes' references.
    Status unmappedSelection(const QString &key, const QString &description, const QString &source)
    {
        ParsedSelection selection;
        selectionAttributes(selection);
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == QLatin1String("Representation")) {
                m_reader.skipCurrentElement();
                continue;
            }
            if (auto status = selectionChild(selection); !status)
                return status;
        }
        m_report.addNotMapped(key, description, source);
        if (!selection.codings.isEmpty()) {
            m_report.addNotMapped(QStringLiteral("media-coding"),
                                  Tr::tr("codings of pictures, PDF regions, audio and video"), source,
                                  selection.codings.size());
        }
        return success();
    }

    Status pdfSource()
    {
        const QString pdfName = attribute(QLatin1String("name")).trimmed();
        const QString pdfRawGuid = attribute(QLatin1String("guid"));
        const QString pdfGuid = RefiQdaXml::readGuid(pdfRawGuid, m_report);
        const QString creatingUser = guidAttribute(QLatin1String("creatingUser"));
        const QDateTime created = RefiQdaXml::parseDateTime(attribute(QLatin1String("creationDateTime")));
        std::optional<ParsedText> representation;
        QString description;
        QStringList noteRefs;
        QList<ParsedCoding> wholeSourceCodings;
        QList<ParsedValue> values;
        while (m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            Status status = success();
            if (name == QLatin1String("Representation")) {
                ParsedText text;
                status = textSource(text);
                representation = text;
            } else if (name == QLatin1String("PDFSelection")) {
                status = unmappedSelection(QStringLiteral("PDFSelection"),
                                           Tr::tr("PDF regions (areas of a page; Marginalia codes text)"), pdfName);
            } else if (name == QLatin1String("Description")) {
                status = text(description);
            } else if (name == QLatin1String("Coding")) {
                ParsedCoding coding;
                status = codingElement(coding);
                wholeSourceCodings.append(coding);
            } else if (name == QLatin1String("NoteRef")) {
                noteRef(noteRefs);
            } else if (name == QLatin1String("VariableValue")) {
                status = variableValue(values);
            } else {
                unknown();
            }
            if (!status)
                return status;
        }
        if (!representation || (representation->plainTextPath.isEmpty() && !representation->hasInlineText)) {
            m_report.addNotMapped(QStringLiteral("PDFSource"),
                                  Tr::tr("PDF sources without a plain-text representation"), pdfName);
            return success();
        }
        // The document is the PDF source: its GUID, name, notes and codings; the text is its representation.
        ParsedText document = *representation;
        if (!pdfGuid.isEmpty()) {
            document.guid = pdfGuid;
            document.rawGuid = pdfRawGuid;
        }
        if (!pdfName.isEmpty())
            document.name = pdfName;
        if (!description.isEmpty())
            document.description
                = description + (document.description.isEmpty() ? QString() : u"\n\n" + document.description);
        document.noteRefs = noteRefs + document.noteRefs;
        document.wholeSourceCodings = wholeSourceCodings + document.wholeSourceCodings;
        document.values = values + document.values;
        if (document.creatingUser.isEmpty())
            document.creatingUser = creatingUser;
        if (!document.created.isValid())
            document.created = created;
        m_report.addAdjusted(
            QStringLiteral("PDFSource"),
            Tr::tr("PDF sources imported as their plain-text representation (the PDF file itself is not "
                   "kept)"),
            pdfName);
        return m_builder.addText(document);
    }

    Status pictureSource()
    {
        const QString name = attribute(QLatin1String("name"));
        m_report.addNotMapped(QStringLiteral("PictureSource"), Tr::tr("picture sources (Marginalia codes text)"),
                              name.isEmpty() ? attribute(QLatin1String("guid")) : name);
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == QLatin1String("PictureSelection")) {
                if (auto status
                    = unmappedSelection(QStringLiteral("PictureSelection"), Tr::tr("picture regions"), name);
                    !status)
                    return status;
            } else if (m_reader.name() == QLatin1String("VariableValue")) {
                unmappedVariableValue(name);
            } else {
                m_reader.skipCurrentElement();
            }
        }
        return success();
    }

    /// An AudioSource or VideoSource: the media is not mapped; its transcripts become documents.
    Status mediaSource(const QString &kind)
    {
        const QString name = attribute(QLatin1String("name"));
        const QString shown = name.isEmpty() ? attribute(QLatin1String("guid")) : name;
        if (kind == QLatin1String("AudioSource"))
            m_report.addNotMapped(kind, Tr::tr("audio sources (Marginalia codes text)"), shown);
        else
            m_report.addNotMapped(kind, Tr::tr("video sources (Marginalia codes text)"), shown);
        const QString selectionKind = kind == QLatin1String("AudioSource") ? QStringLiteral("AudioSelection")
                                                                           : QStringLiteral("VideoSelection");
        while (m_reader.readNextStartElement()) {
            const QStringView child = m_reader.name();
            Status status = success();
            if (child == QLatin1String("Transcript")) {
                status = transcript(shown);
            } else if (child == selectionKind) {
                status = unmappedSelection(
                    selectionKind, kind == QLatin1String("AudioSource") ? Tr::tr("audio clips") : Tr::tr("video clips"),
                    shown);
            } else if (child == QLatin1String("VariableValue")) {
                unmappedVariableValue(shown);
            } else {
                m_reader.skipCurrentElement();
            }
            if (!status)
                return status;
        }
        return success();
    }

    Status transcript(const QString &mediaName)
    {
        ParsedText document;
        textAttributes(document);
        if (document.name.isEmpty())
            document.name = Tr::tr("%1 (transcript)").arg(mediaName);
        QHash<QString, qint64> syncPoints;
        while (m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            Status status = success();
            if (name == QLatin1String("Description")) {
                status = text(document.description);
            } else if (name == QLatin1String("PlainTextContent")) {
                document.hasInlineText = true;
                status = text(document.inlineText);
            } else if (name == QLatin1String("SyncPoint")) {
                bool ok = false;
                const qint64 position = attribute(QLatin1String("position")).trimmed().toLongLong(&ok);
                const QString guid = guidAttribute(QLatin1String("guid"));
                if (ok && !guid.isEmpty())
                    syncPoints.insert(guid, position);
                m_reader.skipCurrentElement();
            } else if (name == QLatin1String("TranscriptSelection")) {
                ParsedSelection selection;
                selectionAttributes(selection);
                const QString from = guidAttribute(QLatin1String("fromSyncPoint"));
                const QString to = guidAttribute(QLatin1String("toSyncPoint"));
                while (m_reader.readNextStartElement()) {
                    if (auto child = selectionChild(selection); !child)
                        return child;
                }
                // Sync points come before selections in the schema, so both ends are known by now.
                selection.positionsValid = syncPoints.contains(from) && syncPoints.contains(to);
                selection.start = syncPoints.value(from);
                selection.end = syncPoints.value(to);
                document.selections.append(selection);
            } else if (name == QLatin1String("NoteRef")) {
                noteRef(document.noteRefs);
            } else {
                unknown();
            }
            if (!status)
                return status;
        }
        if (document.plainTextPath.isEmpty() && !document.hasInlineText)
            return success();
        m_report.addAdjusted(QStringLiteral("Transcript"),
                             Tr::tr("transcripts of audio and video imported as documents"), document.name);
        return m_builder.addText(document);
    }

    Status notes()
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() != QLatin1String("Note")) {
                unknown();
                continue;
            }
            ParsedText text;
            if (auto status = textSource(text); !status)
                return status;
            if (!text.values.isEmpty()) {
                m_report.addNotMapped(QStringLiteral("note-VariableValue"), Tr::tr("variable values of notes"),
                                      text.name, text.values.size());
            }
            if (!text.selections.isEmpty()) {
                m_report.addNotMapped(QStringLiteral("note-selection"),
                                      Tr::tr("selections and codings inside notes (memos are not coded in Marginalia)"),
                                      text.name, text.selections.size());
            }
            ParsedNote note;
            note.guid = text.guid;
            note.name = text.name;
            note.plainTextPath = text.plainTextPath;
            note.inlineText = text.inlineText;
            note.hasInlineText = text.hasInlineText;
            if (!text.description.isEmpty() && !note.hasInlineText && note.plainTextPath.isEmpty()) {
                note.inlineText = text.description;
                note.hasInlineText = true;
            }
            m_builder.addNote(note);
        }
        return success();
    }

    QBuffer m_buffer;
    QXmlStreamReader m_reader;
    QXmlStreamAttributes m_attributes;
    qint64 m_attributesOffset = -1;
    QString m_fileName;
    Builder &m_builder;
    RefiQdaReport &m_report;
    const RefiQdaProgress &m_progress;
    qint64 m_totalKiB = 1;
};

/// The .qde in @p entries: "project.qde" in any case, else the only .qde, the shallowest first.
Result<QString> findQde(const Entries &entries, RefiQdaReport &report)
{
    if (auto exact = entries.find(QStringLiteral("project.qde")))
        return *exact;
    QStringList candidates;
    for (const QString &name : entries.names()) {
        if (name.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive))
            candidates.append(name);
    }
    if (candidates.isEmpty()) {
        return Error{
            Tr::tr("%1: holds no project.qde, so it is not a REFI-QDA project (.qdpx).").arg(entries.displayName())};
    }
    std::sort(candidates.begin(), candidates.end(), [](const QString &a, const QString &b) {
        return a.count(u'/') != b.count(u'/') ? a.count(u'/') < b.count(u'/') : a < b;
    });
    if (candidates.size() > 1 && candidates.at(0).count(u'/') == candidates.at(1).count(u'/')) {
        return Error{
            Tr::tr("%1: holds several .qde files (%2) and no project.qde; which one is the project is unclear.")
                .arg(entries.displayName(), candidates.mid(0, 5).join(QStringLiteral(", ")))};
    }
    if (!candidates.first().endsWith(QLatin1String("project.qde"), Qt::CaseInsensitive)) {
        report.addAdjusted(QStringLiteral("qde-name"), Tr::tr("project files (.qde) not named project.qde"),
                           candidates.first());
    }
    return candidates.first();
}

void removeProjectFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

Result<RefiQdaReport> RefiQdaImporter::importProject(const QString &source, const QString &projectPath,
                                                     const RefiQdaProgress &progress,
                                                     const RefiQdaImportOptions &options)
{
    const QFileInfo target(projectPath);
    if (target.exists())
        return Error{
            Tr::tr("%1: a file of that name exists already; a REFI-QDA project is imported into a new project.")
                .arg(projectPath)};
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error{Tr::tr("%1: the folder %2 does not exist.").arg(projectPath, target.absolutePath())};

    const QFileInfo sourceInfo(source);
    if (!sourceInfo.exists())
        return Error{Tr::tr("%1: no such file.").arg(source)};
    std::unique_ptr<Entries> entries;
    if (sourceInfo.isDir()) {
        auto folder = FolderEntries::open(source);
        if (!folder)
            return Error{folder.error()};
        entries = std::move(*folder);
    } else {
        ZipLimits limits;
        limits.maxEntries = MaxEntries;
        limits.maxEntrySize = MaxEntrySize;
        limits.maxTotalSize = MaxTotalSize;
        auto zip = ZipArchive::open(source, limits);
        if (!zip)
            return Error{zip.error()};
        entries = std::make_unique<ZipEntries>(std::move(*zip));
    }

    RefiQdaReport report;
    switch (options.positions) {
    case RefiQdaImportOptions::Positions::Auto:
        report.positions.requested = QStringLiteral("auto");
        break;
    case RefiQdaImportOptions::Positions::CodePoints:
        report.positions.requested = QStringLiteral("code-points");
        break;
    case RefiQdaImportOptions::Positions::Utf16:
        report.positions.requested = QStringLiteral("utf16");
        break;
    }
    auto qde = findQde(*entries, report);
    if (!qde)
        return Error{qde.error()};
    auto xml = entries->read(*qde);
    if (!xml)
        return Error{xml.error()};
    const QString qdeName = QStringLiteral("%1: %2").arg(entries->displayName(), *qde);
    // What can be refused from the first lines (a DTD, not a project at all) is, before anything is made.
    if (auto root = QdeParser::checkRoot(*xml, qdeName); !root)
        return Error{root.error()};
    const qsizetype slash = qde->lastIndexOf(u'/');
    const QString qdeFolder = slash < 0 ? QString() : qde->left(slash);

    // Built beside the target, under a name nobody else uses, and renamed into place once complete.
    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".")
        + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".importing");
    Status status = success();
    {
        auto created = Project::create(temporary);
        if (!created)
            return Error{Tr::tr("%1: %2").arg(projectPath, created.error())};
        std::unique_ptr<Project> project = std::move(*created);
        // The whole project is written in one transaction: a cache as large as a big project keeps SQLite
        // from spilling pages to disk and reading them back (it only takes what the project needs).
        project->setCacheSize(qint64(512) * 1024 * 1024);
        Builder builder(*project, *entries, qdeFolder, sourceInfo.fileName(), options, report);
        QdeParser parser(*xml, qdeName, builder, report, progress);
        status = project->transact(Tr::tr("importing %1").arg(sourceInfo.fileName()), [&]() -> Status {
            if (auto parsed = parser.parse(); !parsed)
                return parsed;
            return builder.finish();
        });
    }
    if (!status) {
        removeProjectFiles(temporary);
        return Error{Tr::tr("%1: %2").arg(source, status.error())};
    }
    if (QFileInfo::exists(projectPath) || !QFile::rename(temporary, projectPath)) {
        removeProjectFiles(temporary);
        return Error{Tr::tr("%1: the imported project could not be put in place (does a file of that name exist now?).")
                         .arg(projectPath)};
    }
    // SQLite removes the WAL when the last connection closes; if one is left, it belongs to the new name.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(temporary + suffix))
            QFile::rename(temporary + suffix, projectPath + suffix);
    }
    return report;
}

} // namespace Marginalia::Core

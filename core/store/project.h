#pragma once

#include "base/result.h"
#include "model/attributes.h"
#include "model/entities.h"
#include "model/memotarget.h"
#include "store/projectwriterlock.h"
#include "store/serverlocation.h"
#include "text/fulltextquery.h"
#include "text/textsearch.h"

#include <QByteArrayView>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Marginalia::Core {

/// A memo that a search matches: what it is on, its text, and where in it the query matches (code points).
struct MemoMatches
{
    MemoTarget target;
    QString text;
    QList<TextRange> ranges;
};

/// A login with a role on a server project (marginalia-cli member-add).
struct ProjectMember
{
    QString login;
    /// "owner", "coder" or "viewer": the highest role the login holds on the project.
    QString role;
};

/**
 * A coding project: one SQLite file (*.marginalia) holding documents, codebook, coders, codings and memos.
 *
 * Every method that changes the project writes in one transaction, committed durably (WAL journal,
 * synchronous=FULL) before it returns; when it fails, nothing has changed and the error names the problem.
 * The schema is documented in docs/schema.md. Signals tell item models what changed.
 */
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    /// The schema version this build writes, stored in PRAGMA user_version.
    static constexpr int SchemaVersion = 9;
    /// PRAGMA application_id of a project file: "MRGN".
    static constexpr qint32 ApplicationId = 0x4D52474E;
    static constexpr auto FileSuffix = "marginalia";

    enum class Access { ReadWrite, ReadOnly };

    /// Creates a new, empty project at @p path; fails if the file exists. A server location
    /// (postgresql://host/db?project=NAME, or a .marginalia-server file: ServerLocation) creates the project on
    /// that server instead, which must have been prepared with initializeServer().
    static Result<std::unique_ptr<Project>> create(const QString &path);
    /// Opens an existing project, migrating an older schema forward in one transaction (ReadWrite only); a
    /// file, or a project on a server (as create()).
    static Result<std::unique_ptr<Project>> open(const QString &path, Access access = Access::ReadWrite);
    /// Opens a project on a server with what ServerLocation carries beyond its text: a password typed for this
    /// session. @p passwordNeeded, when given, says whether it failed for want of a (right) password, so that a
    /// window knows to ask for one.
    static Result<std::unique_ptr<Project>> open(const ServerLocation &location, Access access,
                                                 bool *passwordNeeded = nullptr);
    /// Removes a project from its server for good (owners only): everything in it, its members' roles on it
    /// and its line in the server's catalog, in one transaction. `pull` it first to keep a copy.
    static Status removeFromServer(const QString &location);
    /// Prepares a PostgreSQL database to hold projects (marginalia-cli server-init); harmless when done.
    static Status initializeServer(const QString &location);

    ~Project() override;

    /// The file's path; for a project on a server, its location without the password.
    QString filePath() const;
    bool isReadOnly() const;
    /// True for a project on a PostgreSQL server (many programs write it at once; see docs/server.md).
    bool isOnServer() const;
    /// On a server, what the database lets this user do: "owner", "coder" or "viewer"; empty for a file.
    QString serverRole() const;
    /// On a server, the login this program is connected as; empty for a file.
    QString serverLogin() const;
    /// Gives a login a role on this server project (owners only): "owner", "coder" or "viewer".
    Status setMemberRole(const QString &login, const QString &role);
    /// On a server, who has a role on this project: owners, then coders, then viewers, each in order of
    /// login. Any member may read it (it only reads the server's catalog of roles). A file has no members.
    Result<QList<ProjectMember>> members() const;
    /// Takes every role on this server project back from @p login (owners only). Refused for a login
    /// without a role and for the last owner, who alone could add members again. Their codings stay.
    Status removeMember(const QString &login);
    /// On a server, the coder name under which this login's codings are its own (the server lets a coder
    /// change only the codings of coders that their login registered): the first coder it registered, or,
    /// before its first coding, its login name. Empty for a file, and when another login registered a coder
    /// with that name (then no default is right: the member has to pick a name of their own).
    QString serverCoderName() const;
    /// When the last program to write this project ended without closing it (a crash, a kill, a power cut):
    /// who that was, from the lock file it left (ProjectWriterLock). Nothing it had committed is lost; this
    /// is for telling the user why a backup or a check may be worth a look.
    std::optional<ProjectLockHolder> interruptedSession() const;
    /// Lets SQLite keep up to @p bytes of the file in memory (its page cache; the default is 8 MB). A bulk
    /// import that writes a whole project in one transaction otherwise spills pages to disk and reads them
    /// back many times over.
    void setCacheSize(qint64 bytes);
    QString name() const;
    QString guid() const;
    /// When the project was created: here, or in the tool it was imported from (REFI-QDA creationDateTime).
    QDateTime created() const;
    /// The GUID of the user who created the project in the tool it was imported from (REFI-QDA
    /// creatingUserGUID); empty for a project created in Marginalia.
    QString creatingUserGuid() const;
    /// Records when and by whom the project was first created, for a project imported from another tool. An
    /// invalid @p created keeps the creation time as it is.
    Status setProjectCreation(const QDateTime &created, const QString &creatingUserGuid);

    // Coders
    QList<Coder> coders() const;
    /// The coder with this name, created (with @p guid, if given) if there is none.
    Result<Coder> ensureCoder(const QString &name, const QString &guid = {});
    std::optional<Coder> coderByName(const QString &name) const;
    /// Removes a coder who has no codings (the undo of a new coder's first coding); refused otherwise.
    Status removeCoder(qint64 coderId);
    /// Removes a coder with all their codings (and the reviews that name them), in one transaction; returns
    /// how many codings went. For hand-outs, which leave the key's codings out of the students' copies.
    Result<qint64> removeCoderAndCodings(qint64 coderId);

    // Documents
    QList<Document> documents() const;
    /// Ids and names of all documents, in name order: what a listing needs, without counting codings.
    QList<DocumentName> documentNames() const;
    /// Every document's length in code points, by id, from an index (without reading the texts).
    QHash<qint64, qint64> documentLengths() const;
    std::optional<Document> document(qint64 id) const;
    std::optional<Document> documentByName(const QString &name) const;
    /// A document imported from a file with these bytes (hex SHA-256), to catch importing a file twice.
    std::optional<Document> documentByFileSha256(const QString &fileSha256) const;
    /// Code point offsets where each page begins (the first is 0); empty for unpaged documents.
    QList<qint64> pageStarts(qint64 documentId) const;
    /// The headings of a document imported from Word or OpenDocument (since format 9), in text order; empty
    /// for other documents and for those imported before.
    QList<Heading> headings(qint64 documentId) const;
    /// The stored text of a document (normalised at import and never changed since).
    Result<QString> documentText(qint64 documentId) const;
    /// Everything needed to put this document back exactly as it is (same id, GUID, name, text, pages,
    /// memo and file details) with its codings: what undoing an import or a removal keeps.
    Result<DocumentSnapshot> snapshotDocument(qint64 documentId) const;
    /// Puts a document and its codings back as they were (same ids and GUIDs), in one transaction.
    Status restoreDocument(const DocumentSnapshot &snapshot);
    /// Adds a document; when its name is taken, a free one ("name (2)") is used. Returns the new document.
    Result<Document> addDocument(const NewDocument &document);
    Status renameDocument(qint64 documentId, const QString &name);
    /// Removes a document and its codings.
    Status removeDocument(qint64 documentId);

    // Full-text search (docs/search.md); the index is kept by the store, in the transactions that import
    // and remove documents.
    /// The documents that may hold a hit of @p query, in name order: exactly those with a hit for words;
    /// for substrings the index's candidates, and for patterns every document (matchesIn() decides).
    Result<QList<qint64>> searchCandidates(const SearchQuery &query) const;
    /// Where @p query matches in one document: code points, in text order, not overlapping.
    Result<QList<TextRange>> matchesIn(qint64 documentId, const SearchQuery &query) const;
    /// The index's size on disk in bytes (both indexes), for the benchmark and the project's details.
    qint64 searchIndexBytes() const;
    /// The memos @p query matches (its document filter aside): the project's, then the documents', codes'
    /// and codings' in id order. Words are matched as in the documents (same tokenizer), without an index
    /// in the file.
    Result<QList<MemoMatches>> searchMemos(const SearchQuery &query) const;

    // Codebook
    /// All codes, parents before children, siblings in their order.
    QList<Code> codes() const;
    std::optional<Code> code(qint64 id) const;
    /// Adds a code under @p parentId (0: top level) at the end of its siblings. An empty colour picks one
    /// (NewCode::pickColor says otherwise).
    Result<Code> addCode(const QString &name, qint64 parentId = 0, const QString &color = {},
                         const QString &description = {});
    Result<Code> addCode(const NewCode &code);
    /// The code at @p path (names from the top), creating missing levels; the last level gets colour and
    /// description when it is created.
    Result<Code> ensureCodePath(const QStringList &path, const QString &color = {}, const QString &description = {});
    /// @p expectedVersion: as for setMemo() (Code::version).
    Status renameCode(qint64 codeId, const QString &name, qint64 expectedVersion = 0);
    /// Sets a code's colour, "#RRGGBB"; an empty @p color leaves the code without one.
    Status setCodeColor(qint64 codeId, const QString &color, qint64 expectedVersion = 0);
    Status setCodeDescription(qint64 codeId, const QString &description, qint64 expectedVersion = 0);
    /// Makes a code applicable to text, or a folder that only groups its subcodes (REFI-QDA isCodable).
    Status setCodeCodable(qint64 codeId, bool codable);
    /// Moves a code under @p newParentId (0: top level) at @p position among its new siblings (-1: last).
    Status moveCode(qint64 codeId, qint64 newParentId, int position = -1);
    /// Moves every coding and subcode of @p sourceId to @p targetId, then deletes @p sourceId. Codings that
    /// would duplicate one the target has are dropped.
    Result<MergeReport> mergeCodes(qint64 sourceId, qint64 targetId);
    /// Deletes a code with its subcodes and all their codings; returns how many codings went with it.
    Result<qint64> deleteCode(qint64 codeId);
    /// The codes @p codeIds with their subcodes, the siblings of each (whose positions a delete or merge
    /// renumbers), and every coding of those codes: enough to undo a delete or a merge.
    CodebookSnapshot snapshotCodes(const QList<qint64> &codeIds) const;
    /// Puts the rows of @p snapshot back as they were (same ids and GUIDs), in one transaction: coders
    /// first, then codes, then codings.
    Status restoreSnapshot(const CodebookSnapshot &snapshot);
    /// Codings per code (codes without codings are absent), of one coder when @p coderId is not 0.
    QHash<qint64, qint64> codingCounts(qint64 coderId = 0) const;
    /// Codings per document, of one coder when @p coderId is not 0.
    QHash<qint64, qint64> documentCodingCounts(qint64 coderId = 0) const;
    /// Codings of a code, optionally with those of its subcodes.
    qint64 codingCount(qint64 codeId, bool includeSubcodes) const;

    // Codings
    /// Adds a coding. Returns the new coding, or std::nullopt when the same coding (document, code, range,
    /// coder) already exists, in which case nothing is written.
    Result<std::optional<Coding>> addCoding(const NewCoding &coding);
    /// Adds many codings in one transaction; returns how many were new (duplicates are skipped).
    Result<qint64> addCodings(const QList<NewCoding> &codings);
    /// Adds many codings as the coder named @p coderName (whatever coder they name), in one transaction
    /// that also adds the coder when there is none of that name yet (and does not, when nothing was new).
    /// An empty @p coderName keeps the codings' own coders. Returns the codings made and the new coder.
    Result<AddedCodings> addCodingsAs(const QString &coderName, const QList<NewCoding> &codings);
    std::optional<Coding> coding(qint64 id) const;
    /// The coding with this GUID (any case, as other tools write them).
    std::optional<Coding> codingByGuid(const QString &guid) const;
    /// Every coding of a document, lightly: what a view needs to draw them, read in one fast pass.
    QList<CodingSpan> codingSpans(qint64 documentId) const;
    QList<Coding> codings(const CodingFilter &filter = {}) const;

    /// A coding as a bulk read hands it to its visitor: the texts are UTF-8 views, valid only during the
    /// visit, and filled only when the read asked for CodingDetail::Full.
    struct CodingRow
    {
        qint64 id = 0;
        qint64 documentId = 0;
        qint64 codeId = 0;
        qint64 coderId = 0;
        qint64 start = 0;
        qint64 end = 0;
        QByteArrayView guid;
        QByteArrayView memo;
        QByteArrayView created;
    };
    enum class CodingOrder {
        ByDocument, ///< document, start, end, code, coder: text order (excerpts)
        ByCode, ///< code, document, start, end, coder (frequencies)
    };
    enum class CodingDetail {
        Spans, ///< ids and ranges only: read from an index, without touching the table (ByCode)
        Full, ///< with GUID, memo and creation time
    };
    /// Visits every coding that @p filter lets through, in @p order, as fast as SQLite reads them, until
    /// @p visit returns false: the analyses' one pass over the codings (frequencies, excerpts, export).
    Status forEachCoding(const CodingFilter &filter, CodingOrder order, CodingDetail detail,
                         const std::function<bool(const CodingRow &)> &visit) const;
    Status removeCoding(qint64 codingId);
    Status setCodingRange(qint64 codingId, qint64 start, qint64 end);

    // Attributes of documents and cases, sets of documents and codes (docs/attributes.md)
    /// The attributes of the documents (or of the cases), in their order.
    QList<Attribute> attributes(AttributeTarget target = AttributeTarget::Document) const;
    /// The attribute of @p target named @p name, in any case.
    std::optional<Attribute> attributeByName(const QString &name,
                                             AttributeTarget target = AttributeTarget::Document) const;
    /// Adds an attribute of the documents (or cases); a List needs its allowed values. Fails when the
    /// name is taken among @p target's attributes. @p guid: the attribute's GUID when it comes from
    /// another project (REFI-QDA), else a new one.
    Result<Attribute> addAttribute(const QString &name, AttributeType type, const QStringList &allowedValues = {},
                                   AttributeTarget target = AttributeTarget::Document, const QString &guid = {});
    /// Removes an attribute and every document's (or case's) value of it.
    Status removeAttribute(qint64 attributeId);
    /// Every value of @p attributeId (0: of every document attribute), by document.
    QList<AttributeValue> attributeValues(qint64 attributeId = 0) const;
    /// Sets documents' values, each checked against its attribute's type and stored in its canonical
    /// spelling; an empty value removes the document's value. All or nothing, in one transaction: the
    /// first bad value is the error, naming the document, the attribute and the value.
    Status setAttributeValues(const QList<AttributeValue> &values);
    /// Every value of the case attribute @p attributeId (0: of every case attribute), by case.
    QList<CaseAttributeValue> caseAttributeValues(qint64 attributeId = 0) const;
    /// Sets cases' values, as setAttributeValues() does the documents'.
    Status setCaseAttributeValues(const QList<CaseAttributeValue> &values);

    /// The sets of documents, by name.
    QList<DocumentSet> documentSets() const;
    /// The set named @p name, in any case.
    std::optional<DocumentSet> documentSetByName(const QString &name) const;
    /// Adds a set: the documents @p documentIds, or, with a @p condition, whatever documents meet it when
    /// the set is used (the condition is checked by the caller, DocumentCondition). Fails when the name is
    /// taken.
    Result<DocumentSet> addDocumentSet(const QString &name, const QList<qint64> &documentIds,
                                       const QString &condition = {}, const QString &guid = {});
    Status removeDocumentSet(qint64 setId);
    /// Makes a listed set hold exactly @p documentIds. A set saved from a condition has no list.
    Status setDocumentSetMembers(qint64 setId, const QList<qint64> &documentIds);
    /// Sets a set's memo (REFI-QDA's description of a set).
    Status setDocumentSetMemo(qint64 setId, const QString &memo);

    /// The sets of codes, by name.
    QList<CodeSet> codeSets() const;
    /// The code set named @p name, in any case.
    std::optional<CodeSet> codeSetByName(const QString &name) const;
    /// Adds a set of the codes @p codeIds; fails when the name is taken or a code does not exist.
    Result<CodeSet> addCodeSet(const QString &name, const QList<qint64> &codeIds, const QString &guid = {});
    Status removeCodeSet(qint64 setId);
    /// Makes a code set hold exactly @p codeIds.
    Status setCodeSetMembers(qint64 setId, const QList<qint64> &codeIds);
    /// Sets a code set's memo (REFI-QDA's description of a set).
    Status setCodeSetMemo(qint64 setId, const QString &memo);

    /// The cases, by name.
    QList<Case> cases() const;
    std::optional<Case> caseByName(const QString &name) const;
    /// Adds a case; fails when the name is taken.
    Result<Case> addCase(const QString &name, const QString &guid = {});
    /// Renames a case; fails when the name is taken.
    Status renameCase(qint64 caseId, const QString &name);
    /// Sets a case's memo (REFI-QDA's description).
    Status setCaseMemo(qint64 caseId, const QString &memo);
    /// Removes a case, its members (not the documents) and its attribute values.
    Status removeCase(qint64 caseId);
    /// Every document or passage assigned to a case (0: to any), by case then document.
    QList<CaseMember> caseMembers(qint64 caseId = 0) const;
    /// Assigns a document (end 0: all of it) or the passage [start, end) of it to a case.
    Result<CaseMember> addCaseMember(const CaseMember &member);
    Status removeCaseMember(qint64 memberId);

    // Memos
    /// The memo of a project, document, code or coding; empty when there is none (or no such row).
    QString memo(const MemoTarget &target) const;
    /// How many times the row a memo belongs to (the project, a document, a code, a coding) has been changed:
    /// what an editor remembers when it begins, and passes back as expectedVersion when it saves, so that
    /// a change made meanwhile by another program on the project is refused instead of silently overwritten
    /// (0 when there is no such row).
    qint64 version(const MemoTarget &target) const;
    /// Sets the memo of a project, document, code or coding.
    /// @p expectedVersion (see version()), when not 0, makes the save conditional: refused with a message
    /// that says so when the memo's row changed since.
    Status setMemo(const MemoTarget &target, const QString &memo, qint64 expectedVersion = 0);
    QString projectMemo() const;
    Status setProjectName(const QString &name);
    Status setProjectMemo(const QString &memo, qint64 expectedVersion = 0);
    Status setDocumentMemo(qint64 documentId, const QString &memo, qint64 expectedVersion = 0);
    Status setCodeMemo(qint64 codeId, const QString &memo, qint64 expectedVersion = 0);
    Status setCodingMemo(qint64 codingId, const QString &memo, qint64 expectedVersion = 0);

    // Reviews (the disagreement review)
    QList<Review> reviews() const;
    std::optional<Review> review(qint64 id) const;
    /// The review of two coders' codings of a code into @p consensusCoderName's (added when new), or the
    /// one that exists for the same code, coders and consensus coder, which then resumes.
    Result<Review> startReview(qint64 codeId, bool includeSubcodes, qint64 firstCoderId, qint64 secondCoderId,
                               const QString &consensusCoderName);
    QList<ReviewDecision> reviewDecisions(qint64 reviewId) const;
    /// Records a decision and makes the consensus coder's codings for it, in one transaction. The codings
    /// may carry ids and GUIDs (a redo puts back the same rows). Returns what was written.
    Result<ReviewStep> recordReviewStep(const ReviewStep &step);
    /// Takes back a step: its decision and its codings, in one transaction.
    Status removeReviewStep(const ReviewStep &step);

    /// Writes a consistent copy of the project to @p path (which must not exist), as of the last commit:
    /// SQLite's VACUUM INTO, so the copy is compact and complete even while this project is open.
    /// On a server, the copy is a new file made through copyInto().
    Status saveCopy(const QString &path) const;
    /// Copies everything this project holds into @p target, a project just created (on the same backend or
    /// the other: push and pull), keeping every id and GUID, in one transaction of the target's.
    Status copyInto(Project &target) const;
    /// Clears every memo: of the project, its documents, codes and codings. One transaction.
    Status clearMemos();

    /// Runs @p work, whose writes through this project all commit together, once, or not at all (each
    /// write inside becomes a savepoint). For imports and other batches; signals fire as writes happen.
    Status transact(const QString &what, const std::function<Status()> &work);

    /// Runs SQLite's integrity and foreign-key checks and Marginalia's own invariants; returns the problems
    /// found (empty: the project is sound).
    QStringList check() const;

Q_SIGNALS:
    void documentsChanged();
    void codebookChanged();
    /// Codings of @p documentId changed (0: of any document, e.g. after a code was deleted).
    void codingsChanged(qint64 documentId);
    void memoChanged();
    /// Attributes, their values, or sets were added, changed or removed.
    void attributesChanged();

public:
    /// Opaque: the store's connection and prepared statements (project.cpp).
    class Private;

private:
    explicit Project(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<Project>> fromServer(const QString &location, bool create, Access access);
    std::unique_ptr<Private> d;
    friend class DocumentTextReader;
    friend class SqliteHandle;
};

} // namespace Marginalia::Core

#pragma once

// Internal to the store: what the files of Project share (project.cpp opens, the others each hold one
// concern: coders, documents, the codebook, codings, memos, the integrity check).

#include "model/entities.h"
#include "store/project.h"
#include "store/projectwriterlock.h"
#include "store/statement_p.h"
#include "store/storeconnection_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <type_traits>
#include <vector>

namespace Marginalia::Core {

namespace ProjectStore {

struct ProjectTr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::Project)
};

QString newGuid();
QString timestamp(const QDateTime &time = QDateTime::currentDateTimeUtc());
QDateTime parseTimestamp(const QString &text);
QString sha256Hex(const QString &text);
bool isValidColor(const QString &color);
/// 0 (the top level) as SQL NULL, other parent ids as themselves.
QVariant parentValue(qint64 parentId);

/// The ids of a code and its subcodes: prefix a query with it and bind the code's id first.
extern const QString subtreeCte;

extern const QString documentColumns;
Document documentFrom(const Statement &row);
extern const QString codeColumns;
Code codeFrom(const Statement &row);
extern const QString codingColumns;
Coding codingFrom(const Statement &row);
extern const QString coderColumns;
Coder coderFrom(const Statement &row);

} // namespace ProjectStore

/// What a write changed, queued until its transaction commits: the signal a view listens for, and on a
/// server the notification other windows on the same project receive (docs/server.md).
struct StoreChange
{
    enum Kind : quint8 { Documents, Codebook, Codings, Memos, Attributes };
    Kind kind = Documents;
    /// For Codings: the document whose codings changed (0: any).
    qint64 documentId = 0;
};

class Project::Private
{
public:
    Project *q = nullptr;
    QString path;
    bool readOnly = false;
    /// On a server: the project's schema (also the name of its notification channel) and the user's role.
    QString serverSchema;
    QString serverRole;
    /// The login this connection is (PostgreSQL's current_user); empty for a file.
    QString serverLogin;
    /// Changes other programs announced, gathered for a moment so that a burst reloads the views once.
    std::vector<StoreChange> remoteChanges;
    bool remoteFlushScheduled = false;
    /// Held while the project is open for writing; declared before the connection so that it is let go
    /// only after the connection has closed.
    std::unique_ptr<ProjectWriterLock> writerLock;
    StoreConnection db;
    int transactionDepth = 0;
    /// A document's length never changes after import: cached, since reading it from its row means
    /// stepping over the text stored before it, megabytes for a long document, on every coding.
    QHash<qint64, qint64> documentLengths;
    /// Signals of writes inside an open transaction: emitted when it commits, dropped when it rolls back,
    /// so that views never show what did not happen.
    std::vector<StoreChange> pendingSignals;

    void notify(StoreChange change)
    {
        if (transactionDepth > 0)
            pendingSignals.push_back(change);
        else
            committed({change});
    }
    /// After a commit: the signals of @p changes here, and on a server the notification to the others.
    void committed(const std::vector<StoreChange> &changes);
    /// Emits the signal of one change (also one made by another program, on a server).
    void emitChange(const StoreChange &change);

    /// The store's message for a failed statement: what was being done, and why it failed, in words for
    /// the two failures a user can do something about.
    Error failure(const QString &what, const Statement &statement) const;
    Error failure(const QString &what, const QString &detail, int sqliteCode) const;

    /// A coding that a write did not reach: on a server, row-level security hides other coders' codings from
    /// a coder's changes (the database does not say so; it changes nothing), or another program removed it.
    Error codingNotChanged(const Coding &coding) const;
    /// A conditional save (an expected version) that found the row changed since the editor began: @p what
    /// names it ("The code \"Children\"").
    Error changedMeanwhile(const QString &what) const
    {
        return Error{
            ProjectStore::ProjectTr::tr("%1: %2 was changed by someone else while you were editing it. Your change "
                                        "was not saved, so that theirs is not overwritten: look at theirs, then "
                                        "make yours again.")
                .arg(path, what)};
    }

    Status requireWritable() const
    {
        if (readOnly && serverRole == QLatin1String("viewer")) {
            return Error{
                ProjectStore::ProjectTr::tr("%1: you can view this project but not change it (your role on the "
                                            "server: viewer). Its owner can make you a coder.")
                    .arg(path)};
        }
        if (readOnly)
            return Error{ProjectStore::ProjectTr::tr("%1: the project is open read-only.").arg(path)};
        return success();
    }

    /**
     * Runs @p work as one write: refused on a read-only project; in a transaction of its own (a savepoint
     * inside Project::transact()), committed durably when @p work succeeds and rolled back when it fails;
     * the signals @p work queued with notify() fire after the commit. @p work returns a Status or a
     * Result<T>, which write() returns.
     */
    template<typename Work> auto write(const QString &what, Work &&work) -> std::invoke_result_t<Work>;
};

/// One write transaction: rolled back unless commit() succeeds, so that an early return or a failed
/// statement leaves the file as it was.
class Transaction final
{
public:
    explicit Transaction(Project::Private &d);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Status begun(const QString &what) const;
    Status commit(const QString &what);

private:
    Project::Private &m_d;
    bool m_savepoint = false;
    size_t m_pendingAtStart = 0;
    bool m_open = false;
    QString m_error;
    int m_errorCode = 0;
};

template<typename Work> auto Project::Private::write(const QString &what, Work &&work) -> std::invoke_result_t<Work>
{
    using Outcome = std::invoke_result_t<Work>;
    if (auto writable = requireWritable(); !writable)
        return Outcome(Error{writable.error()});
    Transaction transaction(*this);
    if (auto begun = transaction.begun(what); !begun)
        return Outcome(Error{begun.error()});
    Outcome outcome = work();
    if (!outcome)
        return outcome;
    if (auto committed = transaction.commit(what); !committed)
        return Outcome(Error{committed.error()});
    return outcome;
}

} // namespace Marginalia::Core

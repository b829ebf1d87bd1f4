// Opening and creating a project, its identity, and the machinery the other project*.cpp files share:
// the helpers of ProjectStore, the write transaction, the messages for failed statements.

#include "store/project_p.h"
#include "store/sqlitefulltext_p.h"

#include "store/postgresstore_p.h"
#include "store/projectschema_p.h"
#include "store/serverlocation.h"
#include "store/sqlitehandle_p.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <sqlite3.h>

namespace Marginalia::Core {

namespace ProjectStore {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &text)
{
    // Stored with a trailing "Z", so the parsed time is already UTC.
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isValidColor(const QString &color)
{
    // Anchored: "$" alone would accept a trailing newline.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("#[0-9A-Fa-f]{6}")));
    return pattern.match(color).hasMatch();
}

QVariant parentValue(qint64 parentId)
{
    return parentId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(parentId);
}

const QString subtreeCte = QStringLiteral("WITH RECURSIVE subtree(id) AS (SELECT CAST(? AS BIGINT) UNION ALL"
                                          " SELECT codes.id FROM codes JOIN subtree ON codes.parent_id = subtree.id) ");

const QString documentColumns = QStringLiteral(
    "d.id, d.guid, d.name, d.original_file_name, d.format, d.encoding, d.imported, d.length, d.text_sha256,"
    " d.file_size, d.file_sha256, d.memo, (SELECT COUNT(*) FROM codings c WHERE c.document_id = d.id),"
    " d.file_type, (SELECT COUNT(*) FROM pages p WHERE p.document_id = d.id)");

Document documentFrom(const Statement &row)
{
    Document document;
    document.id = row.int64(0);
    document.guid = row.string(1);
    document.name = row.string(2);
    document.originalFileName = row.string(3);
    document.format = row.string(4);
    document.encoding = row.string(5);
    document.imported = parseTimestamp(row.string(6));
    document.length = row.int64(7);
    document.textSha256 = row.string(8);
    document.fileSize = row.int64(9);
    document.fileSha256 = row.string(10);
    document.memo = row.string(11);
    document.codingCount = row.int64(12);
    document.fileType = row.string(13);
    document.pageCount = int(row.int64(14));
    return document;
}

const QString codeColumns = QStringLiteral(
    "codes.id, guid, COALESCE(parent_id, 0), name, color, description, memo, position, created, codable, version");

Code codeFrom(const Statement &row)
{
    Code code;
    code.id = row.int64(0);
    code.guid = row.string(1);
    code.parentId = row.int64(2);
    code.name = row.string(3);
    code.color = row.string(4);
    code.description = row.string(5);
    code.memo = row.string(6);
    code.position = int(row.int64(7));
    code.created = parseTimestamp(row.string(8));
    code.codable = row.int64(9) != 0;
    code.version = row.int64(10);
    return code;
}

const QString codingColumns
    = QStringLiteral("c.id, c.guid, c.document_id, c.code_id, c.coder_id, c.start_pos, c.end_pos, c.memo, c.created");

Coding codingFrom(const Statement &row)
{
    Coding coding;
    coding.id = row.int64(0);
    coding.guid = row.string(1);
    coding.documentId = row.int64(2);
    coding.codeId = row.int64(3);
    coding.coderId = row.int64(4);
    coding.start = row.int64(5);
    coding.end = row.int64(6);
    coding.memo = row.string(7);
    coding.created = parseTimestamp(row.string(8));
    return coding;
}

const QString coderColumns = QStringLiteral("id, guid, name, created");

Coder coderFrom(const Statement &row)
{
    return Coder{row.int64(0), row.string(1), row.string(2), parseTimestamp(row.string(3))};
}

} // namespace ProjectStore

using namespace ProjectStore;

// --- Failures and transactions -------------------------------------------------------------------------

Error Project::Private::failure(const QString &what, const Statement &statement) const
{
    return failure(what, statement.error(), statement.errorCode());
}

Error Project::Private::failure(const QString &what, const QString &detail, int sqliteCode) const
{
    if (sqliteCode == SQLITE_CONSTRAINT_FOREIGNKEY) {
        return Error{
            ProjectTr::tr("%1: %2: a code, document or coder it refers to no longer exists (%3). On a project that "
                          "others change too, someone may have deleted it meanwhile.")
                .arg(path, what, detail.trimmed())};
    }
    if (db.isServer()) {
        switch (sqliteCode & 0xff) {
        case SQLITE_PERM:
            return Error{
                ProjectTr::tr("%1: %2: the server refused it (%3). Your role on this project is %4; its owner can "
                              "give you another.")
                    .arg(path, what, detail.trimmed(), serverRole)};
        case SQLITE_READONLY:
            return Error{
                ProjectTr::tr("%1: %2: the server is read-only at the moment (%3).").arg(path, what, detail.trimmed())};
        case SQLITE_FULL:
            return Error{ProjectTr::tr("%1: %2: the server's disk is full; nothing was changed.").arg(path, what)};
        case SQLITE_IOERR:
            return Error{
                ProjectTr::tr("%1: %2: the connection to the server failed (%3). Whether the last change was saved "
                              "shows when the project is opened again.")
                    .arg(path, what, detail.trimmed())};
        default:
            return Error{ProjectTr::tr("%1: %2: %3").arg(path, what, detail.trimmed())};
        }
    }
    switch (sqliteCode & 0xff) {
    case SQLITE_READONLY:
        return Error{ProjectTr::tr("%1: %2: the project file is read-only.").arg(path, what)};
    case SQLITE_FULL:
        return Error{ProjectTr::tr("%1: %2: the disk is full; nothing was changed.").arg(path, what)};
    case SQLITE_IOERR:
        // A write or sync the disk refused (a full disk also ends here when the file system says so late, at
        // the sync); whether the last change reached the disk cannot be known until the file is read again.
        return Error{ProjectTr::tr("%1: %2: the disk reported an error (%3). Check that it is connected and has free "
                                   "space, then try again.")
                         .arg(path, what, detail.trimmed())};
    default:
        return Error{ProjectTr::tr("%1: %2: %3").arg(path, what, detail.trimmed())};
    }
}

Error Project::Private::codingNotChanged(const Coding &coding) const
{
    QString coder;
    for (const Coder &candidate : q->coders()) {
        if (candidate.id == coding.coderId)
            coder = candidate.name;
    }
    if (db.isServer() && serverRole == QLatin1String("coder")) {
        return Error{
            ProjectTr::tr("%1: the coding is %2's; on a server, a coder changes only their own codings (your role: "
                          "coder). Nothing was changed.")
                .arg(path, coder)};
    }
    return Error{
        ProjectTr::tr("%1: the coding was removed meanwhile, by another program on the project. Nothing was changed.")
            .arg(path)};
}

Transaction::Transaction(Project::Private &d)
    : m_d(d)
    , m_savepoint(d.transactionDepth > 0)
    , m_pendingAtStart(d.pendingSignals.size())
{
    // Inside Project::transact() a write becomes a savepoint of the enclosing transaction, so that a batch
    // of writes commits (and is flushed to disk) once, and fails as a whole.
    m_open = m_savepoint ? m_d.db.savepoint() : m_d.db.begin();
    if (m_open) {
        ++m_d.transactionDepth;
    } else {
        m_error = m_d.db.lastError();
        m_errorCode = m_d.db.lastErrorCode();
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_d.transactionDepth;
    m_d.pendingSignals.resize(m_pendingAtStart);
    if (m_savepoint) {
        m_d.db.rollbackToSavepoint();
        m_d.db.releaseSavepoint();
    } else {
        m_d.db.rollback();
    }
}

Status Transaction::begun(const QString &what) const
{
    if (!m_open)
        return m_d.failure(what, m_error, m_errorCode);
    return success();
}

Status Transaction::commit(const QString &what)
{
    --m_d.transactionDepth;
    m_open = false;
    if (m_savepoint) {
        if (!m_d.db.releaseSavepoint()) {
            const Error error = m_d.failure(what, m_d.db.lastError(), m_d.db.lastErrorCode());
            m_d.db.rollbackToSavepoint();
            m_d.db.releaseSavepoint();
            m_d.pendingSignals.resize(m_pendingAtStart);
            return error;
        }
        return success();
    }
    if (!m_d.db.commit()) {
        const Error error = m_d.failure(what, m_d.db.lastError(), m_d.db.lastErrorCode());
        m_d.db.rollback();
        m_d.pendingSignals.clear();
        return error;
    }
    auto changes = std::move(m_d.pendingSignals);
    m_d.pendingSignals.clear();
    m_d.committed(changes);
    return success();
}

void Project::Private::emitChange(const StoreChange &change)
{
    switch (change.kind) {
    case StoreChange::Documents:
        Q_EMIT q->documentsChanged();
        break;
    case StoreChange::Codebook:
        Q_EMIT q->codebookChanged();
        break;
    case StoreChange::Codings:
        Q_EMIT q->codingsChanged(change.documentId);
        break;
    case StoreChange::Memos:
        Q_EMIT q->memoChanged();
        break;
    case StoreChange::Attributes:
        Q_EMIT q->attributesChanged();
        break;
    }
}

void Project::Private::committed(const std::vector<StoreChange> &changes)
{
    if (db.isServer() && !changes.empty())
        PostgresStore::announce(*this, changes);
    for (const StoreChange &change : changes)
        emitChange(change);
}

Status Project::transact(const QString &what, const std::function<Status()> &work)
{
    return d->write(what, work);
}

// --- Opening -------------------------------------------------------------------------------------------

Project::Project(std::unique_ptr<Private> d)
    : d(std::move(d))
{
    this->d->q = this;
}

Project::~Project() = default;

namespace {

/// Reads the first bytes of a file to tell an SQLite database from anything else without opening it
/// through SQLite (which would happily "open" any file and fail later).
Status checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ProjectTr::tr("%1: cannot be read: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return Error{ProjectTr::tr("%1: is an empty file, not a Marginalia project.").arg(path)};
    if (header != QByteArrayView("SQLite format 3\0", 16))
        return Error{ProjectTr::tr("%1: is not a Marginalia project (it is not an SQLite database).").arg(path)};
    return success();
}

struct DatabaseHeader
{
    qint32 applicationId = 0;
    qint32 userVersion = 0;
};

/// The two identifying fields of an SQLite database header (offsets from the SQLite file format).
Result<DatabaseHeader> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ProjectTr::tr("%1: cannot be read: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return Error{ProjectTr::tr("%1: is damaged or not a Marginalia project (its header is incomplete).").arg(path)};
    auto bigEndian = [&header](int offset) {
        return qint32((quint32(uchar(header[offset])) << 24) | (quint32(uchar(header[offset + 1])) << 16)
                      | (quint32(uchar(header[offset + 2])) << 8) | quint32(uchar(header[offset + 3])));
    };
    return DatabaseHeader{bigEndian(68), bigEndian(60)};
}

Status refuseForeignOrNewer(const QString &path, qint32 applicationId, qint32 version, bool readOnly)
{
    if (applicationId != Project::ApplicationId)
        return Error{ProjectTr::tr("%1: is an SQLite database, but not a Marginalia project.").arg(path)};
    if (version > Project::SchemaVersion) {
        return Error{ProjectTr::tr("%1: was saved by a newer version of Marginalia (project format %2; this version "
                                   "reads formats up to %3). Update Marginalia to open it; the file was not changed.")
                         .arg(path, QString::number(version), QString::number(Project::SchemaVersion))};
    }
    if (version == 0) {
        return Error{ProjectTr::tr("%1: is an incomplete Marginalia project (it was never finished being created); "
                                   "create a new project instead.")
                         .arg(path)};
    }
    if (version < Project::SchemaVersion && readOnly) {
        return Error{ProjectTr::tr("%1: is in an older project format (%2) that must be upgraded, which needs write "
                                   "access.")
                         .arg(path, QString::number(version))};
    }
    return success();
}

void removeFileAndJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace

Result<std::unique_ptr<Project>> Project::fromServer(const QString &location, bool create, Access access)
{
    auto parsed = ServerLocation::parse(location);
    if (!parsed)
        return Error{parsed.error()};
    if (create) {
        auto d = PostgresStore::create(*parsed);
        if (!d)
            return Error{d.error()};
        std::unique_ptr<Project> project(new Project(std::move(*d)));
        PostgresStore::listen(*project->d);
        return project;
    }
    return open(*parsed, access);
}

Result<std::unique_ptr<Project>> Project::open(const ServerLocation &location, Access access, bool *passwordNeeded)
{
    auto d = PostgresStore::open(location, access, passwordNeeded);
    if (!d)
        return Error{d.error()};
    std::unique_ptr<Project> project(new Project(std::move(*d)));
    PostgresStore::listen(*project->d);
    return project;
}

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    if (ServerLocation::isServerLocation(path))
        return fromServer(path, true, Access::ReadWrite);
    const QFileInfo info(path);
    if (info.exists())
        return Error{
            ProjectTr::tr("%1: a file of that name exists already; a new project needs a new file.").arg(path)};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{ProjectTr::tr("%1: the folder %2 does not exist.").arg(path, info.absolutePath())};
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error{ProjectTr::tr("%1: the folder %2 is read-only.").arg(path, info.absolutePath())};

    auto d = std::make_unique<Private>();
    d->path = path;
    auto lock = ProjectWriterLock::acquire(path);
    if (!lock)
        return Error{lock.error()};
    d->writerLock = std::move(*lock);
    if (auto opened = d->db.sqlite().open(path, false, true); !opened) {
        QFile::remove(path);
        return Error{opened.error()};
    }
    if (auto search = SqliteFullText::registerFunctions(d->db.sqlite()); !search) {
        d->db.sqlite().close();
        QFile::remove(path);
        return Error{ProjectTr::tr("%1: %2").arg(path, search.error())};
    }
    d->db.sqlite().useProjectSettings();

    // The identity goes in the same transaction as the schema: a file is a project completely or not at all.
    const Status status = d->write(ProjectTr::tr("creating the project"), [&]() -> Status {
        if (!d->db.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return d->failure(ProjectTr::tr("creating the project"), d->db.lastError(), d->db.lastErrorCode());
        if (auto migrated = ProjectSchema::migrate(d->db.sqlite(), 0); !migrated)
            return migrated;
        Statement insert(d->db, QStringLiteral("INSERT INTO project (id, guid, name, created) VALUES (1, ?, ?, ?)"),
                         {newGuid(), info.completeBaseName(), timestamp()});
        if (!insert.ok())
            return d->failure(ProjectTr::tr("creating the project"), insert);
        if (!d->db.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
            return d->failure(ProjectTr::tr("creating the project"), d->db.lastError(), d->db.lastErrorCode());
        return success();
    });
    if (!status) {
        d.reset();
        removeFileAndJournal(path);
        return Error{status.error()};
    }
    return std::unique_ptr<Project>(new Project(std::move(d)));
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, Access access)
{
    if (ServerLocation::isServerLocation(path))
        return fromServer(path, false, access);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ProjectTr::tr("%1: no such file.").arg(path)};
    if (info.isDir())
        return Error{ProjectTr::tr("%1: is a folder, not a project file.").arg(path)};
    if (auto header = checkSqliteHeader(path); !header)
        return Error{header.error()};

    const bool readOnly = access == Access::ReadOnly;
    if (!readOnly) {
        if (!info.isWritable()) {
            return Error{
                ProjectTr::tr("%1: the file is read-only, so changes could not be saved. Open it read-only, or "
                              "copy it to a place where you can write.")
                    .arg(path)};
        }
        // The WAL journal lives beside the file: the folder must be writable too.
        if (!QFileInfo(info.absolutePath()).isWritable()) {
            return Error{
                ProjectTr::tr("%1: the folder %2 is read-only, so changes could not be saved. Copy the project "
                              "to a folder where you can write.")
                    .arg(path, info.absolutePath())};
        }
    }

    auto d = std::make_unique<Private>();
    d->path = path;
    d->readOnly = readOnly;
    if (!readOnly) {
        // One writer at a time: before anything is read, so that a second window learns it is second at once.
        auto lock = ProjectWriterLock::acquire(path);
        if (!lock)
            return Error{lock.error()};
        d->writerLock = std::move(*lock);
    }

    // Look before touching: identify the file and its version from the database header, without SQLite
    // (even a read-only SQLite connection leaves -wal and -shm files beside a WAL database).
    const auto header = readHeader(path);
    if (!header)
        return Error{header.error()};
    if (auto refusal = refuseForeignOrNewer(path, header->applicationId, header->userVersion, readOnly); !refusal)
        return Error{refusal.error()};

    if (auto opened = d->db.sqlite().open(path, readOnly); !opened)
        return Error{opened.error()};
    if (auto search = SqliteFullText::registerFunctions(d->db.sqlite()); !search)
        return Error{ProjectTr::tr("%1: %2").arg(path, search.error())};

    // The header may be older than the last commit when a WAL was left by a crash: ask SQLite again
    // before changing anything.
    const int applicationId = d->db.sqlite().pragmaValue("application_id");
    if (applicationId == -1) {
        return Error{ProjectTr::tr("%1: cannot be read here: %2")
                         .arg(path,
                              QFileInfo(QFileInfo(path).absolutePath()).isWritable()
                                  ? ProjectTr::tr("SQLite could not read it.")
                                  : ProjectTr::tr("the folder is read-only and the project "
                                                  "has unsaved journal files beside it."))};
    }
    if (auto refusal = refuseForeignOrNewer(path, applicationId, d->db.sqlite().pragmaValue("user_version"), readOnly);
        !refusal)
        return Error{refusal.error()};

    d->db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    // Migrate before switching the journal to WAL: switching rewrites the header, and a migration that
    // fails must leave the file exactly as it was.
    const int version = d->db.sqlite().pragmaValue("user_version");
    if (version < SchemaVersion) {
        const QString what = ProjectTr::tr("upgrading the project format");
        const Status status = d->write(what, [&]() -> Status {
            if (auto migrated = ProjectSchema::migrate(d->db.sqlite(), version); !migrated)
                return migrated;
            if (!d->db.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
                return d->failure(what, d->db.lastError(), d->db.lastErrorCode());
            return success();
        });
        if (!status)
            return Error{ProjectTr::tr("%1: %2 The file was left as it was.").arg(path, status.error())};
    }
    if (!readOnly)
        d->db.sqlite().useProjectSettings();

    {
        Statement check(d->db, QStringLiteral("SELECT COUNT(*) FROM project"));
        if (!check.ok() || !check.next() || check.int64(0) != 1)
            return Error{ProjectTr::tr("%1: is damaged: its project record is missing.").arg(path)};
    }
    return std::unique_ptr<Project>(new Project(std::move(d)));
}

sqlite3 *SqliteHandle::of(const Project &project)
{
    return project.d->db.sqlite().handle();
}

// --- The project's identity ----------------------------------------------------------------------------

QString Project::filePath() const
{
    return d->path;
}

Status Project::saveCopy(const QString &path) const
{
    if (QFileInfo::exists(path))
        return Error{ProjectTr::tr("%1: the file exists already; choose a new name.").arg(path)};
    if (d->db.isServer()) {
        auto copy = Project::create(path);
        if (!copy)
            return Error{copy.error()};
        if (auto copied = copyInto(**copy); !copied) {
            copy->reset();
            removeFileAndJournal(path);
            return copied;
        }
        return success();
    }
    Statement copy(d->db, QStringLiteral("VACUUM INTO ?"), {path});
    if (!copy.ok()) {
        QFile::remove(path);
        return Error{ProjectTr::tr("%1: could not write a copy of the project: %2").arg(path, copy.error())};
    }
    return success();
}

void Project::setCacheSize(qint64 bytes)
{
    if (!d->db.isServer())
        d->db.sqlite().setCacheSize(bytes);
}

bool Project::isReadOnly() const
{
    return d->readOnly;
}

bool Project::isOnServer() const
{
    return d->db.isServer();
}

QString Project::serverRole() const
{
    return d->serverRole;
}

QString Project::serverLogin() const
{
    return d->serverLogin;
}

std::optional<ProjectLockHolder> Project::interruptedSession() const
{
    return d->writerLock ? d->writerLock->staleHolder() : std::nullopt;
}

QString Project::name() const
{
    Statement row(d->db, QStringLiteral("SELECT name FROM project WHERE id = 1"));
    return row.next() ? row.string(0) : QString();
}

QString Project::guid() const
{
    Statement row(d->db, QStringLiteral("SELECT guid FROM project WHERE id = 1"));
    return row.next() ? row.string(0) : QString();
}

QDateTime Project::created() const
{
    Statement row(d->db, QStringLiteral("SELECT created FROM project WHERE id = 1"));
    return row.next() ? parseTimestamp(row.string(0)) : QDateTime();
}

QString Project::creatingUserGuid() const
{
    Statement row(d->db, QStringLiteral("SELECT creating_user FROM project WHERE id = 1"));
    return row.next() ? row.string(0) : QString();
}

Status Project::setProjectCreation(const QDateTime &created, const QString &creatingUserGuid)
{
    const QString what = ProjectTr::tr("recording the project's creation");
    return d->write(what, [&]() -> Status {
        // COALESCE keeps the creation time when the other tool gave none (or none that parses).
        Statement update(d->db,
                         QStringLiteral("UPDATE project SET created = COALESCE(?, created), creating_user = ? "
                                        "WHERE id = 1"),
                         {created.isValid() ? QVariant(timestamp(created)) : QVariant(QMetaType::fromType<QString>()),
                          creatingUserGuid});
        if (!update.ok())
            return d->failure(what, update);
        return success();
    });
}

Status Project::setProjectName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{ProjectTr::tr("A project needs a name.")};
    const QString what = ProjectTr::tr("saving a memo");
    return d->write(what, [&]() -> Status {
        Statement update(d->db, QStringLiteral("UPDATE project SET name = ? WHERE id = 1"), {name.trimmed()});
        if (!update.ok())
            return d->failure(what, update);
        if (update.rowsAffected() != 1)
            return Error{ProjectTr::tr("The project record is missing.")};
        return success();
    });
}

} // namespace Marginalia::Core

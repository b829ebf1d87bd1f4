#include "store/project.h"

#include "store/projectschema_p.h"
#include "store/sqlitefilelocks_p.h"
#include "store/sqlitestatement_p.h"
#include "text/textoffsets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <unordered_map>

namespace Marginalia::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::Core::Project", text);
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString timestamp(const QDateTime &time = QDateTime::currentDateTimeUtc())
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

// Distinct, colour-blind-friendly defaults (Tableau 10), cycled for codes created without a colour.
const char *const defaultColors[] = {"#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
                                     "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"};

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("marginalia-project-%1").arg(++counter);
}

/// Reads the first bytes of a file to tell an SQLite database from anything else without opening it
/// through SQLite (which would happily "open" any file and fail later).
Status checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot be read: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return Error{tr("%1: is an empty file, not a Marginalia project.").arg(path)};
    if (header != QByteArrayView("SQLite format 3\0", 16))
        return Error{tr("%1: is not a Marginalia project (it is not an SQLite database).").arg(path)};
    return success();
}

} // namespace

class Project::Private
{
public:
    QString path;
    QString connection;
    bool readOnly = false;
    int transactionDepth = 0;
    QHash<qint64, qint64> documentLengths;
    /// Signals of writes inside an open transaction: emitted when it commits, dropped when it rolls back,
    /// so that views never show what did not happen.
    std::vector<std::function<void()>> pendingSignals;

    void notify(std::function<void()> signal)
    {
        if (transactionDepth > 0)
            pendingSignals.push_back(std::move(signal));
        else
            signal();
    }
    QSqlDatabase db;
    // QSqlQuery is move-only in Qt 6.8 (its copy is deleted): QHash, which copies on detach, cannot hold it.
    std::unordered_map<QString, QSqlQuery> statements;

    ~Private()
    {
        statements.clear();
        if (db.isOpen())
            db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }

    /// A prepared statement, reused across calls: preparing costs more than running most of ours.
    QSqlQuery &prepared(const QString &sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(sql);
            it = statements.emplace(sql, std::move(query)).first;
        }
        return it->second;
    }

    Error failure(const QString &what, const QSqlError &error) const
    {
        const QString detail = error.text().trimmed();
        if (detail.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
            return Error{tr("%1: %2: the project file is read-only.").arg(path, what)};
        if (detail.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
            return Error{tr("%1: %2: the disk is full; nothing was changed.").arg(path, what)};
        return Error{tr("%1: %2: %3").arg(path, what, detail)};
    }

    Status requireWritable() const
    {
        if (readOnly)
            return Error{tr("%1: the project is open read-only.").arg(path)};
        return success();
    }
};

namespace {

/// Runs a prepared statement with its bindings, and releases its read cursor when it goes out of scope
/// (an unfinished SELECT keeps SQLite's read snapshot, which would block WAL checkpoints).
class Statement final
{
public:
    Statement(Project::Private &d, const QString &sql, const QVariantList &values = {})
        : m_query(d.prepared(sql))
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            // Qt binds a null QString as SQL NULL; our text columns are NOT NULL and mean "" by it.
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                m_query.bindValue(int(i), QString(QLatin1String("")));
            else
                m_query.bindValue(int(i), value);
        }
        m_ok = m_query.exec();
    }
    ~Statement() { m_query.finish(); }
    Q_DISABLE_COPY_MOVE(Statement)

    bool ok() const { return m_ok; }
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlError error() const { return m_query.lastError(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }

private:
    QSqlQuery &m_query;
    bool m_ok = false;
};

/// One write transaction: rolled back unless commit() succeeds, so that an early return or a failed
/// statement leaves the file as it was.
class Transaction final
{
public:
    explicit Transaction(Project::Private &d)
        : m_d(d)
        , m_savepoint(d.transactionDepth > 0)
        , m_pendingAtStart(d.pendingSignals.size())
    {
        // Inside Project::transact() a write becomes a savepoint of the enclosing transaction, so that
        // a batch of writes commits (and is flushed to disk) once, and fails as a whole.
        if (m_savepoint) {
            QSqlQuery query(m_d.db);
            m_open = query.exec(QStringLiteral("SAVEPOINT nested"));
            m_error = query.lastError();
        } else {
            m_open = m_d.db.transaction();
            m_error = m_d.db.lastError();
        }
        if (m_open)
            ++m_d.transactionDepth;
    }
    ~Transaction()
    {
        if (!m_open)
            return;
        --m_d.transactionDepth;
        m_d.pendingSignals.resize(m_pendingAtStart);
        if (m_savepoint) {
            QSqlQuery query(m_d.db);
            query.exec(QStringLiteral("ROLLBACK TO nested"));
            query.exec(QStringLiteral("RELEASE nested"));
        } else {
            m_d.db.rollback();
        }
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    Status begun(const QString &what) const
    {
        if (!m_open)
            return m_d.failure(what, m_error);
        return success();
    }

    Status commit(const QString &what)
    {
        --m_d.transactionDepth;
        m_open = false;
        if (m_savepoint) {
            QSqlQuery query(m_d.db);
            if (!query.exec(QStringLiteral("RELEASE nested"))) {
                const QSqlError error = query.lastError();
                query.exec(QStringLiteral("ROLLBACK TO nested"));
                query.exec(QStringLiteral("RELEASE nested"));
                m_d.pendingSignals.resize(m_pendingAtStart);
                return m_d.failure(what, error);
            }
            return success();
        }
        if (!m_d.db.commit()) {
            const QSqlError error = m_d.db.lastError();
            m_d.db.rollback();
            m_d.pendingSignals.clear();
            return m_d.failure(what, error);
        }
        auto signals_ = std::move(m_d.pendingSignals);
        m_d.pendingSignals.clear();
        for (const auto &signal : signals_)
            signal();
        return success();
    }

private:
    Project::Private &m_d;
    bool m_savepoint = false;
    size_t m_pendingAtStart = 0;
    bool m_open = false;
    QSqlError m_error;
};

const QString documentColumns = QStringLiteral(
    "d.id, d.guid, d.name, d.original_file_name, d.format, d.encoding, d.imported, d.length, d.text_sha256,"
    " d.file_size, d.file_sha256, d.memo, (SELECT COUNT(*) FROM codings c WHERE c.document_id = d.id),"
    " d.file_type, (SELECT COUNT(*) FROM pages p WHERE p.document_id = d.id)");

Document documentFrom(const Statement &row)
{
    Document document;
    document.id = row.value(0).toLongLong();
    document.guid = row.value(1).toString();
    document.name = row.value(2).toString();
    document.originalFileName = row.value(3).toString();
    document.format = row.value(4).toString();
    document.encoding = row.value(5).toString();
    document.imported = parseTimestamp(row.value(6).toString());
    document.length = row.value(7).toLongLong();
    document.textSha256 = row.value(8).toString();
    document.fileSize = row.value(9).toLongLong();
    document.fileSha256 = row.value(10).toString();
    document.memo = row.value(11).toString();
    document.codingCount = row.value(12).toLongLong();
    document.fileType = row.value(13).toString();
    document.pageCount = row.value(14).toInt();
    return document;
}

const QString codeColumns =
    QStringLiteral("codes.id, guid, COALESCE(parent_id, 0), name, color, description, memo, position, created, codable");

Code codeFrom(const Statement &row)
{
    Code code;
    code.id = row.value(0).toLongLong();
    code.guid = row.value(1).toString();
    code.parentId = row.value(2).toLongLong();
    code.name = row.value(3).toString();
    code.color = row.value(4).toString();
    code.description = row.value(5).toString();
    code.memo = row.value(6).toString();
    code.position = row.value(7).toInt();
    code.created = parseTimestamp(row.value(8).toString());
    code.codable = row.value(9).toInt() != 0;
    return code;
}

Coder coderFrom(const Statement &row)
{
    return Coder{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                 parseTimestamp(row.value(3).toString())};
}

const QString codingColumns =
    QStringLiteral("c.id, c.guid, c.document_id, c.code_id, c.coder_id, c.start_pos, c.end_pos, c.memo, c.created");

Coding codingFrom(const Statement &row)
{
    Coding coding;
    coding.id = row.value(0).toLongLong();
    coding.guid = row.value(1).toString();
    coding.documentId = row.value(2).toLongLong();
    coding.codeId = row.value(3).toLongLong();
    coding.coderId = row.value(4).toLongLong();
    coding.start = row.value(5).toLongLong();
    coding.end = row.value(6).toLongLong();
    coding.memo = row.value(7).toString();
    coding.created = parseTimestamp(row.value(8).toString());
    return coding;
}

QVariant parentValue(qint64 parentId)
{
    return parentId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(parentId);
}

const QString subtreeCte = QStringLiteral("WITH RECURSIVE subtree(id) AS (SELECT ? UNION ALL"
                                          " SELECT codes.id FROM codes JOIN subtree ON codes.parent_id = subtree.id) ");

} // namespace

// --- Opening -------------------------------------------------------------------------------------------

Project::Project(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

Project::~Project() = default;

namespace {

Result<QSqlDatabase> openConnection(const QString &path, const QString &name, bool readOnly)
{
    // Before any connection exists: a file dialog or a QFile closing the project must not drop our locks.
    useOpenFileDescriptionLocks();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // Wait for a moment when another instance holds the write lock instead of failing at once.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    const QFileInfo info(path);
    if (readOnly && !QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        // A WAL database needs a -shm file beside it even to be read; on a read-only medium SQLite cannot
        // make one. With no WAL left over, every commit is in the file itself, and it can be read as
        // immutable, without the -shm.
        db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{tr("%1: cannot be opened: %2").arg(path, error)};
    }
    return db;
}

int pragmaValue(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
        return query.value(0).toInt();
    return -1;
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
        return Error{tr("%1: cannot be read: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return Error{tr("%1: is damaged or not a Marginalia project (its header is incomplete).").arg(path)};
    auto bigEndian = [&header](int offset) {
        return qint32((quint32(uchar(header[offset])) << 24) | (quint32(uchar(header[offset + 1])) << 16)
                      | (quint32(uchar(header[offset + 2])) << 8) | quint32(uchar(header[offset + 3])));
    };
    return DatabaseHeader{bigEndian(68), bigEndian(60)};
}

Status refuseForeignOrNewer(const QString &path, qint32 applicationId, qint32 version, bool readOnly)
{
    if (applicationId != Project::ApplicationId)
        return Error{tr("%1: is an SQLite database, but not a Marginalia project.").arg(path)};
    if (version > Project::SchemaVersion) {
        return Error{tr("%1: was saved by a newer version of Marginalia (project format %2; this version "
                        "reads formats up to %3). Update Marginalia to open it; the file was not changed.")
                         .arg(path, QString::number(version), QString::number(Project::SchemaVersion))};
    }
    if (version == 0) {
        return Error{tr("%1: is an incomplete Marginalia project (it was never finished being created); "
                        "create a new project instead.")
                         .arg(path)};
    }
    if (version < Project::SchemaVersion && readOnly) {
        return Error{tr("%1: is in an older project format (%2) that must be upgraded, which needs write "
                        "access.")
                         .arg(path, QString::number(version))};
    }
    return success();
}

} // namespace

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error{tr("%1: a file of that name exists already; a new project needs a new file.").arg(path)};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{tr("%1: the folder %2 does not exist.").arg(path, info.absolutePath())};
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error{tr("%1: the folder %2 is read-only.").arg(path, info.absolutePath())};

    auto d = std::make_unique<Private>();
    d->path = path;
    d->connection = connectionName();
    auto db = openConnection(path, d->connection, false);
    if (!db) {
        QFile::remove(path);
        return Error{db.error()};
    }
    d->db = *db;

    QSqlQuery pragma(d->db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    Status status = success();
    {
        Transaction transaction(*d);
        status = transaction.begun(tr("creating the project"));
        // The identity goes in the same transaction as the schema: a file is a project completely or not
        // at all.
        if (status && !pragma.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            status = d->failure(tr("creating the project"), pragma.lastError());
        if (status)
            status = ProjectSchema::migrate(d->db, 0);
        if (status) {
            Statement insert(*d, QStringLiteral("INSERT INTO project (id, guid, name, created) VALUES (1, ?, ?, ?)"),
                             {newGuid(), info.completeBaseName(), timestamp()});
            if (!insert.ok())
                status = d->failure(tr("creating the project"), insert.error());
        }
        if (status) {
            QSqlQuery version(d->db);
            version.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
            status = transaction.commit(tr("creating the project"));
        }
    }
    if (!status) {
        d.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return Error{status.error()};
    }
    return std::unique_ptr<Project>(new Project(std::move(d)));
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1: no such file.").arg(path)};
    if (info.isDir())
        return Error{tr("%1: is a folder, not a project file.").arg(path)};
    if (auto header = checkSqliteHeader(path); !header)
        return Error{header.error()};

    const bool readOnly = access == Access::ReadOnly;
    if (!readOnly) {
        if (!info.isWritable()) {
            return Error{tr("%1: the file is read-only, so changes could not be saved. Open it read-only, or "
                            "copy it to a place where you can write.")
                             .arg(path)};
        }
        // The WAL journal lives beside the file: the folder must be writable too.
        if (!QFileInfo(info.absolutePath()).isWritable()) {
            return Error{tr("%1: the folder %2 is read-only, so changes could not be saved. Copy the project "
                            "to a folder where you can write.")
                             .arg(path, info.absolutePath())};
        }
    }

    auto d = std::make_unique<Private>();
    d->path = path;
    d->connection = connectionName();
    d->readOnly = readOnly;

    // Look before touching: identify the file and its version from the database header, without SQLite
    // (even a read-only SQLite connection leaves -wal and -shm files beside a WAL database).
    const auto header = readHeader(path);
    if (!header)
        return Error{header.error()};
    if (auto refusal = refuseForeignOrNewer(path, header->applicationId, header->userVersion, readOnly); !refusal)
        return Error{refusal.error()};

    auto db = openConnection(path, d->connection, readOnly);
    if (!db)
        return Error{db.error()};
    d->db = *db;

    // The header may be older than the last commit when a WAL was left by a crash: ask SQLite again
    // before changing anything.
    const int applicationId = pragmaValue(d->db, QStringLiteral("application_id"));
    if (applicationId == -1) {
        return Error{tr("%1: cannot be read here: %2").arg(path, QFileInfo(QFileInfo(path).absolutePath()).isWritable()
                                                                     ? tr("SQLite could not read it.")
                                                                     : tr("the folder is read-only and the project "
                                                                          "has unsaved journal files beside it."))};
    }
    if (auto refusal = refuseForeignOrNewer(path, applicationId, pragmaValue(d->db, QStringLiteral("user_version")), readOnly);
        !refusal) {
        return Error{refusal.error()};
    }

    QSqlQuery pragma(d->db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    // Migrate before switching the journal to WAL: switching rewrites the header, and a migration that
    // fails must leave the file exactly as it was.
    const int version = pragmaValue(d->db, QStringLiteral("user_version"));
    if (version < SchemaVersion) {
        Transaction transaction(*d);
        Status status = transaction.begun(tr("upgrading the project format"));
        if (status)
            status = ProjectSchema::migrate(d->db, version);
        if (status) {
            QSqlQuery setVersion(d->db);
            if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
                status = d->failure(tr("upgrading the project format"), setVersion.lastError());
        }
        if (status)
            status = transaction.commit(tr("upgrading the project format"));
        if (!status)
            return Error{tr("%1: %2 The file was left as it was.").arg(path, status.error())};
    }
    if (!readOnly) {
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    pragma.finish();

    QSqlQuery check(d->db);
    if (!check.exec(QStringLiteral("SELECT COUNT(*) FROM project")) || !check.next() || check.value(0).toInt() != 1)
        return Error{tr("%1: is damaged: its project record is missing.").arg(path)};
    check.finish();

    return std::unique_ptr<Project>(new Project(std::move(d)));
}

QString Project::filePath() const
{
    return d->path;
}

void Project::setCacheSize(qint64 bytes)
{
    QSqlQuery pragma(d->db);
    // A negative cache_size is in KiB rather than pages.
    pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(std::max<qint64>(bytes / 1024, 1)));
}

bool Project::isReadOnly() const
{
    return d->readOnly;
}

QString Project::name() const
{
    Statement row(*d, QStringLiteral("SELECT name FROM project WHERE id = 1"));
    return row.next() ? row.value(0).toString() : QString();
}

QString Project::guid() const
{
    Statement row(*d, QStringLiteral("SELECT guid FROM project WHERE id = 1"));
    return row.next() ? row.value(0).toString() : QString();
}

QDateTime Project::created() const
{
    Statement row(*d, QStringLiteral("SELECT created FROM project WHERE id = 1"));
    return row.next() ? parseTimestamp(row.value(0).toString()) : QDateTime();
}

QString Project::creatingUserGuid() const
{
    Statement row(*d, QStringLiteral("SELECT creating_user FROM project WHERE id = 1"));
    return row.next() ? row.value(0).toString() : QString();
}

Status Project::setProjectCreation(const QDateTime &created, const QString &creatingUserGuid)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const QString what = tr("recording the project's creation");
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    {
        // COALESCE keeps the creation time when the other tool gave none (or none that parses).
        Statement update(*d, QStringLiteral("UPDATE project SET created = COALESCE(?, created), creating_user = ? "
                                            "WHERE id = 1"),
                         {created.isValid() ? QVariant(timestamp(created)) : QVariant(QMetaType::fromType<QString>()),
                          creatingUserGuid});
        if (!update.ok())
            return d->failure(what, update.error());
    }
    return transaction.commit(what);
}

QSqlDatabase Project::database() const
{
    return d->db;
}

// --- Coders --------------------------------------------------------------------------------------------

QList<Coder> Project::coders() const
{
    QList<Coder> result;
    Statement rows(*d, QStringLiteral("SELECT id, guid, name, created FROM coders ORDER BY name"));
    while (rows.next())
        result.append(coderFrom(rows));
    return result;
}

std::optional<Coder> Project::coderByName(const QString &name) const
{
    Statement row(*d, QStringLiteral("SELECT id, guid, name, created FROM coders WHERE name = ?"), {name});
    if (!row.next())
        return std::nullopt;
    return coderFrom(row);
}

Status Project::removeCoder(qint64 coderId)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const QString what = tr("removing a coder");
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    {
        Statement used(*d, QStringLiteral("SELECT EXISTS (SELECT 1 FROM codings WHERE coder_id = ?)"), {coderId});
        if (used.next() && used.value(0).toBool())
            return Error{tr("%1: the coder has codings and cannot be removed.").arg(d->path)};
    }
    {
        Statement remove(*d, QStringLiteral("DELETE FROM coders WHERE id = ?"), {coderId});
        if (!remove.ok())
            return d->failure(what, remove.error());
        if (remove.rowsAffected() == 0)
            return Error{tr("There is no coder with id %1.").arg(coderId)};
    }
    return transaction.commit(what);
}

Result<Coder> Project::ensureCoder(const QString &name, const QString &guid)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A coder needs a name.")};
    if (auto existing = coderByName(trimmed))
        return *existing;
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};

    const QString what = tr("adding coder \"%1\"").arg(trimmed);
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return Error{begun.error()};
    Coder coder{0, guid.isEmpty() ? newGuid() : guid, trimmed, QDateTime::currentDateTimeUtc()};
    {
        Statement insert(*d, QStringLiteral("INSERT INTO coders (guid, name, created) VALUES (?, ?, ?)"),
                         {coder.guid, coder.name, timestamp(coder.created)});
        if (!insert.ok())
            return d->failure(what, insert.error());
        coder.id = insert.lastInsertId().toLongLong();
    }
    if (auto committed = transaction.commit(what); !committed)
        return Error{committed.error()};
    return coder;
}

// --- Documents -----------------------------------------------------------------------------------------

QList<Document> Project::documents() const
{
    QList<Document> result;
    Statement rows(*d, QStringLiteral("SELECT ") + documentColumns + QStringLiteral(" FROM documents d ORDER BY d.name"));
    while (rows.next())
        result.append(documentFrom(rows));
    return result;
}

std::optional<Document> Project::document(qint64 id) const
{
    Statement row(*d, QStringLiteral("SELECT ") + documentColumns + QStringLiteral(" FROM documents d WHERE d.id = ?"),
                  {id});
    if (!row.next())
        return std::nullopt;
    return documentFrom(row);
}

std::optional<Document> Project::documentByName(const QString &name) const
{
    Statement row(*d, QStringLiteral("SELECT ") + documentColumns + QStringLiteral(" FROM documents d WHERE d.name = ?"),
                  {name});
    if (!row.next())
        return std::nullopt;
    return documentFrom(row);
}

std::optional<Document> Project::documentByFileSha256(const QString &fileSha256) const
{
    Statement row(*d, QStringLiteral("SELECT ") + documentColumns
                          + QStringLiteral(" FROM documents d WHERE d.file_sha256 = ? ORDER BY d.id LIMIT 1"),
                  {fileSha256.toLower()});
    if (!row.next())
        return std::nullopt;
    return documentFrom(row);
}

QList<qint64> Project::pageStarts(qint64 documentId) const
{
    QList<qint64> starts;
    Statement rows(*d, QStringLiteral("SELECT start_pos FROM pages WHERE document_id = ? ORDER BY number"), {documentId});
    while (rows.next())
        starts.append(rows.value(0).toLongLong());
    return starts;
}

Result<QString> Project::documentText(qint64 documentId) const
{
    Statement row(*d, QStringLiteral("SELECT text FROM documents WHERE id = ?"), {documentId});
    if (!row.next())
        return Error{tr("%1: there is no document with id %2.").arg(d->path, QString::number(documentId))};
    return row.value(0).toString();
}

Result<DocumentSnapshot> Project::snapshotDocument(qint64 documentId) const
{
    const auto stored = document(documentId);
    if (!stored)
        return Error{tr("%1: there is no document with id %2.").arg(d->path, QString::number(documentId))};
    auto text = documentText(documentId);
    if (!text)
        return Error{text.error()};
    DocumentSnapshot snapshot;
    NewDocument &restore = snapshot.document;
    restore.id = stored->id;
    restore.guid = stored->guid;
    restore.name = stored->name;
    restore.originalFileName = stored->originalFileName;
    restore.format = stored->format;
    restore.encoding = stored->encoding;
    restore.text = std::move(*text);
    restore.fileSize = stored->fileSize;
    restore.fileSha256 = stored->fileSha256;
    restore.fileType = stored->fileType;
    restore.imported = stored->imported;
    restore.memo = stored->memo;
    restore.pageCount = stored->pageCount;
    restore.pageStarts = pageStarts(documentId);
    if (!restore.pageStarts.isEmpty())
        restore.pageStarts.removeFirst(); // page 1 begins at 0; NewDocument lists pages 2, 3...
    CodingFilter filter;
    filter.documentId = documentId;
    snapshot.codings = codings(filter);
    return snapshot;
}

Status Project::restoreDocument(const DocumentSnapshot &snapshot)
{
    return transact(tr("restoring \"%1\"").arg(snapshot.document.name), [&]() -> Status {
        if (auto added = addDocument(snapshot.document); !added)
            return Error{added.error()};
        if (snapshot.codings.isEmpty())
            return success();
        return restoreSnapshot(CodebookSnapshot{{}, snapshot.codings, {}});
    });
}

Result<Document> Project::addDocument(const NewDocument &newDocument)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const QString baseName = newDocument.name.trimmed();
    if (baseName.isEmpty())
        return Error{tr("A document needs a name.")};
    const QString what = tr("importing \"%1\"").arg(baseName);

    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return Error{begun.error()};

    QString name = baseName;
    for (int n = 2;; ++n) {
        Statement taken(*d, QStringLiteral("SELECT 1 FROM documents WHERE name = ?"), {name});
        if (!taken.next())
            break;
        name = QStringLiteral("%1 (%2)").arg(baseName).arg(n);
    }

    const QString guid = newDocument.guid.isEmpty() ? newGuid() : newDocument.guid;
    const qint64 length = TextOffsets::codePointLength(newDocument.text);
    qint64 id = 0;
    {
        Statement insert(*d,
                         QStringLiteral("INSERT INTO documents (id, guid, name, original_file_name, format, encoding, "
                                        "imported, text, length, text_sha256, file_size, file_sha256, file_type, memo) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {newDocument.id > 0 ? QVariant(newDocument.id) : QVariant(QMetaType::fromType<qint64>()), guid, name, newDocument.originalFileName, newDocument.format, newDocument.encoding,
                          timestamp(newDocument.imported.isValid() ? newDocument.imported : QDateTime::currentDateTimeUtc()),
                          newDocument.text, length, sha256Hex(newDocument.text), newDocument.fileSize,
                          newDocument.fileSha256.toLower(), newDocument.fileType, newDocument.memo});
        if (!insert.ok())
            return d->failure(what, insert.error());
        id = insert.lastInsertId().toLongLong();
        // Row ids can be reused after a delete: the cache must not keep the old document's length.
        d->documentLengths.insert(id, length);
    }
    if (newDocument.pageCount > 0 && newDocument.pageStarts.size() != newDocument.pageCount - 1) {
        return Error{tr("%1: a document of %2 pages needs %3 page boundaries, not %4.")
                         .arg(baseName)
                         .arg(newDocument.pageCount)
                         .arg(newDocument.pageCount - 1)
                         .arg(newDocument.pageStarts.size())};
    }
    if (newDocument.pageCount > 0 || !newDocument.pageStarts.isEmpty()) {
        qint64 previous = 0;
        QList<qint64> starts{0};
        for (qint64 start : newDocument.pageStarts) {
            if (start < previous || start > length)
                return Error{tr("%1: page boundaries must be ascending offsets inside the text.").arg(baseName)};
            previous = start;
            starts.append(start);
        }
        for (qsizetype page = 0; page < starts.size(); ++page) {
            Statement insert(*d, QStringLiteral("INSERT INTO pages (document_id, number, start_pos) VALUES (?, ?, ?)"),
                             {id, int(page + 1), starts.at(page)});
            if (!insert.ok())
                return d->failure(what, insert.error());
        }
    }
    if (auto committed = transaction.commit(what); !committed)
        return Error{committed.error()};
    d->notify([this] { Q_EMIT documentsChanged(); });
    return *document(id);
}

Status Project::renameDocument(qint64 documentId, const QString &name)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A document needs a name.")};
    const QString what = tr("renaming a document to \"%1\"").arg(trimmed);
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    {
        Statement taken(*d, QStringLiteral("SELECT 1 FROM documents WHERE name = ? AND id <> ?"), {trimmed, documentId});
        if (taken.next())
            return Error{tr("There is already a document named \"%1\".").arg(trimmed)};
    }
    {
        Statement update(*d, QStringLiteral("UPDATE documents SET name = ? WHERE id = ?"), {trimmed, documentId});
        if (!update.ok())
            return d->failure(what, update.error());
        if (update.rowsAffected() != 1)
            return Error{tr("There is no document with id %1.").arg(documentId)};
    }
    if (auto committed = transaction.commit(what); !committed)
        return committed;
    d->notify([this] { Q_EMIT documentsChanged(); });
    return success();
}

Status Project::removeDocument(qint64 documentId)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const QString what = tr("removing a document");
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    {
        d->documentLengths.remove(documentId);
        Statement remove(*d, QStringLiteral("DELETE FROM documents WHERE id = ?"), {documentId});
        if (!remove.ok())
            return d->failure(what, remove.error());
        if (remove.rowsAffected() != 1)
            return Error{tr("There is no document with id %1.").arg(documentId)};
    }
    if (auto committed = transaction.commit(what); !committed)
        return committed;
    d->notify([this] { Q_EMIT documentsChanged(); });
    d->notify([this, documentId] { Q_EMIT codingsChanged(documentId); });
    return success();
}

// --- Codebook ------------------------------------------------------------------------------------------

QList<Code> Project::codes() const
{
    // Parents before children: walk the tree breadth-first in SQL, siblings by position.
    QList<Code> result;
    Statement rows(*d, QStringLiteral("WITH RECURSIVE tree(id, depth) AS ("
                                      " SELECT id, 0 FROM codes WHERE parent_id IS NULL"
                                      " UNION ALL SELECT codes.id, tree.depth + 1 FROM codes"
                                      " JOIN tree ON codes.parent_id = tree.id) "
                                      "SELECT ")
                           + codeColumns
                           + QStringLiteral(" FROM codes JOIN tree USING (id) ORDER BY tree.depth, parent_id, position, id"));
    while (rows.next())
        result.append(codeFrom(rows));
    return result;
}

std::optional<Code> Project::code(qint64 id) const
{
    Statement row(*d, QStringLiteral("SELECT ") + codeColumns + QStringLiteral(" FROM codes WHERE id = ?"), {id});
    if (!row.next())
        return std::nullopt;
    return codeFrom(row);
}

namespace {

Status validateCodeName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{tr("A code needs a name.")};
    return success();
}

} // namespace

Result<Code> Project::addCode(const QString &name, qint64 parentId, const QString &color, const QString &description)
{
    NewCode code;
    code.name = name;
    code.parentId = parentId;
    code.color = color;
    code.description = description;
    return addCode(code);
}

Result<Code> Project::addCode(const NewCode &newCode)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const QString trimmed = newCode.name.trimmed();
    const qint64 parentId = newCode.parentId;
    const QString &color = newCode.color;
    if (auto valid = validateCodeName(trimmed); !valid)
        return Error{valid.error()};
    if (!color.isEmpty() && !isValidColor(color))
        return Error{tr("\"%1\" is not a colour; use the form #RRGGBB, e.g. #E15759.").arg(color)};
    const QString what = tr("adding code \"%1\"").arg(trimmed);
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return Error{begun.error()};

    if (parentId != 0) {
        Statement parent(*d, QStringLiteral("SELECT 1 FROM codes WHERE id = ?"), {parentId});
        if (!parent.next())
            return Error{tr("There is no parent code with id %1.").arg(parentId)};
    }
    {
        Statement taken(*d, QStringLiteral("SELECT 1 FROM codes WHERE COALESCE(parent_id, 0) = ? AND name = ?"),
                        {parentId, trimmed});
        if (taken.next())
            return Error{tr("There is already a code \"%1\" at that level.").arg(trimmed)};
    }
    int position = 0;
    qint64 codeCount = 0;
    {
        Statement next(*d, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0), (SELECT COUNT(*) FROM codes) "
                                          "FROM codes WHERE COALESCE(parent_id, 0) = ?"),
                       {parentId});
        if (next.next()) {
            position = next.value(0).toInt();
            codeCount = next.value(1).toLongLong();
        }
    }
    Code code;
    code.guid = newCode.guid.isEmpty() ? newGuid() : newCode.guid;
    code.parentId = parentId;
    code.name = trimmed;
    if (!color.isEmpty())
        code.color = color.toUpper();
    else if (newCode.pickColor)
        code.color = QString::fromLatin1(defaultColors[codeCount % std::size(defaultColors)]);
    code.codable = newCode.codable;
    code.description = newCode.description;
    code.memo = newCode.memo;
    code.position = position;
    code.created = QDateTime::currentDateTimeUtc();
    {
        Statement insert(*d, QStringLiteral("INSERT INTO codes (guid, parent_id, name, color, description, memo, "
                                            "position, created, codable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {code.guid, parentValue(parentId), code.name, code.color, code.description, code.memo,
                          code.position, timestamp(code.created), code.codable ? 1 : 0});
        if (!insert.ok())
            return d->failure(what, insert.error());
        code.id = insert.lastInsertId().toLongLong();
    }
    if (auto committed = transaction.commit(what); !committed)
        return Error{committed.error()};
    d->notify([this] { Q_EMIT codebookChanged(); });
    return code;
}

Result<Code> Project::ensureCodePath(const QStringList &path, const QString &color, const QString &description)
{
    if (path.isEmpty())
        return Error{tr("A code path needs at least one name.")};
    for (const QString &name : path) {
        if (auto valid = validateCodeName(name); !valid)
            return Error{valid.error()};
    }
    // All levels or none: a failure at the last level must not leave its parents behind.
    const QString what = tr("adding code \"%1\"").arg(path.join(u'/'));
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return Error{begun.error()};
    qint64 parentId = 0;
    std::optional<Code> current;
    for (qsizetype level = 0; level < path.size(); ++level) {
        const QString name = path.at(level).trimmed();
        if (auto valid = validateCodeName(name); !valid)
            return Error{valid.error()};
        {
            Statement row(*d, QStringLiteral("SELECT ") + codeColumns
                                  + QStringLiteral(" FROM codes WHERE COALESCE(parent_id, 0) = ? AND name = ?"),
                          {parentId, name});
            if (row.next())
                current = codeFrom(row);
            else
                current.reset();
        }
        if (!current) {
            const bool last = level == path.size() - 1;
            auto added = addCode(name, parentId, last ? color : QString(), last ? description : QString());
            if (!added)
                return added;
            current = *added;
        }
        parentId = current->id;
    }
    if (auto committed = transaction.commit(what); !committed)
        return Error{committed.error()};
    return *current;
}

namespace {

template<typename Value>
Status updateCodeColumn(Project::Private &d, qint64 codeId, const QString &column, const Value &value,
                        const QString &what)
{
    if (auto writable = d.requireWritable(); !writable)
        return writable;
    Transaction transaction(d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    {
        Statement update(d, QStringLiteral("UPDATE codes SET ") + column + QStringLiteral(" = ? WHERE id = ?"),
                         {value, codeId});
        if (!update.ok())
            return d.failure(what, update.error());
        if (update.rowsAffected() != 1)
            return Error{tr("There is no code with id %1.").arg(codeId)};
    }
    return transaction.commit(what);
}

} // namespace

Status Project::renameCode(qint64 codeId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (auto valid = validateCodeName(trimmed); !valid)
        return valid;
    const auto existing = code(codeId);
    if (!existing)
        return Error{tr("There is no code with id %1.").arg(codeId)};
    {
        Statement taken(*d, QStringLiteral("SELECT 1 FROM codes WHERE COALESCE(parent_id, 0) = ? AND name = ? AND id <> ?"),
                        {existing->parentId, trimmed, codeId});
        if (taken.next())
            return Error{tr("There is already a code \"%1\" at that level.").arg(trimmed)};
    }
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("name"), trimmed, tr("renaming code \"%1\"").arg(existing->name));
    if (status)
        d->notify([this] { Q_EMIT codebookChanged(); });
    return status;
}

Status Project::setCodeColor(qint64 codeId, const QString &color)
{
    if (!color.isEmpty() && !isValidColor(color))
        return Error{tr("\"%1\" is not a colour; use the form #RRGGBB, e.g. #E15759.").arg(color)};
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("color"), color.toUpper(), tr("changing a code's colour"));
    if (status) {
        d->notify([this] { Q_EMIT codebookChanged(); });
        d->notify([this] { Q_EMIT codingsChanged(0); });
    }
    return status;
}

Status Project::setCodeCodable(qint64 codeId, bool codable)
{
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("codable"), codable ? 1 : 0,
                                   codable ? tr("making a code applicable") : tr("making a code a folder"));
    if (status)
        d->notify([this] { Q_EMIT codebookChanged(); });
    return status;
}

Status Project::setCodeDescription(qint64 codeId, const QString &description)
{
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("description"), description,
                                   tr("changing a code's description"));
    if (status)
        d->notify([this] { Q_EMIT codebookChanged(); });
    return status;
}

Status Project::setCodeMemo(qint64 codeId, const QString &memo)
{
    auto status = updateCodeColumn(*d, codeId, QStringLiteral("memo"), memo, tr("saving a code memo"));
    if (status)
        d->notify([this] { Q_EMIT memoChanged(); });
    return status;
}

namespace {

/// True when @p candidate is @p ancestor or lies below it.
bool isInSubtree(Project::Private &d, qint64 candidate, qint64 ancestor)
{
    Statement row(d, subtreeCte + QStringLiteral("SELECT 1 FROM subtree WHERE id = ?"), {ancestor, candidate});
    return row.next();
}

/// Renumbers the siblings under @p parentId 0, 1, 2... in their current order, with @p insertedId placed
/// at @p position (-1: last).
Status renumberSiblings(Project::Private &d, qint64 parentId, qint64 insertedId, int position)
{
    QList<qint64> siblings;
    {
        Statement rows(d, QStringLiteral("SELECT id FROM codes WHERE COALESCE(parent_id, 0) = ? AND id <> ? "
                                         "ORDER BY position, id"),
                       {parentId, insertedId});
        while (rows.next())
            siblings.append(rows.value(0).toLongLong());
    }
    if (insertedId != 0) {
        if (position < 0 || position > siblings.size())
            position = int(siblings.size());
        siblings.insert(position, insertedId);
    }
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        Statement update(d, QStringLiteral("UPDATE codes SET position = ? WHERE id = ?"), {int(i), siblings.at(i)});
        if (!update.ok())
            return d.failure(tr("reordering codes"), update.error());
    }
    return success();
}

} // namespace

Status Project::moveCode(qint64 codeId, qint64 newParentId, int position)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const auto existing = code(codeId);
    if (!existing)
        return Error{tr("There is no code with id %1.").arg(codeId)};
    if (newParentId != 0 && !code(newParentId))
        return Error{tr("There is no code with id %1.").arg(newParentId)};
    if (newParentId != 0 && isInSubtree(*d, newParentId, codeId))
        return Error{tr("\"%1\" cannot be moved into itself or one of its subcodes.").arg(existing->name)};
    if (newParentId != existing->parentId) {
        Statement taken(*d, QStringLiteral("SELECT 1 FROM codes WHERE COALESCE(parent_id, 0) = ? AND name = ?"),
                        {newParentId, existing->name});
        if (taken.next())
            return Error{tr("There is already a code \"%1\" at that level.").arg(existing->name)};
    }

    const QString what = tr("moving code \"%1\"").arg(existing->name);
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    {
        Statement update(*d, QStringLiteral("UPDATE codes SET parent_id = ? WHERE id = ?"),
                         {parentValue(newParentId), codeId});
        if (!update.ok())
            return d->failure(what, update.error());
    }
    if (auto status = renumberSiblings(*d, newParentId, codeId, position); !status)
        return status;
    if (newParentId != existing->parentId) {
        if (auto status = renumberSiblings(*d, existing->parentId, 0, -1); !status)
            return status;
    }
    if (auto committed = transaction.commit(what); !committed)
        return committed;
    d->notify([this] { Q_EMIT codebookChanged(); });
    return success();
}

namespace {

/// The body of a merge, inside the caller's transaction; recursive for subcodes that exist on both sides.
Status mergeInto(Project::Private &d, qint64 sourceId, qint64 targetId, MergeReport &report)
{
    const QString what = tr("merging codes");
    {
        Statement drop(d, QStringLiteral("DELETE FROM codings WHERE code_id = ? AND EXISTS (SELECT 1 FROM codings t "
                                         "WHERE t.code_id = ? AND t.document_id = codings.document_id "
                                         "AND t.start_pos = codings.start_pos AND t.end_pos = codings.end_pos "
                                         "AND t.coder_id = codings.coder_id)"),
                       {sourceId, targetId});
        if (!drop.ok())
            return d.failure(what, drop.error());
        report.duplicatesDropped += drop.rowsAffected();
    }
    {
        Statement move(d, QStringLiteral("UPDATE codings SET code_id = ? WHERE code_id = ?"), {targetId, sourceId});
        if (!move.ok())
            return d.failure(what, move.error());
        report.codingsMoved += move.rowsAffected();
    }
    QList<std::pair<qint64, QString>> children;
    {
        Statement rows(d, QStringLiteral("SELECT id, name FROM codes WHERE parent_id = ? ORDER BY position, id"),
                       {sourceId});
        while (rows.next())
            children.append({rows.value(0).toLongLong(), rows.value(1).toString()});
    }
    // Free the source's name first: when a child is merged into its parent, a subcode of the same name
    // must be able to take the source's place rather than be merged into the code that is going away.
    {
        Statement park(d, QStringLiteral("UPDATE codes SET name = guid || '.merging' WHERE id = ?"), {sourceId});
        if (!park.ok())
            return d.failure(what, park.error());
    }
    for (const auto &[childId, childName] : children) {
        qint64 sameNamed = 0;
        {
            Statement twin(d, QStringLiteral("SELECT id FROM codes WHERE parent_id = ? AND name = ? AND id <> ?"),
                           {targetId, childName, sourceId});
            if (twin.next())
                sameNamed = twin.value(0).toLongLong();
        }
        if (sameNamed != 0) {
            if (auto status = mergeInto(d, childId, sameNamed, report); !status)
                return status;
        } else {
            Statement reparent(d, QStringLiteral("UPDATE codes SET parent_id = ?, position = "
                                                 "(SELECT COALESCE(MAX(position) + 1, 0) FROM codes WHERE parent_id = ?) "
                                                 "WHERE id = ?"),
                               {targetId, targetId, childId});
            if (!reparent.ok())
                return d.failure(what, reparent.error());
            ++report.subcodesMoved;
        }
    }
    // Keep what the researcher wrote about the merged code.
    {
        Statement memo(d, QStringLiteral("UPDATE codes SET memo = CASE WHEN memo = '' THEN "
                                         "(SELECT memo FROM codes WHERE id = ?) "
                                         "WHEN (SELECT memo FROM codes WHERE id = ?) = '' THEN memo "
                                         "ELSE memo || char(10) || char(10) || (SELECT memo FROM codes WHERE id = ?) END "
                                         "WHERE id = ?"),
                       {sourceId, sourceId, sourceId, targetId});
        if (!memo.ok())
            return d.failure(what, memo.error());
    }
    Statement remove(d, QStringLiteral("DELETE FROM codes WHERE id = ?"), {sourceId});
    if (!remove.ok())
        return d.failure(what, remove.error());
    return success();
}

} // namespace

Result<MergeReport> Project::mergeCodes(qint64 sourceId, qint64 targetId)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const auto source = code(sourceId);
    const auto target = code(targetId);
    if (!source)
        return Error{tr("There is no code with id %1.").arg(sourceId)};
    if (!target)
        return Error{tr("There is no code with id %1.").arg(targetId)};
    if (sourceId == targetId)
        return Error{tr("A code cannot be merged into itself.")};
    if (isInSubtree(*d, targetId, sourceId))
        return Error{tr("\"%1\" cannot be merged into its own subcode \"%2\".").arg(source->name, target->name)};

    const QString what = tr("merging \"%1\" into \"%2\"").arg(source->name, target->name);
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return Error{begun.error()};
    MergeReport report;
    if (auto status = mergeInto(*d, sourceId, targetId, report); !status)
        return Error{status.error()};
    if (auto status = renumberSiblings(*d, source->parentId, 0, -1); !status)
        return Error{status.error()};
    if (auto committed = transaction.commit(what); !committed)
        return Error{committed.error()};
    d->notify([this] { Q_EMIT codebookChanged(); });
    d->notify([this] { Q_EMIT codingsChanged(0); });
    return report;
}

Result<qint64> Project::deleteCode(qint64 codeId)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const auto existing = code(codeId);
    if (!existing)
        return Error{tr("There is no code with id %1.").arg(codeId)};
    const QString what = tr("deleting code \"%1\"").arg(existing->name);
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return Error{begun.error()};
    const qint64 codings = codingCount(codeId, true);
    {
        // Subcodes and codings go with it through ON DELETE CASCADE.
        Statement remove(*d, QStringLiteral("DELETE FROM codes WHERE id = ?"), {codeId});
        if (!remove.ok())
            return d->failure(what, remove.error());
    }
    if (auto status = renumberSiblings(*d, existing->parentId, 0, -1); !status)
        return Error{status.error()};
    if (auto committed = transaction.commit(what); !committed)
        return Error{committed.error()};
    d->notify([this] { Q_EMIT codebookChanged(); });
    d->notify([this] { Q_EMIT codingsChanged(0); });
    return codings;
}

CodebookSnapshot Project::snapshotCodes(const QList<qint64> &codeIds) const
{
    CodebookSnapshot snapshot;
    QSet<qint64> affected;
    QSet<qint64> parents;
    for (qint64 codeId : codeIds) {
        Statement rows(*d, subtreeCte + QStringLiteral("SELECT id FROM subtree"), {codeId});
        while (rows.next())
            affected.insert(rows.value(0).toLongLong());
        if (auto code = this->code(codeId))
            parents.insert(code->parentId);
    }
    QSet<qint64> withSiblings = affected;
    for (qint64 parentId : std::as_const(parents)) {
        Statement rows(*d, QStringLiteral("SELECT id FROM codes WHERE COALESCE(parent_id, 0) = ?"), {parentId});
        while (rows.next())
            withSiblings.insert(rows.value(0).toLongLong());
    }
    // Parents before children, as codes() orders them, so that a restore can insert in this order.
    for (const Code &code : codes()) {
        if (withSiblings.contains(code.id))
            snapshot.codes.append(code);
    }
    for (qint64 codeId : std::as_const(affected)) {
        CodingFilter filter;
        filter.codeId = codeId;
        snapshot.codings += codings(filter);
    }
    return snapshot;
}

Status Project::restoreSnapshot(const CodebookSnapshot &snapshot)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const QString what = tr("restoring codes");
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    for (const Coder &coder : snapshot.coders) {
        Statement insert(*d, QStringLiteral("INSERT INTO coders (id, guid, name, created) VALUES (?, ?, ?, ?) "
                                            "ON CONFLICT (id) DO NOTHING"),
                         {coder.id, coder.guid, coder.name, timestamp(coder.created)});
        if (!insert.ok())
            return d->failure(what, insert.error());
    }
    // Names first out of the way: a restored code may take back a name that a sibling holds only
    // because of the change being undone (e.g. after a rename and merge). Temporary names are unique.
    for (const Code &code : snapshot.codes) {
        Statement park(*d, QStringLiteral("UPDATE codes SET name = guid || '.restoring' WHERE id = ?"), {code.id});
        if (!park.ok())
            return d->failure(what, park.error());
    }
    for (const Code &code : snapshot.codes) {
        Statement upsert(*d, QStringLiteral("INSERT INTO codes (id, guid, parent_id, name, color, description, memo, "
                                            "position, created, codable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, "
                                            "name = excluded.name, color = excluded.color, "
                                            "description = excluded.description, memo = excluded.memo, "
                                            "position = excluded.position, codable = excluded.codable"),
                         {code.id, code.guid, parentValue(code.parentId), code.name, code.color, code.description,
                          code.memo, code.position, timestamp(code.created), code.codable ? 1 : 0});
        if (!upsert.ok())
            return d->failure(what, upsert.error());
    }
    for (const Coding &coding : snapshot.codings) {
        Statement upsert(*d, QStringLiteral("INSERT INTO codings (id, guid, document_id, code_id, coder_id, start_pos, "
                                            "end_pos, memo, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT (id) DO UPDATE SET code_id = excluded.code_id, "
                                            "start_pos = excluded.start_pos, end_pos = excluded.end_pos, "
                                            "memo = excluded.memo"),
                         {coding.id, coding.guid, coding.documentId, coding.codeId, coding.coderId, coding.start,
                          coding.end, coding.memo, timestamp(coding.created)});
        if (!upsert.ok())
            return d->failure(what, upsert.error());
    }
    if (auto committed = transaction.commit(what); !committed)
        return committed;
    d->notify([this] { Q_EMIT codebookChanged(); });
    d->notify([this] { Q_EMIT codingsChanged(0); });
    return success();
}

QHash<qint64, qint64> Project::codingCounts(qint64 coderId) const
{
    QHash<qint64, qint64> counts;
    Statement rows(*d, QStringLiteral("SELECT code_id, COUNT(*) FROM codings WHERE ? = 0 OR coder_id = ? GROUP BY code_id"),
                   {coderId, coderId});
    while (rows.next())
        counts.insert(rows.value(0).toLongLong(), rows.value(1).toLongLong());
    return counts;
}

QHash<qint64, qint64> Project::documentCodingCounts(qint64 coderId) const
{
    QHash<qint64, qint64> counts;
    Statement rows(*d, QStringLiteral("SELECT document_id, COUNT(*) FROM codings WHERE ? = 0 OR coder_id = ? "
                                      "GROUP BY document_id"),
                   {coderId, coderId});
    while (rows.next())
        counts.insert(rows.value(0).toLongLong(), rows.value(1).toLongLong());
    return counts;
}

qint64 Project::codingCount(qint64 codeId, bool includeSubcodes) const
{
    if (includeSubcodes) {
        Statement row(*d, subtreeCte + QStringLiteral("SELECT COUNT(*) FROM codings WHERE code_id IN (SELECT id FROM subtree)"),
                      {codeId});
        return row.next() ? row.value(0).toLongLong() : 0;
    }
    Statement row(*d, QStringLiteral("SELECT COUNT(*) FROM codings WHERE code_id = ?"), {codeId});
    return row.next() ? row.value(0).toLongLong() : 0;
}

// --- Codings -------------------------------------------------------------------------------------------

namespace {

/// Checks a coding against its document, code and coder inside the caller's transaction.
/// Codes and coders a batch of codings has already found, so that a batch of 100,000 codings under a
/// dozen codes looks each up once, not once a coding.
struct KnownReferences
{
    QSet<qint64> codes;
    QSet<qint64> coders;
};

Status validateCoding(Project::Private &d, const NewCoding &coding, KnownReferences *known = nullptr)
{
    if (coding.start < 0 || coding.end <= coding.start) {
        return Error{tr("The range %1:%2 is empty or reversed; a coding needs start < end.")
                         .arg(coding.start)
                         .arg(coding.end)};
    }
    {
        // A document's length never changes after import, so it is cached: reading it from the row means
        // stepping over the text stored before it, megabytes for a long document, on every coding.
        auto cached = d.documentLengths.constFind(coding.documentId);
        if (cached == d.documentLengths.constEnd()) {
            Statement document(d, QStringLiteral("SELECT length FROM documents WHERE id = ?"), {coding.documentId});
            if (!document.next())
                return Error{tr("There is no document with id %1.").arg(coding.documentId)};
            cached = d.documentLengths.insert(coding.documentId, document.value(0).toLongLong());
        }
        const qint64 length = *cached;
        if (coding.end > length) {
            Statement name(d, QStringLiteral("SELECT name FROM documents WHERE id = ?"), {coding.documentId});
            return Error{tr("The range %1:%2 lies outside \"%3\", which has %4 characters.")
                             .arg(QString::number(coding.start), QString::number(coding.end),
                                  name.next() ? name.value(0).toString() : QString::number(coding.documentId),
                                  QString::number(length))};
        }
    }
    if (!known || !known->codes.contains(coding.codeId)) {
        Statement code(d, QStringLiteral("SELECT 1 FROM codes WHERE id = ?"), {coding.codeId});
        if (!code.next())
            return Error{tr("There is no code with id %1.").arg(coding.codeId)};
        if (known)
            known->codes.insert(coding.codeId);
    }
    if (!known || !known->coders.contains(coding.coderId)) {
        Statement coder(d, QStringLiteral("SELECT 1 FROM coders WHERE id = ?"), {coding.coderId});
        if (!coder.next())
            return Error{tr("There is no coder with id %1.").arg(coding.coderId)};
        if (known)
            known->coders.insert(coding.coderId);
    }
    return success();
}

/// Inserts a validated coding; returns its id, or 0 when an identical coding exists.
Result<qint64> insertCoding(Project::Private &d, const NewCoding &coding, QString &guid, QString &created)
{
    guid = coding.guid.isEmpty() ? newGuid() : coding.guid;
    created = timestamp(coding.created.isValid() ? coding.created : QDateTime::currentDateTimeUtc());
    Statement insert(d, QStringLiteral("INSERT INTO codings (guid, document_id, code_id, coder_id, start_pos, end_pos, "
                                       "memo, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT (document_id, start_pos, end_pos, code_id, coder_id) DO NOTHING"),
                     {guid, coding.documentId, coding.codeId, coding.coderId, coding.start, coding.end, coding.memo,
                      created});
    if (!insert.ok())
        return d.failure(tr("adding a coding"), insert.error());
    if (insert.rowsAffected() == 0)
        return qint64(0);
    return insert.lastInsertId().toLongLong();
}

} // namespace

Result<std::optional<Coding>> Project::addCoding(const NewCoding &newCoding)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const QString what = tr("adding a coding");
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return Error{begun.error()};
    if (auto valid = validateCoding(*d, newCoding); !valid)
        return Error{valid.error()};
    QString guid;
    QString created;
    auto id = insertCoding(*d, newCoding, guid, created);
    if (!id)
        return Error{id.error()};
    if (*id == 0)
        return std::optional<Coding>();
    if (auto committed = transaction.commit(what); !committed)
        return Error{committed.error()};
    d->notify([this, newCoding] { Q_EMIT codingsChanged(newCoding.documentId); });
    Coding coding{*id,           guid,           newCoding.documentId, newCoding.codeId, newCoding.coderId,
                  newCoding.start, newCoding.end, newCoding.memo,       parseTimestamp(created)};
    return std::optional<Coding>(coding);
}

Result<qint64> Project::addCodings(const QList<NewCoding> &codings)
{
    if (auto writable = d->requireWritable(); !writable)
        return Error{writable.error()};
    const QString what = tr("adding codings");
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return Error{begun.error()};
    qint64 added = 0;
    QSet<qint64> documents;
    // Valid for this call only: inside its transaction nothing else can delete a code or coder.
    KnownReferences known;
    for (const NewCoding &coding : codings) {
        if (auto valid = validateCoding(*d, coding, &known); !valid)
            return Error{valid.error()};
        QString guid;
        QString created;
        auto id = insertCoding(*d, coding, guid, created);
        if (!id)
            return Error{id.error()};
        if (*id != 0) {
            ++added;
            documents.insert(coding.documentId);
        }
    }
    if (auto committed = transaction.commit(what); !committed)
        return Error{committed.error()};
    for (qint64 documentId : std::as_const(documents))
        d->notify([this, documentId] { Q_EMIT codingsChanged(documentId); });
    return added;
}

std::optional<Coding> Project::coding(qint64 id) const
{
    Statement row(*d, QStringLiteral("SELECT ") + codingColumns + QStringLiteral(" FROM codings c WHERE c.id = ?"), {id});
    if (!row.next())
        return std::nullopt;
    return codingFrom(row);
}

QList<CodingSpan> Project::codingSpans(qint64 documentId) const
{
    QList<CodingSpan> spans;
    SqliteStatement rows(d->db, "SELECT id, code_id, coder_id, start_pos, end_pos FROM codings WHERE document_id = ?1 "
                                "ORDER BY start_pos, end_pos");
    rows.bind(1, documentId);
    while (rows.next())
        spans.append({rows.int64(0), rows.int64(1), rows.int64(2), rows.int64(3), rows.int64(4)});
    return spans;
}

QList<Coding> Project::codings(const CodingFilter &filter) const
{
    QString sql;
    QVariantList values;
    if (filter.codeId != 0 && filter.includeSubcodes) {
        sql = subtreeCte;
        values.append(filter.codeId);
    }
    sql += QStringLiteral("SELECT ") + codingColumns + QStringLiteral(" FROM codings c WHERE 1 = 1");
    if (filter.codeId != 0) {
        if (filter.includeSubcodes) {
            sql += QStringLiteral(" AND c.code_id IN (SELECT id FROM subtree)");
        } else {
            sql += QStringLiteral(" AND c.code_id = ?");
            values.append(filter.codeId);
        }
    }
    if (filter.documentId != 0) {
        sql += QStringLiteral(" AND c.document_id = ?");
        values.append(filter.documentId);
    }
    if (filter.coderId != 0) {
        sql += QStringLiteral(" AND c.coder_id = ?");
        values.append(filter.coderId);
    }
    sql += QStringLiteral(" ORDER BY c.document_id, c.start_pos, c.end_pos, c.code_id, c.coder_id");

    QList<Coding> result;
    Statement rows(*d, sql, values);
    while (rows.next())
        result.append(codingFrom(rows));
    return result;
}

Status Project::removeCoding(qint64 codingId)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const auto existing = coding(codingId);
    if (!existing)
        return Error{tr("There is no coding with id %1.").arg(codingId)};
    const QString what = tr("removing a coding");
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    {
        Statement remove(*d, QStringLiteral("DELETE FROM codings WHERE id = ?"), {codingId});
        if (!remove.ok())
            return d->failure(what, remove.error());
    }
    if (auto committed = transaction.commit(what); !committed)
        return committed;
    d->notify([this, existing] { Q_EMIT codingsChanged(existing->documentId); });
    return success();
}

Status Project::setCodingRange(qint64 codingId, qint64 start, qint64 end)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    const auto existing = coding(codingId);
    if (!existing)
        return Error{tr("There is no coding with id %1.").arg(codingId)};
    NewCoding changed{existing->documentId, existing->codeId, existing->coderId, start, end, {}, {}, {}};
    const QString what = tr("changing a coding's range");
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    if (auto valid = validateCoding(*d, changed); !valid)
        return valid;
    {
        Statement update(*d, QStringLiteral("UPDATE codings SET start_pos = ?, end_pos = ? WHERE id = ?"),
                         {start, end, codingId});
        if (!update.ok()) {
            if (update.error().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
                return Error{tr("The same code already covers %1:%2 for this coder.").arg(start).arg(end)};
            return d->failure(what, update.error());
        }
    }
    if (auto committed = transaction.commit(what); !committed)
        return committed;
    d->notify([this, existing] { Q_EMIT codingsChanged(existing->documentId); });
    return success();
}

// --- Memos ---------------------------------------------------------------------------------------------

QString Project::projectMemo() const
{
    Statement row(*d, QStringLiteral("SELECT memo FROM project WHERE id = 1"));
    return row.next() ? row.value(0).toString() : QString();
}

namespace {

Status updateMemo(Project::Private &d, const QString &sql, const QVariantList &values, const QString &missing)
{
    if (auto writable = d.requireWritable(); !writable)
        return writable;
    const QString what = tr("saving a memo");
    Transaction transaction(d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    {
        Statement update(d, sql, values);
        if (!update.ok())
            return d.failure(what, update.error());
        if (update.rowsAffected() != 1)
            return Error{missing};
    }
    return transaction.commit(what);
}

} // namespace

Status Project::setProjectMemo(const QString &memo)
{
    auto status = updateMemo(*d, QStringLiteral("UPDATE project SET memo = ? WHERE id = 1"), {memo},
                             tr("The project record is missing."));
    if (status)
        d->notify([this] { Q_EMIT memoChanged(); });
    return status;
}

Status Project::setProjectName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{tr("A project needs a name.")};
    return updateMemo(*d, QStringLiteral("UPDATE project SET name = ? WHERE id = 1"), {name.trimmed()},
                      tr("The project record is missing."));
}

Status Project::transact(const QString &what, const std::function<Status()> &work)
{
    if (auto writable = d->requireWritable(); !writable)
        return writable;
    Transaction transaction(*d);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    if (auto status = work(); !status)
        return status;
    return transaction.commit(what);
}

Status Project::setDocumentMemo(qint64 documentId, const QString &memo)
{
    auto status = updateMemo(*d, QStringLiteral("UPDATE documents SET memo = ? WHERE id = ?"), {memo, documentId},
                             tr("There is no document with id %1.").arg(documentId));
    if (status)
        d->notify([this] { Q_EMIT memoChanged(); });
    return status;
}

Status Project::setCodingMemo(qint64 codingId, const QString &memo)
{
    auto status = updateMemo(*d, QStringLiteral("UPDATE codings SET memo = ? WHERE id = ?"), {memo, codingId},
                             tr("There is no coding with id %1.").arg(codingId));
    if (status)
        d->notify([this] { Q_EMIT memoChanged(); });
    return status;
}

// --- Integrity -----------------------------------------------------------------------------------------

QStringList Project::check() const
{
    QStringList problems;
    {
        Statement rows(*d, QStringLiteral("PRAGMA integrity_check"));
        while (rows.next()) {
            const QString line = rows.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(tr("SQLite: %1").arg(line));
        }
    }
    {
        Statement rows(*d, QStringLiteral("PRAGMA foreign_key_check"));
        while (rows.next()) {
            problems.append(tr("A row of %1 (row id %2) refers to a missing row of %3.")
                                .arg(rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString()));
        }
    }
    {
        Statement rows(*d, QStringLiteral("SELECT id, name, text, length, text_sha256 FROM documents ORDER BY id"));
        while (rows.next()) {
            const QString text = rows.value(2).toString();
            const QString name = rows.value(1).toString();
            if (TextOffsets::codePointLength(text) != rows.value(3).toLongLong())
                problems.append(tr("Document \"%1\": its stored length does not match its text.").arg(name));
            if (sha256Hex(text) != rows.value(4).toString())
                problems.append(tr("Document \"%1\": its text has changed since import (SHA-256 differs).").arg(name));
        }
    }
    {
        Statement rows(*d, QStringLiteral("SELECT c.id, d.name, c.start_pos, c.end_pos, d.length FROM codings c "
                                          "JOIN documents d ON d.id = c.document_id WHERE c.end_pos > d.length"));
        while (rows.next()) {
            problems.append(tr("Coding %1 in \"%2\": range %3:%4 lies outside the text (%5 characters).")
                                .arg(rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(),
                                     rows.value(3).toString(), rows.value(4).toString()));
        }
    }
    {
        // A cycle in the code tree hides codes from every view; the recursive walk from the roots misses them.
        Statement rows(*d, QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT id FROM codes WHERE parent_id IS NULL "
                                          "UNION SELECT codes.id FROM codes JOIN tree ON codes.parent_id = tree.id) "
                                          "SELECT name FROM codes WHERE id NOT IN (SELECT id FROM tree)"));
        while (rows.next())
            problems.append(tr("Code \"%1\" is not reachable from the top of the codebook (a cycle?).").arg(rows.value(0).toString()));
    }
    {
        Statement rows(*d, QStringLiteral("SELECT name, color FROM codes"));
        while (rows.next()) {
            // Empty: no colour, as a code from another tool may have.
            if (!rows.value(1).toString().isEmpty() && !isValidColor(rows.value(1).toString()))
                problems.append(tr("Code \"%1\": \"%2\" is not a colour.").arg(rows.value(0).toString(), rows.value(1).toString()));
        }
    }
    return problems;
}

} // namespace Marginalia::Core

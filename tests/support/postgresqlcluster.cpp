#include "postgresqlcluster.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrlQuery>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace Marginalia::Test {

namespace {

const QString superUser = QStringLiteral("postgres");
const QString testDatabase = QStringLiteral("marginalia_test");
const QString logFileName = QStringLiteral("server.log");
const QString ownerFileName = QStringLiteral("owner.pid");
const QString folderPrefix = QStringLiteral("marginalia-pg-");
const QStringList serverTools = {QStringLiteral("initdb"), QStringLiteral("pg_ctl"), QStringLiteral("postgres")};

// The kernel's limit for a Unix socket's path (sun_path) is 108 bytes with the terminating zero.
constexpr int maxSocketPathLength = 107;

bool hasServerTools(const QString &dir)
{
    return !dir.isEmpty() && std::all_of(serverTools.cbegin(), serverTools.cend(), [&dir](const QString &tool) {
        return QFileInfo(dir + QLatin1Char('/') + tool).isExecutable();
    });
}

// Debian installs each major version's server beside the others (/usr/lib/postgresql/15/bin, 17/bin) and
// puts none of them on PATH; other systems put one version on PATH.
QString findServerBinDir()
{
    QDir debian(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &version : std::as_const(versions)) {
        const QString dir = debian.filePath(version + QStringLiteral("/bin"));
        if (hasServerTools(dir))
            return dir;
    }
    const QString pgCtl = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
    if (!pgCtl.isEmpty() && hasServerTools(QFileInfo(pgCtl).absolutePath()))
        return QFileInfo(pgCtl).absolutePath();
    return {};
}

QString findSystemTool(const QString &name)
{
    // root's PATH has the sbin folders, but a test started from a restricted environment may not.
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(
            name,
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    }
    return path;
}

QString lastLines(const QByteArray &text, int lines)
{
    QStringList all = QString::fromLocal8Bit(text).split(QLatin1Char('\n'));
    while (!all.isEmpty() && all.constLast().isEmpty())
        all.removeLast();
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

// A zombie still answers kill(pid, 0); /proc tells it apart from a running process.
bool processIsRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName >= 0 && line.size() > afterName + 2 && line.at(afterName + 2) != 'Z';
}

} // namespace

PostgresqlCluster::PostgresqlCluster(const QString &binDir)
{
    QStringList missing;
    m_binDir = binDir;
    if (m_binDir.isEmpty())
        m_binDir = qEnvironmentVariable("PG_BINDIR");
    // A folder named on purpose that lacks the binaries is a broken setup, not a missing PostgreSQL: start()
    // fails on it instead of the test skipping.
    m_binDirGiven = !m_binDir.isEmpty();
    if (!m_binDirGiven) {
        m_binDir = findServerBinDir();
        if (m_binDir.isEmpty()) {
            missing << QStringLiteral("PostgreSQL's server (initdb, pg_ctl, postgres) is not installed: none in "
                                      "/usr/lib/postgresql/*/bin or on PATH (Debian: apt-get install postgresql; "
                                      "or set PG_BINDIR)");
        }
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        missing << QStringLiteral("Qt's QPSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)");
    m_unavailable = missing.join(QStringLiteral("; "));
}

PostgresqlCluster::~PostgresqlCluster()
{
    stop();
}

bool PostgresqlCluster::isAvailable() const
{
    return m_unavailable.isEmpty();
}

QString PostgresqlCluster::unavailableReason() const
{
    return m_unavailable;
}

int PostgresqlCluster::majorVersion() const
{
    static const QRegularExpression fromPath(QStringLiteral("/postgresql/(\\d+)/bin/?$"));
    const QRegularExpressionMatch pathMatch = fromPath.match(m_binDir);
    if (pathMatch.hasMatch())
        return pathMatch.captured(1).toInt();
    // `postgres --version` is answered before the server's check for root, so it needs no other user.
    QProcess process;
    process.start(m_binDir + QStringLiteral("/postgres"), {QStringLiteral("--version")});
    if (!process.waitForFinished(10000))
        return 0;
    static const QRegularExpression fromOutput(QStringLiteral("\\(PostgreSQL\\) (\\d+)"));
    return fromOutput.match(QString::fromLocal8Bit(process.readAllStandardOutput())).captured(1).toInt();
}

QString PostgresqlCluster::directory() const
{
    return m_directory ? m_directory->path() : QString();
}

QString PostgresqlCluster::dataDirectory() const
{
    return m_directory ? m_directory->filePath(QStringLiteral("data")) : QString();
}

QString PostgresqlCluster::userName() const
{
    return superUser;
}

QString PostgresqlCluster::databaseName() const
{
    return testDatabase;
}

QUrl PostgresqlCluster::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    // Empty but not null: QUrl then keeps the "//" of an empty authority, as libpq wants it.
    url.setHost(QLatin1String(""));
    url.setPath(QLatin1Char('/') + testDatabase);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), socketDirectory());
    query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    query.addQueryItem(QStringLiteral("user"), superUser);
    url.setQuery(query);
    return url;
}

void PostgresqlCluster::setSetting(const QString &name, const QString &value)
{
    m_extraSettings << name + QStringLiteral(" = ") + value;
}

bool PostgresqlCluster::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool PostgresqlCluster::start()
{
    if (m_running)
        return true;
    m_error.clear();
    if (!isAvailable())
        return fail(m_unavailable);
    if (!hasServerTools(m_binDir)) {
        return fail(QStringLiteral("PG_BINDIR %1 does not hold initdb, pg_ctl and postgres").arg(m_binDir));
    }
    if (!prepareDirectory())
        return false;

    QString output;
    // trust on the local socket: the socket sits in a folder only the server's user (and root) can enter,
    // so the folder's permissions are the access control, and no password has to be made, stored or
    // passed. --no-sync: the cluster is gone when the test ends, so flushing it to disk buys nothing.
    // C.UTF-8 (glibc has it built in) rather than C: upper(), lower() and ILIKE then know non-ASCII
    // letters, as the store's searches will need, and sorting stays the same on every machine.
    const QStringList initdbArguments = {QStringLiteral("--pgdata=") + dataDirectory(),
                                         QStringLiteral("--username=") + superUser,
                                         QStringLiteral("--encoding=UTF8"),
                                         QStringLiteral("--locale=C.UTF-8"),
                                         QStringLiteral("--auth=trust"),
                                         QStringLiteral("--no-sync")};
    if (!runTool(QStringLiteral("initdb"), initdbArguments, &output, 120000))
        return fail(QStringLiteral("initdb failed: %1\n%2").arg(m_error, output));
    if (!writeSettings())
        return false;

    const QString logFile = m_directory->filePath(logFileName);
    const QStringList startArguments
        = {QStringLiteral("start"), QStringLiteral("--pgdata=") + dataDirectory(), QStringLiteral("--log=") + logFile,
           QStringLiteral("--wait"), QStringLiteral("--timeout=60")};
    if (!runTool(QStringLiteral("pg_ctl"), startArguments, &output, 90000)) {
        return fail(QStringLiteral("pg_ctl start failed: %1\n%2\nServer log (last lines):\n%3")
                        .arg(m_error, output, serverLogTail()));
    }
    m_running = true;
    return createDatabase();
}

bool PostgresqlCluster::prepareDirectory()
{
    // root's TMPDIR may be a folder the server's user cannot enter; /tmp is world-traversable (1777) on
    // every system. A long TMPDIR would also leave no room for the socket's name (see below).
    QString base = QDir::tempPath();
    if (::geteuid() == 0 || base.size() > 60)
        base = QStringLiteral("/tmp");

    if (::geteuid() == 0) {
        m_asRoot = true;
        // Debian's package makes "postgres"; nobody exists everywhere, for a server built by hand.
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            user = ::getpwnam("nobody");
        if (!user)
            return fail(QStringLiteral("running as root and there is no \"postgres\" or \"nobody\" user to run "
                                       "the server as (the server refuses to run as root)"));
        m_serverUid = user->pw_uid;
        m_serverGid = user->pw_gid;
        // setpriv changes the user without PAM (nothing to set up in a chroot, no session logged);
        // runuser (also util-linux) where it is missing.
        const QString setpriv = findSystemTool(QStringLiteral("setpriv"));
        const QString runuser = findSystemTool(QStringLiteral("runuser"));
        if (!setpriv.isEmpty()) {
            m_dropPrivileges = {setpriv, QStringLiteral("--reuid=%1").arg(m_serverUid),
                                QStringLiteral("--regid=%1").arg(m_serverGid), QStringLiteral("--init-groups"),
                                QStringLiteral("--")};
        } else if (!runuser.isEmpty()) {
            m_dropPrivileges
                = {runuser, QStringLiteral("-u"), QString::fromLocal8Bit(user->pw_name), QStringLiteral("--")};
        } else {
            return fail(QStringLiteral("running as root and neither setpriv nor runuser (util-linux) is there to "
                                       "run the server as another user"));
        }
    }

    removeStaleClusters(base);
    m_directory = std::make_unique<QTemporaryDir>(base + QLatin1Char('/') + folderPrefix + QStringLiteral("XXXXXX"));
    if (!m_directory->isValid()) {
        const QString reason = m_directory->errorString();
        m_directory.reset();
        return fail(QStringLiteral("could not make a temporary folder in %1: %2").arg(base, reason));
    }
    QFile owner(m_directory->filePath(ownerFileName));
    if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(QCoreApplication::applicationPid())) < 0)
        return fail(QStringLiteral("could not write %1: %2").arg(owner.fileName(), owner.errorString()));
    owner.close();
    // The socket is DIR/.s.PGSQL.PORT.
    if (m_directory->path().toLocal8Bit().size() + 17 > maxSocketPathLength)
        return fail(QStringLiteral("the folder %1 is too long for a Unix socket's path").arg(m_directory->path()));
    // QTemporaryDir makes the folder 0700: given to the server's user, only it and root can reach the
    // socket inside, which is what makes trust authentication safe here.
    if (m_asRoot && ::chown(QFile::encodeName(m_directory->path()).constData(), m_serverUid, m_serverGid) != 0) {
        return fail(QStringLiteral("could not give %1 to the server's user: %2")
                        .arg(m_directory->path(), QString::fromLocal8Bit(std::strerror(errno))));
    }

    // The socket lives in this cluster's own folder, so two clusters cannot collide on it even with the
    // same port; a random port still keeps their System V shared memory keys (derived from the port) apart,
    // and their URLs distinguishable in logs. No TCP port is opened at all.
    m_port = static_cast<int>(QRandomGenerator::global()->bounded(20000, 60000));
    return true;
}

void PostgresqlCluster::removeStaleClusters(const QString &base)
{
    // A test killed outright (ctest's timeout sends SIGKILL) never runs the destructor: its server would
    // run on and its folder stay for good, one more on every CI run. Each cluster notes its test's process
    // id; those whose test is gone are stopped and removed by the next cluster made. Folders without the
    // note are still being made by a test starting right now, and other users' folders are not readable.
    const QFileInfoList folders
        = QDir(base).entryInfoList({folderPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &folder : folders) {
        QFile owner(folder.filePath() + QLatin1Char('/') + ownerFileName);
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        if (pid <= 0 || processIsRunning(pid))
            continue;
        const QString data = folder.filePath() + QStringLiteral("/data");
        if (QFileInfo::exists(data + QStringLiteral("/postmaster.pid"))) {
            runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("stop"), QStringLiteral("--pgdata=") + data, QStringLiteral("--mode=immediate"),
                     QStringLiteral("--wait"), QStringLiteral("--timeout=30")},
                    nullptr, 40000);
        }
        if (QDir(folder.filePath()).removeRecursively())
            qInfo("PostgresqlCluster: removed the cluster %s left by process %lld", qPrintable(folder.filePath()), pid);
    }
    m_error.clear();
}

bool PostgresqlCluster::writeSettings()
{
    // In postgresql.conf rather than on pg_ctl's -o: pg_ctl hands -o to a shell, and a folder's name would
    // need quoting twice over. Appended, so the file keeps its owner; the last setting of a name wins.
    QFile conf(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(QStringLiteral("could not write %1: %2").arg(conf.fileName(), conf.errorString()));
    QString socketDir = socketDirectory();
    socketDir.replace(QLatin1Char('\''), QStringLiteral("''"));
    // fsync, synchronous_commit and full_page_writes off: a crash of a throwaway cluster loses nothing
    // anyone needs, and flushing on every commit costs tests seconds on a busy disk. A test about the
    // server's durability would need a cluster of its own with them on.
    const QString settings
        = QStringLiteral("\n# Added by Marginalia's test fixture (tests/support/postgresqlcluster.cpp)\n"
                         "listen_addresses = ''\n"
                         "port = %1\n"
                         "unix_socket_directories = '%2'\n"
                         "fsync = off\n"
                         "synchronous_commit = off\n"
                         "full_page_writes = off\n"
                         "shared_buffers = 16MB\n"
                         "max_connections = 100\n")
              .arg(m_port)
              .arg(socketDir)
        + m_extraSettings.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (conf.write(settings.toUtf8()) < 0 || !conf.flush())
        return fail(QStringLiteral("could not write %1: %2").arg(conf.fileName(), conf.errorString()));
    return true;
}

bool PostgresqlCluster::createDatabase()
{
    {
        QSqlDatabase db = connection(QStringLiteral("postgres"));
        if (!db.isOpen())
            return false;
        QSqlQuery query(db);
        // The name is ours, not input: nothing to bind (CREATE DATABASE takes no parameters anyway).
        if (!query.exec(QStringLiteral("CREATE DATABASE ") + testDatabase)) {
            return fail(
                QStringLiteral("could not create the database %1: %2").arg(testDatabase, query.lastError().text()));
        }
        db.close();
    }
    const QString name = m_connectionNames.takeLast();
    QSqlDatabase::removeDatabase(name);
    return true;
}

QSqlDatabase PostgresqlCluster::connection(const QString &database)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("marginalia-pgcluster-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    m_connectionNames << name;
    db.setHostName(socketDirectory());
    db.setPort(m_port);
    db.setUserName(superUser);
    db.setDatabaseName(database.isEmpty() ? testDatabase : database);
    // A server that is not there should fail a test, not hang it.
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        m_error = QStringLiteral("could not connect to %1 through QPSQL: %2\nServer log (last lines):\n%3")
                      .arg(url().toString(), db.lastError().text(), serverLogTail());
    }
    return db;
}

qint64 PostgresqlCluster::serverProcessId() const
{
    if (!m_directory)
        return 0;
    QFile pidFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pidFile.readLine().trimmed().toLongLong();
}

QString PostgresqlCluster::serverLogTail(int lines) const
{
    if (!m_directory)
        return {};
    QFile log(m_directory->filePath(logFileName));
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no server log at %1)").arg(log.fileName());
    return lastLines(log.readAll(), lines);
}

QStringList PostgresqlCluster::commandFor(const QString &tool, const QStringList &arguments) const
{
    return m_dropPrivileges + QStringList{m_binDir + QLatin1Char('/') + tool} + arguments;
}

bool PostgresqlCluster::runTool(const QString &tool, const QStringList &arguments, QString *output, int timeoutMs)
{
    const QStringList command = commandFor(tool, arguments);
    QProcess process;
    // The test's own folder may be one the server's user cannot enter (root's home).
    process.setWorkingDirectory(m_directory ? directory() : QDir::rootPath());
    // A developer's PGDATA, PGPORT or PGHOST must not point the tools at another cluster.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = lastLines(process.readAll(), 40);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        return fail(QStringLiteral("%1 did not finish within %2 s (%3)")
                        .arg(tool)
                        .arg(timeoutMs / 1000)
                        .arg(command.join(QLatin1Char(' '))));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(QStringLiteral("%1 exited with code %2 (%3)")
                        .arg(tool)
                        .arg(process.exitCode())
                        .arg(command.join(QLatin1Char(' '))));
    }
    return true;
}

void PostgresqlCluster::stop()
{
    // Connections first: a QPSQL connection left open would only see its server vanish.
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connectionNames.clear();

    // Also after a start that failed half way: whatever left a postmaster.pid may be running.
    if (serverProcessId() != 0) {
        QString output;
        const QStringList fast
            = {QStringLiteral("stop"), QStringLiteral("--pgdata=") + dataDirectory(), QStringLiteral("--mode=fast"),
               QStringLiteral("--wait"), QStringLiteral("--timeout=30")};
        if (!runTool(QStringLiteral("pg_ctl"), fast, &output, 40000)) {
            qWarning("PostgresqlCluster: pg_ctl stop -m fast failed, stopping immediately: %s\n%s", qPrintable(m_error),
                     qPrintable(output));
            const QStringList immediate
                = {QStringLiteral("stop"), QStringLiteral("--pgdata=") + dataDirectory(),
                   QStringLiteral("--mode=immediate"), QStringLiteral("--wait"), QStringLiteral("--timeout=30")};
            runTool(QStringLiteral("pg_ctl"), immediate, &output, 40000);
        }
    }
    m_running = false;
    if (m_directory && !m_directory->remove())
        qWarning("PostgresqlCluster: could not remove %s", qPrintable(m_directory->path()));
    m_directory.reset();
}

} // namespace Marginalia::Test

#include "store/serverlocation.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <unistd.h>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

namespace {

QStringList optionTexts(const ServerLocation &location)
{
    QStringList texts;
    for (const ServerLocation::Option &option : location.options())
        texts.append(option.first + u'=' + option.second);
    return texts;
}

const QString Arabic = QStringLiteral("سمينار");
const QString Books = QStringLiteral("📚 Books");

} // namespace

class TestServerLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void parse_readsEveryUrlForm_data();
    void parse_readsEveryUrlForm();
    void parse_refusesABadUrlNamingTheProblem_data();
    void parse_refusesABadUrlNamingTheProblem();
    void parse_withoutProject_saysWhatToAdd();
    void parse_errorMessages_neverShowThePassword();

    void displayText_hasNoPasswordAndReadsBackEqual_data();
    void displayText_hasNoPasswordAndReadsBackEqual();
    void displayText_keepsLettersReadableAndEncodesTheInvisible();
    void connectOptions_quotesValuesAndNamesTheApplication();
    void connectOptions_keepsAnApplicationNameTheUrlGives();
    void applyTo_setsTheFieldsAndThePasswordOnlyWhenThereIsOne();
    void applyTo_serviceAlone_leavesHostAndDatabaseToTheServiceFile();
    void equality_ignoresPasswordAndOptionOrder();
    void serverKey_isTheServerAndLoginOnly();

    void isServerLocation_data();
    void isServerLocation();

    void connectionFile_roundTripsWithoutThePassword_data();
    void connectionFile_roundTripsWithoutThePassword();
    void connectionFile_readsCommentsCrLfBomUserAndOtherSections();
    void connectionFile_withPasswordInUrl_isUsedButNeverWrittenBack();
    void connectionFile_refusesABadFileNamingFileAndLine_data();
    void connectionFile_refusesABadFileNamingFileAndLine();
    void connectionFile_missing_isNamed();
    void connectionFile_unreadable_isNamed();
    void connectionFile_relativePath_isReadAndRememberedAbsolute();
    void writeConnectionFile_refusesANameWithoutTheSuffix();
    void writeConnectionFile_intoAMissingFolder_failsNamingThePath();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestServerLocation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServerLocation::parse_readsEveryUrlForm_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("everything") << QStringLiteral(
        "postgresql://alice:s3cret@db.example.org:5433/research?project=Seminar%202027&sslmode=require")
                                << QStringLiteral("db.example.org") << 5433 << QStringLiteral("research")
                                << QStringLiteral("alice") << QStringLiteral("s3cret") << QStringLiteral("Seminar 2027")
                                << QStringList{QStringLiteral("sslmode=require")};
    QTest::newRow("postgres scheme, defaults")
        << QStringLiteral("postgres://db.example.org/research?project=P") << QStringLiteral("db.example.org") << 0
        << QStringLiteral("research") << QString() << QString() << QStringLiteral("P") << QStringList();
    QTest::newRow("scheme in capitals, spaces around")
        << QStringLiteral("  PostgreSQL://h/db?project=P\n") << QStringLiteral("h") << 0 << QStringLiteral("db")
        << QString() << QString() << QStringLiteral("P") << QStringList();
    QTest::newRow("socket folder in the query")
        << QStringLiteral("postgresql:///research?host=/var/run/postgresql&project=P")
        << QStringLiteral("/var/run/postgresql") << 0 << QStringLiteral("research") << QString() << QString()
        << QStringLiteral("P") << QStringList();
    QTest::newRow("socket folder and port in the query")
        << QStringLiteral("postgresql:///research?host=/tmp/socket%20dir&port=6543&project=P")
        << QStringLiteral("/tmp/socket dir") << 6543 << QStringLiteral("research") << QString() << QString()
        << QStringLiteral("P") << QStringList();
    QTest::newRow("socket folder percent-encoded as the host")
        << QStringLiteral("postgresql://%2Ftmp%2Fsock/research?project=P") << QStringLiteral("/tmp/sock") << 0
        << QStringLiteral("research") << QString() << QString() << QStringLiteral("P") << QStringList();
    QTest::newRow("IPv6 with port") << QStringLiteral("postgresql://[::1]:5432/db?project=P") << QStringLiteral("::1")
                                    << 5432 << QStringLiteral("db") << QString() << QString() << QStringLiteral("P")
                                    << QStringList();
    QTest::newRow("IPv6 with zone") << QStringLiteral("postgresql://u@[fe80::1%25eth0]/db?project=P")
                                    << QStringLiteral("fe80::1%eth0") << 0 << QStringLiteral("db")
                                    << QStringLiteral("u") << QString() << QStringLiteral("P") << QStringList();
    QTest::newRow("Arabic project, percent-encoded")
        << QStringLiteral("postgresql://h/db?project=%D8%B3%D9%85%D9%8A%D9%86%D8%A7%D8%B1") << QStringLiteral("h") << 0
        << QStringLiteral("db") << QString() << QString() << Arabic << QStringList();
    QTest::newRow("emoji project, percent-encoded")
        << QStringLiteral("postgresql://h/db?project=%F0%9F%93%9A%20Books") << QStringLiteral("h") << 0
        << QStringLiteral("db") << QString() << QString() << Books << QStringList();
    QTest::newRow("Arabic project, as typed")
        << QString(QStringLiteral("postgresql://h/db?project=") + Arabic) << QStringLiteral("h") << 0
        << QStringLiteral("db") << QString() << QString() << Arabic << QStringList();
    QTest::newRow("Arabic database and user")
        << QStringLiteral("postgresql://%D8%B3@h/%D8%B3%D9%85?project=P") << QStringLiteral("h") << 0
        << QStringLiteral("سم") << QStringLiteral("س") << QString() << QStringLiteral("P") << QStringList();
    QTest::newRow("dbname, user and port in the query")
        << QStringLiteral("postgresql://h?dbname=research&user=bob&port=6543&project=P") << QStringLiteral("h") << 6543
        << QStringLiteral("research") << QStringLiteral("bob") << QString() << QStringLiteral("P") << QStringList();
    QTest::newRow("encoded user and password")
        << QStringLiteral("postgresql://b%40b:p%40ss%3Aw%2F@h/db?project=P") << QStringLiteral("h") << 0
        << QStringLiteral("db") << QStringLiteral("b@b") << QStringLiteral("p@ss:w/") << QStringLiteral("P")
        << QStringList();
    QTest::newRow("password with an unencoded @")
        << QStringLiteral("postgresql://bob:p@ss@h/db?project=P") << QStringLiteral("h") << 0 << QStringLiteral("db")
        << QStringLiteral("bob") << QStringLiteral("p@ss") << QStringLiteral("P") << QStringList();
    QTest::newRow("password in the query") << QStringLiteral("postgresql://bob@h/db?password=pw&project=P")
                                           << QStringLiteral("h") << 0 << QStringLiteral("db") << QStringLiteral("bob")
                                           << QStringLiteral("pw") << QStringLiteral("P") << QStringList();
    QTest::newRow("service alone") << QStringLiteral("postgresql://?service=team&project=P") << QString() << 0
                                   << QString() << QString() << QString() << QStringLiteral("P")
                                   << QStringList{QStringLiteral("service=team")};
    QTest::newRow("service alone, with a slash")
        << QStringLiteral("postgresql:///?service=team&project=P") << QString() << 0 << QString() << QString()
        << QString() << QStringLiteral("P") << QStringList{QStringLiteral("service=team")};
    QTest::newRow("ssl=true as libpq reads it")
        << QStringLiteral("postgresql://h/db?ssl=true&project=P") << QStringLiteral("h") << 0 << QStringLiteral("db")
        << QString() << QString() << QStringLiteral("P") << QStringList{QStringLiteral("sslmode=require")};
    QTest::newRow("other keywords, in order")
        << QStringLiteral("postgresql://h/db?connect_timeout=10&project=P&sslmode=verify-full&options=-c%20"
                          "statement_timeout%3D5s&passfile=/home/a/.pgpass")
        << QStringLiteral("h") << 0 << QStringLiteral("db") << QString() << QString() << QStringLiteral("P")
        << QStringList{QStringLiteral("connect_timeout=10"), QStringLiteral("sslmode=verify-full"),
                       QStringLiteral("options=-c statement_timeout=5s"), QStringLiteral("passfile=/home/a/.pgpass")};
    QTest::newRow("a project name with & and =")
        << QStringLiteral("postgresql://h/db?project=R%26D%3D1") << QStringLiteral("h") << 0 << QStringLiteral("db")
        << QString() << QString() << QStringLiteral("R&D=1") << QStringList();
}

void TestServerLocation::parse_readsEveryUrlForm()
{
    QFETCH(QString, url);
    const Result<ServerLocation> location = ServerLocation::parse(url);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QTEST(location->host(), "host");
    QTEST(location->port(), "port");
    QTEST(location->database(), "database");
    QTEST(location->user(), "user");
    QTEST(location->password(), "password");
    QTEST(location->projectName(), "project");
    QTEST(optionTexts(*location), "options");
    QVERIFY(location->sourceFile().isEmpty());
}

void TestServerLocation::parse_refusesABadUrlNamingTheProblem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problem");

    const QString range = QStringLiteral("is not a number from 1 to 65535");
    QTest::newRow("empty project") << QStringLiteral("postgresql://h/db?project=")
                                   << QStringLiteral("project name is empty");
    QTest::newRow("no database") << QStringLiteral("postgresql://h?project=P") << QStringLiteral("names no database");
    QTest::newRow("empty database") << QStringLiteral("postgresql://h/?project=P")
                                    << QStringLiteral("names no database");
    QTest::newRow("port 0") << QStringLiteral("postgresql://h:0/db?project=P") << range;
    QTest::newRow("port 65536") << QStringLiteral("postgresql://h:65536/db?project=P") << range;
    QTest::newRow("port 999999") << QStringLiteral("postgresql://h:999999/db?project=P") << range;
    QTest::newRow("port -1") << QStringLiteral("postgresql://h:-1/db?project=P") << range;
    QTest::newRow("port letters") << QStringLiteral("postgresql://h:pg/db?project=P") << range;
    QTest::newRow("port empty") << QStringLiteral("postgresql://h:/db?project=P") << range;
    QTest::newRow("IPv6 port 70000") << QStringLiteral("postgresql://[::1]:70000/db?project=P") << range;
    QTest::newRow("port in the query 70000") << QStringLiteral("postgresql://h/db?port=70000&project=P") << range;
    QTest::newRow("semicolon in a value")
        << QStringLiteral("postgresql://h/db?project=P&sslmode=require;host=evil") << QStringLiteral("semicolon");
    QTest::newRow("encoded semicolon in a value")
        << QStringLiteral("postgresql://h/db?project=P&options=-c%20a%3Db%3Bc") << QStringLiteral("semicolon");
    QTest::newRow("the client key's password")
        << QStringLiteral("postgresql://h/db?project=P&sslpassword=x") << QStringLiteral("sslpassword would be kept");
    QTest::newRow("keyword in capitals") << QStringLiteral("postgresql://h/db?project=P&SSLMode=require")
                                         << QStringLiteral("\"SSLMode\" is not a libpq connection keyword");
    QTest::newRow("keyword with a space") << QStringLiteral("postgresql://h/db?project=P&sslmode%20host=x")
                                          << QStringLiteral("is not a libpq connection keyword");
    QTest::newRow("keyword with a quote")
        << QStringLiteral("postgresql://h/db?project=P&a'b=1") << QStringLiteral("is not a libpq connection keyword");
    QTest::newRow("keyword given twice") << QStringLiteral("postgresql://h/db?project=P&sslmode=a&sslmode=b")
                                         << QStringLiteral("gives sslmode twice");
    QTest::newRow("project given twice") << QStringLiteral("postgresql://h/db?project=P&project=Q")
                                         << QStringLiteral("names the project twice");
    QTest::newRow("two different hosts") << QStringLiteral("postgresql://a/db?host=b&project=P")
                                         << QStringLiteral("gives host twice");
    QTest::newRow("two different databases")
        << QStringLiteral("postgresql://h/a?dbname=b&project=P") << QStringLiteral("gives dbname twice");
    QTest::newRow("parameter without value")
        << QStringLiteral("postgresql://h/db?project") << QStringLiteral("has no value");
    QTest::newRow("bad escape") << QStringLiteral("postgresql://h/db?project=%zz")
                                << QStringLiteral("two hexadecimal digits");
    QTest::newRow("cut-off escape") << QStringLiteral("postgresql://h/db?project=a%F")
                                    << QStringLiteral("two hexadecimal digits");
    QTest::newRow("NUL") << QStringLiteral("postgresql://h/db?project=a%00b") << QStringLiteral("NUL");
    QTest::newRow("not UTF-8") << QStringLiteral("postgresql://h/db?project=%FF%FE") << QStringLiteral("not UTF-8");
    QTest::newRow("several hosts") << QStringLiteral("postgresql://h1:5432,h2:5433/db?project=P")
                                   << QStringLiteral("several hosts");
    QTest::newRow("IPv6 without brackets")
        << QStringLiteral("postgresql://::1/db?project=P") << QStringLiteral("brackets");
    QTest::newRow("IPv6 not closed") << QStringLiteral("postgresql://[::1/db?project=P")
                                     << QStringLiteral("no closing ]");
    QTest::newRow("a file of another kind")
        << QStringLiteral("study.marginalia") << QStringLiteral("is neither a postgresql:// URL nor");
    QTest::newRow("another scheme") << QStringLiteral("mysql://h/db?project=P") << QStringLiteral("is neither");
    QTest::newRow("nothing") << QStringLiteral("  ") << QStringLiteral("No server location was given");
}

void TestServerLocation::parse_refusesABadUrlNamingTheProblem()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    const Result<ServerLocation> location = ServerLocation::parse(url);
    QVERIFY(!location.ok());
    QVERIFY2(location.error().contains(problem), qPrintable(location.error()));
    if (!url.trimmed().isEmpty())
        QVERIFY2(location.error().startsWith(url.trimmed()), qPrintable(location.error()));
}

void TestServerLocation::parse_withoutProject_saysWhatToAdd()
{
    const Result<ServerLocation> location = ServerLocation::parse(QStringLiteral("postgresql://h/db"));
    QVERIFY(!location.ok());
    QCOMPARE(location.error(), QStringLiteral("postgresql://h/db: names no project; add ?project=NAME"));
}

void TestServerLocation::parse_errorMessages_neverShowThePassword()
{
    for (const QString &url : {QStringLiteral("postgresql://bob:Hunter2@h/db"),
                               QStringLiteral("postgresql://bob:Hunter2@h:99999/db?project=P"),
                               QStringLiteral("postgresql://bob@h/db?password=Hunter2&sslmode=a;b&project=P"),
                               QStringLiteral("postgresql://bob:Hunter2%zz@h/db?project=P"),
                               QStringLiteral("postgresql://bob@h/db?password=Hunter2%zz&project=P")}) {
        const Result<ServerLocation> location = ServerLocation::parse(url);
        QVERIFY2(!location.ok(), qPrintable(url));
        QVERIFY2(!location.error().contains(QStringLiteral("Hunter2")), qPrintable(location.error()));
        QVERIFY2(location.error().contains(QStringLiteral("bob")), qPrintable(location.error()));
    }
}

void TestServerLocation::displayText_hasNoPasswordAndReadsBackEqual_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("everything")
        << QStringLiteral(
               "postgresql://alice:s3cret@db.example.org:5433/research?project=Seminar%202027&sslmode=require")
        << QStringLiteral("postgresql://alice@db.example.org:5433/research?project=Seminar%202027&sslmode=require");
    QTest::newRow("postgres scheme") << QStringLiteral("postgres://h/db?project=P")
                                     << QStringLiteral("postgresql://h/db?project=P");
    QTest::newRow("socket") << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql:6543/db?project=P")
                            << QStringLiteral("postgresql:///db?host=/var/run/postgresql&port=6543&project=P");
    QTest::newRow("IPv6") << QStringLiteral("postgresql://[::1]:5432/db?project=P")
                          << QStringLiteral("postgresql://[::1]:5432/db?project=P");
    QTest::newRow("IPv6 with zone") << QStringLiteral("postgresql://[fe80::1%25eth0]/db?project=P")
                                    << QStringLiteral("postgresql://[fe80::1%25eth0]/db?project=P");
    QTest::newRow("password in the query")
        << QStringLiteral("postgresql://h/db?password=pw&project=P") << QStringLiteral("postgresql://h/db?project=P");
    QTest::newRow("encoded user") << QStringLiteral("postgresql://b%40b:x@h/db?project=P")
                                  << QStringLiteral("postgresql://b%40b@h/db?project=P");
    QTest::newRow("service alone") << QStringLiteral("postgresql://?service=team&project=P")
                                   << QStringLiteral("postgresql:///?project=P&service=team");
    QTest::newRow("punctuation in names")
        << QStringLiteral("postgresql://h/a%2Fb%3Fc?project=R%26D%3D1%23%25%2B&options=-c%20x%3Dy")
        << QStringLiteral("postgresql://h/a%2Fb%3Fc?project=R%26D%3D1%23%25%2B&options=-c%20x%3Dy");
    QTest::newRow("Arabic") << QStringLiteral("postgresql://h/db?project=%D8%B3%D9%85%D9%8A%D9%86%D8%A7%D8%B1")
                            << QString(QStringLiteral("postgresql://h/db?project=") + Arabic);
    QTest::newRow("emoji") << QStringLiteral("postgresql://h/db?project=%F0%9F%93%9A%20Books")
                           << QStringLiteral("postgresql://h/db?project=📚%20Books");
}

void TestServerLocation::displayText_hasNoPasswordAndReadsBackEqual()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    Result<ServerLocation> location = ServerLocation::parse(url);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    location->setPassword(QStringLiteral("Hunter2"));
    QCOMPARE(location->displayText(), expected);
    QVERIFY(!location->displayText().contains(QStringLiteral("Hunter2")));

    const Result<ServerLocation> again = ServerLocation::parse(location->displayText());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(*again == *location);
    QVERIFY(again->password().isEmpty());
    QCOMPARE(again->displayText(), expected);
}

void TestServerLocation::displayText_keepsLettersReadableAndEncodesTheInvisible()
{
    // A right-to-left override would make a title read "...gpj.exe" backwards; a no-break space looks
    // like a space but is not one.
    const QString tricky = QStringLiteral("a\u202Eb\u00A0c\nd");
    const Result<ServerLocation> location = ServerLocation::parse(
        QStringLiteral("postgresql://h/db?project=") + QString::fromLatin1(QUrl::toPercentEncoding(tricky)));
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->projectName(), tricky);
    QCOMPARE(location->displayText(), QStringLiteral("postgresql://h/db?project=a%E2%80%AEb%C2%A0c%0Ad"));
    QCOMPARE(ServerLocation::parse(location->displayText())->projectName(), tricky);
}

void TestServerLocation::connectOptions_quotesValuesAndNamesTheApplication()
{
    Result<ServerLocation> location = ServerLocation::parse(
        QStringLiteral("postgresql://bob:Hunter2@h/db?project=P&sslmode=require&options=-c%20x%3D'it%27s%20a%5Cb'"));
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->option(QStringLiteral("options")), QStringLiteral("-c x='it's a\\b'"));
    QCOMPARE(location->connectOptions(),
             QStringLiteral("sslmode='require';options='-c x=\\'it\\'s a\\\\b\\'';application_name='Marginalia'"));
    QVERIFY(!location->connectOptions().contains(QStringLiteral("Hunter2")));
    QVERIFY(!location->connectOptions().contains(QStringLiteral("password")));
    QVERIFY(!location->connectOptions().contains(QStringLiteral("project")));

    const Result<ServerLocation> plain = ServerLocation::parse(QStringLiteral("postgresql://h/db?project=P"));
    QCOMPARE(plain->connectOptions(), QStringLiteral("application_name='Marginalia'"));
}

void TestServerLocation::connectOptions_keepsAnApplicationNameTheUrlGives()
{
    const Result<ServerLocation> location
        = ServerLocation::parse(QStringLiteral("postgresql://h/db?application_name=Coding%20room&project=P"));
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->connectOptions(), QStringLiteral("application_name='Coding room'"));
}

void TestServerLocation::applyTo_setsTheFieldsAndThePasswordOnlyWhenThereIsOne()
{
    // The fields are the QSqlDatabase's own, whatever its driver: SQLite's is always installed.
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("Qt's SQLite driver is not installed");
    const QString name = QStringLiteral("tst_serverlocation");
    auto remove = qScopeGuard([&name] { QSqlDatabase::removeDatabase(name); });
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setPassword(QStringLiteral("typed in the dialog"));
        Result<ServerLocation> location = ServerLocation::parse(
            QStringLiteral("postgresql://bob@db.example.org/research?project=P&sslmode=require"));
        QVERIFY2(location.ok(), qPrintable(location.error()));
        location->applyTo(database);
        QCOMPARE(database.hostName(), QStringLiteral("db.example.org"));
        QCOMPARE(database.port(), -1);
        QCOMPARE(database.databaseName(), QStringLiteral("research"));
        QCOMPARE(database.userName(), QStringLiteral("bob"));
        QCOMPARE(database.password(), QStringLiteral("typed in the dialog"));
        QCOMPARE(database.connectOptions(), location->connectOptions());

        location->setPassword(QStringLiteral("Hunter2"));
        QCOMPARE(location->password(), QStringLiteral("Hunter2"));
        location->applyTo(database);
        QCOMPARE(database.password(), QStringLiteral("Hunter2"));
        QVERIFY(!location->displayText().contains(QStringLiteral("Hunter2")));
        QVERIFY(!location->connectOptions().contains(QStringLiteral("Hunter2")));

        const Result<ServerLocation> withPort
            = ServerLocation::parse(QStringLiteral("postgresql://h:6543/db?project=P"));
        withPort->applyTo(database);
        QCOMPARE(database.port(), 6543);
    }
}

void TestServerLocation::applyTo_serviceAlone_leavesHostAndDatabaseToTheServiceFile()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("Qt's SQLite driver is not installed");
    const QString name = QStringLiteral("tst_serverlocation_service");
    auto remove = qScopeGuard([&name] { QSqlDatabase::removeDatabase(name); });
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        const Result<ServerLocation> location
            = ServerLocation::parse(QStringLiteral("postgresql://?service=team&project=P"));
        QVERIFY2(location.ok(), qPrintable(location.error()));
        location->applyTo(database);
        QVERIFY(database.hostName().isEmpty());
        QVERIFY(database.databaseName().isEmpty());
        QVERIFY(database.userName().isEmpty());
        QVERIFY(database.password().isEmpty());
        QCOMPARE(database.connectOptions(), QStringLiteral("service='team';application_name='Marginalia'"));
    }
}

void TestServerLocation::equality_ignoresPasswordAndOptionOrder()
{
    const auto parse = [](const char *url) {
        return *ServerLocation::parse(QString::fromUtf8(url));
    };
    const ServerLocation location = parse("postgresql://bob:one@h/db?project=P&sslmode=require&connect_timeout=5");
    QVERIFY(location == parse("postgresql://bob:two@h/db?connect_timeout=5&project=P&sslmode=require"));
    QVERIFY(location == parse("postgres://bob@h/db?connect_timeout=5&sslmode=require&project=P"));
    QVERIFY(location != parse("postgresql://bob@h/db?project=Q&sslmode=require&connect_timeout=5"));
    QVERIFY(location != parse("postgresql://bob@h/db?project=P&sslmode=require"));
    QVERIFY(location != parse("postgresql://bob@h:5433/db?project=P&sslmode=require&connect_timeout=5"));
    QVERIFY(location != parse("postgresql://ann@h/db?project=P&sslmode=require&connect_timeout=5"));
    QVERIFY(location != parse("postgresql://bob@h/db2?project=P&sslmode=require&connect_timeout=5"));
    QVERIFY(location != parse("postgresql://bob@g/db?project=P&sslmode=require&connect_timeout=5"));
}

void TestServerLocation::serverKey_isTheServerAndLoginOnly()
{
    const auto parse = [](const char *url) {
        return *ServerLocation::parse(QString::fromUtf8(url));
    };
    const ServerLocation location = parse("postgresql://bob:Hunter2@h:5433/db?project=P&sslmode=require");
    QCOMPARE(location.serverKey(), QStringLiteral("postgresql://bob@h:5433/db"));
    QCOMPARE(parse("postgresql://bob@h:5433/db?project=Other").serverKey(), location.serverKey());
    QVERIFY(parse("postgresql://ann@h:5433/db?project=P").serverKey() != location.serverKey());
    QVERIFY(parse("postgresql://bob@h/db?project=P").serverKey() != location.serverKey());
    QVERIFY(parse("postgresql://bob@h:5433/db2?project=P").serverKey() != location.serverKey());
    QCOMPARE(parse("postgresql://?service=team&sslmode=require&project=P").serverKey(),
             QStringLiteral("postgresql:///?service=team"));
    QVERIFY(parse("postgresql://?service=one&project=P").serverKey()
            != parse("postgresql://?service=two&project=P").serverKey());
}

void TestServerLocation::isServerLocation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    // $DIR is the test's temporary folder, made with the files below for each row.
    QTest::newRow("a project file") << QStringLiteral("$DIR/study.marginalia") << false;
    QTest::newRow("a project file's name") << QStringLiteral("study.marginalia") << false;
    QTest::newRow("postgresql://") << QStringLiteral("postgresql://h/db?project=P") << true;
    QTest::newRow("postgres://") << QStringLiteral("postgres://h/db?project=P") << true;
    QTest::newRow("scheme in capitals") << QStringLiteral("POSTGRESQL://h/db") << true;
    QTest::newRow("a URL with no project yet") << QStringLiteral("postgresql://h/db") << true;
    QTest::newRow("a connection file") << QStringLiteral("$DIR/team.marginalia-server") << true;
    QTest::newRow("a missing connection file") << QStringLiteral("$DIR/gone.marginalia-server") << false;
    QTest::newRow("a folder so named") << QStringLiteral("$DIR/folder.marginalia-server") << false;
    QTest::newRow("another scheme") << QStringLiteral("mysql://h/db") << false;
    QTest::newRow("a path containing the scheme") << QStringLiteral("/home/a/postgresql://x") << false;
    QTest::newRow("nothing") << QString() << false;
}

void TestServerLocation::isServerLocation()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QVERIFY(writeFile(path(QStringLiteral("study.marginalia")), "SQLite format 3"));
    QVERIFY(writeFile(path(QStringLiteral("team.marginalia-server")), "[Marginalia Server Project]\n"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.marginalia-server")));
    text.replace(QStringLiteral("$DIR"), m_dir->path());
    QCOMPARE(ServerLocation::isServerLocation(text), expected);
}

void TestServerLocation::connectionFile_roundTripsWithoutThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("typical") << QStringLiteral(
        "postgresql://alice:Hunter2@db.example.org:5432/research?project=Seminar%202027&sslmode=require");
    QTest::newRow("socket") << QStringLiteral("postgresql://alice:Hunter2@/research?host=/run/postgresql&project=P");
    QTest::newRow("IPv6") << QStringLiteral("postgresql://alice:Hunter2@[::1]:6543/research?project=P");
    QTest::newRow("Arabic and emoji") << QString(QStringLiteral("postgresql://alice:Hunter2@h/db?project=") + Arabic
                                                 + QStringLiteral("%20%F0%9F%93%9A"));
    QTest::newRow("a line break in the name")
        << QStringLiteral("postgresql://alice:Hunter2@h/db?project=one%0A[x]%0Aurl=postgresql://evil/db");
    QTest::newRow("service alone") << QStringLiteral("postgresql://alice:Hunter2@?service=team&project=P");
}

void TestServerLocation::connectionFile_roundTripsWithoutThePassword()
{
    QFETCH(QString, url);
    const Result<ServerLocation> location = ServerLocation::parse(url);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->password(), QStringLiteral("Hunter2"));

    const QString file = path(QStringLiteral("team") + QLatin1StringView(ServerLocation::FileSuffix));
    const Status written = ServerLocation::writeConnectionFile(file, *location);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QByteArray bytes = readFile(file);
    QVERIFY(!bytes.contains("Hunter2"));
    QVERIFY(bytes.contains("\n[Marginalia Server Project]\nurl=postgresql://alice@"));
    QVERIFY(ServerLocation::isServerLocation(file));

    const Result<ServerLocation> read = ServerLocation::parse(file);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(*read == *location);
    QVERIFY(read->password().isEmpty());
    QCOMPARE(read->sourceFile(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(read->displayText(), location->displayText());
}

void TestServerLocation::connectionFile_readsCommentsCrLfBomUserAndOtherSections()
{
    const QString file = path(QStringLiteral("team.marginalia-server"));
    QVERIFY(writeFile(file,
                      "\xEF\xBB\xBF# written by hand\r\n"
                      "[Later Version]\r\n"
                      "url=postgresql://elsewhere/db?project=X\r\n"
                      "\r\n"
                      "[Marginalia Server Project]\r\n"
                      "; a comment\r\n"
                      "  url = postgresql://db.example.org/research?project=Seminar%202027&sslmode=require  \r\n"
                      "user=bob\r\n"
                      "colour=blue\r\n"));
    const Result<ServerLocation> location = ServerLocation::parse(file);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->host(), QStringLiteral("db.example.org"));
    QCOMPARE(location->user(), QStringLiteral("bob"));
    QCOMPARE(location->projectName(), QStringLiteral("Seminar 2027"));
    QCOMPARE(optionTexts(*location), QStringList{QStringLiteral("sslmode=require")});
}

void TestServerLocation::connectionFile_withPasswordInUrl_isUsedButNeverWrittenBack()
{
    const QString file = path(QStringLiteral("team.marginalia-server"));
    QVERIFY(writeFile(file, "[Marginalia Server Project]\nurl=postgresql://bob:Hunter2@h/db?project=P\n"));
    Result<ServerLocation> location = ServerLocation::parse(file);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->password(), QStringLiteral("Hunter2"));

    const Status written = ServerLocation::writeConnectionFile(file, *location);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(!readFile(file).contains("Hunter2"));
    QVERIFY(ServerLocation::parse(file)->password().isEmpty());
}

void TestServerLocation::connectionFile_refusesABadFileNamingFileAndLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");

    QTest::newRow("binary") << QByteArray("SQLite format 3\0\x10\x00\x01\x01", 20)
                            << QStringLiteral(": is a binary file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral(": is empty");
    QTest::newRow("blank lines") << QByteArray("\n \r\n\t\n") << QStringLiteral(": is empty");
    QTest::newRow("huge") << QByteArray(QByteArray("[Marginalia Server Project]\n") + QByteArray(64 * 1024, '#'))
                          << QStringLiteral(": is larger than a server connection file can be (64 KB)");
    QTest::newRow("not UTF-8") << QByteArray("[Marginalia Server Project]\nurl=postgresql://h/db?project=\xE9t\xE9\n")
                               << QStringLiteral(": is not UTF-8 text");
    QTest::newRow("no section at all") << QByteArray("url=postgresql://h/db?project=P\n")
                                       << QStringLiteral(":1: a setting comes before the [Marginalia Server Project]");
    QTest::newRow("another section only") << QByteArray("[Other]\nurl=postgresql://h/db?project=P\n")
                                          << QStringLiteral(": has no [Marginalia Server Project] section");
    QTest::newRow("unclosed section") << QByteArray("[Marginalia Server Project\nurl=postgresql://h/db?project=P\n")
                                      << QStringLiteral(":1: a section header must end with ]");
    QTest::newRow("no url") << QByteArray("[Marginalia Server Project]\nuser=bob\n")
                            << QStringLiteral(": gives no url=");
    QTest::newRow("a line that is no setting")
        << QByteArray("[Marginalia Server Project]\n# fine\npostgresql://h/db?project=P\n")
        << QStringLiteral(":3: expected KEY=VALUE");
    QTest::newRow("url without project") << QByteArray("[Marginalia Server Project]\n\nurl=postgresql://h/db\n")
                                         << QStringLiteral(
                                                ":3: postgresql://h/db: names no project; add ?project=NAME");
    QTest::newRow("url of another kind") << QByteArray("[Marginalia Server Project]\nurl=/home/a/study.marginalia\n")
                                         << QStringLiteral(":2: url= must be a postgresql:// URL");
    QTest::newRow("url twice") << QByteArray(
        "[Marginalia Server Project]\nurl=postgresql://h/db?project=P\nurl=postgresql://g/db?project=P\n")
                               << QStringLiteral(":3: a second url= (the first is on line 2)");
    QTest::newRow("user contradicts the url")
        << QByteArray("[Marginalia Server Project]\nurl=postgresql://ann@h/db?project=P\nuser=bob\n")
        << QStringLiteral(":3: user=bob contradicts the user ann");
    QTest::newRow("password in a bad url is not shown")
        << QByteArray("[Marginalia Server Project]\nurl=postgresql://ann:Hunter2@h:0/db?project=P\n")
        << QStringLiteral(":2: postgresql://ann@h:0/db?project=P: the port");
}

void TestServerLocation::connectionFile_refusesABadFileNamingFileAndLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    const QString file = path(QStringLiteral("bad.marginalia-server"));
    QVERIFY(writeFile(file, content));
    const Result<ServerLocation> location = ServerLocation::parse(file);
    QVERIFY(!location.ok());
    QVERIFY2(location.error().startsWith(QDir::toNativeSeparators(file) + problem), qPrintable(location.error()));
    QVERIFY(!location.error().contains(QStringLiteral("Hunter2")));
}

void TestServerLocation::connectionFile_missing_isNamed()
{
    const QString file = path(QStringLiteral("gone.marginalia-server"));
    const Result<ServerLocation> location = ServerLocation::parse(file);
    QVERIFY(!location.ok());
    QCOMPARE(location.error(), file + QStringLiteral(": no such server connection file"));
}

void TestServerLocation::connectionFile_unreadable_isNamed()
{
    if (::geteuid() == 0)
        QSKIP("root reads a file whatever its permissions");
    const QString file = path(QStringLiteral("locked.marginalia-server"));
    QVERIFY(writeFile(file, "[Marginalia Server Project]\nurl=postgresql://h/db?project=P\n"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
    auto restore
        = qScopeGuard([&file] { QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
    const Result<ServerLocation> location = ServerLocation::parse(file);
    QVERIFY(!location.ok());
    QVERIFY2(location.error().startsWith(file + QStringLiteral(": cannot be read: ")), qPrintable(location.error()));
}

void TestServerLocation::connectionFile_relativePath_isReadAndRememberedAbsolute()
{
    const QString before = QDir::currentPath();
    auto back = qScopeGuard([&before] { QDir::setCurrent(before); });
    QVERIFY(QDir::setCurrent(m_dir->path()));
    QVERIFY(QDir().mkdir(QStringLiteral("shared")));
    const QString relative = QStringLiteral("shared/team.marginalia-server");
    QVERIFY(writeFile(relative, "[Marginalia Server Project]\nurl=postgresql://h/db?project=P\n"));

    QVERIFY(ServerLocation::isServerLocation(relative));
    const Result<ServerLocation> location = ServerLocation::parse(relative);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->sourceFile(), QDir(m_dir->path()).absoluteFilePath(relative));
    QCOMPARE(location->projectName(), QStringLiteral("P"));

    const Result<ServerLocation> missing = ServerLocation::parse(QStringLiteral("shared/gone.marginalia-server"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().startsWith(QStringLiteral("shared/gone.marginalia-server: ")),
             qPrintable(missing.error()));
}

void TestServerLocation::writeConnectionFile_refusesANameWithoutTheSuffix()
{
    const Result<ServerLocation> location = ServerLocation::parse(QStringLiteral("postgresql://h/db?project=P"));
    const QString file = path(QStringLiteral("team.txt"));
    const Status written = ServerLocation::writeConnectionFile(file, *location);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QStringLiteral(".marginalia-server")), qPrintable(written.error()));
    QVERIFY(!QFile::exists(file));
}

void TestServerLocation::writeConnectionFile_intoAMissingFolder_failsNamingThePath()
{
    const Result<ServerLocation> location = ServerLocation::parse(QStringLiteral("postgresql://h/db?project=P"));
    const QString file = path(QStringLiteral("missing/team.marginalia-server"));
    const Status written = ServerLocation::writeConnectionFile(file, *location);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().startsWith(file + QStringLiteral(": ")), qPrintable(written.error()));
}

QTEST_GUILESS_MAIN(TestServerLocation)

#include "tst_serverlocation.moc"

#pragma once

// Fixtures shared by the tests of the project store (header-only: each test is its own executable).

#include "store/project.h"
#include "storetestbackend.h"
#include "text/textoffsets.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace Marginalia::Test {

/// Code point and UTF-16 lengths differ: two characters outside the BMP, Arabic and a combining mark.
/// "Identification " (15) + globe (1 cp, 2 units) + " of victims " (12) + yoshi (1, 2) + " " (1)
/// + Arabic (5) + " cafe" + U+0301 (6): 41 code points, 43 UTF-16 units.
inline const QString unicodeSample = QString::fromUtf16(u"Identification \U0001F30D of victims \U00020BB7 "
                                                        u"\u0645\u0631\u062D\u0628\u0627 cafe\u0301");
inline constexpr qint64 unicodeSampleCodePoints = 41;

/// Whether unicodeSample is what its comment says, so that a test built on it tests what it claims to.
inline bool unicodeSampleIsAsDescribed()
{
    return Core::TextOffsets::codePointLength(unicodeSample) == unicodeSampleCodePoints
        && unicodeSample.size() == unicodeSampleCodePoints + 2;
}

inline Core::NewCoding newCoding(qint64 documentId, qint64 codeId, qint64 coderId, qint64 start, qint64 end)
{
    Core::NewCoding coding;
    coding.documentId = documentId;
    coding.codeId = codeId;
    coding.coderId = coderId;
    coding.start = start;
    coding.end = end;
    return coding;
}

/// The cluster of a test run on the server (MARGINALIA_TEST_STORE=postgresql), null on files; @p why says
/// why there is none when the server tests cannot run.
inline PostgresqlCluster *storeServer(QString *why = nullptr)
{
    if (!storeTestsOnServer())
        return nullptr;
    return storeTestCluster([](const QString &url) { return Core::Project::initializeServer(url); }, why);
}

/// Where the project a test names by @p filePath lives on the backend under test (storetestbackend.h).
inline QString storeLocation(const QString &filePath)
{
    return storeLocationOn(storeServer(), filePath);
}

/// In initTestCase() of a test that runs on both backends: skips the whole run on the server where no
/// server can run, which only a missing PostgreSQL or QPSQL driver may cause (anything else fails).
#define MARGINALIA_REQUIRE_STORE_BACKEND()                                                                             \
    do {                                                                                                               \
        if (Marginalia::Test::storeTestsOnServer()) {                                                                  \
            QString why;                                                                                               \
            if (!Marginalia::Test::storeServer(&why)) {                                                                \
                PostgresqlCluster probe;                                                                               \
                if (!probe.isAvailable())                                                                              \
                    QSKIP(qPrintable(why));                                                                            \
                QFAIL(qPrintable(why));                                                                                \
            }                                                                                                          \
        }                                                                                                              \
    } while (false)

/// In a test of what only a project file has (its journal, its header, its pages on disk).
#define MARGINALIA_FILE_BACKEND_ONLY()                                                                                 \
    do {                                                                                                               \
        if (Marginalia::Test::storeTestsOnServer())                                                                    \
            QSKIP("a property of project files; the server has no file");                                              \
    } while (false)

/// A new project at @p path (on the backend under test); null, with the reason as a warning, when it
/// cannot be created.
inline std::unique_ptr<Core::Project> createProject(const QString &path)
{
    auto created = Core::Project::create(storeLocation(path));
    if (!created) {
        qWarning("%s", qPrintable(created.error()));
        return nullptr;
    }
    return std::move(*created);
}

/// Runs @p statements on the file through a connection of its own, as another SQLite tool would.
inline bool execRaw(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("marginalia-test-raw-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (ok && !query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace Marginalia::Test

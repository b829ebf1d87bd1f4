#pragma once

// The backend the store's tests run on. The same test executables run twice under ctest: as they are, on
// project files, and with MARGINALIA_TEST_STORE=postgresql (the tests named *_postgresql), where every
// project a test makes is a project on a throwaway PostgreSQL cluster that the executable starts once and
// removes at its end. A test keeps naming projects by file path; storeLocation() turns the path into the
// server URL of a project of its own. What only a file has (its journal, its header, a damaged page) is
// tested on files only: those tests call fileBackendOnly().

#include "postgresqlcluster.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace Marginalia::Test {

inline bool storeTestsOnServer()
{
    return qEnvironmentVariable("MARGINALIA_TEST_STORE") == QLatin1String("postgresql");
}

namespace Detail {

struct StoreTestServer
{
    std::unique_ptr<PostgresqlCluster> cluster;
    QString failure;
    bool started = false;
};

inline StoreTestServer &storeTestServer()
{
    static StoreTestServer server;
    return server;
}

} // namespace Detail

/// The running cluster of this test executable (started and prepared for projects on first use, removed
/// when the application ends); null with the reason in @p why when it cannot run. @p prepare is
/// Project::initializeServer, passed in so that this header needs no core library.
template<typename Prepare> PostgresqlCluster *storeTestCluster(Prepare &&prepare, QString *why)
{
    auto &server = Detail::storeTestServer();
    if (!server.started) {
        server.started = true;
        server.cluster = std::make_unique<PostgresqlCluster>();
        qAddPostRoutine([] { Detail::storeTestServer().cluster.reset(); });
        if (!server.cluster->isAvailable()) {
            server.failure = server.cluster->unavailableReason();
        } else if (!server.cluster->start()) {
            server.failure = server.cluster->errorString();
        } else {
            QUrl url = server.cluster->url();
            if (auto prepared = prepare(url.toString()); !prepared)
                server.failure = prepared.error();
        }
        if (!server.failure.isEmpty())
            server.cluster.reset();
    }
    if (why)
        *why = server.failure;
    return server.cluster.get();
}

/// Where a test's project at @p filePath lives on the backend under test: the path itself, or on the
/// server, a project whose name is made from the path (unique to the test's temporary folder).
inline QString storeLocationOn(PostgresqlCluster *cluster, const QString &filePath)
{
    // A server project's own location (Project::filePath() of one) names it already.
    if (filePath.contains(QLatin1String("://")))
        return filePath;
    if (!cluster) {
        // On the server without one: a location that fails loudly rather than a file that would pass.
        return storeTestsOnServer() ? QStringLiteral("postgresql:///no-test-cluster?host=/nonexistent&project=x")
                                    : filePath;
    }
    const QFileInfo info(filePath);
    const QString folderKey = QString::fromLatin1(
        QCryptographicHash::hash(info.absolutePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
    QUrl url = cluster->url();
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("project"), info.completeBaseName() + u'-' + folderKey);
    url.setQuery(query);
    return url.toString();
}

} // namespace Marginalia::Test

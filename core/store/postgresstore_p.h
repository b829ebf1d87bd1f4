#pragma once

// PostgreSQL-only: a project on a server (docs/server.md). One database holds many projects: a catalog,
// schema "marginalia", lists them, and each project lives in a schema of its own (mrg_<16 hex of its
// GUID>), with three group roles that the database enforces: <schema>_owner, _coder and _viewer.

#include "store/project_p.h"

#include <memory>

namespace Marginalia::Core {

class ServerLocation;

namespace PostgresStore {

/// Prepares a database to hold projects (the catalog schema and its functions); harmless when done.
Status initializeServer(const ServerLocation &location);
/// Creates the project the location names on its server, with its schema and roles; the creator is its
/// owner.
Result<std::unique_ptr<Project::Private>> create(const ServerLocation &location);
/// Removes the project the location names from its server: its schema with everything in it, its roles and
/// its line in the catalog, in one transaction; owners only.
Status remove(const ServerLocation &location);
/// Whether a connection's failure message says the server wants a password it did not get (or a wrong one).
bool isPasswordFailure(const QString &message);
/// Opens the project the location names; a viewer's connection is read-only.
Result<std::unique_ptr<Project::Private>> open(const ServerLocation &location, Project::Access access,
                                               bool *passwordNeeded = nullptr);
/// Starts listening for other programs' changes to the project (needs the Project made from @p d).
void listen(Project::Private &d);
/// Tells the other programs on the project what a committed write changed (after the commit, in a
/// transaction of its own: a NOTIFY inside the write would serialize every writer on the server).
void announce(Project::Private &d, const std::vector<StoreChange> &changes);
/// Indexes a new document for search: its word terms and its folded text.
Status indexDocument(Project::Private &d, qint64 documentId, const QString &text);

/// The documents whose word terms may match the FTS5 query @p fts5Query (a superset), and the candidates
/// for a substring (exact for the folded text).
Result<QList<qint64>> documentsMatchingWords(Project::Private &d, const QString &fts5Query);
Result<QList<qint64>> documentsContaining(Project::Private &d, const QString &substring);

/// Who may do what on the project: "owner", "coder" or "viewer" (empty for no role).
QString roleOf(Project::Private &d);
/// Gives @p login a role on the project (owner only); @p role is owner, coder or viewer.
Status grantRole(Project::Private &d, const QString &login, const QString &role);
/// The logins with a role on the project, each with the highest it holds, owners first, then by login.
Result<QList<ProjectMember>> members(Project::Private &d);
/// Takes the project's roles back from @p login (owner only), in one transaction; never from its last owner.
Status revokeRoles(Project::Private &d, const QString &login);
/// The coder name whose codings this login may change: its first registered coder, else its login name
/// when that is free; empty otherwise.
QString ownCoderName(Project::Private &d);

} // namespace PostgresStore

} // namespace Marginalia::Core

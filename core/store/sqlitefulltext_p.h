#pragma once

// SQLite-only: full-text search through the FTS5 indexes of schema version 6 (document_words,
// document_trigrams; docs/search.md). Hit offsets are computed here, from FTS5's own tokenizer, because
// FTS5 has no offsets() function: an auxiliary function walks a matched document's tokens and returns the
// code-point ranges of the query's phrase instances.

#include "base/result.h"
#include "text/textsearch.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Marginalia::Core {

class SqliteConnection;

namespace SqliteFullText {

/// Makes the hit function (marginalia_hits) known to @p db; once per connection.
Status registerFunctions(SqliteConnection &db);

/// The documents whose words match the FTS5 query @p query (already in FTS5 syntax), by id.
Result<QList<qint64>> documentsMatchingWords(SqliteConnection &db, const QString &query);
/// The documents that contain every trigram of @p text: the candidates for a substring of 3 or more code
/// points (a superset: the caller finds the substring in their text).
Result<QList<qint64>> documentsWithTrigramsOf(SqliteConnection &db, const QString &text);
/// Where the words of @p query match in document @p documentId, in code points, in text order, overlapping
/// instances joined.
Result<QList<TextRange>> wordHits(SqliteConnection &db, const QString &query, qint64 documentId);
/// Where the words of @p query match in each of @p texts (memos, which have no index in the file): one
/// list of ranges per text, empty where it does not match.
Result<QList<QList<TextRange>>> wordHitsInTexts(SqliteConnection &db, const QString &query, const QStringList &texts);

} // namespace SqliteFullText

} // namespace Marginalia::Core

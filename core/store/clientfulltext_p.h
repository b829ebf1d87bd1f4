#pragma once

// The client's half of the server's full-text search (issue 16, docs/design/issue-16-postgresql.md section 4):
// PostgreSQL's own text processing cannot give the hits SQLite's FTS5 gives, so the server only narrows the
// documents (a tsvector of each document's FTS5 terms, a tsquery that matches a superset of FTS5's documents,
// a LIKE over case-folded text), and the client decides the hits with SQLite's own tokenizer and the file
// store's own hit function. Nothing here talks to the server: these are the values the store binds and the
// exact answer it computes over the texts the server sends back.
//
// Every function may be called from any thread: each thread has its own in-memory SQLite connection.

#include "base/result.h"
#include "text/textsearch.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Marginalia::Core::ClientFullText {

/// The longest lexeme PostgreSQL takes, in UTF-8 bytes (MAXSTRLEN - 1). Longer terms are cut to a code
/// point boundary at or below it, the same way in documents and queries, which keeps the tsquery a superset.
inline constexpr qsizetype MaxLexemeBytes = 2046;
/// The most lexeme bytes a tsvector holds (MAXSTRPOS, 1 MB - 1).
inline constexpr qsizetype MaxTsvectorBytes = 1048575;
/// The escape character of likeContaining()'s patterns: write `LIKE ? ESCAPE '\'` (PostgreSQL's default
/// escape too, with standard_conforming_strings on).
inline constexpr char16_t LikeEscape = u'\\';

/// The distinct terms FTS5's `unicode61 remove_diacritics 2` tokenizer (the file store's word index) makes
/// of @p text, exactly as FTS5 indexes them (case and diacritics folded, tokens over 32 KB cut as FTS5 cuts
/// them), sorted by their UTF-8 bytes as fts5vocab lists them. An error only where SQLite has no FTS5.
Result<QStringList> wordTerms(const QString &text);

/// A PostgreSQL tsvector literal of @p terms with no positions (`'a' 'b''s' 'c\\d'`), for
/// `CAST(? AS tsvector)`, which takes the lexemes verbatim (no stemming, no folding). A term longer than
/// MaxLexemeBytes is cut to it. A null QString when the lexemes would pass PostgreSQL's 1 MB limit: store
/// NULL, meaning "always a candidate". An empty (not null) QString for no terms: an empty tsvector.
QString tsvectorLiteral(const QStringList &terms);

/**
 * A tsquery whose documents are a superset of those @p fts5Query matches in FTS5 (the query as
 * FullTextQuery::toFts5() writes it: "phrases", barewords, prefix*, a + b, AND, OR, NOT, NEAR(... , N) and
 * parentheses), for `terms @@ CAST(? AS tsquery)` over tsvectorLiteral()'s vectors:
 * - a phrase becomes the `&` of its tokens, run through the same tokenizer (one quoted word may be several);
 *   a prefix `x*` becomes `'x':*`; NEAR becomes the `&` of its phrases;
 * - `a NOT b` becomes `a & !b` only when b's documents are exactly FTS5's (else excluding b's superset could
 *   drop a document FTS5 matches): otherwise it is `a` alone;
 * - FTS5's rules for phrases with no token ("" or "-") are kept: alone they match nothing, beside other
 *   phrases they are left out.
 *
 * A null QString means "cannot narrow: every document is a candidate" (a construct toFts5() never writes,
 * such as a column filter); an empty (not null) QString means no document can match (a query of punctuation
 * only), so the server need not be asked. An error, with FTS5's message, when FTS5 itself rejects the query.
 */
Result<QString> tsquerySuperset(const QString &fts5Query);

/// Whether tsquerySuperset(@p fts5Query) matches exactly FTS5's documents, not a superset: true when the
/// query has no phrase of more than one token, no NEAR of more than one phrase and no term as long as
/// MaxLexemeBytes (and no NOT of such a part). Then the server's candidates are the hits' documents;
/// otherwise only wordHitsInText() tells. False for a query FTS5 rejects.
bool isExactAtDocumentLevel(const QString &fts5Query);

/// Where the words of @p fts5Query match in @p text: code points, in text order, overlapping instances
/// joined; empty when the text does not match. Computed by the file store's own function over the same
/// tokenizer (SqliteFullText::wordHitsInTexts), so the offsets are those of the file store.
Result<QList<TextRange>> wordHitsInText(const QString &text, const QString &fts5Query);
/// The same for several texts at once: one list per text.
Result<QList<QList<TextRange>>> wordHitsInTexts(const QStringList &texts, const QString &fts5Query);

/// @p text case folded for the substring index (a pg_trgm-indexed column): QString::toCaseFolded(), Unicode
/// simple case folding one code point for one, which is what FullTextQuery::matchesInText() compares
/// without Match case (QString::indexOf with Qt::CaseInsensitive folds each code point the same way). So
/// substringFold(text) contains substringFold(query) exactly when that search has a hit; the test checks
/// the folding for every code point. Accents are kept, as in the file store.
QString substringFold(const QString &text);

/// A LIKE pattern finding @p substring anywhere (`%...%`), with `%`, `_` and LikeEscape escaped by
/// LikeEscape. Fold both sides first for a search that ignores case.
QString likeContaining(const QString &substring);

} // namespace Marginalia::Core::ClientFullText

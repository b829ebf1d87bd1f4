#include "store/sqlitefulltext_p.h"

#include "store/sqliteconnection_p.h"
#include "store/statement_p.h"
#include "text/fulltextquery.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace Marginalia::Core::SqliteFullText {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::Project)
};

/// The byte offsets of every token of a column, in order, as FTS5's tokenizer sees them.
struct TokenWalk
{
    std::vector<std::pair<int, int>> tokens;
    int lastWanted = 0; ///< the walk stops after this token: the rest of the text has no hit

    static int add(void *context, int flags, const char *, int, int start, int end)
    {
        auto *walk = static_cast<TokenWalk *>(context);
        // A colocated token is a synonym at the same position (not made by unicode61 or trigram).
        if ((flags & FTS5_TOKEN_COLOCATED) == 0)
            walk->tokens.emplace_back(start, end);
        return int(walk->tokens.size()) > walk->lastWanted ? SQLITE_DONE : SQLITE_OK;
    }
};

/// marginalia_hits(table): the instances of the query's phrases in the current row, as a blob of
/// (start, end) code-point pairs (native-endian qint64), in text order, overlapping instances joined.
/// FTS5 reports an instance as its phrase's first token position (xInst) and the phrase's length in
/// tokens (xPhraseSize); the tokenizer, run again over the text, turns token positions into byte offsets,
/// and the UTF-8 text turns those into code points. Only the instances that make the row match are
/// reported (NOT's right side and unmet NEAR groups are not), as FTS5's highlight() does.
void hitsFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int, sqlite3_value **)
{
    int instances = 0;
    if (int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::vector<std::pair<int, int>> tokenRanges; // first and last token of each instance
    tokenRanges.reserve(size_t(instances));
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (int rc = api->xInst(fts, i, &phrase, &column, &offset); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        const int size = std::max(1, api->xPhraseSize(fts, phrase));
        tokenRanges.emplace_back(offset, offset + size - 1);
    }
    if (tokenRanges.empty()) {
        sqlite3_result_zeroblob(context, 0);
        return;
    }
    const char *text = nullptr;
    int bytes = 0;
    if (int rc = api->xColumnText(fts, 0, &text, &bytes); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    TokenWalk walk;
    for (const auto &range : tokenRanges)
        walk.lastWanted = std::max(walk.lastWanted, range.second);
    walk.tokens.reserve(size_t(walk.lastWanted) + 1);
    if (int rc = api->xTokenize(fts, text, bytes, &walk, &TokenWalk::add); rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::vector<std::pair<int, int>> byteRanges;
    byteRanges.reserve(tokenRanges.size());
    const int tokenCount = int(walk.tokens.size());
    for (const auto &[first, last] : tokenRanges) {
        if (first < 0 || last >= tokenCount)
            continue; // cannot happen with a consistent index; never read outside the tokens
        byteRanges.emplace_back(walk.tokens[size_t(first)].first, walk.tokens[size_t(last)].second);
    }
    std::sort(byteRanges.begin(), byteRanges.end());
    std::vector<qint64> result;
    result.reserve(byteRanges.size() * 2);
    // Bytes to code points in one pass: the ranges are sorted by start, and a code point begins at every
    // byte that is not a UTF-8 continuation byte (10xxxxxx).
    int byte = 0;
    qint64 codePoints = 0;
    const auto codePointAt = [&](int target) {
        for (; byte < target && byte < bytes; ++byte) {
            if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80)
                ++codePoints;
        }
        return codePoints;
    };
    // Ends may be behind the scan position (an instance inside the previous one): count those from the start.
    const auto codePointAtAnywhere = [&](int target) {
        if (target >= byte)
            return codePointAt(target);
        qint64 count = 0;
        for (int i = 0; i < target; ++i) {
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
                ++count;
        }
        return count;
    };
    for (const auto &[start, end] : byteRanges) {
        // A start inside the previous hit (the scan is past it) reads as that hit's end: overlapping.
        const qint64 startPoint = codePointAt(start);
        if (!result.empty() && startPoint <= result.back()) {
            // Overlaps or touches the previous hit: one hit (a phrase and a word of it, NEAR groups...).
            result.back() = std::max(result.back(), codePointAtAnywhere(end));
            continue;
        }
        result.push_back(startPoint);
        result.push_back(codePointAt(end));
    }
    sqlite3_result_blob(context, result.data(), int(result.size() * sizeof(qint64)), SQLITE_TRANSIENT);
}

fts5_api *fts5ApiOf(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

/// FTS5's message, made to name what the user typed.
QString queryError(const QString &query, const QString &message)
{
    return Tr::tr("The search \"%1\" cannot be read (%2). Put a phrase or a word with punctuation in double quotes, "
                  "and write the operators AND, OR, NOT and NEAR in capitals.")
        .arg(query, message);
}

} // namespace

Status registerFunctions(SqliteConnection &db)
{
    fts5_api *api = fts5ApiOf(db.handle());
    if (!api || api->iVersion < 2)
        return Error{Tr::tr("This SQLite has no full-text search (FTS5); Marginalia needs it.")};
    if (api->xCreateFunction(api, "marginalia_hits", nullptr, &hitsFunction, nullptr) != SQLITE_OK)
        return Error{Tr::tr("Could not set up full-text search: %1").arg(db.lastError())};
    return success();
}

Result<QList<qint64>> documentsMatchingWords(SqliteConnection &db, const QString &query)
{
    QList<qint64> result;
    Statement rows(db, QStringLiteral("SELECT rowid FROM document_words WHERE document_words MATCH ?"), {query});
    while (rows.next())
        result.append(rows.int64(0));
    if (!rows.ok())
        return Error{queryError(query, rows.error())};
    return result;
}

Result<QList<qint64>> documentsWithTrigramsOf(SqliteConnection &db, const QString &text)
{
    // Each trigram a term of its own: the index keeps no positions (detail=none), so no phrases.
    const QList<uint> codePoints = text.toUcs4();
    QStringList terms;
    QSet<QString> seen;
    for (qsizetype i = 0; i + 3 <= codePoints.size(); ++i) {
        const QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + i), 3);
        if (!seen.contains(trigram)) {
            seen.insert(trigram);
            terms.append(FullTextQuery::quoted(trigram));
        }
    }
    QList<qint64> result;
    if (terms.isEmpty())
        return result;
    const QString query = terms.join(QStringLiteral(" AND "));
    Statement rows(db, QStringLiteral("SELECT rowid FROM document_trigrams WHERE document_trigrams MATCH ?"), {query});
    while (rows.next())
        result.append(rows.int64(0));
    if (!rows.ok())
        return Error{queryError(text, rows.error())};
    return result;
}

namespace {

/// The ranges a marginalia_hits() blob holds.
QList<TextRange> rangesOf(const QByteArray &blob)
{
    const qsizetype pairs = blob.size() / qsizetype(2 * sizeof(qint64));
    QList<TextRange> result;
    result.reserve(pairs);
    for (qsizetype i = 0; i < pairs; ++i) {
        qint64 range[2];
        std::memcpy(range, blob.constData() + i * qsizetype(sizeof(range)), sizeof(range));
        result.append({range[0], range[1]});
    }
    return result;
}

} // namespace

Result<QList<TextRange>> wordHits(SqliteConnection &db, const QString &query, qint64 documentId)
{
    Statement row(db,
                  QStringLiteral("SELECT marginalia_hits(document_words) FROM document_words"
                                 " WHERE document_words MATCH ? AND rowid = ?"),
                  {query, documentId});
    QList<TextRange> result;
    if (row.next())
        result = rangesOf(row.value(0).toByteArray());
    if (!row.ok())
        return Error{queryError(query, row.error())};
    return result;
}

Result<QList<QList<TextRange>>> wordHitsInTexts(SqliteConnection &db, const QString &query, const QStringList &texts)
{
    // The texts (memos) are few and short and change as they are typed: indexed when searched, in a TEMP
    // table that never reaches the file (and is writable when the project is open read only), with the
    // documents' tokenizer so that a query means the same in both.
    const auto failed = [&](const Statement &statement) {
        return Error{Tr::tr("Could not search the memos: %1").arg(statement.error())};
    };
    Statement create(db,
                     QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.memo_words USING fts5(text,"
                                    " tokenize = 'unicode61 remove_diacritics 2')"));
    if (!create.ok())
        return failed(create);
    Statement begin(db, QStringLiteral("SAVEPOINT memo_search"));
    if (!begin.ok())
        return failed(begin);
    const auto release = qScopeGuard([&db] { Statement(db, QStringLiteral("RELEASE memo_search")); });
    Statement clear(db, QStringLiteral("DELETE FROM temp.memo_words"));
    if (!clear.ok())
        return failed(clear);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Statement insert(db, QStringLiteral("INSERT INTO temp.memo_words(rowid, text) VALUES (?, ?)"),
                         {qint64(i), texts.at(i)});
        if (!insert.ok())
            return failed(insert);
    }
    QList<QList<TextRange>> result(texts.size());
    Statement rows(db,
                   QStringLiteral("SELECT rowid, marginalia_hits(memo_words) FROM temp.memo_words"
                                  " WHERE memo_words MATCH ?"),
                   {query});
    while (rows.next()) {
        const qint64 row = rows.int64(0);
        if (row >= 0 && row < result.size())
            result[row] = rangesOf(rows.value(1).toByteArray());
    }
    if (!rows.ok())
        return Error{queryError(query, rows.error())};
    return result;
}

} // namespace Marginalia::Core::SqliteFullText

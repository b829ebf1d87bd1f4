// Full-text search over the documents: which documents a query may match, and where in each. The word
// index and the hit offsets are SQLite's FTS5 (sqlitefulltext.cpp); substrings and patterns are found in
// the texts themselves, the substring index only narrowing the documents to read.

#include "store/clientfulltext_p.h"
#include "store/postgresstore_p.h"
#include "store/project_p.h"
#include "store/sqlitefulltext_p.h"

#include <QRegularExpression>

namespace Marginalia::Core {

using namespace ProjectStore;

Result<QList<qint64>> Project::searchCandidates(const SearchQuery &query) const
{
    if (query.text.trimmed().isEmpty())
        return Error{ProjectTr::tr("The search is empty: type a word, a \"phrase\", a prefix* or a pattern.")};
    QList<qint64> found;
    bool everyDocument = false;
    switch (query.kind) {
    case SearchQuery::Kind::Words: {
        auto matching = d->db.isServer()
            ? PostgresStore::documentsMatchingWords(*d, FullTextQuery::toFts5(query.text))
            : SqliteFullText::documentsMatchingWords(d->db.sqlite(), FullTextQuery::toFts5(query.text));
        if (!matching)
            return Error{matching.error()};
        found = *matching;
        break;
    }
    case SearchQuery::Kind::Substring:
        // Fewer than three characters have no trigram to look up: every text is read.
        if (query.text.toUcs4().size() < 3) {
            everyDocument = true;
        } else {
            auto candidates = d->db.isServer() ? PostgresStore::documentsContaining(*d, query.text)
                                               : SqliteFullText::documentsWithTrigramsOf(d->db.sqlite(), query.text);
            if (!candidates)
                return Error{candidates.error()};
            found = *candidates;
        }
        break;
    case SearchQuery::Kind::Pattern: {
        const QRegularExpression pattern = FullTextQuery::patternOf(query);
        if (!pattern.isValid()) {
            return Error{ProjectTr::tr("The regular expression \"%1\" is not valid: %2 (at character %3).")
                             .arg(query.text, pattern.errorString())
                             .arg(pattern.patternErrorOffset() + 1)};
        }
        everyDocument = true;
        break;
    }
    }
    QSet<qint64> wanted(found.cbegin(), found.cend());
    QList<qint64> result;
    for (const DocumentName &document : documentNames()) {
        if (query.documentId != 0 && document.id != query.documentId)
            continue;
        if (query.documentIds && !query.documentIds->contains(document.id))
            continue;
        if (everyDocument || wanted.contains(document.id))
            result.append(document.id);
    }
    return result;
}

Result<QList<TextRange>> Project::matchesIn(qint64 documentId, const SearchQuery &query) const
{
    if (query.kind == SearchQuery::Kind::Words) {
        if (!d->db.isServer())
            return SqliteFullText::wordHits(d->db.sqlite(), FullTextQuery::toFts5(query.text), documentId);
        // On a server the client's own tokenizer finds the hits: the same offsets as in a file.
        auto text = documentText(documentId);
        if (!text)
            return Error{text.error()};
        return ClientFullText::wordHitsInText(*text, FullTextQuery::toFts5(query.text));
    }
    if (query.kind == SearchQuery::Kind::Pattern) {
        const QRegularExpression pattern = FullTextQuery::patternOf(query);
        if (!pattern.isValid())
            return Error{ProjectTr::tr("The regular expression \"%1\" is not valid: %2.")
                             .arg(query.text, pattern.errorString())};
    }
    auto text = documentText(documentId);
    if (!text)
        return Error{text.error()};
    return FullTextQuery::matchesInText(*text, query);
}

Result<QList<MemoMatches>> Project::searchMemos(const SearchQuery &query) const
{
    if (query.text.trimmed().isEmpty())
        return Error{ProjectTr::tr("The search is empty: type a word, a \"phrase\", a prefix* or a pattern.")};
    if (query.kind == SearchQuery::Kind::Pattern) {
        const QRegularExpression pattern = FullTextQuery::patternOf(query);
        if (!pattern.isValid())
            return Error{ProjectTr::tr("The regular expression \"%1\" is not valid: %2.")
                             .arg(query.text, pattern.errorString())};
    }
    QList<MemoMatches> memos;
    Statement rows(d->db,
                   QStringLiteral("SELECT 1, 0, memo FROM project WHERE memo <> ''"
                                  " UNION ALL SELECT 2, id, memo FROM documents WHERE memo <> ''"
                                  " UNION ALL SELECT 3, id, memo FROM codes WHERE memo <> ''"
                                  " UNION ALL SELECT 4, id, memo FROM codings WHERE memo <> ''"));
    while (rows.next()) {
        static constexpr MemoTarget::Kind kinds[]
            = {MemoTarget::Kind::None, MemoTarget::Kind::Project, MemoTarget::Kind::Document, MemoTarget::Kind::Code,
               MemoTarget::Kind::Coding};
        memos.append({{kinds[rows.int64(0)], rows.int64(1)}, rows.string(2), {}});
    }
    if (!rows.ok())
        return Error{ProjectTr::tr("Could not read the memos: %1").arg(rows.error())};

    if (query.kind == SearchQuery::Kind::Words) {
        QStringList texts;
        texts.reserve(memos.size());
        for (const MemoMatches &memo : std::as_const(memos))
            texts.append(memo.text);
        auto hits = d->db.isServer()
            ? ClientFullText::wordHitsInTexts(texts, FullTextQuery::toFts5(query.text))
            : SqliteFullText::wordHitsInTexts(d->db.sqlite(), FullTextQuery::toFts5(query.text), texts);
        if (!hits)
            return Error{hits.error()};
        for (qsizetype i = 0; i < memos.size(); ++i)
            memos[i].ranges = hits->at(i);
    } else {
        for (MemoMatches &memo : memos)
            memo.ranges = FullTextQuery::matchesInText(memo.text, query);
    }
    memos.removeIf([](const MemoMatches &memo) { return memo.ranges.isEmpty(); });
    return memos;
}

qint64 Project::searchIndexBytes() const
{
    if (d->db.isServer()) {
        Statement size(d->db, QStringLiteral("SELECT pg_total_relation_size('document_search')"));
        return size.next() ? size.int64(0) : -1;
    }
    // The shadow tables of both FTS5 indexes, from SQLite's page statistics when this SQLite has them.
    Statement size(d->db,
                   QStringLiteral("SELECT SUM(pgsize) FROM dbstat"
                                  " WHERE name GLOB 'document_words_*' OR name GLOB 'document_trigrams_*'"));
    if (size.next())
        return size.int64(0);
    return -1;
}

} // namespace Marginalia::Core

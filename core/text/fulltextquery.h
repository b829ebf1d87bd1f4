#pragma once

#include "text/textsearch.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QRegularExpression;

namespace Marginalia::Core {

/// What to search for and how (docs/search.md).
struct SearchQuery
{
    enum class Kind {
        Words, ///< whole words through the word index: "phrases", prefix*, AND, OR, NOT, NEAR(a b, 5)
        Substring, ///< any run of characters, inside words too, and in scripts written without spaces
        Pattern, ///< a regular expression (PCRE), run over every text
    };
    Kind kind = Kind::Words;
    QString text;
    /// Substring and Pattern: tell capitals from small letters. Words always fold case and diacritics.
    bool caseSensitive = false;
    qint64 documentId = 0; ///< 0: every document
    /// When set, only these documents (a set, or those meeting a condition on their attributes).
    std::optional<QSet<qint64>> documentIds;
};

/**
 * The user's query, read the way a researcher writes it, into FTS5's syntax: a word with punctuation in it
 * ("non-refoulement", "UNHCR's", "2030") becomes a quoted phrase instead of a syntax error; quoted
 * phrases, prefix*, the capitalised operators AND, OR, NOT, NEAR(...) and parentheses stay as they are.
 */
class FullTextQuery final
{
public:
    static QString toFts5(const QString &query);
    /// @p text as one FTS5 string ("..."), its quotes doubled: a phrase, or a single token.
    static QString quoted(QStringView text);
    /// Where a Substring or Pattern @p query matches in @p text: code points, in text order, not
    /// overlapping (Words go through the index: Project::matchesIn). An invalid pattern matches nothing.
    static QList<TextRange> matchesInText(const QString &text, const SearchQuery &query);
    /// The regular expression of a Pattern query, case folded unless it is case-sensitive.
    static QRegularExpression patternOf(const SearchQuery &query);
    /// Whether @p query is in a script written without spaces between words (Chinese, Japanese, Thai...),
    /// where the word index sees a whole clause as one word and only a substring search finds a word.
    static bool needsSubstring(const QString &query);
    /// The query to run: Words turned into Substring where needsSubstring().
    static SearchQuery resolved(SearchQuery query);
};

} // namespace Marginalia::Core

#include "store/clientfulltext_p.h"

#include "store/sqliteconnection_p.h"
#include "store/sqlitefulltext_p.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace Marginalia::Core::ClientFullText {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::Project)
};

// FTS5 cuts longer tokens to this many bytes before it indexes or looks them up (FTS5_MAX_TOKEN_SIZE).
constexpr qsizetype Fts5MaxTokenBytes = 32768;

/// One thread's in-memory SQLite: FTS5's unicode61 tokenizer, made with the word index's arguments, and the
/// connection the file store's hit function runs on.
class ThreadIndex final
{
public:
    ThreadIndex()
    {
        if (Status opened = m_connection.open(QStringLiteral(":memory:"), false, true); !opened) {
            m_error = opened.error();
            return;
        }
        if (Status registered = SqliteFullText::registerFunctions(m_connection); !registered) {
            m_error = registered.error();
            return;
        }
        fts5_api *api = nullptr;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_connection.handle(), "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
            sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
            sqlite3_step(statement);
        }
        sqlite3_finalize(statement);
        void *userData = nullptr;
        // The word index's tokenizer (projectschema.cpp): tokenize = 'unicode61 remove_diacritics 2'.
        const char *arguments[] = {"remove_diacritics", "2"};
        if (!api || api->xFindTokenizer(api, "unicode61", &userData, &m_methods) != SQLITE_OK
            || m_methods.xCreate(userData, arguments, 2, &m_tokenizer) != SQLITE_OK) {
            m_tokenizer = nullptr;
            m_error = Tr::tr("This SQLite has no full-text search (FTS5); Marginalia needs it.");
        }
    }
    ~ThreadIndex()
    {
        if (m_tokenizer)
            m_methods.xDelete(m_tokenizer);
    }
    ThreadIndex(const ThreadIndex &) = delete;
    ThreadIndex &operator=(const ThreadIndex &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    SqliteConnection &connection() { return m_connection; }

    /// The tokens of @p utf8 in text order, as FTS5 stores them (cut to Fts5MaxTokenBytes).
    std::vector<QByteArray> tokens(const QByteArray &utf8, int flags)
    {
        std::vector<QByteArray> result;
        const auto add = [](void *context, int tokenFlags, const char *token, int bytes, int, int) {
            // A colocated token is a synonym at the same position (unicode61 makes none).
            if ((tokenFlags & FTS5_TOKEN_COLOCATED) == 0)
                static_cast<std::vector<QByteArray> *>(context)->emplace_back(
                    token, std::min<qsizetype>(bytes, Fts5MaxTokenBytes));
            return SQLITE_OK;
        };
        m_methods.xTokenize(m_tokenizer, &result, flags, utf8.constData(), int(utf8.size()), add);
        return result;
    }

    static ThreadIndex &current()
    {
        thread_local ThreadIndex index;
        return index;
    }

private:
    SqliteConnection m_connection;
    fts5_tokenizer m_methods{};
    Fts5Tokenizer *m_tokenizer = nullptr;
    QString m_error;
};

/// @p token cut to MaxLexemeBytes at a code point boundary: the same cut for a document's term and a query's.
QByteArray lexemeOf(QByteArray token)
{
    if (token.size() <= MaxLexemeBytes)
        return token;
    qsizetype end = MaxLexemeBytes;
    // Back to the first byte of the code point that does not fit (never a continuation byte, 10xxxxxx).
    while (end > 0 && (static_cast<unsigned char>(token.at(end)) & 0xC0) == 0x80)
        --end;
    token.truncate(end);
    return token;
}

/// A lexeme as tsvector and tsquery input read it: in single quotes, quotes doubled, backslashes escaped.
QString quotedLexeme(const QByteArray &lexeme)
{
    QString text = QString::fromUtf8(lexeme);
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'\'', QStringLiteral("''"));
    return u'\'' + text + u'\'';
}

// ----- The FTS5 query, read as FTS5 reads it (fts5_expr.c, fts5parse.y of SQLite 3.40) -----

enum class TokenType { End, String, LeftParen, RightParen, Star, Plus, Comma, And, Or, Not, Unsupported };

struct QueryToken
{
    TokenType type = TokenType::End;
    QString text; ///< a String's text: a bareword as written, a quoted string without its quotes
    bool bare = false;
};

bool isFts5Space(QChar c)
{
    // Only these four: FTS5 reads a form feed as a syntax error, and non-ASCII spaces as bareword characters.
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isFts5Bareword(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x80 || (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_'
        || u == 0x1A;
}

/// The tsquery (or "nothing") of a part of the query, and whether its documents are exactly FTS5's.
struct Part
{
    bool nothing = false; ///< matches no document (a lone phrase with no token)
    QString tsquery;
    bool exact = true;

    static Part none() { return {true, {}, true}; }
};

Part both(const Part &left, const Part &right)
{
    if (left.nothing || right.nothing)
        return Part::none();
    return {false, u'(' + left.tsquery + QStringLiteral(" & ") + right.tsquery + u')', left.exact && right.exact};
}

Part either(const Part &left, const Part &right)
{
    if (left.nothing)
        return right;
    if (right.nothing)
        return left;
    return {false, u'(' + left.tsquery + QStringLiteral(" | ") + right.tsquery + u')', left.exact && right.exact};
}

Part without(const Part &left, const Part &right)
{
    if (left.nothing || right.nothing)
        return left;
    // Only an exact right side may be excluded: a superset of it would exclude documents FTS5 keeps.
    if (!right.exact)
        return {false, left.tsquery, false};
    return {false, u'(' + left.tsquery + QStringLiteral(" & !") + right.tsquery + u')', left.exact};
}

class QueryReader final
{
public:
    QueryReader(const QString &query, ThreadIndex &index)
        : m_query(query)
        , m_index(index)
    {
        advance();
    }

    /// The query's Part, or nothing when the query has something this reader does not follow.
    std::optional<Part> read()
    {
        std::optional<Part> result = expression(1);
        if (!result || m_token.type != TokenType::End)
            return std::nullopt;
        return result;
    }

private:
    struct Phrase
    {
        std::vector<QByteArray> tokens;
        std::vector<bool> prefix;
    };

    void advance()
    {
        m_token = {};
        const qsizetype n = m_query.size();
        while (m_at < n && isFts5Space(m_query.at(m_at)))
            ++m_at;
        if (m_at >= n)
            return;
        const QChar c = m_query.at(m_at);
        const auto single = [&](TokenType type) {
            m_token.type = type;
            ++m_at;
        };
        switch (c.unicode()) {
        case u'(':
            return single(TokenType::LeftParen);
        case u')':
            return single(TokenType::RightParen);
        case u'*':
            return single(TokenType::Star);
        case u'+':
            return single(TokenType::Plus);
        case u',':
            return single(TokenType::Comma);
        case u'"': {
            QString text;
            qsizetype i = m_at + 1;
            for (; i < n; ++i) {
                if (m_query.at(i) == u'"') {
                    if (i + 1 < n && m_query.at(i + 1) == u'"') {
                        text += u'"';
                        ++i;
                        continue;
                    }
                    break;
                }
                text += m_query.at(i);
            }
            if (i >= n) {
                m_token.type = TokenType::Unsupported; // unclosed: FTS5 rejects it
                m_at = n;
                return;
            }
            m_token = {TokenType::String, text, false};
            m_at = i + 1;
            return;
        }
        default:
            break;
        }
        if (!isFts5Bareword(c)) {
            // ":", "^", "-", "{", "}": column filters and initial tokens, which toFts5() never writes bare.
            m_token.type = TokenType::Unsupported;
            m_at = n;
            return;
        }
        qsizetype end = m_at;
        while (end < n && isFts5Bareword(m_query.at(end)))
            ++end;
        const QString word = m_query.mid(m_at, end - m_at);
        m_at = end;
        if (word == QLatin1String("AND"))
            m_token.type = TokenType::And;
        else if (word == QLatin1String("OR"))
            m_token.type = TokenType::Or;
        else if (word == QLatin1String("NOT"))
            m_token.type = TokenType::Not;
        else
            m_token = {TokenType::String, word, true};
    }

    bool accept(TokenType type)
    {
        if (m_token.type != type)
            return false;
        advance();
        return true;
    }

    static int precedence(TokenType type)
    {
        switch (type) {
        case TokenType::Or:
            return 1;
        case TokenType::And:
            return 2;
        case TokenType::Not:
            return 3;
        default:
            return 0;
        }
    }

    // expr: expr OR expr | expr AND expr | expr NOT expr (NOT binds tightest, all left-associative)
    //       | "(" expr ")" | nearset nearset ... (implicit AND, only between nearsets)
    std::optional<Part> expression(int minimum)
    {
        std::optional<Part> left = primary();
        while (left) {
            const TokenType op = m_token.type;
            const int level = precedence(op);
            if (level == 0 || level < minimum)
                break;
            advance();
            const std::optional<Part> right = expression(level + 1);
            if (!right)
                return std::nullopt;
            left = op == TokenType::Or ? either(*left, *right)
                : op == TokenType::And ? both(*left, *right)
                                       : without(*left, *right);
        }
        return left;
    }

    std::optional<Part> primary()
    {
        if (accept(TokenType::LeftParen)) {
            std::optional<Part> inner = expression(1);
            if (!inner || !accept(TokenType::RightParen))
                return std::nullopt;
            return inner;
        }
        // FTS5 leaves out the nearsets that match nothing from an implicit AND, unless all of them do.
        std::optional<Part> result;
        bool any = false;
        while (m_token.type == TokenType::String) {
            const std::optional<Part> next = nearset();
            if (!next)
                return std::nullopt;
            any = true;
            if (next->nothing)
                continue;
            result = result ? both(*result, *next) : *next;
        }
        if (!any)
            return std::nullopt;
        return result ? *result : Part::none();
    }

    std::optional<Part> nearset()
    {
        std::vector<Phrase> phrases;
        bool near = false;
        const QueryToken first = m_token;
        advance();
        if (m_token.type == TokenType::LeftParen) {
            if (!first.bare || first.text != QLatin1String("NEAR"))
                return std::nullopt;
            near = true;
            advance();
            while (m_token.type == TokenType::String) {
                std::optional<Phrase> next = phrase(std::nullopt);
                if (!next)
                    return std::nullopt;
                addToNearset(phrases, std::move(*next));
            }
            if (accept(TokenType::Comma)) {
                if (m_token.type != TokenType::String)
                    return std::nullopt;
                advance();
            }
            if (!accept(TokenType::RightParen))
                return std::nullopt;
        } else {
            std::optional<Phrase> only = phrase(first);
            if (!only)
                return std::nullopt;
            addToNearset(phrases, std::move(*only));
        }
        if (phrases.empty())
            return std::nullopt;
        if (phrases.size() == 1 && phrases.front().tokens.empty())
            return Part::none();
        Part result;
        bool firstPhrase = true;
        for (const Phrase &each : phrases) {
            const Part part = phrasePart(each);
            result = firstPhrase ? part : both(result, part);
            firstPhrase = false;
        }
        // NEAR of several phrases adds a distance the tsvector cannot check.
        if (near && phrases.size() > 1)
            result.exact = false;
        return result;
    }

    /// FTS5 drops a phrase with no token from a nearset that has another, so a nearset keeps one only alone.
    static void addToNearset(std::vector<Phrase> &phrases, Phrase next)
    {
        if (!phrases.empty() && next.tokens.empty())
            return;
        if (!phrases.empty() && phrases.back().tokens.empty())
            phrases.back() = std::move(next);
        else
            phrases.push_back(std::move(next));
    }

    // phrase: STRING ["*"] ("+" STRING ["*"])... ; @p first is its first STRING when already read.
    std::optional<Phrase> phrase(std::optional<QueryToken> first)
    {
        Phrase result;
        bool more = true;
        while (more) {
            QueryToken string;
            if (first) {
                string = *first;
                first.reset();
            } else {
                if (m_token.type != TokenType::String)
                    return std::nullopt;
                string = m_token;
                advance();
            }
            const bool star = accept(TokenType::Star);
            int flags = FTS5_TOKENIZE_QUERY | (star ? FTS5_TOKENIZE_PREFIX : 0);
            for (QByteArray &token : m_index.tokens(string.text.toUtf8(), flags)) {
                result.tokens.push_back(std::move(token));
                result.prefix.push_back(false);
            }
            // As FTS5 does: the star, or its absence, goes to the last token of the phrase so far.
            if (!result.prefix.empty())
                result.prefix.back() = star;
            more = accept(TokenType::Plus);
        }
        return result;
    }

    static Part phrasePart(const Phrase &phrase)
    {
        Part result;
        for (size_t i = 0; i < phrase.tokens.size(); ++i) {
            const QByteArray &token = phrase.tokens[i];
            const QString term = quotedLexeme(lexemeOf(token)) + (phrase.prefix[i] ? QStringLiteral(":*") : QString());
            // A term near the lexeme limit may equal another term's cut: no longer exact.
            const bool exact = token.size() <= MaxLexemeBytes - 4;
            const Part part{false, term, exact};
            result = i == 0 ? part : both(result, part);
        }
        if (phrase.tokens.size() > 1)
            result.exact = false;
        return result;
    }

    const QString &m_query;
    ThreadIndex &m_index;
    qsizetype m_at = 0;
    QueryToken m_token;
};

/// The query's Part, an error when FTS5 rejects the query, or nothing when this reader cannot narrow it.
Result<std::optional<Part>> partOf(const QString &fts5Query)
{
    ThreadIndex &index = ThreadIndex::current();
    if (!index.ok())
        return Error{index.error()};
    // FTS5 itself says whether the query is valid, in the words the file store uses (no text: no cost).
    auto valid = SqliteFullText::wordHitsInTexts(index.connection(), fts5Query, {});
    if (!valid)
        return Error{valid.error()};
    return QueryReader(fts5Query, index).read();
}

} // namespace

Result<QStringList> wordTerms(const QString &text)
{
    ThreadIndex &index = ThreadIndex::current();
    if (!index.ok())
        return Error{index.error()};
    std::vector<QByteArray> tokens = index.tokens(text.toUtf8(), FTS5_TOKENIZE_DOCUMENT);
    // fts5vocab's order: the terms' bytes.
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    QStringList terms;
    terms.reserve(qsizetype(tokens.size()));
    for (const QByteArray &token : tokens)
        terms.append(QString::fromUtf8(token));
    return terms;
}

QString tsvectorLiteral(const QStringList &terms)
{
    std::vector<QByteArray> lexemes;
    lexemes.reserve(size_t(terms.size()));
    for (const QString &term : terms) {
        if (!term.isEmpty())
            lexemes.push_back(lexemeOf(term.toUtf8()));
    }
    // Cut terms may meet; PostgreSQL counts every lexeme it is given towards the limit.
    std::sort(lexemes.begin(), lexemes.end());
    lexemes.erase(std::unique(lexemes.begin(), lexemes.end()), lexemes.end());
    qsizetype bytes = 0;
    for (const QByteArray &lexeme : lexemes)
        bytes += lexeme.size();
    if (bytes > MaxTsvectorBytes)
        return {};
    QString literal = QStringLiteral("");
    literal.reserve(bytes + qsizetype(lexemes.size()) * 3);
    for (const QByteArray &lexeme : lexemes) {
        if (!literal.isEmpty())
            literal += u' ';
        literal += quotedLexeme(lexeme);
    }
    return literal;
}

Result<QString> tsquerySuperset(const QString &fts5Query)
{
    auto part = partOf(fts5Query);
    if (!part)
        return Error{part.error()};
    if (!part->has_value())
        return QString();
    if ((*part)->nothing)
        return QStringLiteral("");
    return (*part)->tsquery;
}

bool isExactAtDocumentLevel(const QString &fts5Query)
{
    auto part = partOf(fts5Query);
    return part && part->has_value() && (*part)->exact;
}

Result<QList<TextRange>> wordHitsInText(const QString &text, const QString &fts5Query)
{
    auto hits = wordHitsInTexts(QStringList{text}, fts5Query);
    if (!hits)
        return Error{hits.error()};
    return hits->value(0);
}

Result<QList<QList<TextRange>>> wordHitsInTexts(const QStringList &texts, const QString &fts5Query)
{
    ThreadIndex &index = ThreadIndex::current();
    if (!index.ok())
        return Error{index.error()};
    return SqliteFullText::wordHitsInTexts(index.connection(), fts5Query, texts);
}

QString substringFold(const QString &text)
{
    return text.toCaseFolded();
}

QString likeContaining(const QString &substring)
{
    QString pattern;
    pattern.reserve(substring.size() + 2);
    pattern += u'%';
    for (QChar c : substring) {
        if (c == u'%' || c == u'_' || c == QChar(LikeEscape))
            pattern += QChar(LikeEscape);
        pattern += c;
    }
    pattern += u'%';
    return pattern;
}

} // namespace Marginalia::Core::ClientFullText

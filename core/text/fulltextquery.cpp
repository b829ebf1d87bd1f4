#include "text/fulltextquery.h"

#include <QRegularExpression>
#include <QStringList>

namespace Marginalia::Core {

namespace {

bool isBarewordCharacter(QChar c)
{
    // FTS5's barewords: ASCII letters, digits and "_", and every non-ASCII character.
    return c.unicode() >= 0x80 || c.isLetterOrNumber() || c == u'_';
}

bool isOperator(const QString &word)
{
    return word == QLatin1String("AND") || word == QLatin1String("OR") || word == QLatin1String("NOT");
}

} // namespace

QString FullTextQuery::quoted(QStringView text)
{
    QString result = text.toString();
    result.replace(u'"', QStringLiteral("\"\""));
    return u'"' + result + u'"';
}

QRegularExpression FullTextQuery::patternOf(const SearchQuery &query)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!query.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(query.text, options);
}

QList<TextRange> FullTextQuery::matchesInText(const QString &text, const SearchQuery &query)
{
    if (query.kind == SearchQuery::Kind::Substring)
        return TextSearch::phrase(text, query.text, query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (query.kind == SearchQuery::Kind::Pattern) {
        const QRegularExpression pattern = patternOf(query);
        return pattern.isValid() ? TextSearch::pattern(text, pattern) : QList<TextRange>();
    }
    return {};
}

QString FullTextQuery::toFts5(const QString &query)
{
    QString result;
    const qsizetype n = query.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = query.at(i);
        if (c.isSpace() || c == u'(' || c == u')' || c == u'*' || c == u'+' || c == u',') {
            result += c;
            ++i;
            continue;
        }
        if (c == u'"') {
            // A quoted phrase as written; an unclosed quote is closed at the end.
            qsizetype j = i + 1;
            while (j < n) {
                if (query.at(j) == u'"') {
                    if (j + 1 < n && query.at(j + 1) == u'"') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            result += query.mid(i, j - i);
            result += u'"';
            i = j + 1;
            continue;
        }
        // A word: up to a space, a parenthesis, a quote, a comma (NEAR's) or a trailing "*".
        qsizetype j = i;
        while (j < n && !query.at(j).isSpace() && query.at(j) != u'(' && query.at(j) != u')' && query.at(j) != u'"'
               && query.at(j) != u','
               && !(query.at(j) == u'*' && (j + 1 == n || query.at(j + 1).isSpace() || query.at(j + 1) == u')')))
            ++j;
        const QString word = query.mid(i, j - i);
        const bool nearGroup = word == QLatin1String("NEAR") && j < n && query.at(j) == u'(';
        bool bare = true;
        for (QChar w : word)
            bare = bare && isBarewordCharacter(w);
        if (nearGroup || isOperator(word) || bare)
            result += word;
        else
            result += quoted(word);
        i = j;
    }
    return result;
}

bool FullTextQuery::needsSubstring(const QString &query)
{
    for (qsizetype i = 0; i < query.size(); ++i) {
        char32_t c = query.at(i).unicode();
        if (query.at(i).isHighSurrogate() && i + 1 < query.size() && query.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(query.at(i), query.at(i + 1));
            ++i;
        }
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Thai:
        case QChar::Script_Lao:
        case QChar::Script_Khmer:
        case QChar::Script_Myanmar:
        case QChar::Script_Tibetan:
            return true;
        default:
            break;
        }
    }
    return false;
}

SearchQuery FullTextQuery::resolved(SearchQuery query)
{
    if (query.kind == SearchQuery::Kind::Words && needsSubstring(query.text)) {
        query.kind = SearchQuery::Kind::Substring;
        // Operators and quotes mean nothing to a substring: search the text between the quotes.
        query.text = query.text.trimmed();
        if (query.text.size() >= 2 && query.text.startsWith(u'"') && query.text.endsWith(u'"'))
            query.text = query.text.mid(1, query.text.size() - 2);
    }
    return query;
}

} // namespace Marginalia::Core

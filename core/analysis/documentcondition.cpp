#include "analysis/documentcondition.h"

#include "store/project.h"

#include <QCoreApplication>

#include <vector>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::DocumentCondition)
};

enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Contains };

struct Token
{
    enum class Kind { Word, Quoted, Operator, Open, Close, End } kind = Kind::End;
    QString text;
    qsizetype position = 0; ///< where it begins, 1-based, for messages
};

Result<std::vector<Token>> tokensOf(const QString &text)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.position = i + 1;
        if (c == u'(' || c == u')') {
            token.kind = c == u'(' ? Token::Kind::Open : Token::Kind::Close;
            token.text = c;
            ++i;
        } else if (c == u'"' || c == u'\'') {
            const qsizetype end = text.indexOf(c, i + 1);
            if (end < 0)
                return Error{Tr::tr("The quote at character %1 is not closed.").arg(i + 1)};
            token.kind = Token::Kind::Quoted;
            token.text = text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (c == u'=' || c == u'!' || c == u'<' || c == u'>') {
            token.kind = Token::Kind::Operator;
            token.text = c;
            ++i;
            if (i < n && (text.at(i) == u'=' || (c == u'<' && text.at(i) == u'>'))) {
                token.text += text.at(i);
                ++i;
            }
            if (token.text == QLatin1String("!"))
                return Error{Tr::tr("\"!\" at character %1 needs \"=\" after it.").arg(token.position)};
        } else {
            token.kind = Token::Kind::Word;
            const qsizetype start = i;
            while (i < n && !text.at(i).isSpace() && text.at(i) != u'(' && text.at(i) != u')' && text.at(i) != u'='
                   && text.at(i) != u'!' && text.at(i) != u'<' && text.at(i) != u'>' && text.at(i) != u'"'
                   && text.at(i) != u'\'')
                ++i;
            token.text = text.mid(start, i - start);
        }
        tokens.push_back(token);
    }
    tokens.push_back({Token::Kind::End, QString(), n + 1});
    return tokens;
}

bool isKeyword(const Token &token, const char *keyword)
{
    return token.kind == Token::Kind::Word && token.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

} // namespace

struct DocumentCondition::Node
{
    enum class Kind { And, Or, Not, Compare } kind = Kind::Compare;
    std::unique_ptr<Node> left;
    std::unique_ptr<Node> right;
    // Compare: the attribute (0: the document's name), how, and the value in its canonical spelling.
    qint64 attributeId = 0;
    AttributeType type = AttributeType::Text;
    QStringList allowed;
    Op op = Op::Equal;
    QString value;

    bool matches(const QHash<qint64, QString> &values, const QString &documentName) const
    {
        switch (kind) {
        case Kind::And:
            return left->matches(values, documentName) && right->matches(values, documentName);
        case Kind::Or:
            return left->matches(values, documentName) || right->matches(values, documentName);
        case Kind::Not:
            return !left->matches(values, documentName);
        case Kind::Compare:
            break;
        }
        const auto found = attributeId == 0 ? values.cend() : values.constFind(attributeId);
        if (attributeId != 0 && found == values.cend())
            return op == Op::NotEqual;
        const QString &have = attributeId == 0 ? documentName : *found;
        if (op == Op::Contains)
            return have.contains(value, Qt::CaseInsensitive);
        const int order = AttributeTypes::compare(type, have, value, allowed);
        switch (op) {
        case Op::Equal:
            return order == 0;
        case Op::NotEqual:
            return order != 0;
        case Op::Less:
            return order < 0;
        case Op::LessOrEqual:
            return order <= 0;
        case Op::Greater:
            return order > 0;
        case Op::GreaterOrEqual:
            return order >= 0;
        case Op::Contains:
            break;
        }
        return false;
    }
};

namespace {

/// Recursive descent over the tokens: or-expression, and-expression, not, primary.
class Parser
{
public:
    Parser(const std::vector<Token> &tokens, const QList<Attribute> &attributes)
        : m_tokens(tokens)
        , m_attributes(attributes)
    {
    }

    Result<std::unique_ptr<DocumentCondition::Node>> parseAll()
    {
        auto node = orExpression();
        if (!node)
            return node;
        if (peek().kind != Token::Kind::End)
            return unexpected(Tr::tr("\"and\", \"or\" or the end"));
        return node;
    }

private:
    using NodePtr = std::unique_ptr<DocumentCondition::Node>;

    const Token &peek() const { return m_tokens[m_next]; }
    const Token &take() { return m_tokens[m_next++]; }

    Error unexpected(const QString &expected) const
    {
        const Token &token = peek();
        if (token.kind == Token::Kind::End)
            return Error{Tr::tr("The condition ends where %1 should follow.").arg(expected)};
        QString message
            = Tr::tr("Expected %1 at character %2, not \"%3\".").arg(expected).arg(token.position).arg(token.text);
        if (token.kind == Token::Kind::Word && expected.contains(QLatin1String("\"and\"")))
            message += QLatin1Char(' ') + Tr::tr("A value with spaces goes in quotes.");
        return Error{message};
    }

    Result<NodePtr> binary(DocumentCondition::Node::Kind kind, const char *keyword,
                           Result<NodePtr> (Parser::*operand)())
    {
        auto left = (this->*operand)();
        if (!left)
            return left;
        NodePtr node = std::move(*left);
        while (isKeyword(peek(), keyword)) {
            take();
            auto right = (this->*operand)();
            if (!right)
                return right;
            auto joined = std::make_unique<DocumentCondition::Node>();
            joined->kind = kind;
            joined->left = std::move(node);
            joined->right = std::move(*right);
            node = std::move(joined);
        }
        return node;
    }

    Result<NodePtr> orExpression() { return binary(DocumentCondition::Node::Kind::Or, "or", &Parser::andExpression); }
    Result<NodePtr> andExpression()
    {
        return binary(DocumentCondition::Node::Kind::And, "and", &Parser::notExpression);
    }

    Result<NodePtr> notExpression()
    {
        if (isKeyword(peek(), "not")) {
            take();
            auto operand = notExpression();
            if (!operand)
                return operand;
            auto node = std::make_unique<DocumentCondition::Node>();
            node->kind = DocumentCondition::Node::Kind::Not;
            node->left = std::move(*operand);
            return NodePtr(std::move(node));
        }
        if (peek().kind == Token::Kind::Open) {
            take();
            auto inner = orExpression();
            if (!inner)
                return inner;
            if (peek().kind != Token::Kind::Close)
                return unexpected(Tr::tr("\")\""));
            take();
            return inner;
        }
        return comparison();
    }

    Result<NodePtr> comparison()
    {
        const Token &name = peek();
        if (name.kind != Token::Kind::Word && name.kind != Token::Kind::Quoted)
            return unexpected(Tr::tr("an attribute's name"));
        take();
        auto node = std::make_unique<DocumentCondition::Node>();
        const Attribute *attribute = nullptr;
        for (const Attribute &candidate : m_attributes) {
            if (candidate.name.compare(name.text, Qt::CaseInsensitive) == 0)
                attribute = &candidate;
        }
        if (!attribute && name.text.compare(QLatin1String("document"), Qt::CaseInsensitive) != 0)
            return Error{AttributeTypes::unknownAttributeMessage(name.text, m_attributes)};
        const Token &op = peek();
        if (isKeyword(op, "contains")) {
            node->op = Op::Contains;
        } else if (op.kind == Token::Kind::Operator) {
            static const QHash<QString, Op> ops{
                {QStringLiteral("="), Op::Equal},     {QStringLiteral("=="), Op::Equal},
                {QStringLiteral("!="), Op::NotEqual}, {QStringLiteral("<>"), Op::NotEqual},
                {QStringLiteral("<"), Op::Less},      {QStringLiteral("<="), Op::LessOrEqual},
                {QStringLiteral(">"), Op::Greater},   {QStringLiteral(">="), Op::GreaterOrEqual}};
            node->op = ops.value(op.text, Op::Equal);
        } else {
            return unexpected(Tr::tr("=, !=, <, <=, >, >= or contains after \"%1\"").arg(name.text));
        }
        take();
        const Token &value = peek();
        if (value.kind != Token::Kind::Word && value.kind != Token::Kind::Quoted)
            return unexpected(Tr::tr("a value"));
        take();
        if (peek().kind == Token::Kind::Word && !isKeyword(peek(), "and") && !isKeyword(peek(), "or")) {
            return Error{Tr::tr("\"%1\" follows the value \"%2\": a value with spaces goes in quotes, as in "
                                "%3 = \"%2 %1\".")
                             .arg(peek().text, value.text, name.text)};
        }
        if (attribute) {
            node->attributeId = attribute->id;
            node->type = attribute->type;
            node->allowed = attribute->allowedValues;
            if (node->op == Op::Contains) {
                node->value = value.text;
            } else {
                auto canonical = AttributeTypes::canonical(*attribute, value.text);
                if (!canonical)
                    return Error{canonical.error()};
                node->value = *canonical;
            }
        } else {
            node->value = value.text; // the document's name, compared as text
        }
        return NodePtr(std::move(node));
    }

    const std::vector<Token> &m_tokens;
    const QList<Attribute> &m_attributes;
    size_t m_next = 0;
};

} // namespace

DocumentCondition::DocumentCondition() = default;
DocumentCondition::~DocumentCondition() = default;
DocumentCondition::DocumentCondition(DocumentCondition &&) noexcept = default;
DocumentCondition &DocumentCondition::operator=(DocumentCondition &&) noexcept = default;

Result<DocumentCondition> DocumentCondition::parse(const QString &text, const QList<Attribute> &attributes)
{
    if (text.trimmed().isEmpty())
        return Error{Tr::tr("The condition is empty: give one such as year >= 2017 and type = resolution.")};
    auto tokens = tokensOf(text);
    if (!tokens)
        return Error{Tr::tr("In the condition \"%1\": %2").arg(text, tokens.error())};
    Parser parser(*tokens, attributes);
    auto root = parser.parseAll();
    if (!root)
        return Error{Tr::tr("In the condition \"%1\": %2").arg(text, root.error())};
    DocumentCondition condition;
    condition.m_root = std::move(*root);
    return condition;
}

bool DocumentCondition::matches(const QHash<qint64, QString> &values, const QString &documentName) const
{
    return !m_root || m_root->matches(values, documentName);
}

Result<QSet<qint64>> DocumentCondition::documentsMeeting(const Project &project, const QString &text)
{
    auto condition = parse(text, project.attributes());
    if (!condition)
        return Error{condition.error()};
    QHash<qint64, QHash<qint64, QString>> valuesByDocument;
    for (const AttributeValue &value : project.attributeValues())
        valuesByDocument[value.documentId].insert(value.attributeId, value.value);
    QSet<qint64> meeting;
    const QHash<qint64, QString> none;
    for (const DocumentName &document : project.documentNames()) {
        const auto values = valuesByDocument.constFind(document.id);
        if (condition->matches(values == valuesByDocument.cend() ? none : *values, document.name))
            meeting.insert(document.id);
    }
    return meeting;
}

Result<QSet<qint64>> DocumentCondition::documentsOfSet(const Project &project, const QString &name)
{
    const auto set = project.documentSetByName(name);
    if (!set) {
        QStringList names;
        for (const DocumentSet &existing : project.documentSets())
            names.append(existing.name);
        return Error{
            names.isEmpty()
                ? Tr::tr("There is no set \"%1\": the project has no sets yet.").arg(name)
                : Tr::tr("There is no set \"%1\" (there are: %2).").arg(name, names.join(QStringLiteral(", ")))};
    }
    if (!set->condition.isEmpty()) {
        auto meeting = documentsMeeting(project, set->condition);
        if (!meeting)
            return Error{Tr::tr("The set \"%1\": %2").arg(set->name, meeting.error())};
        return meeting;
    }
    return QSet<qint64>(set->documentIds.cbegin(), set->documentIds.cend());
}

} // namespace Marginalia::Core

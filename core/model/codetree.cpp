#include "model/codetree.h"

#include <algorithm>

namespace Marginalia::Core {

CodeTree::CodeTree(const QList<Code> &codes)
    : m_codes(codes)
{
    for (qsizetype i = 0; i < m_codes.size(); ++i)
        m_index.insert(m_codes.at(i).id, i);
    for (const Code &code : std::as_const(m_codes))
        m_children[code.parentId].append(code.id);
    for (auto &siblings : m_children) {
        std::stable_sort(siblings.begin(), siblings.end(),
                         [this](qint64 a, qint64 b) { return find(a)->position < find(b)->position; });
    }
}

const Code *CodeTree::find(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_codes.at(*it);
}

QStringList CodeTree::names(qint64 id) const
{
    QStringList result;
    // Bounded by the number of codes, so that a damaged file with a cycle cannot hang us.
    for (const Code *code = find(id); code && result.size() <= m_codes.size(); code = find(code->parentId))
        result.prepend(code->name);
    return result;
}

QString CodeTree::path(qint64 id) const
{
    return joinPath(names(id));
}

int CodeTree::depth(qint64 id) const
{
    return int(names(id).size()) - 1;
}

QList<qint64> CodeTree::children(qint64 parentId) const
{
    return m_children.value(parentId);
}

QList<qint64> CodeTree::subtree(qint64 id) const
{
    QList<qint64> result;
    if (!find(id))
        return result;
    result.append(id);
    for (qsizetype i = 0; i < result.size() && result.size() <= m_codes.size(); ++i)
        result.append(children(result.at(i)));
    return result;
}

QList<qint64> CodeTree::depthFirst() const
{
    QList<qint64> order;
    order.reserve(m_codes.size());
    QList<qint64> stack = children(0);
    std::reverse(stack.begin(), stack.end());
    // Bounded by the number of codes: a cycle in a damaged codebook cannot loop forever.
    while (!stack.isEmpty() && order.size() < m_codes.size()) {
        const qint64 id = stack.takeLast();
        order.append(id);
        const QList<qint64> below = children(id);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            stack.append(*it);
    }
    return order;
}

QList<qint64> CodeTree::ancestors(qint64 id) const
{
    QList<qint64> result;
    const Code *code = find(id);
    while (code && code->parentId != 0 && result.size() < m_codes.size()) {
        result.append(code->parentId);
        code = find(code->parentId);
    }
    return result;
}

const Code *CodeTree::findByPath(const QString &path) const
{
    const QStringList wanted = splitPath(path);
    if (wanted.isEmpty())
        return nullptr;
    qint64 parentId = 0;
    const Code *found = nullptr;
    for (const QString &name : wanted) {
        found = nullptr;
        for (qint64 child : children(parentId)) {
            if (find(child)->name == name) {
                found = find(child);
                break;
            }
        }
        if (!found)
            return nullptr;
        parentId = found->id;
    }
    return found;
}

QString CodeTree::joinPath(const QStringList &names)
{
    QString result;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            result += u'/';
        QString name = names.at(i);
        name.replace(u'\\', QStringLiteral("\\\\"));
        name.replace(u'/', QStringLiteral("\\/"));
        result += name;
    }
    return result;
}

QStringList CodeTree::splitPath(const QString &path)
{
    QStringList names;
    QString current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'\\') {
            if (i + 1 >= path.size())
                return {};
            current += path.at(++i);
        } else if (c == u'/') {
            if (current.trimmed().isEmpty())
                return {};
            names.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    if (current.trimmed().isEmpty())
        return {};
    names.append(current.trimmed());
    return names;
}

} // namespace Marginalia::Core

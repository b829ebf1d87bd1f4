#pragma once

#include "model/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Marginalia::Core {

/**
 * The codebook as a tree in memory, for paths and subtrees. Built from Project::codes(); a snapshot, not
 * kept in sync with the store.
 *
 * A code path joins the names from the top level down with "/" ("Protection/Children"). A "/" or "\"
 * inside a name is written "\/" or "\\", so that every code has exactly one path and every path parses
 * back to its names.
 */
class CodeTree final
{
public:
    CodeTree() = default;
    explicit CodeTree(const QList<Code> &codes);

    const QList<Code> &codes() const { return m_codes; }
    const Code *find(qint64 id) const;
    /// The code at @p path, or nullptr.
    const Code *findByPath(const QString &path) const;

    QStringList names(qint64 id) const;
    QString path(qint64 id) const;
    /// Depth below the top level (0 for a top-level code).
    int depth(qint64 id) const;
    /// Direct children in their order; 0 for the top level.
    QList<qint64> children(qint64 parentId) const;
    /// The code and all codes below it.
    QList<qint64> subtree(qint64 id) const;
    /// Every code in codebook order: depth first, each code before its children, siblings in their order
    /// (how the codebook panel, the frequency table and Compare Coders list codes).
    QList<qint64> depthFirst() const;
    /// The code's ancestors, nearest first.
    QList<qint64> ancestors(qint64 id) const;

    static QString joinPath(const QStringList &names);
    /// Splits a path into names; empty when the path is malformed (empty level, trailing backslash).
    static QStringList splitPath(const QString &path);

private:
    QList<Code> m_codes;
    QHash<qint64, qsizetype> m_index;
    QHash<qint64, QList<qint64>> m_children;
};

} // namespace Marginalia::Core

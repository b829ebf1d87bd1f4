#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Marginalia::Cli {

/// A table for the terminal: columns padded to their widest cell, numbers right-aligned.
class TextTable final
{
public:
    explicit TextTable(QStringList headers, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    void print(QTextStream &out) const;
    qsizetype rowCount() const { return m_rows.size(); }
    const QList<QStringList> &rows() const { return m_rows; }

    /// Columns a string takes on a terminal: wide East Asian characters take two, combining marks none.
    static int displayWidth(const QString &text);

private:
    QStringList m_headers;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};

} // namespace Marginalia::Cli

#pragma once

#include "analysis/excerptreader.h"
#include "base/result.h"
#include "text/textoffsets.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * The coded passages that match a Core::CodingFilter, one row per coding, in document order (document,
 * start, end), each with a little context from its document.
 *
 * Loading happens in two steps, so that a code with a hundred thousand codings shows at once and memory
 * follows what the user scrolls through, not the size of the result (DB Browser for SQLite's row cache
 * works the same way):
 *  - reload() streams the codings through Core::ExcerptReader and keeps only ids, offsets and pages per
 *    row (56 bytes), plus the names of the documents, codes and coders it meets;
 *  - the text of a row (passage, context, pages) is cut from its document when the view asks for more
 *    rows (canFetchMore()/fetchMore(), chunkSize() rows at a time); rowCount() counts those rows, while
 *    totalCount() counts every passage that matched.
 *
 * Offsets in the roles are code points, as stored; positions inside the display text are UTF-16.
 * The model does not watch the project: its owner calls reload() when the project's signals say so.
 */
class ExcerptModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExcerptModel)

public:
    enum Column { DocumentColumn, CodeColumn, CoderColumn, PagesColumn, PassageColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        CodingIdRole = Qt::UserRole + 1,
        DocumentIdRole,
        CodeIdRole,
        CoderIdRole,
        StartRole, ///< code point where the coding starts
        EndRole, ///< code point after its last character
        PassageRole, ///< exactly the coded text, whole, line breaks kept
        /// UTF-16 position and length of the coded part inside the passage column's DisplayRole text,
        /// which is the passage on one line with up to contextLength() characters on either side
        HighlightStartRole,
        HighlightLengthRole,
    };
    Q_ENUM(Role)

    /// Code points of context shown before and after a passage.
    static constexpr int DefaultContextLength = 60;
    static constexpr int DefaultChunkSize = 500;

    explicit ExcerptModel(QObject *parent = nullptr);
    ~ExcerptModel() override;

    /// The project to read; the model forgets its rows (call reload()). nullptr is allowed.
    void setProject(Core::Project *project);
    Core::Project *project() const;

    void setFilter(const Core::CodingFilter &filter) { m_filter = filter; }
    const Core::CodingFilter &filter() const { return m_filter; }

    /// Reads the passages matching filter() again (a model reset) and loads the text of the first chunk.
    /// On failure the model is empty and the error says why.
    Core::Status reload();
    /// Empties the model without reading anything (no code selected).
    void clear();

    int contextLength() const { return m_contextLength; }
    void setContextLength(int codePoints) { m_contextLength = qMax(0, codePoints); }
    int chunkSize() const { return m_chunkSize; }
    void setChunkSize(int rows) { m_chunkSize = qMax(1, rows); }

    /// Every passage that matched, loaded or not.
    qsizetype totalCount() const { return m_keys.size(); }
    /// The documents those passages are in.
    qsizetype documentCount() const { return m_documentCount; }

    /// Row of a coding among all matches (loaded or not), or -1.
    qsizetype rowOfCoding(qint64 codingId) const;
    /// Loads text until at least @p rows rows are loaded (or all are).
    void fetchUntil(qsizetype rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    /// What reload() keeps of every match.
    struct Key
    {
        qint64 codingId = 0;
        qint64 documentId = 0;
        qint64 codeId = 0;
        qint64 coderId = 0;
        qint64 start = 0;
        qint64 end = 0;
        int firstPage = 0; ///< 0: the document has no pages
        int lastPage = 0;
    };
    /// What a loaded row shows.
    struct Row
    {
        QString passage;
        QString line; ///< context + passage + context, on one line
        int highlightStart = 0;
        int highlightLength = 0;
        QString pages;
    };
    /// The text of the document rows were last cut from: rows come in document order, so one entry
    /// serves a whole chunk, and the next chunk usually starts in the same document.
    struct DocumentText
    {
        qint64 documentId = -1;
        QString text;
        Core::TextOffsets offsets;
    };

    void resetData();
    void loadRows(qsizetype count);
    Row makeRow(const Key &key);
    const DocumentText &documentText(qint64 documentId);
    QString toolTip(const Key &key, const Row &row) const;

    QPointer<Core::Project> m_project;
    Core::CodingFilter m_filter;
    int m_contextLength = DefaultContextLength;
    int m_chunkSize = DefaultChunkSize;

    QList<Key> m_keys;
    QList<Row> m_rows; ///< the first m_rows.size() keys, loaded
    qsizetype m_documentCount = 0;
    QHash<qint64, QString> m_documentNames;
    QHash<qint64, QString> m_codePaths;
    QHash<qint64, QString> m_coderNames;
    QHash<qint64, QColor> m_codeColors;
    DocumentText m_text;
    bool m_notifying = false;
};

} // namespace Marginalia::Ui

#include "excerptmodel.h"

#include "codecolor.h"
#include "store/project.h"

#include <algorithm>
#include <limits>

namespace Marginalia::Ui {

namespace {

/// Longer passages show their beginning and end on the one-line display; the tooltip has more.
constexpr qsizetype LongPassage = 320;
constexpr int LongPassageHead = 200;
constexpr int LongPassageTail = 80;
/// A tooltip taller than the screen cannot be read; the rest is one activation away in the document.
constexpr qsizetype ToolTipPassage = 2000;

const QChar Ellipsis(0x2026);

bool isSurrogatePairAt(QStringView text, qsizetype pos)
{
    return pos + 1 < text.size() && text[pos].isHighSurrogate() && text[pos + 1].isLowSurrogate();
}

/// UTF-16 position @p codePoints characters before @p pos, never inside a surrogate pair, and not on a
/// combining mark (it belongs to the character before it).
qsizetype stepBack(QStringView text, qsizetype pos, int codePoints)
{
    for (; codePoints > 0 && pos > 0; --codePoints) {
        --pos;
        if (pos > 0 && text[pos].isLowSurrogate() && text[pos - 1].isHighSurrogate())
            --pos;
    }
    while (pos > 0 && text[pos].isMark())
        --pos;
    return pos;
}

qsizetype stepForward(QStringView text, qsizetype pos, int codePoints)
{
    for (; codePoints > 0 && pos < text.size(); --codePoints)
        pos += isSurrogatePairAt(text, pos) ? 2 : 1;
    while (pos < text.size() && text[pos].isMark())
        ++pos;
    return pos;
}

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == u'\v' || u == u'\f' || u == QChar::LineSeparator
        || u == QChar::ParagraphSeparator;
}

/// Line breaks (inside a passage) and tabs become spaces, one for one, so positions in the line stay valid.
void flatten(QString &text)
{
    for (QChar &c : text) {
        if (isLineBreak(c) || c == u'\t')
            c = u' ';
    }
}

/// Set while the model tells its listeners about a change. A listener that fetched more rows from inside
/// such a signal (a view, QAbstractItemModelTester) would insert rows before the listeners after it have
/// heard of the change; views fetch again once it is done anyway.
class Notifying
{
public:
    explicit Notifying(bool &flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~Notifying() { m_flag = false; }
    Q_DISABLE_COPY_MOVE(Notifying)

private:
    bool &m_flag;
};

} // namespace

ExcerptModel::ExcerptModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ExcerptModel::~ExcerptModel() = default;

Core::Project *ExcerptModel::project() const
{
    return m_project;
}

void ExcerptModel::setProject(Core::Project *project)
{
    const Notifying notifying(m_notifying);
    beginResetModel();
    m_project = project;
    resetData();
    endResetModel();
}

void ExcerptModel::resetData()
{
    m_keys.clear();
    m_rows.clear();
    m_documentCount = 0;
    m_documentNames.clear();
    m_codePaths.clear();
    m_coderNames.clear();
    m_codeColors.clear();
    m_text = {};
}

void ExcerptModel::clear()
{
    const Notifying notifying(m_notifying);
    beginResetModel();
    resetData();
    endResetModel();
}

Core::Status ExcerptModel::reload()
{
    const Notifying notifying(m_notifying);
    beginResetModel();
    resetData();
    Core::Status status = Core::success();
    if (m_project) {
        for (const Core::Code &code : m_project->codes())
            m_codeColors.insert(code.id, CodeColor::of(code));
        qint64 lastDocument = -1;
        // The views die with the callback: copy ids now, and each name once, the first time it is met.
        status = Core::ExcerptReader::forEach(*m_project, m_filter, [&](const Core::Excerpt &excerpt) {
            m_keys.append({excerpt.codingId, excerpt.documentId, excerpt.codeId, excerpt.coderId, excerpt.start,
                           excerpt.end, excerpt.firstPage, excerpt.lastPage});
            if (excerpt.documentId != lastDocument) {
                lastDocument = excerpt.documentId;
                ++m_documentCount;
                if (!m_documentNames.contains(excerpt.documentId))
                    m_documentNames.insert(excerpt.documentId, QString::fromUtf8(excerpt.document));
            }
            if (!m_codePaths.contains(excerpt.codeId))
                m_codePaths.insert(excerpt.codeId, QString::fromUtf8(excerpt.codePath));
            if (!m_coderNames.contains(excerpt.coderId))
                m_coderNames.insert(excerpt.coderId, QString::fromUtf8(excerpt.coder));
            return true;
        });
        if (!status)
            resetData();
    }
    // Inside the reset, so that a view (and a test) sees the first rows as soon as reload() returns.
    loadRows(m_chunkSize);
    endResetModel();
    return status;
}

qsizetype ExcerptModel::rowOfCoding(qint64 codingId) const
{
    const auto it
        = std::find_if(m_keys.cbegin(), m_keys.cend(), [codingId](const Key &key) { return key.codingId == codingId; });
    return it == m_keys.cend() ? -1 : it - m_keys.cbegin();
}

void ExcerptModel::fetchUntil(qsizetype rows)
{
    rows = std::min(rows, m_keys.size());
    if (rows <= m_rows.size())
        return;
    const Notifying notifying(m_notifying);
    beginInsertRows({}, int(m_rows.size()), int(rows - 1));
    loadRows(rows - m_rows.size());
    endInsertRows();
}

bool ExcerptModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_rows.size() < m_keys.size();
}

void ExcerptModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchUntil(m_rows.size() + m_chunkSize);
}

void ExcerptModel::loadRows(qsizetype count)
{
    const qsizetype end = std::min(m_keys.size(), m_rows.size() + count);
    m_rows.reserve(end);
    for (qsizetype i = m_rows.size(); i < end; ++i)
        m_rows.append(makeRow(m_keys.at(i)));
}

const ExcerptModel::DocumentText &ExcerptModel::documentText(qint64 documentId)
{
    if (m_text.documentId != documentId) {
        m_text = {};
        m_text.documentId = documentId;
        if (m_project) {
            if (auto text = m_project->documentText(documentId))
                m_text.text = std::move(*text);
        }
        m_text.offsets = Core::TextOffsets(m_text.text);
    }
    return m_text;
}

ExcerptModel::Row ExcerptModel::makeRow(const Key &key)
{
    const DocumentText &document = documentText(key.documentId);
    const QStringView text = document.text;
    const qsizetype length = document.offsets.codePointCount();
    const qint64 first = std::clamp<qint64>(key.start, 0, length);
    const qsizetype start = document.offsets.toUtf16(first);
    const qsizetype end = document.offsets.toUtf16(std::clamp<qint64>(key.end, first, length));

    Row row;
    row.passage = text.sliced(start, end - start).toString();

    // Context stays inside the passage's paragraph, as NVivo's "broad context" does: on one line, text
    // from the next paragraph would read as if it continued the sentence (and, next to Arabic, bidi
    // reordering would pull it into the right-to-left run). A cut by length snaps to a word boundary.
    qsizetype from = stepBack(text, start, m_contextLength);
    bool cutBefore = from > 0;
    for (qsizetype i = start; i > from; --i) {
        if (isLineBreak(text[i - 1])) {
            from = i;
            cutBefore = false;
            break;
        }
    }
    if (cutBefore) {
        qsizetype space = from;
        while (space < start && !text[space].isSpace())
            ++space;
        // Text without spaces (Chinese, one long word) keeps its cut instead.
        if (space < start)
            from = space + 1;
    }
    qsizetype to = stepForward(text, end, m_contextLength);
    bool cutAfter = to < text.size();
    for (qsizetype i = end; i < to; ++i) {
        if (isLineBreak(text[i])) {
            to = i;
            cutAfter = false;
            break;
        }
    }
    if (cutAfter) {
        qsizetype space = to;
        while (space > end && !text[space - 1].isSpace())
            --space;
        if (space > end)
            to = space - 1;
    }

    QString shown;
    if (end - start > LongPassage) {
        const qsizetype head = stepForward(text, start, LongPassageHead);
        const qsizetype tail = stepBack(text, end, LongPassageTail);
        shown = text.sliced(start, head - start) + QLatin1Char(' ') + Ellipsis + QLatin1Char(' ')
            + text.sliced(tail, end - tail);
    } else {
        shown = row.passage;
    }
    QString before = text.sliced(from, start - from).toString();
    if (cutBefore)
        before.prepend(Ellipsis);
    row.line = before + shown + text.sliced(end, to - end);
    if (cutAfter)
        row.line.append(Ellipsis);
    flatten(row.line);
    row.highlightStart = int(before.size());
    row.highlightLength = int(shown.size());

    if (key.firstPage > 0) {
        row.pages = key.lastPage <= key.firstPage
            ? QString::number(key.firstPage)
            : QString::number(key.firstPage) + QChar(0x2013) + QString::number(key.lastPage);
    }
    return row;
}

int ExcerptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExcerptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExcerptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Key &key = m_keys.at(index.row());
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return m_documentNames.value(key.documentId);
        case CodeColumn:
            return m_codePaths.value(key.codeId);
        case CoderColumn:
            return m_coderNames.value(key.coderId);
        case PagesColumn:
            return row.pages;
        case PassageColumn:
            return row.line;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == CodeColumn) {
            const QColor color = m_codeColors.value(key.codeId);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(key, row);
    case CodingIdRole:
        return key.codingId;
    case DocumentIdRole:
        return key.documentId;
    case CodeIdRole:
        return key.codeId;
    case CoderIdRole:
        return key.coderId;
    case StartRole:
        return key.start;
    case EndRole:
        return key.end;
    case PassageRole:
        return row.passage;
    case HighlightStartRole:
        return row.highlightStart;
    case HighlightLengthRole:
        return row.highlightLength;
    }
    return {};
}

QString ExcerptModel::toolTip(const Key &key, const Row &row) const
{
    QString heading = m_documentNames.value(key.documentId).toHtmlEscaped();
    if (!row.pages.isEmpty())
        heading += QStringLiteral(", ") + tr("p. %1").arg(row.pages);
    heading += QStringLiteral(" &middot; ") + m_codePaths.value(key.codeId).toHtmlEscaped()
        + QStringLiteral(" &middot; ") + m_coderNames.value(key.coderId).toHtmlEscaped();

    QString passage = row.passage;
    if (passage.size() > ToolTipPassage) {
        qsizetype cut = ToolTipPassage;
        if (passage[cut].isLowSurrogate() && passage[cut - 1].isHighSurrogate())
            ++cut;
        const qsizetype rest = Core::TextOffsets::codePointLength(QStringView(passage).sliced(cut));
        passage = passage.left(cut) + QLatin1Char(' ') + Ellipsis + QLatin1Char(' ')
            + tr("(%n more characters)", nullptr, int(std::min<qsizetype>(rest, std::numeric_limits<int>::max())));
    }
    QString tip = QStringLiteral("<p><b>") + heading + QStringLiteral("</b></p><p style=\"white-space:pre-wrap\">")
        + passage.toHtmlEscaped() + QStringLiteral("</p>");
    // The memo is read when asked for: memos change as they are typed, and a tooltip is one row.
    if (m_project) {
        if (const auto coding = m_project->coding(key.codingId); coding && !coding->memo.isEmpty()) {
            tip += QStringLiteral("<hr/><p style=\"white-space:pre-wrap\"><b>") + tr("Memo:").toHtmlEscaped()
                + QStringLiteral("</b> ") + coding->memo.toHtmlEscaped() + QStringLiteral("</p>");
        }
    }
    return tip;
}

QVariant ExcerptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case CodeColumn:
        return tr("Code");
    case CoderColumn:
        return tr("Coder");
    case PagesColumn:
        return tr("Pages");
    case PassageColumn:
        return tr("Passage");
    }
    return {};
}

} // namespace Marginalia::Ui

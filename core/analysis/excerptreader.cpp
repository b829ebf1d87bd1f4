#include "analysis/excerptreader.h"

#include "model/codetree.h"
#include "store/project.h"
#include "store/sqlitestatement_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <algorithm>
#include <vector>

namespace Marginalia::Core {

namespace {

/// Maps code point offsets to byte offsets in one UTF-8 text. Pure ASCII maps one to one; otherwise a
/// byte offset is kept for every 64th code point and the rest is a short forward walk.
class Utf8Offsets
{
public:
    void reset(QByteArrayView utf8, qint64 codePoints)
    {
        m_text = utf8;
        m_ascii = codePoints == utf8.size();
        m_samples.clear();
        if (m_ascii)
            return;
        m_samples.reserve(size_t(codePoints / Step + 1));
        qint64 index = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            if ((uchar(utf8[i]) & 0xC0) != 0x80) {
                if (index % Step == 0)
                    m_samples.push_back(i);
                ++index;
            }
        }
        m_codePoints = index;
    }

    /// Byte offset of code point @p codePoint, clamped to the text.
    qsizetype byteOffset(qint64 codePoint) const
    {
        if (m_ascii)
            return qsizetype(std::clamp<qint64>(codePoint, 0, m_text.size()));
        if (codePoint >= m_codePoints)
            return m_text.size();
        if (codePoint <= 0)
            return 0;
        qsizetype offset = m_samples[size_t(codePoint / Step)];
        for (qint64 remaining = codePoint % Step; remaining > 0; --remaining) {
            ++offset;
            while (offset < m_text.size() && (uchar(m_text[offset]) & 0xC0) == 0x80)
                ++offset;
        }
        return offset;
    }

private:
    static constexpr qint64 Step = 64;
    QByteArrayView m_text;
    bool m_ascii = true;
    qint64 m_codePoints = 0;
    std::vector<qsizetype> m_samples;
};

/// The 1-based page holding code point @p offset, given where pages 1, 2... begin; 0 without pages.
int pageAt(const std::vector<qint64> &pageStarts, qint64 offset)
{
    if (pageStarts.empty())
        return 0;
    return int(std::upper_bound(pageStarts.cbegin(), pageStarts.cend(), offset) - pageStarts.cbegin());
}

} // namespace

QString ExcerptReader::pageRange(const Excerpt &excerpt)
{
    if (excerpt.firstPage <= 0)
        return {};
    if (excerpt.lastPage <= excerpt.firstPage)
        return QString::number(excerpt.firstPage);
    return QString::number(excerpt.firstPage) + u'-' + QString::number(excerpt.lastPage);
}

Status ExcerptReader::forEach(const Project &project, const ExcerptFilter &filter,
                              const std::function<bool(const Excerpt &)> &visit)
{
    const QSqlDatabase db = project.database();
    const CodeTree tree(project.codes());

    QHash<qint64, QByteArray> codePaths;
    for (const Code &code : tree.codes())
        codePaths.insert(code.id, tree.path(code.id).toUtf8());
    QHash<qint64, QByteArray> coderNames;
    {
        SqliteStatement rows(db, "SELECT id, name FROM coders");
        while (rows.next())
            coderNames.insert(rows.int64(0), rows.text(1).toByteArray());
    }
    QHash<qint64, QByteArray> documentNames;
    {
        SqliteStatement rows(db, "SELECT id, name FROM documents");
        while (rows.next())
            documentNames.insert(rows.int64(0), rows.text(1).toByteArray());
    }

    // Parameters are numbered so that unused filters can be bound as 0 ("any") with one statement text.
    SqliteStatement codings(db, filter.includeSubcodes
                                    ? "WITH RECURSIVE subtree(id) AS (SELECT ?1 UNION ALL SELECT codes.id FROM codes "
                                      "JOIN subtree ON codes.parent_id = subtree.id) "
                                      "SELECT id, document_id, code_id, coder_id, start_pos, end_pos, guid, memo, created "
                                      "FROM codings WHERE (?1 = 0 OR code_id IN (SELECT id FROM subtree)) "
                                      "AND (?2 = 0 OR coder_id = ?2) AND (?3 = 0 OR document_id = ?3) "
                                      "ORDER BY document_id, start_pos, end_pos, code_id, coder_id"
                                    : "SELECT id, document_id, code_id, coder_id, start_pos, end_pos, guid, memo, created "
                                      "FROM codings WHERE (?1 = 0 OR code_id = ?1) "
                                      "AND (?2 = 0 OR coder_id = ?2) AND (?3 = 0 OR document_id = ?3) "
                                      "ORDER BY document_id, start_pos, end_pos, code_id, coder_id");
    if (!codings.isValid())
        return Error{codings.errorString()};
    codings.bind(1, filter.codeId);
    codings.bind(2, filter.coderId);
    codings.bind(3, filter.documentId);

    // Kept stepped on the current document's row, so its text pointer stays valid without a copy.
    SqliteStatement text(db, "SELECT text, length FROM documents WHERE id = ?1");
    if (!text.isValid())
        return Error{text.errorString()};

    SqliteStatement pages(db, "SELECT start_pos FROM pages WHERE document_id = ?1 ORDER BY number");
    if (!pages.isValid())
        return Error{pages.errorString()};

    qint64 currentDocument = -1;
    QByteArrayView documentText;
    std::vector<qint64> pageStarts;
    Utf8Offsets offsets;
    Excerpt excerpt;
    while (codings.next()) {
        excerpt.codingId = codings.int64(0);
        excerpt.documentId = codings.int64(1);
        excerpt.codeId = codings.int64(2);
        excerpt.coderId = codings.int64(3);
        excerpt.start = codings.int64(4);
        excerpt.end = codings.int64(5);
        excerpt.guid = codings.text(6);
        excerpt.memo = codings.text(7);
        excerpt.created = codings.text(8);
        if (excerpt.documentId != currentDocument) {
            currentDocument = excerpt.documentId;
            text.reset();
            text.bind(1, currentDocument);
            if (text.next()) {
                documentText = text.text(0);
                offsets.reset(documentText, text.int64(1));
            } else {
                documentText = {};
                offsets.reset({}, 0);
            }
            pageStarts.clear();
            pages.reset();
            pages.bind(1, currentDocument);
            while (pages.next())
                pageStarts.push_back(pages.int64(0));
            const auto name = documentNames.constFind(currentDocument);
            excerpt.document = name == documentNames.constEnd() ? QByteArrayView() : QByteArrayView(*name);
        }
        const auto codePath = codePaths.constFind(excerpt.codeId);
        excerpt.codePath = codePath == codePaths.constEnd() ? QByteArrayView() : QByteArrayView(*codePath);
        const auto coder = coderNames.constFind(excerpt.coderId);
        excerpt.coder = coder == coderNames.constEnd() ? QByteArrayView() : QByteArrayView(*coder);
        const qsizetype from = offsets.byteOffset(excerpt.start);
        const qsizetype to = offsets.byteOffset(excerpt.end);
        excerpt.documentText = documentText;
        excerpt.textByteOffset = from;
        excerpt.text = documentText.sliced(from, to - from);
        excerpt.firstPage = pageAt(pageStarts, excerpt.start);
        excerpt.lastPage = pageAt(pageStarts, std::max(excerpt.start, excerpt.end - 1));
        if (!visit(excerpt))
            return success();
    }
    if (!codings.errorString().isEmpty())
        return Error{QCoreApplication::translate("Marginalia::Core::ExcerptReader", "%1: reading the codings failed: %2")
                         .arg(project.filePath(), codings.errorString())};
    return success();
}

} // namespace Marginalia::Core

#include "analysis/excerptreader.h"

#include "model/codetree.h"
#include "store/documenttextreader.h"
#include "store/project.h"
#include "text/textunits.h"

#include <QCoreApplication>
#include <QHash>

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

Status ExcerptReader::forEach(const Project &project, const CodingFilter &filter,
                              const std::function<bool(const Excerpt &)> &visit)
{
    const CodeTree tree(project.codes());
    QHash<qint64, QByteArray> codePaths;
    for (const Code &code : tree.codes())
        codePaths.insert(code.id, tree.path(code.id).toUtf8());
    QHash<qint64, QByteArray> coderNames;
    for (const Coder &coder : project.coders())
        coderNames.insert(coder.id, coder.name.toUtf8());
    QHash<qint64, QByteArray> documentNames;
    for (const DocumentName &document : project.documentNames())
        documentNames.insert(document.id, document.name.toUtf8());

    DocumentTextReader texts(project);
    qint64 currentDocument = -1;
    QByteArrayView documentText;
    std::vector<qint64> pageStarts;
    QList<NumberedParagraph> paragraphs;
    Utf8Offsets offsets;
    Excerpt excerpt;
    return project.forEachCoding(
        filter, Project::CodingOrder::ByDocument, Project::CodingDetail::Full, [&](const Project::CodingRow &coding) {
            excerpt.codingId = coding.id;
            excerpt.documentId = coding.documentId;
            excerpt.codeId = coding.codeId;
            excerpt.coderId = coding.coderId;
            excerpt.start = coding.start;
            excerpt.end = coding.end;
            excerpt.guid = coding.guid;
            excerpt.memo = coding.memo;
            excerpt.created = coding.created;
            if (excerpt.documentId != currentDocument) {
                currentDocument = excerpt.documentId;
                if (const auto text = texts.text(currentDocument)) {
                    documentText = text->utf8;
                    offsets.reset(documentText, text->length);
                } else {
                    documentText = {};
                    offsets.reset({}, 0);
                }
                pageStarts = texts.pageStarts(currentDocument);
                paragraphs = TextUnits::numberedParagraphs(documentText);
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
            excerpt.paragraph = TextUnits::paragraphNumberAt(paragraphs, from); // byte offsets, both
            return visit(excerpt);
        });
}

} // namespace Marginalia::Core

#pragma once

#include <QByteArrayView>

#include <memory>
#include <optional>
#include <vector>

namespace Marginalia::Core {

class Project;

/**
 * Reads documents' texts for a bulk reader (excerpts, export), one document at a time, as UTF-8 straight
 * from the file without a copy: with thousands of documents and megabytes of text, copying each into a
 * QString would cost more than the rest of the export.
 */
class DocumentTextReader final
{
public:
    explicit DocumentTextReader(const Project &project);
    ~DocumentTextReader();
    DocumentTextReader(const DocumentTextReader &) = delete;
    DocumentTextReader &operator=(const DocumentTextReader &) = delete;

    struct Text
    {
        QByteArrayView utf8; ///< valid until the next call to text() or the reader's end
        qint64 length = 0; ///< in code points
    };
    /// The stored text of a document; nothing when there is no such document.
    std::optional<Text> text(qint64 documentId);
    /// Code point offsets where each page begins (the first is 0); empty for unpaged documents.
    std::vector<qint64> pageStarts(qint64 documentId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Marginalia::Core

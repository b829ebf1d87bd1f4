#pragma once

#include "import/documentformat.h"

namespace Marginalia::Core {

/**
 * Markdown (.md, .markdown, .mdown): plain text whose markup is kept as it is and stored as "markdown".
 * Only the name tells Markdown from plain text.
 */
class MarkdownFormat final : public DocumentFormat
{
public:
    QString key() const override;
    QString label() const override;
    QString mimeType() const override;
    QStringList suffixes() const override;
    /// True for "markdown": a project from before version 3 recorded a Markdown file as "text/plain".
    bool isStoredFormat(const QString &format) const override;
    /// Evidence::Name for a Markdown suffix.
    Sniff sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName) const override;
};

} // namespace Marginalia::Core

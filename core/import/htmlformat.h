#pragma once

#include "import/documentformat.h"

namespace Marginalia::Core {

/// HTML (.html, .htm, .xhtml), read by HtmlReader: the visible text of the page with its blocks.
class HtmlFormat final : public DocumentFormat
{
public:
    QString key() const override;
    QString label() const override;
    QString mimeType() const override;
    QStringList suffixes() const override;
    /// Evidence::Markup for a page that begins like one (HtmlReader::looksLikeHtml()), whatever its name;
    /// Evidence::Name for an HTML suffix (a fragment such as "<p>...").
    Sniff sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName) const override;
};

} // namespace Marginalia::Core

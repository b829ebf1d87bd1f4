#pragma once

#include "base/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QString>

namespace Marginalia::Core {

/**
 * Extracts the visible text of an HTML page with its block structure, roughly as a browser's "innerText"
 * has it, with a tokenizer of its own that copes with the HTML people save from the web (unclosed
 * paragraphs, unquoted attributes, stray "<" and "&"), where an XML parser would give up.
 *
 * - Text: white space collapsed (kept in <pre> and <textarea>); character references decoded (numeric,
 *   and the HTML 4 names plus &apos;; the Latin-1 names also without ";", as browsers do).
 * - Blocks: a blank line around p, h1-h6, lists, tables, blockquote, pre, hr...; a line break around div,
 *   li, tr, section and the other block elements, and at <br>; table cells separated by tabs; list items
 *   marked "• " or numbered "1. " (ol start and li value honoured).
 * - Left out: the head (title included), script, style, template, noscript, svg, select, canvas, audio,
 *   video, comments, and elements marked hidden (the hidden attribute, style="display:none").
 *
 * Encoding: a byte-order mark decides; else the charset the page declares (<meta charset>, <meta
 * http-equiv="Content-Type">, or an XML declaration, within the first 4096 bytes, with the WHATWG
 * meaning of the labels: "iso-8859-1" is windows-1252...); else TextDecoder's detection. A declared
 * charset the bytes do not fit falls back to detection, with a warning.
 */
class HtmlReader final
{
public:
    /// @p fileName names the file in messages.
    static Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName);

    /// True when the first bytes of a file are those of an HTML page (doctype, <html>, <head> or <body>).
    static bool looksLikeHtml(QByteArrayView head);
    /// The encoding the page declares, as an iconv name ("WINDOWS-1252" for "iso-8859-1"); empty if none.
    static QString declaredEncoding(QByteArrayView head);
    /// The visible text of decoded HTML.
    static QString toText(QStringView html);
};

} // namespace Marginalia::Core

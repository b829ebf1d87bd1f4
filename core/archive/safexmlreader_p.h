#pragma once

// Internal to the core: XML reading for the importers (.docx, .odt), with what hostile files try refused.

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <initializer_list>

namespace Marginalia::Core {

/**
 * QXmlStreamReader with the limits an importer needs. Office and OpenDocument parts never have a document
 * type declaration, so a DTD is refused outright: no entity can be declared, none expanded (no "billion
 * laughs"), none resolved from outside (QXmlStreamReader never fetches anything anyway). References to
 * undeclared entities and nesting deeper than MaxDepth are refused too. Errors name the part and the line.
 */
class SafeXmlReader final
{
public:
    static constexpr int MaxDepth = 128; // real documents nest 20-40 deep; the importers recurse
    /// The largest number intAttribute() returns, either sign.
    static constexpr int MaxNumber = 1'000'000;

    /// @p where names the part in messages, e.g. "report.docx: word/document.xml".
    SafeXmlReader(const QByteArray &xml, const QString &where);

    /// The next token; QXmlStreamReader::Invalid at the end or on an error (see failed()).
    QXmlStreamReader::TokenType next();
    /// Moves to the next child of the current element: true on the child's start tag, false past the
    /// current element's end tag, at the end or on an error. Text between the children is passed over, so
    /// each child must be read to its end tag (skipElement(), elementText(), a nested loop) before the next.
    bool nextChild();
    /// Moves to the next start tag inside the element at depth @p depth (depth() taken on its start tag),
    /// at any level below it that the caller does not skip: true on it, false past that element's end tag,
    /// at the end or on an error.
    bool nextDescendant(int depth);
    /// Skips the rest of the current element (the reader is on its start tag).
    void skipElement();
    /// The text of the current element and its descendants (the reader is on its start tag); leaves the
    /// reader on its end tag.
    QString elementText();

    QXmlStreamReader &xml() { return m_xml; }
    bool failed() const { return !m_error.isEmpty(); }
    /// Empty when the document was read without an error.
    QString error() const { return m_error; }
    /// Marks the read as failed with @p problem (the part and line are added).
    void fail(const QString &problem);
    int depth() const { return m_depth; }

    /// The value of attribute @p name in any of the namespaces @p namespaces (or without one).
    QString attribute(QStringView name, std::initializer_list<QStringView> namespaces) const;
    /// attribute() as an integer within +-MaxNumber; @p fallback when it is missing or not a number.
    int intAttribute(QStringView name, std::initializer_list<QStringView> namespaces, int fallback) const;

private:
    // Fed from a device, the reader decodes a few kilobytes at a time; given the bytes, it would first
    // decode all of them into one string, twice the memory of a large part.
    QByteArray m_bytes;
    QBuffer m_buffer;
    QXmlStreamReader m_xml;
    QString m_where;
    QString m_error;
    int m_depth = 0;
};

} // namespace Marginalia::Core

#include "archive/safexmlreader_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::SafeXmlReader)
};

} // namespace

SafeXmlReader::SafeXmlReader(const QByteArray &xml, const QString &where)
    : m_bytes(xml)
    , m_where(where)
{
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_xml.setDevice(&m_buffer);
    // Qt expands nothing it was not declared, but a DTD's declarations it would: we never let one through.
    m_xml.setNamespaceProcessing(true);
}

void SafeXmlReader::fail(const QString &problem)
{
    if (m_error.isEmpty()) {
        m_error = Tr::tr("%1: line %2: %3").arg(m_where, QString::number(m_xml.lineNumber()), problem);
    }
    m_xml.raiseError(problem);
}

QXmlStreamReader::TokenType SafeXmlReader::next()
{
    // Reading past the end of a complete document would report it "premature".
    if (failed() || m_xml.tokenType() == QXmlStreamReader::EndDocument)
        return QXmlStreamReader::Invalid;
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    switch (token) {
    case QXmlStreamReader::DTD:
        fail(Tr::tr("the XML has a document type declaration (DTD), which Word and OpenDocument files never "
                    "have; it could declare entities that expand without bound, so the file is refused."));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::EntityReference:
        fail(Tr::tr("the XML refers to an undeclared entity \"&%1;\".").arg(m_xml.name()));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::StartElement:
        if (++m_depth > MaxDepth) {
            fail(Tr::tr("the XML is nested more than %1 levels deep.").arg(MaxDepth));
            return QXmlStreamReader::Invalid;
        }
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    case QXmlStreamReader::Invalid:
        if (m_xml.error() != QXmlStreamReader::NoError && m_error.isEmpty())
            m_error = Tr::tr("%1: line %2: the XML is malformed: %3")
                          .arg(m_where, QString::number(m_xml.lineNumber()), m_xml.errorString());
        break;
    default:
        break;
    }
    return token;
}

bool SafeXmlReader::nextChild()
{
    while (next() != QXmlStreamReader::Invalid) {
        // Children are read to their end, so the first end tag met is the current element's.
        if (m_xml.isEndElement())
            return false;
        if (m_xml.isStartElement())
            return true;
    }
    return false;
}

bool SafeXmlReader::nextDescendant(int depth)
{
    while (m_depth >= depth) {
        if (next() == QXmlStreamReader::Invalid)
            return false;
        if (m_xml.isStartElement())
            return true;
    }
    return false;
}

void SafeXmlReader::skipElement()
{
    const int target = m_depth - 1;
    while (m_depth > target) {
        if (next() == QXmlStreamReader::Invalid)
            return;
    }
}

QString SafeXmlReader::elementText()
{
    QString text;
    const int target = m_depth - 1;
    while (m_depth > target) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::Characters)
            text += m_xml.text();
    }
    return text;
}

QString SafeXmlReader::attribute(QStringView name, std::initializer_list<QStringView> namespaces) const
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() != name)
            continue;
        if (attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
        for (const QStringView ns : namespaces) {
            if (attribute.namespaceUri() == ns)
                return attribute.value().toString();
        }
    }
    return {};
}

int SafeXmlReader::intAttribute(QStringView name, std::initializer_list<QStringView> namespaces, int fallback) const
{
    bool ok = false;
    const int value = attribute(name, namespaces).toInt(&ok);
    // Start values, ids and repeat counts far beyond any real document would let counters overflow.
    return ok ? std::clamp(value, -MaxNumber, MaxNumber) : fallback;
}

} // namespace Marginalia::Core

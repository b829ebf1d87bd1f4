#include "export/csvwriter.h"

#include <QIODevice>
#include <QStringList>

namespace Marginalia::Core {

namespace {

constexpr qsizetype FlushThreshold = 256 * 1024;

bool startsLikeFormula(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    switch (utf8.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(QByteArrayView utf8)
{
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, FormulaGuard guard)
    : m_device(device)
    , m_guard(guard)
{
    m_buffer.reserve(FlushThreshold + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::appendField(QByteArray &out, QByteArrayView utf8, FormulaGuard guard)
{
    const bool guarded = guard == FormulaGuard::On && startsLikeFormula(utf8);
    if (!needsQuotes(utf8)) {
        if (guarded)
            out += '\'';
        out += utf8;
        return;
    }
    out += '"';
    if (guarded)
        out += '\'';
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '"') {
            out += utf8.sliced(from, i + 1 - from);
            out += '"';
            from = i + 1;
        }
    }
    out += utf8.sliced(from);
    out += '"';
}

QByteArray CsvWriter::encodeField(QByteArrayView utf8, FormulaGuard guard)
{
    QByteArray out;
    appendField(out, utf8, guard);
    return out;
}

void CsvWriter::writeByteOrderMark()
{
    m_buffer += QByteArrayView("\xEF\xBB\xBF");
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
}

void CsvWriter::addField(QByteArrayView utf8)
{
    separate();
    appendField(m_buffer, utf8, m_guard);
}

void CsvWriter::addField(QStringView text)
{
    addField(QByteArrayView(text.toUtf8()));
}

void CsvWriter::addNumber(qint64 number)
{
    separate();
    m_buffer += QByteArray::number(number);
}

void CsvWriter::addDecimal(double number, int decimals)
{
    separate();
    m_buffer += QByteArray::number(number, 'f', decimals);
}

void CsvWriter::addEmpty()
{
    separate();
}

void CsvWriter::endRow()
{
    m_buffer += "\r\n";
    m_rowStarted = false;
    if (m_buffer.size() >= FlushThreshold)
        flush();
}

void CsvWriter::addRow(const QStringList &fields)
{
    for (const QString &field : fields)
        addField(QStringView(field));
    endRow();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty() || hasError())
        return !hasError();
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QStringLiteral("write failed");
    }
    m_buffer.clear();
    return !hasError();
}

} // namespace Marginalia::Core

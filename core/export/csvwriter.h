#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace Marginalia::Core {

/**
 * Writes CSV as RFC 4180 defines it: fields separated by commas, rows ended by CRLF, a field quoted when it
 * holds a comma, a double quote, CR or LF, and a double quote inside a quoted field doubled. Text is UTF-8.
 *
 * Spreadsheets run a cell that starts with =, +, -, @, tab or CR as a formula ("CSV injection"), and coded
 * text from the web can start with anything; by default such a text field gets a leading apostrophe, which
 * spreadsheets show as plain text. Numbers written with addNumber() are never changed.
 */
class CsvWriter final
{
public:
    enum class FormulaGuard { On, Off };

    explicit CsvWriter(QIODevice *device, FormulaGuard guard = FormulaGuard::On);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// A UTF-8 byte order mark first, for spreadsheets that otherwise guess a legacy encoding.
    void writeByteOrderMark();
    void addField(QStringView text);
    void addField(QByteArrayView utf8);
    void addNumber(qint64 number);
    /// A decimal number with @p decimals digits after a dot, whatever the locale (never guarded: a
    /// negative kappa is a number, not a formula).
    void addDecimal(double number, int decimals);
    /// An empty field: what a statistic that is not defined for the data is written as.
    void addEmpty();
    void endRow();
    void addRow(const QStringList &fields);

    /// Writes what is buffered; false when the device failed (disk full...), see errorString().
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    /// One field as it would be written, for tests and previews.
    static QByteArray encodeField(QByteArrayView utf8, FormulaGuard guard);

private:
    void separate();
    static void appendField(QByteArray &out, QByteArrayView utf8, FormulaGuard guard);

    QIODevice *m_device;
    FormulaGuard m_guard;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    QString m_error;
};

} // namespace Marginalia::Core

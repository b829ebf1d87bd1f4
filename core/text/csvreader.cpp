#include "text/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <csv.h>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::CsvReader)
};

struct Collector
{
    QList<QStringList> rows;
    QStringList row;
    qsizetype badRow = -1; ///< the first row with a field that is not UTF-8

    static void field(void *data, size_t size, void *context)
    {
        auto *self = static_cast<Collector *>(context);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(QByteArrayView(static_cast<const char *>(data), qsizetype(size)));
        if (decoder.hasError() && self->badRow < 0)
            self->badRow = self->rows.size() + 1;
        self->row.append(std::move(text));
    }

    static void endOfRow(int, void *context)
    {
        auto *self = static_cast<Collector *>(context);
        bool empty = true;
        for (const QString &field : std::as_const(self->row))
            empty = empty && field.trimmed().isEmpty();
        if (!empty)
            self->rows.append(self->row);
        self->row.clear();
    }
};

} // namespace

Result<QList<QStringList>> CsvReader::rows(const QByteArray &bytes)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return Error{Tr::tr("Could not start reading CSV.")};
    const qsizetype headerEnd = data.indexOf('\n');
    const QByteArrayView header = headerEnd < 0 ? data : data.first(headerEnd);
    if (header.contains(';') && !header.contains(','))
        csv_set_delim(&parser, ';');
    Collector collector;
    const size_t read
        = csv_parse(&parser, data.data(), size_t(data.size()), &Collector::field, &Collector::endOfRow, &collector);
    int error = read == size_t(data.size()) ? CSV_SUCCESS : csv_error(&parser);
    if (error == CSV_SUCCESS && csv_fini(&parser, &Collector::field, &Collector::endOfRow, &collector) != 0)
        error = csv_error(&parser);
    csv_free(&parser);
    if (error != CSV_SUCCESS) {
        return Error{Tr::tr("The CSV cannot be read after row %1: %2 (a quote that is not closed, or a quote inside an "
                            "unquoted field).")
                         .arg(collector.rows.size())
                         .arg(QString::fromLatin1(csv_strerror(error)))};
    }
    if (collector.badRow > 0)
        return Error{Tr::tr("Row %1 of the CSV is not UTF-8 text: save it as \"CSV UTF-8\".").arg(collector.badRow)};
    return collector.rows;
}

} // namespace Marginalia::Core

#include "export/classreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>

#include <algorithm>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ClassReport)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString ClassReport::statisticCell(const Statistic &statistic)
{
    if (!statistic.value)
        return QStringLiteral("<td class=\"na\" title=\"%1\">n/a</td>").arg(escaped(statistic.undefinedReason));
    return QStringLiteral("<td style=\"background:%1\">%2</td>")
        .arg(shadeOf(*statistic.value), QString::number(*statistic.value, 'f', 3));
}

QString ClassReport::shadeOf(double value)
{
    const double t = std::clamp(value, 0.0, 1.0);
    struct Rgb
    {
        double r, g, b;
    };
    const Rgb red{244, 199, 195};
    const Rgb yellow{252, 232, 178};
    const Rgb green{183, 225, 205};
    const auto mix = [](const Rgb &a, const Rgb &b, double f) {
        return Rgb{a.r + (b.r - a.r) * f, a.g + (b.g - a.g) * f, a.b + (b.b - a.b) * f};
    };
    const Rgb c = t < 0.5 ? mix(red, yellow, t * 2) : mix(yellow, green, (t - 0.5) * 2);
    return QStringLiteral("#%1%2%3")
        .arg(qRound(c.r), 2, 16, QLatin1Char('0'))
        .arg(qRound(c.g), 2, 16, QLatin1Char('0'))
        .arg(qRound(c.b), 2, 16, QLatin1Char('0'));
}

Status ClassReport::writeHtml(const QList<ScoreRow> &rows, const QString &projectName, const QString &keyName,
                              QIODevice *device)
{
    // Students in the rows' order, codes in the order they first appear (the codebook's).
    QStringList students;
    QStringList codes;
    for (const ScoreRow &row : rows) {
        if (!students.contains(row.coder))
            students.append(row.coder);
        if (!row.codePath.isEmpty() && !codes.contains(row.codePath))
            codes.append(row.codePath);
    }
    const auto find = [&rows](const QString &student, const QString &code) -> const ScoreRow * {
        for (const ScoreRow &row : rows) {
            if (row.coder == student && row.codePath == code)
                return &row;
        }
        return nullptr;
    };

    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n")
                .arg(escaped(Tr::tr("Class report: %1").arg(projectName)));
    html += QStringLiteral("<style>\n"
                           "body{font-family:sans-serif;margin:2em;color:#222}\n"
                           "table{border-collapse:collapse;margin:1em 0}\n"
                           "th,td{border:1px solid #999;padding:0.3em 0.6em;text-align:right}\n"
                           "th{background:#eee}\n"
                           "td.name,th.name{text-align:left}\n"
                           "td.na{color:#777}\n"
                           "@media print{body{margin:0}th{background:#eee!important;-webkit-print-color-adjust:exact;"
                           "print-color-adjust:exact}td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
                           "</style>\n</head>\n<body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(Tr::tr("Class report: %1").arg(projectName)));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(escaped(Tr::tr("Each student's coding compared with the key (%1), character by character: Cohen's "
                                    "kappa per code, and over all codes either coded. Made %2 by Marginalia.")
                                 .arg(keyName, QDateTime::currentDateTime().toString(Qt::ISODate))));

    // The table: kappa per code, then the pooled kappa, precision and recall.
    html += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th class=\"name\">%2</th>")
                .arg(escaped(Tr::tr("Cohen's kappa with the key")), escaped(Tr::tr("Student")));
    for (const QString &code : std::as_const(codes))
        html += QStringLiteral("<th>%1</th>").arg(escaped(code));
    html += QStringLiteral("<th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(escaped(Tr::tr("All codes")), escaped(Tr::tr("Precision")), escaped(Tr::tr("Recall")));
    for (const QString &student : std::as_const(students)) {
        html += QStringLiteral("<tr><td class=\"name\">%1</td>").arg(escaped(student));
        for (const QString &code : std::as_const(codes)) {
            const ScoreRow *row = find(student, code);
            html += row ? statisticCell(row->cohenKappa) : QStringLiteral("<td class=\"na\">&ndash;</td>");
        }
        const ScoreRow *summary = find(student, QString());
        if (summary)
            html += statisticCell(summary->cohenKappa) + statisticCell(summary->precision)
                + statisticCell(summary->recall);
        else
            html += QStringLiteral("<td></td><td></td><td></td>");
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");

    // The chart: one group of three bars per student (kappa, precision, recall over all codes), 0 to 1.
    const int barHeight = 10;
    const int groupHeight = 3 * barHeight + 12;
    const int labelWidth = 160;
    const int plotWidth = 400;
    const int height = int(students.size()) * groupHeight + 40;
    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(Tr::tr("Over all codes")));
    html += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" "
                           "aria-label=\"%3\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .arg(labelWidth + plotWidth + 60)
                .arg(height)
                .arg(escaped(Tr::tr("Kappa, precision and recall of each student over all codes")));
    const QString colors[] = {QStringLiteral("#4E79A7"), QStringLiteral("#F28E2B"), QStringLiteral("#59A14F")};
    const QString names[] = {Tr::tr("kappa"), Tr::tr("precision"), Tr::tr("recall")};
    for (int i = 0; i < 3; ++i) {
        html += QStringLiteral("<rect x=\"%1\" y=\"4\" width=\"10\" height=\"10\" fill=\"%2\"/><text x=\"%3\" "
                               "y=\"13\">%4</text>\n")
                    .arg(labelWidth + i * 110)
                    .arg(colors[i])
                    .arg(labelWidth + i * 110 + 14)
                    .arg(escaped(names[i]));
    }
    int y = 24;
    for (const QString &student : std::as_const(students)) {
        html += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n")
                    .arg(labelWidth - 6)
                    .arg(y + 2 * barHeight)
                    .arg(escaped(student));
        const ScoreRow *summary = find(student, QString());
        const Statistic *values[] = {summary ? &summary->cohenKappa : nullptr, summary ? &summary->precision : nullptr,
                                     summary ? &summary->recall : nullptr};
        for (int i = 0; i < 3; ++i) {
            const double value = values[i] && values[i]->value ? *values[i]->value : 0.0;
            const int width = int(std::clamp(value, 0.0, 1.0) * plotWidth);
            html += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>"
                                   "<text x=\"%6\" y=\"%7\" font-size=\"10\">%8</text>\n")
                        .arg(labelWidth)
                        .arg(y + i * barHeight)
                        .arg(width)
                        .arg(barHeight - 1)
                        .arg(colors[i])
                        .arg(labelWidth + width + 4)
                        .arg(y + i * barHeight + barHeight - 2)
                        .arg(values[i] && values[i]->value ? QString::number(value, 'f', 2) : Tr::tr("n/a"));
        }
        y += groupHeight;
    }
    html += QStringLiteral("</svg>\n</body>\n</html>\n");
    const QByteArray bytes = html.toUtf8();
    if (device->write(bytes) != bytes.size())
        return Error{Tr::tr("Writing the class report failed: %1").arg(device->errorString())};
    return success();
}

} // namespace Marginalia::Core

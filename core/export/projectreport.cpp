#include "export/projectreport.h"

#include "analysis/coderagreement.h"
#include "analysis/excerptreader.h"
#include "export/classreport.h"
#include "model/codetree.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace Marginalia::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::ProjectReport)
};

/// @p text as XML character data or a double-quoted attribute value: the markup characters escaped, and
/// the control characters XML 1.0 forbids (a PDF's stray form feed, say) replaced, so that the page stays
/// well-formed whatever the documents, codes and memos hold.
QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        case u'\t':
        case u'\n':
            out += c;
            break;
        case u'\r':
            break;
        case 0xFFFE:
        case 0xFFFF:
            out += QChar(QChar::ReplacementCharacter);
            break;
        default:
            if (c.unicode() < 0x20)
                out += QChar(QChar::ReplacementCharacter);
            else
                out += c;
        }
    }
    return out;
}

QString escaped(QByteArrayView utf8)
{
    return escaped(QString::fromUtf8(utf8));
}

/// A code's colour as the page may use it: "#rrggbb", or a neutral grey for a code without one (or with a
/// value that is no colour: it is written into a style attribute).
QString colorOf(const Code *code)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (code && hex.match(code->color).hasMatch())
        return code->color.toLower();
    return QStringLiteral("#9e9e9e");
}

/// The page is written as it is made, in chunks, so that the excerpts of a large project never sit in
/// memory all at once.
class PageWriter
{
public:
    explicit PageWriter(QIODevice *device)
        : m_device(device)
    {
    }

    PageWriter &operator<<(const QString &text)
    {
        m_buffer += text;
        if (m_buffer.size() > 64 * 1024)
            flush();
        return *this;
    }

    bool flush()
    {
        if (m_buffer.isEmpty() || m_failed)
            return !m_failed;
        const QByteArray bytes = m_buffer.toUtf8();
        m_buffer.clear();
        if (m_device->write(bytes) != bytes.size())
            m_failed = true;
        return !m_failed;
    }

    bool failed() const { return m_failed; }

private:
    QIODevice *m_device;
    QString m_buffer;
    bool m_failed = false;
};

QString styleSheet(bool rightToLeft, bool forTextDocument)
{
    // QTextDocument lays a page out within the printer's margins already, and has no max-width to centre
    // the page in a wide window: the body's own margins there would only narrow the tables.
    const QString body = forTextDocument ? QStringLiteral("body{font-family:sans-serif;color:#222}\n")
                                         : QStringLiteral("body{font-family:sans-serif;margin:2em auto;max-width:62em;"
                                                          "padding:0 1.5em;color:#222;line-height:1.4}\n");
    const QString start = rightToLeft ? QStringLiteral("right") : QStringLiteral("left");
    return body
        + QStringLiteral("h1{font-size:1.8em;margin:0 0 0.3em 0}\n"
                         "h2{font-size:1.4em;border-bottom:1px solid #999;margin-top:1.8em;page-break-before:always}\n"
                         "h2.first{page-break-before:auto}\n"
                         "h3{font-size:1.15em;margin:1.2em 0 0.4em 0}\n"
                         "h4{font-size:1em;margin:0.8em 0 0.2em 0}\n"
                         "p.meta{color:#555;margin:0.2em 0}\n"
                         "table{border-collapse:collapse;margin:0.6em 0}\n"
                         "th,td{border:1px solid #999;padding:0.25em 0.4em;text-align:right;vertical-align:top}\n"
                         "th{background:#eee;font-size:0.88em}\n"
                         "th.name,td.name,td.text{text-align:%1}\n"
                         "th.group{text-align:center}\n"
                         "td.text{white-space:pre-wrap;max-width:34em}\n"
                         "td.na{color:#777}\n"
                         "td.code{white-space:nowrap}\n"
                         "tr.total td{font-weight:bold}\n"
                         ".swatch{font-size:1.1em}\n"
                         "blockquote{margin:0.2em 0 0.9em 0;padding:0.3em 0.8em;border-inline-start:3px solid #bbb;"
                         "background:#f6f6f6;white-space:pre-wrap}\n"
                         "div.excerpt{page-break-inside:avoid}\n"
                         "p.source{margin:0.8em 0 0.1em 0;color:#444;font-size:0.92em}\n"
                         "p.memo,div.memo{white-space:pre-wrap;margin:0.2em 0 0.8em 0}\n"
                         "p.memo{color:#444;font-size:0.92em}\n"
                         "p.hint{color:#666;font-style:italic}\n"
                         "ol.contents{margin:0.3em 0}\n"
                         "@media print{body{margin:0;max-width:none;padding:0}"
                         "th,td,blockquote{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n")
              .arg(start);
}

} // namespace

QString ProjectReport::describeScope(const QString &setName, const QString &condition)
{
    // The set's name in quotes, since a name may read as words of the sentence; a condition as typed.
    if (!setName.isEmpty() && !condition.isEmpty())
        return Tr::tr("the set \u201C%1\u201D, documents where %2").arg(setName, condition);
    if (!setName.isEmpty())
        return Tr::tr("the set \u201C%1\u201D").arg(setName);
    if (!condition.isEmpty())
        return Tr::tr("documents where %1").arg(condition);
    return {};
}

QString ProjectReport::frequencyChartSvg(const Frequencies &frequencies, const CodeTree &codes, int maxCodes)
{
    int others = 0;
    qint64 otherCodings = 0;
    const QList<CodeFrequency> shown = frequencies.chartedCodes(maxCodes, &others, &otherCodings);
    if (shown.isEmpty())
        return {};
    struct Bar
    {
        QString label;
        QString fullLabel;
        QString color;
        qint64 codings = 0;
    };
    QList<Bar> bars;
    for (const CodeFrequency &code : shown) {
        const QString path = code.codePath;
        const QString label = path.size() > 34 ? path.left(33) + QChar(0x2026) : path;
        bars.append({label, path, colorOf(codes.find(code.codeId)), code.codings});
    }
    if (others > 0) {
        const QString label = Tr::tr("Other codes (%n)", nullptr, others);
        bars.append({label, label, QStringLiteral("#bdbdbd"), otherCodings});
    }
    qint64 maximum = 1;
    for (const Bar &bar : std::as_const(bars))
        maximum = std::max(maximum, bar.codings);

    const int labelWidth = 260;
    const int plotWidth = 440;
    const int barHeight = 20;
    const int step = barHeight + 6;
    const int top = 6;
    const int width = labelWidth + plotWidth + 60;
    const int height = top + int(bars.size()) * step + 6;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" direction=\"ltr\" role=\"img\" aria-label=\"%3\" "
                                 "font-family=\"sans-serif\" "
                                 "font-size=\"13\">\n")
                      .arg(width)
                      .arg(height)
                      .arg(escaped(Tr::tr("Codings per code, the most coded codes first")));
    int y = top;
    for (const Bar &bar : std::as_const(bars)) {
        const int length = std::max(1, int(double(bar.codings) / double(maximum) * plotWidth));
        svg += QStringLiteral("<g><title>%1</title>"
                              "<text x=\"%2\" y=\"%3\" text-anchor=\"end\">%4</text>"
                              "<rect x=\"%5\" y=\"%6\" width=\"%7\" height=\"%8\" fill=\"%9\"/>")
                   .arg(escaped(bar.fullLabel))
                   .arg(labelWidth - 8)
                   .arg(y + barHeight - 5)
                   .arg(escaped(bar.label))
                   .arg(labelWidth)
                   .arg(y)
                   .arg(length)
                   .arg(barHeight)
                   .arg(bar.color);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text></g>\n")
                   .arg(labelWidth + length + 5)
                   .arg(y + barHeight - 5)
                   .arg(bar.codings);
        y += step;
    }
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#666\" stroke-width=\"1\"/>\n")
               .arg(labelWidth)
               .arg(top - 2)
               .arg(y - 4);
    svg += QStringLiteral("</svg>\n");
    return svg;
}

Result<ProjectReportSummary> ProjectReport::writeHtml(const Project &project, const ProjectReportOptions &options,
                                                      QIODevice *device)
{
    const CodeTree tree(project.codes());
    auto frequencies = Frequencies::compute(project, 0, options.documentIds);
    if (!frequencies)
        return Error{frequencies.error()};
    QHash<qint64, const CodeFrequency *> frequencyOf;
    for (const CodeFrequency &row : std::as_const(frequencies->byCode))
        frequencyOf.insert(row.codeId, &row);

    // The coders who coded (in the scope), by name: the title names them, the per-coder table and the
    // agreement compare them.
    QMap<QString, qint64> coderIdByName;
    for (const CoderCodeFrequency &row : std::as_const(frequencies->byCoder))
        coderIdByName.insert(row.coder, row.coderId);
    QStringList coderNames = coderIdByName.keys();
    if (coderNames.isEmpty()) {
        for (const Coder &coder : project.coders())
            coderNames.append(coder.name);
    }

    QString language = options.language.isEmpty() ? QLocale().bcp47Name() : QLocale(options.language).bcp47Name();
    if (language.isEmpty() || language == QLatin1String("C"))
        language = QStringLiteral("en");
    const bool rightToLeft = QLocale(language).textDirection() == Qt::RightToLeft;
    const QString projectName = project.name().isEmpty() ? project.filePath() : project.name();
    const QString title = Tr::tr("Project report: %1").arg(projectName);

    // The direction of a block of other people's text: "auto" lets a browser take it from the first strong
    // character; QTextDocument knows only ltr and rtl, so for it the same rule is applied here.
    const bool forTextDocument = options.chart == ProjectReportOptions::Chart::Image;
    const auto directionOf = [forTextDocument](QStringView text) {
        if (!forTextDocument)
            return QStringLiteral("auto");
        return text.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    };

    ProjectReportSummary summary;
    PageWriter page(device);
    page << QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\" dir=\"%2\">\n"
                           "<head>\n<meta charset=\"utf-8\"/>\n")
                .arg(escaped(language), rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    // The excerpts are other people's text: whatever they hold, the page loads nothing and runs nothing.
    page << QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'; img-src data:\"/>\n");
    page << QStringLiteral("<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n")
                .arg(escaped(title), styleSheet(rightToLeft, forTextDocument));

    // Title block.
    page << QStringLiteral("<h1 dir=\"auto\">%1</h1>\n").arg(escaped(title));
    const QString generator = options.generator.isEmpty() ? QStringLiteral("Marginalia") : options.generator;
    page << QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(escaped(
                    Tr::tr("Made on %1 by %2.")
                        .arg(QLocale(language).toString(QDate::currentDate(), QLocale::LongFormat), generator)));
    page << QStringLiteral("<p class=\"meta\" dir=\"auto\">%1</p>\n")
                .arg(escaped(coderNames.isEmpty() ? Tr::tr("Nobody has coded yet.")
                                                  : Tr::tr("Coders (%n): %1", nullptr, int(coderNames.size()))
                                                        .arg(coderNames.join(QStringLiteral(", ")))));
    const QList<DocumentName> allDocuments = project.documentNames();
    if (options.documentIds && !options.scopeDescription.isEmpty()) {
        page << QStringLiteral("<p class=\"meta\" dir=\"auto\">%1</p>\n")
                    .arg(escaped(
                        Tr::tr("Scope: %1; %2 of the project's %n document(s).", nullptr, int(allDocuments.size()))
                            .arg(options.scopeDescription, QString::number(options.documentIds->size()))));
    } else if (options.documentIds) {
        page << QStringLiteral("<p class=\"meta\">%1</p>\n")
                    .arg(escaped(Tr::tr("Scope: %1 of the project's %n document(s).", nullptr, int(allDocuments.size()))
                                     .arg(options.documentIds->size())));
    } else {
        page << QStringLiteral("<p class=\"meta\">%1</p>\n")
                    .arg(escaped(Tr::tr("%n document(s).", nullptr, int(allDocuments.size()))));
    }

    const bool severalCoders = coderIdByName.size() >= 2;
    QList<qint64> agreementCoders = options.agreementCoderIds;
    if (agreementCoders.isEmpty())
        agreementCoders = coderIdByName.values();
    const bool withAgreement = options.includeAgreement && agreementCoders.size() >= 2;

    page << QStringLiteral("<ol class=\"contents\">\n");
    const auto contentsLine = [&page](const char *anchor, const QString &text) {
        page << QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(QLatin1String(anchor), escaped(text));
    };
    contentsLine("codebook", Tr::tr("Codebook"));
    contentsLine("frequencies", Tr::tr("Code frequencies"));
    contentsLine("excerpts", Tr::tr("Excerpts"));
    contentsLine("memos", Tr::tr("Memos"));
    if (withAgreement)
        contentsLine("agreement", Tr::tr("Agreement between coders"));
    page << QStringLiteral("</ol>\n");

    // Codebook.
    const QList<qint64> codebookOrder = tree.depthFirst();
    summary.codes = int(codebookOrder.size());
    page << QStringLiteral("<h2 id=\"codebook\" class=\"first\">%1</h2>\n").arg(escaped(Tr::tr("Codebook")));
    if (codebookOrder.isEmpty()) {
        page << QStringLiteral("<p class=\"hint\">%1</p>\n").arg(escaped(Tr::tr("The codebook is empty.")));
    } else {
        // Column widths given: QTextDocument (the window's PDF) otherwise shares a table's width out evenly.
        page << QStringLiteral("<table width=\"100%\">\n<tr><th class=\"name\" width=\"28%\">%1</th>"
                               "<th class=\"name\" width=\"48%\">%2</th><th width=\"12%\">%3</th>"
                               "<th width=\"12%\">%4</th></tr>\n")
                    .arg(escaped(Tr::tr("Code")), escaped(Tr::tr("Definition")), escaped(Tr::tr("Codings")),
                         escaped(Tr::tr("Documents")));
        for (const qint64 id : codebookOrder) {
            const Code *code = tree.find(id);
            const CodeFrequency *frequency = frequencyOf.value(id);
            // Indented with no-break spaces rather than padding: both a browser and QTextDocument keep them
            // (QTextDocument collapses other leading spaces, em spaces too).
            const QString indent(tree.depth(id) * 4, QChar(QChar::Nbsp));
            page << QStringLiteral(
                        "<tr><td class=\"name code\">%1<span class=\"swatch\" style=\"color:%2\">\u25A0</span> "
                        "<span dir=\"auto\">%3</span></td><td class=\"text\" dir=\"auto\">%4</td>"
                        "<td>%5</td><td>%6</td></tr>\n")
                        .arg(indent, colorOf(code), escaped(code->name), escaped(code->description),
                             QString::number(frequency ? frequency->codings : 0),
                             QString::number(frequency ? frequency->documents : 0));
        }
        page << QStringLiteral("</table>\n");
    }

    // Frequencies: the table, per coder when several coded, then the chart.
    page << QStringLiteral("<h2 id=\"frequencies\">%1</h2>\n").arg(escaped(Tr::tr("Code frequencies")));
    page << QStringLiteral("<p>%1</p>\n")
                .arg(escaped(Tr::tr("Codings and the documents they are in, per code, and counting the codings "
                                    "of a code's subcodes as its own.")));
    qint64 totalCodings = 0;
    QSet<qint64> codedDocuments;
    for (const DocumentCodeFrequency &row : std::as_const(frequencies->byDocument)) {
        if (row.codings > 0)
            codedDocuments.insert(row.documentId);
    }
    page << QStringLiteral("<table width=\"100%\">\n<tr><th class=\"name\" rowspan=\"2\" width=\"40%\">%1</th>"
                           "<th class=\"group\" colspan=\"2\">%2</th><th class=\"group\" colspan=\"2\">%3</th></tr>\n"
                           "<tr><th width=\"15%\">%4</th><th width=\"15%\">%5</th><th width=\"15%\">%4</th>"
                           "<th width=\"15%\">%5</th></tr>\n")
                .arg(escaped(Tr::tr("Code")), escaped(Tr::tr("The code")), escaped(Tr::tr("With its subcodes")),
                     escaped(Tr::tr("Codings")), escaped(Tr::tr("Documents")));
    for (const CodeFrequency &row : std::as_const(frequencies->byCode)) {
        totalCodings += row.codings;
        page << QStringLiteral("<tr><td class=\"name\" dir=\"auto\">%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td></tr>\n")
                    .arg(escaped(row.codePath), QString::number(row.codings), QString::number(row.documents),
                         QString::number(row.codingsInclSubcodes), QString::number(row.documentsInclSubcodes));
    }
    page << QStringLiteral("<tr class=\"total\"><td class=\"name\">%1</td><td>%2</td><td>%3</td><td></td><td></td>"
                           "</tr>\n</table>\n")
                .arg(escaped(Tr::tr("All codes")), QString::number(totalCodings),
                     QString::number(codedDocuments.size()));

    const QString chart = frequencyChartSvg(*frequencies, tree);
    page << QStringLiteral("<h3>%1</h3>\n").arg(escaped(Tr::tr("The most coded codes")));
    if (chart.isEmpty()) {
        page << QStringLiteral("<p class=\"hint\">%1</p>\n").arg(escaped(Tr::tr("Nothing has been coded yet.")));
    } else if (options.chart == ProjectReportOptions::Chart::Image) {
        static const QRegularExpression size(QStringLiteral("width=\"(\\d+)\" height=\"(\\d+)\""));
        const auto match = size.match(chart);
        // A page laid out by QTextDocument is about 650 px wide within its margins: the chart is drawn a
        // little narrower than in a browser, and its image (rendered larger) scaled down to that.
        const double scale = 540.0 / match.captured(1).toDouble();
        page << QStringLiteral("<p><img src=\"marginalia:chart\" width=\"540\" height=\"%1\" alt=\"%2\"/></p>\n")
                    .arg(qRound(match.captured(2).toDouble() * scale))
                    .arg(escaped(Tr::tr("Codings per code, the most coded codes first")));
    } else {
        // Drawn left to right whatever the page's direction: its labels are anchored at their ends.
        page << QStringLiteral("<div class=\"chart\" dir=\"ltr\">\n") << chart << QStringLiteral("</div>\n");
    }

    if (severalCoders) {
        page << QStringLiteral("<h3>%1</h3>\n<table>\n<tr><th class=\"name\">%2</th>")
                    .arg(escaped(Tr::tr("Per coder: codings / documents")), escaped(Tr::tr("Code")));
        QHash<QPair<qint64, qint64>, const CoderCodeFrequency *> byCoderAndCode;
        for (const CoderCodeFrequency &row : std::as_const(frequencies->byCoder))
            byCoderAndCode.insert({row.coderId, row.codeId}, &row);
        const QList<qint64> coderIds = coderIdByName.values();
        for (const QString &name : std::as_const(coderNames))
            page << QStringLiteral("<th dir=\"auto\">%1</th>").arg(escaped(name));
        page << QStringLiteral("</tr>\n");
        for (const CodeFrequency &row : std::as_const(frequencies->byCode)) {
            page << QStringLiteral("<tr><td class=\"name\" dir=\"auto\">%1</td>").arg(escaped(row.codePath));
            for (const qint64 coderId : coderIds) {
                // "3 / 1" stays in that order on a right-to-left page.
                const CoderCodeFrequency *cell = byCoderAndCode.value({coderId, row.codeId});
                page << (cell ? QStringLiteral("<td dir=\"ltr\">%1 / %2</td>").arg(cell->codings).arg(cell->documents)
                              : QStringLiteral("<td class=\"na\">0</td>"));
            }
            page << QStringLiteral("</tr>\n");
        }
        page << QStringLiteral("</table>\n");
    }

    // Excerpts of the chosen codes, streamed.
    page << QStringLiteral("<h2 id=\"excerpts\">%1</h2>\n").arg(escaped(Tr::tr("Excerpts")));
    if (options.excerptCodeIds.isEmpty()) {
        QString hint = Tr::tr("No code was chosen for excerpts.");
        if (!options.howToChooseCodes.isEmpty())
            hint += u' ' + options.howToChooseCodes;
        page << QStringLiteral("<p class=\"hint\">%1</p>\n").arg(escaped(hint));
    }
    for (const qint64 codeId : options.excerptCodeIds) {
        const Code *code = tree.find(codeId);
        if (!code)
            continue;
        const CodeFrequency *frequency = frequencyOf.value(codeId);
        const qint64 total
            = frequency ? (options.includeSubcodes ? frequency->codingsInclSubcodes : frequency->codings) : 0;
        page << QStringLiteral("<h3 dir=\"auto\">%1</h3>\n").arg(escaped(tree.path(codeId)));
        QString about = Tr::tr("%n excerpt(s)", nullptr, int(total));
        if (options.includeSubcodes && !tree.children(codeId).isEmpty())
            about = Tr::tr("%n excerpt(s), its subcodes' included", nullptr, int(total));
        page << QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escaped(about));
        if (!code->description.isEmpty())
            page << QStringLiteral("<p class=\"memo\" dir=\"%1\">%2</p>\n")
                        .arg(directionOf(code->description), escaped(code->description));
        CodingFilter filter;
        filter.codeId = codeId;
        filter.includeSubcodes = options.includeSubcodes;
        filter.documentIds = options.documentIds;
        qint64 written = 0;
        const Status read = ExcerptReader::forEach(project, filter, [&](const Excerpt &excerpt) {
            if (options.maxExcerptsPerCode > 0 && written >= options.maxExcerptsPerCode)
                return false;
            ++written;
            QStringList where{QStringLiteral("<span dir=\"auto\">%1</span>").arg(escaped(excerpt.document))};
            if (excerpt.firstPage > 0) {
                where.append(escaped((excerpt.lastPage > excerpt.firstPage ? Tr::tr("pp. %1") : Tr::tr("p. %1"))
                                         .arg(ExcerptReader::pageRange(excerpt))));
            }
            if (!excerpt.paragraph.isEmpty())
                where.append(escaped(Tr::tr("\u00B6 %1").arg(excerpt.paragraph)));
            QString source = where.join(QStringLiteral(", "));
            if (excerpt.codeId != codeId)
                source += QStringLiteral(" \u2014 <span dir=\"auto\">%1</span>").arg(escaped(excerpt.codePath));
            source += QStringLiteral(" \u2014 <span dir=\"auto\">%1</span>").arg(escaped(excerpt.coder));
            const QString text = QString::fromUtf8(excerpt.text);
            page << QStringLiteral("<div class=\"excerpt\">\n<p class=\"source\">%1</p>\n"
                                   "<blockquote dir=\"%2\">%3</blockquote>\n")
                        .arg(source, directionOf(text), escaped(text));
            if (!excerpt.memo.isEmpty()) {
                const QString memo = QString::fromUtf8(excerpt.memo);
                page << QStringLiteral("<p class=\"memo\" dir=\"%1\">%2</p>\n")
                            .arg(directionOf(memo), escaped(Tr::tr("Memo: %1").arg(memo)));
            }
            page << QStringLiteral("</div>\n");
            return !page.failed();
        });
        if (!read)
            return Error{read.error()};
        summary.excerpts += written;
        if (written < total) {
            page << QStringLiteral("<p class=\"hint\">%1</p>\n")
                        .arg(escaped(Tr::tr("\u2026 and %n more.", nullptr, int(total - written))));
        }
    }

    // Memos: the project's, the documents' (in the scope) and the codes'.
    page << QStringLiteral("<h2 id=\"memos\">%1</h2>\n").arg(escaped(Tr::tr("Memos")));
    bool anyMemo = false;
    const QString projectMemo = project.projectMemo();
    if (!projectMemo.trimmed().isEmpty()) {
        anyMemo = true;
        page << QStringLiteral("<h3>%1</h3>\n<div class=\"memo\" dir=\"%2\">%3</div>\n")
                    .arg(escaped(Tr::tr("The project")), directionOf(projectMemo), escaped(projectMemo));
    }
    bool documentHeading = false;
    for (const Document &document : project.documents()) {
        if (document.memo.trimmed().isEmpty() || (options.documentIds && !options.documentIds->contains(document.id)))
            continue;
        if (!documentHeading) {
            page << QStringLiteral("<h3>%1</h3>\n").arg(escaped(Tr::tr("Documents")));
            documentHeading = true;
        }
        anyMemo = true;
        page << QStringLiteral("<h4 dir=\"auto\">%1</h4>\n<div class=\"memo\" dir=\"%2\">%3</div>\n")
                    .arg(escaped(document.name), directionOf(document.memo), escaped(document.memo));
    }
    bool codeHeading = false;
    for (const qint64 id : codebookOrder) {
        const Code *code = tree.find(id);
        if (code->memo.trimmed().isEmpty())
            continue;
        if (!codeHeading) {
            page << QStringLiteral("<h3>%1</h3>\n").arg(escaped(Tr::tr("Codes")));
            codeHeading = true;
        }
        anyMemo = true;
        page << QStringLiteral("<h4 dir=\"auto\">%1</h4>\n<div class=\"memo\" dir=\"%2\">%3</div>\n")
                    .arg(escaped(tree.path(id)), directionOf(code->memo), escaped(code->memo));
    }
    if (!anyMemo)
        page << QStringLiteral("<p class=\"hint\">%1</p>\n").arg(escaped(Tr::tr("No memos have been written.")));

    // Agreement, when two or more coders coded.
    if (withAgreement) {
        AgreementRequest request;
        request.coderIds = agreementCoders;
        request.documentRows = false;
        request.overallRow = true;
        request.documentIds = options.documentIds;
        auto agreement = CoderAgreement::compute(project, request);
        if (!agreement)
            return Error{agreement.error()};
        summary.agreementCoders = int(agreement->coders.size());
        QStringList names;
        for (const Coder &coder : std::as_const(agreement->coders))
            names.append(coder.name);
        page << QStringLiteral("<h2 id=\"agreement\">%1</h2>\n").arg(escaped(Tr::tr("Agreement between coders")));
        page << QStringLiteral("<p dir=\"auto\">%1</p>\n")
                    .arg(escaped(Tr::tr("%1 compared character by character in the documents they coded; a code "
                                        "nobody coded is left out. \"n/a\": the statistic is undefined (hover "
                                        "for why).")
                                     .arg(names.join(QStringLiteral(", ")))));
        // A statistic's name over its symbol, so that narrow columns (a printed page) break between them.
        const auto statisticHeading = [](const QString &name, const QString &symbol) -> QString {
            return escaped(name) + QStringLiteral("<br/>") + escaped(symbol);
        };
        page << QStringLiteral("<table width=\"100%\">\n<tr><th class=\"name\" width=\"20%\">%1</th>"
                               "<th width=\"11%\">%2</th><th width=\"14%\">%3</th><th width=\"12%\">%4</th>"
                               "<th width=\"12%\">%5</th><th width=\"18%\">%6</th><th width=\"13%\">%7</th></tr>\n")
                    .arg(escaped(Tr::tr("Code")), escaped(Tr::tr("Documents")), escaped(Tr::tr("Agreement")),
                         statisticHeading(Tr::tr("Cohen's"), QStringLiteral("\u03BA")),
                         statisticHeading(Tr::tr("Fleiss'"), QStringLiteral("\u03BA")),
                         statisticHeading(Tr::tr("Krippendorff's"), QStringLiteral("\u03B1")),
                         statisticHeading(Tr::tr("unitizing"), QStringLiteral("\u03B1u")));
        const auto addRow = [&page](const AgreementRow &row, const QString &name, const QString &rowClass) {
            page << QStringLiteral("<tr%1><td class=\"name\" dir=\"auto\">%2</td><td>%3</td>")
                        .arg(rowClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(rowClass),
                             escaped(name), QString::number(row.documents))
                 << ClassReport::statisticCell(row.percentAgreement) << ClassReport::statisticCell(row.cohenKappa)
                 << ClassReport::statisticCell(row.fleissKappa) << ClassReport::statisticCell(row.krippendorffAlpha)
                 << ClassReport::statisticCell(row.unitizingAlpha) << QStringLiteral("</tr>\n");
        };
        for (const AgreementRow &agreementRow : std::as_const(agreement->byCode)) {
            const bool coded = std::any_of(agreementRow.codedByCoder.cbegin(), agreementRow.codedByCoder.cend(),
                                           [](qint64 characters) { return characters > 0; });
            if (coded)
                addRow(agreementRow, agreementRow.codePath, QString());
        }
        addRow(agreement->overall, Tr::tr("All codes"), QStringLiteral("total"));
        page << QStringLiteral("</table>\n");
    }

    page << QStringLiteral("</body>\n</html>\n");
    if (!page.flush())
        return Error{Tr::tr("Writing the project report failed: %1").arg(device->errorString())};
    return summary;
}

} // namespace Marginalia::Core

// Benchmark of document import, per format, on a generated corpus of 50 MB of text: the text of the
// "large project" (bench/largeproject.h: UN-style summaries, English and French, some Arabic, CJK and
// emoji), grouped into documents of about 250 KB (a 60-page report) and written as plain text, Markdown,
// HTML, Word (.docx), OpenDocument (.odt) and PDF with the fixture builders the tests use.
//
// For each format:
//   read     DocumentReader::read of every file (what the importers cost, no store)
//   import   BatchImporter::run of the folder into a new project (read, duplicate check, one durable
//            transaction per file)
// and for PDF the physical limit: `pdftotext FILE -` (Poppler's own tool, same library) on the same files,
// one process per file, taking turns with ours file by file. See docs/benchmarks.md ("Import throughput").

#include "benchsupport.h"
#include "largeproject.h"

#include "import/batchimporter.h"
#include "import/documentreader.h"
#include "officebuilder.h"
#include "pdfbuilder.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

using namespace Marginalia;
using namespace Marginalia::Bench;

namespace {

// Bump when the files written change, so that a cached corpus is rebuilt.
constexpr int CorpusVersion = 1;
constexpr qint64 DocumentBytes = 250'000;
constexpr int PdfLineLength = 95;
constexpr int PdfLinesPerPage = 50;

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList paragraphsOf(const QString &text)
{
    QStringList paragraphs;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (!paragraph.trimmed().isEmpty())
            paragraphs.append(paragraph.trimmed());
    }
    return paragraphs;
}

QByteArray html(const QString &text)
{
    QByteArray out = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Report</title>"
                     "<style>p { margin: 0 0 1em }</style></head><body>\n";
    for (const QString &paragraph : paragraphsOf(text))
        out += "<p>" + paragraph.toHtmlEscaped().toUtf8() + "</p>\n";
    return out + "</body></html>\n";
}

/// Lines of at most PdfLineLength characters, broken at spaces, as a typeset page has them.
QStringList pdfLines(const QString &text)
{
    QStringList lines;
    for (const QString &paragraph : paragraphsOf(text)) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > PdfLineLength) {
                lines.append(line);
                line.clear();
            }
            line += line.isEmpty() ? word : u' ' + word;
        }
        lines.append(line);
        lines.append(QString());
    }
    return lines;
}

QByteArray pdf(const QString &text)
{
    Test::PdfBuilder builder;
    builder.setCompressed(true);
    const QStringList lines = pdfLines(text);
    for (qsizetype i = 0; i < lines.size(); i += PdfLinesPerPage)
        builder.addPage(lines.mid(i, PdfLinesPerPage));
    return builder.build();
}

struct Format
{
    QString name; ///< as reported
    QString suffix; ///< file name suffix and folder name
};

const QList<Format> formats
    = {{QStringLiteral("plain text"), QStringLiteral("txt")},   {QStringLiteral("Markdown"), QStringLiteral("md")},
       {QStringLiteral("HTML"), QStringLiteral("html")},        {QStringLiteral("Word"), QStringLiteral("docx")},
       {QStringLiteral("OpenDocument"), QStringLiteral("odt")}, {QStringLiteral("PDF"), QStringLiteral("pdf")}};

bool writeDocument(const QString &path, const QString &suffix, const QString &text)
{
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("md"))
        return writeBytes(path, text.toUtf8());
    if (suffix == QLatin1String("html"))
        return writeBytes(path, html(text));
    if (suffix == QLatin1String("pdf"))
        return writeBytes(path, pdf(text));
    if (suffix == QLatin1String("docx")) {
        Test::DocxParts parts;
        for (const QString &paragraph : paragraphsOf(text))
            parts.body += Test::wordParagraph(paragraph);
        return Test::writeDocx(path, parts);
    }
    Test::OdtParts parts;
    for (const QString &paragraph : paragraphsOf(text))
        parts.body += Test::odfParagraph(paragraph);
    return Test::writeOdt(path, parts);
}

struct Totals
{
    qsizetype files = 0;
    qint64 fileBytes = 0;
    qint64 textBytes = 0; ///< UTF-8 of the text the reader extracted
    double readMs = 0;
    double readCpuMs = 0;
    double importMs = 0;
    double importCpuMs = 0;
    qsizetype imported = 0;
    double limitMs = 0;
    double limitCpuMs = 0;
    double limitStartupMs = 0; ///< median wall time of pdftotext on a one-line, one-page PDF
};

QString megabytesPerSecond(qint64 bytes, double ms)
{
    return ms > 0 ? QString::number(double(bytes) / 1e6 / (ms / 1000.0), 'f', 1) + QStringLiteral(" MB/s")
                  : QStringLiteral("-");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_import"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import throughput per format on a generated 50 MB corpus, PDF against pdftotext."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption = Bench::dataDirOption(QStringLiteral("Cache of generated data"));
    const QCommandLineOption markdownOption = Bench::markdownOption();
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Scale the corpus (default 1: 50 MB of text)."),
                                         QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption formatsOption(
        QStringLiteral("formats"), QStringLiteral("Only these (txt,md,html,docx,odt,pdf)."), QStringLiteral("list"));
    const QCommandLineOption pdftotextOption(QStringLiteral("pdftotext"),
                                             QStringLiteral("The pdftotext to compare with (default: on PATH)."),
                                             QStringLiteral("path"));
    parser.addOptions({dataDirOption, markdownOption, scaleOption, formatsOption, pdftotextOption});
    parser.process(app);

    const QString dataDir = dataDirFrom(parser.value(dataDirOption));
    const double scale = positiveScale(parser.value(scaleOption));
    const QStringList only = parser.value(formatsOption).split(u',', Qt::SkipEmptyParts);
    QString pdftotext = parser.value(pdftotextOption);
    if (pdftotext.isEmpty())
        pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        progress(QStringLiteral(
            "pdftotext not found (Debian: apt-get install poppler-utils): PDF is reported without its limit"));
    if (!QDir().mkpath(dataDir))
        fail(QStringLiteral("cannot create %1").arg(dataDir));
    const QStringList machine = machineDescription(dataDir, findSqliteShell());

    // The corpus: the large project's text, regrouped into report-sized documents.
    const LargeProjectSpec spec = LargeProjectSpec::scaled(scale);
    auto generated = ensureLargeProject(dataDir, spec, false, &progress);
    if (!generated)
        fail(generated.error());
    const QString corpus
        = QDir(dataDir).filePath(QStringLiteral("import-corpus-v%1-%2").arg(CorpusVersion).arg(spec.cacheKey()));
    const QString complete = corpus + QStringLiteral("/complete");
    if (!QFile::exists(complete)) {
        progress(QStringLiteral("Writing the corpus in %1 ...").arg(corpus));
        QDir(corpus).removeRecursively();
        auto opened = Core::Project::open(generated->path, Core::Project::Access::ReadOnly);
        if (!opened)
            fail(opened.error());
        QStringList texts;
        QString current;
        for (const Core::Document &document : (*opened)->documents()) {
            auto text = (*opened)->documentText(document.id);
            if (!text)
                fail(text.error());
            current += *text + QStringLiteral("\n\n");
            if (current.size() >= DocumentBytes) {
                texts.append(current);
                current.clear();
            }
        }
        if (!current.isEmpty())
            texts.append(current);
        for (const Format &format : formats) {
            QDir().mkpath(corpus + u'/' + format.suffix);
            for (qsizetype i = 0; i < texts.size(); ++i) {
                const QString path = QStringLiteral("%1/%2/report-%3.%2")
                                         .arg(corpus, format.suffix)
                                         .arg(i + 1, 4, 10, QLatin1Char('0'));
                if (!writeDocument(path, format.suffix, texts.at(i)))
                    fail(QStringLiteral("cannot write %1").arg(path));
            }
            progress(QStringLiteral("  %1: %2 files").arg(format.name).arg(texts.size()));
        }
        if (!writeBytes(complete, QByteArray("ok\n")))
            fail(QStringLiteral("cannot write %1").arg(complete));
    }

    QList<std::pair<Format, Totals>> results;
    for (const Format &format : formats) {
        if (!only.isEmpty() && !only.contains(format.suffix))
            continue;
        const QString folder = corpus + u'/' + format.suffix;
        const QStringList files = Core::BatchImporter::collectFiles({folder});
        Totals totals;
        totals.files = files.size();
        const bool withLimit = format.suffix == QLatin1String("pdf") && !pdftotext.isEmpty();
        if (withLimit) {
            // What one pdftotext process costs before any page: start-up, linking, font configuration.
            Test::PdfBuilder tiny;
            tiny.addPage({QStringLiteral("x")});
            const QString tinyPath = corpus + QStringLiteral("/tiny.pdf.bin");
            if (!writeBytes(tinyPath, tiny.build()))
                fail(QStringLiteral("cannot write %1").arg(tinyPath));
            std::vector<double> startups;
            for (int i = 0; i < 9; ++i) {
                startups.push_back(runProcess(pdftotext, {tinyPath, QStringLiteral("-")}, QStringLiteral("/dev/null"),
                                              QDir::tempPath())
                                       .milliseconds);
            }
            totals.limitStartupMs = Stats::of(startups).median;
        }
        progress(QStringLiteral("%1: reading %2 files%3 ...")
                     .arg(format.name)
                     .arg(files.size())
                     .arg(withLimit ? QStringLiteral(", and pdftotext") : QString()));
        // Untimed warm-up: the first file once, so that start-up costs (Poppler's fonts, iconv tables) and
        // the page cache are the same for every timed file.
        if (!files.isEmpty())
            (void)Core::DocumentReader::read(files.first());
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString &file = files.at(i);
            totals.fileBytes += QFileInfo(file).size();
            auto ours = [&] {
                const double cpu = processCpuMs();
                const auto start = Clock::now();
                auto document = Core::DocumentReader::read(file);
                totals.readMs += millisecondsSince(start);
                totals.readCpuMs += processCpuMs() - cpu;
                if (!document)
                    fail(document.error());
                totals.textBytes += document->text.toUtf8().size();
            };
            auto limit = [&] {
                const ProcessRun run = runProcess(
                    pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")},
                    QStringLiteral("/dev/null"), QDir::tempPath());
                if (!run.ok())
                    fail(QStringLiteral("pdftotext failed on %1: %2").arg(file, run.errorOutput));
                totals.limitMs += run.milliseconds;
                totals.limitCpuMs += run.cpuMilliseconds;
            };
            // Ours and the limit take turns, the order alternating, as in the other benchmarks.
            if (withLimit && i % 2 == 1)
                limit();
            ours();
            if (withLimit && i % 2 == 0)
                limit();
        }

        progress(QStringLiteral("%1: importing into a new project ...").arg(format.name));
        const QString projectPath = QDir(dataDir).filePath(QStringLiteral("import-bench.marginalia"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(projectPath + suffix);
        auto created = Core::Project::create(projectPath);
        if (!created)
            fail(created.error());
        {
            Core::BatchImporter importer(**created);
            const double cpu = processCpuMs();
            const auto start = Clock::now();
            const Core::BatchImportSummary summary = importer.run({folder});
            totals.importMs = millisecondsSince(start);
            totals.importCpuMs = processCpuMs() - cpu;
            totals.imported = summary.importedCount();
            if (summary.refusedCount() > 0)
                fail(summary.files.first().error);
        }
        created->reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(projectPath + suffix);
        results.append({format, totals});
    }

    QStringList lines;
    lines << QStringLiteral("### Import throughput") << QString() << machine
          << QStringLiteral("- load average at the end %1").arg(loadAverage())
          << QStringLiteral(
                 "- corpus: the large project's text (%1 documents, %2 of UTF-8) regrouped into documents of about %3 "
                 "KB; the same text in every format")
                 .arg(generated->documents)
                 .arg(formatBytes(generated->textBytes))
                 .arg(DocumentBytes / 1000)
          << QString();
    MarkdownTable table({QStringLiteral("format"), QStringLiteral("files"), QStringLiteral("file bytes"),
                         QStringLiteral("text"), QStringLiteral("read: text MB/s"), QStringLiteral("read: file MB/s"),
                         QStringLiteral("read CPU"), QStringLiteral("import (with store): text MB/s"),
                         QStringLiteral("pdftotext: text MB/s"), QStringLiteral("read / pdftotext (wall, CPU)")});
    for (const auto &[format, totals] : std::as_const(results)) {
        QString limit = QStringLiteral("-");
        QString ratio = QStringLiteral("-");
        if (totals.limitMs > 0) {
            limit = megabytesPerSecond(totals.textBytes, totals.limitMs);
            ratio = QStringLiteral("%1x, %2x")
                        .arg(totals.readMs / totals.limitMs, 0, 'f', 2)
                        .arg(totals.readCpuMs / totals.limitCpuMs, 0, 'f', 2);
            const double withoutStartup = totals.limitMs - totals.limitStartupMs * double(totals.files);
            if (withoutStartup > 0)
                ratio += QStringLiteral("; %1x without its start-up").arg(totals.readMs / withoutStartup, 0, 'f', 2);
        }
        table.addRow({format.name, QString::number(totals.files), formatBytes(totals.fileBytes),
                      formatBytes(totals.textBytes), megabytesPerSecond(totals.textBytes, totals.readMs),
                      megabytesPerSecond(totals.fileBytes, totals.readMs), formatMs(totals.readCpuMs),
                      megabytesPerSecond(totals.textBytes, totals.importMs), limit, ratio});
    }
    lines << table.toString();
    for (const auto &[format, totals] : std::as_const(results)) {
        lines << QStringLiteral("- %1: read %2 (CPU %3); import %4 (CPU %5)%6")
                     .arg(format.name, formatMs(totals.readMs), formatMs(totals.readCpuMs), formatMs(totals.importMs),
                          formatMs(totals.importCpuMs),
                          totals.limitMs > 0
                              ? QStringLiteral("; pdftotext %1 (CPU %2), one process per file, of which start-up about "
                                               "%3 a process (median of 9 runs on a one-page PDF)")
                                    .arg(formatMs(totals.limitMs), formatMs(totals.limitCpuMs),
                                         formatMs(totals.limitStartupMs))
                              : QString());
    }
    const QString markdown = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    std::fputs(markdown.toUtf8().constData(), stdout);
    if (parser.isSet(markdownOption)) {
        if (!writeBytes(parser.value(markdownOption), markdown.toUtf8()))
            fail(QStringLiteral("cannot write %1").arg(parser.value(markdownOption)));
    }
    return 0;
}

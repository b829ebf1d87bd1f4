// Benchmark of full-text search (docs/search.md) on the large project of PRODUCT.md (2,000 documents,
// 50 MB): "full-text search in the large project <= 50 ms a query".
//
//   a word, a phrase, a prefix, a substring   SearchHits::forEach until the first page of hits (what the
//                                              Search panel shows at once, 200 rows, keyword in context,
//                                              page and paragraph), and every hit (what the CLI writes)
//   the index                                  its size on disk against the text's, the time to build it for
//                                              an existing project (the schema 6 upgrade), and the import
//                                              slowdown: documents imported with the index triggers and
//                                              without them, in the same run
//
// The generator's vocabulary is small, so a word is in most of the 2,000 documents: "every hit" is the
// worst case, tens of thousands of rows.

#include "benchsupport.h"
#include "largeproject.h"

#include "analysis/searchhits.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Marginalia;
using namespace Marginalia::Bench;

namespace {

constexpr int FirstPage = 200;
constexpr double LimitMs = 50;

struct QueryCase
{
    QString label;
    Core::SearchQuery query;
};

Core::SearchQuery query(const QString &text, Core::SearchQuery::Kind kind = Core::SearchQuery::Kind::Words)
{
    Core::SearchQuery result;
    result.text = text;
    result.kind = kind;
    return result;
}

struct Timing
{
    Stats firstPage;
    Stats all;
    qint64 hits = 0;
    qint64 documents = 0;
};

Timing measure(const Core::Project &project, const Core::SearchQuery &search, int runs)
{
    Timing timing;
    std::vector<double> firstPage, all;
    for (int run = 0; run < runs; ++run) {
        qint64 seen = 0;
        auto start = Clock::now();
        const Core::Status page = Core::SearchHits::forEach(
            project, search, 40, [&](const Core::SearchHit &) { return ++seen < FirstPage; });
        firstPage.push_back(millisecondsSince(start));
        if (!page)
            fail(page.error());
        qint64 hits = 0;
        QSet<qint64> documents;
        start = Clock::now();
        const Core::Status every = Core::SearchHits::forEach(project, search, 40, [&](const Core::SearchHit &hit) {
            ++hits;
            documents.insert(hit.documentId);
            return true;
        });
        all.push_back(millisecondsSince(start));
        if (!every)
            fail(every.error());
        timing.hits = hits;
        timing.documents = documents.size();
    }
    timing.firstPage = Stats::of(firstPage);
    timing.all = Stats::of(all);
    return timing;
}

/// Imports @p count documents of @p source into a new project at @p path, with the search index or (by
/// dropping its triggers first) without; returns the time of the imports.
double importDocuments(const Core::Project &source, const QList<Core::DocumentName> &documents, const QString &path,
                       bool withIndex)
{
    removeDatabaseFiles(path);
    auto project = Core::Project::create(path);
    if (!project)
        fail(project.error());
    if (!withIndex) {
        for (const char *sql : {"DROP TRIGGER documents_search_insert", "DROP TRIGGER documents_search_delete",
                                "DROP TRIGGER documents_search_update"}) {
            if (!execOnProject(**project, sql))
                fail(QStringLiteral("cannot drop the index triggers"));
        }
    }
    QList<Core::NewDocument> texts;
    for (const Core::DocumentName &name : documents) {
        Core::NewDocument document;
        document.name = name.name;
        document.originalFileName = name.name + QStringLiteral(".txt");
        document.text = *source.documentText(name.id);
        texts.append(document);
    }
    const auto start = Clock::now();
    // One transaction a document, as an import of a folder commits each file.
    for (const Core::NewDocument &document : std::as_const(texts)) {
        if (auto added = (*project)->addDocument(document); !added)
            fail(added.error());
    }
    return millisecondsSince(start);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_search"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Full-text search on the large project."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption = Bench::dataDirOption(QStringLiteral("Cache of the large project"));
    const QCommandLineOption markdownOption = Bench::markdownOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs of each query (default 15)."), QStringLiteral("n"),
                                        QStringLiteral("15"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Scale of the large project (default 1)."),
                                         QStringLiteral("factor"), QStringLiteral("1"));
    parser.addOptions({dataDirOption, markdownOption, runsOption, scaleOption, regenerateOption()});
    parser.process(app);
    const QString dataDir = dataDirFrom(parser.value(dataDirOption));
    const int runs = int(std::max<qint64>(1, parser.value(runsOption).toLongLong()));
    if (!QDir().mkpath(dataDir))
        fail(QStringLiteral("cannot create %1").arg(dataDir));

    const LargeProjectSpec spec = LargeProjectSpec::scaled(positiveScale(parser.value(scaleOption)));
    auto generated = ensureLargeProject(dataDir, spec, parser.isSet(QStringLiteral("regenerate")), &progress);
    if (!generated)
        fail(generated.error());
    const LargeProjectInfo info = *generated;
    const QStringList machine = machineDescription(dataDir, findSqliteShell());

    // A copy at schema 5 (as the cache was written, or made so) is upgraded: that builds the index.
    const QString work
        = QDir(dataDir).filePath(QStringLiteral("search-") + spec.cacheKey() + QStringLiteral(".marginalia"));
    removeDatabaseFiles(work);
    if (!QFile::copy(info.path, work))
        fail(QStringLiteral("cannot copy %1").arg(info.path));
    double upgradeMs = 0;
    {
        auto project = Core::Project::open(work);
        if (!project)
            fail(project.error());
        const bool hadIndex = integersOnProject(**project,
                                                "SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                                "'document_words'")
                                  .at(0)
            > 0;
        if (hadIndex) {
            // The cache was made by this version: take the index out and time its making.
            for (const char *sql : {"DROP TABLE document_words", "DROP TABLE document_trigrams",
                                    "DROP TRIGGER documents_search_insert", "DROP TRIGGER documents_search_delete",
                                    "DROP TRIGGER documents_search_update", "PRAGMA user_version = 5", "VACUUM"}) {
                if (!execOnProject(**project, sql))
                    fail(QStringLiteral("cannot take the index out of the copy"));
            }
        }
    }
    progress(QStringLiteral("Building the search index (upgrading to schema 6) ..."));
    auto upgradeStart = Clock::now();
    auto opened = Core::Project::open(work);
    upgradeMs = millisecondsSince(upgradeStart);
    if (!opened)
        fail(opened.error());
    const Core::Project &project = **opened;
    const qint64 indexBytes = project.searchIndexBytes();

    const QList<QueryCase> cases{
        {QStringLiteral("a word: `detention`"), query(QStringLiteral("detention"))},
        {QStringLiteral("a rarer word: `statelessness`"), query(QStringLiteral("statelessness"))},
        {QStringLiteral("a phrase: `\"birth registration\"`"), query(QStringLiteral("\"birth registration\""))},
        {QStringLiteral("a prefix: `traffick*`"), query(QStringLiteral("traffick*"))},
        {QStringLiteral("a Boolean query: `asylum NOT detention`"), query(QStringLiteral("asylum NOT detention"))},
        {QStringLiteral("a substring: `egistrat`"),
         query(QStringLiteral("egistrat"), Core::SearchQuery::Kind::Substring)},
    };
    MarkdownTable table({QStringLiteral("query"), QStringLiteral("hits (documents)"),
                         QStringLiteral("first %1 hits, median").arg(FirstPage), QStringLiteral("/ 50 ms"),
                         QStringLiteral("every hit, median"), QStringLiteral("verdict (first page)")});
    QStringList details;
    for (const QueryCase &c : cases) {
        progress(QStringLiteral("Searching %1 ...").arg(c.label));
        const Timing timing = measure(project, c.query, runs);
        table.addRow({c.label, QStringLiteral("%1 (%2)").arg(withThousands(timing.hits)).arg(timing.documents),
                      formatMs(timing.firstPage.median), ratioText(timing.firstPage.median, LimitMs),
                      formatMs(timing.all.median), verdict(timing.firstPage.median <= LimitMs)});
        details.append(QStringLiteral("- %1: first page %2; every hit %3")
                           .arg(c.label, timing.firstPage.brief(), timing.all.brief()));
    }

    // The import slowdown: the same 200 documents into a new project, with the index and without it.
    progress(QStringLiteral("Importing 200 documents with and without the index ..."));
    QList<Core::DocumentName> sample = project.documentNames().mid(0, 200);
    std::vector<double> with, without;
    for (int run = 0; run < 3; ++run) {
        without.push_back(importDocuments(project, sample,
                                          QDir(dataDir).filePath(QStringLiteral("import-without.marginalia")), false));
        with.push_back(
            importDocuments(project, sample, QDir(dataDir).filePath(QStringLiteral("import-with.marginalia")), true));
    }
    const Stats withIndex = Stats::of(with);
    const Stats withoutIndex = Stats::of(without);
    qint64 sampleBytes = 0;
    for (const Core::DocumentName &name : std::as_const(sample))
        sampleBytes += project.documentText(name.id)->toUtf8().size();

    QString report;
    QTextStream out(&report);
    out << "## Full-text search on the large project\n\n";
    for (const QString &line : machine)
        out << line << '\n';
    out << "- workload: " << withThousands(info.documents) << " documents, " << formatBytes(info.textBytes)
        << " of text (the large project of PRODUCT.md); each query " << runs << " times\n\n";
    out << table.toString() << '\n';
    for (const QString &line : std::as_const(details))
        out << line << '\n';
    MarkdownTable index({QStringLiteral("the index"), QStringLiteral("measured")});
    index.addRow({QStringLiteral("size on disk (words with positions, trigrams as document lists)"),
                  QStringLiteral("%1 (%2 of the text's %3)")
                      .arg(formatBytes(indexBytes))
                      .arg(QString::number(100.0 * double(indexBytes) / double(info.textBytes), 'f', 0) + u'%')
                      .arg(formatBytes(info.textBytes))});
    index.addRow(
        {QStringLiteral("building it for an existing project (open with the schema 6 upgrade)"), formatMs(upgradeMs)});
    index.addRow({QStringLiteral("importing 200 documents (%1), one transaction each: with the index / without, "
                                 "median of 3")
                      .arg(formatBytes(sampleBytes)),
                  QStringLiteral("%1 / %2 = %3")
                      .arg(formatMs(withIndex.median), formatMs(withoutIndex.median),
                           ratioText(withIndex.median, withoutIndex.median))});
    out << '\n' << index.toString() << '\n';
    out.flush();
    QTextStream(stdout) << report;
    if (parser.isSet(markdownOption)) {
        QFile file(parser.value(markdownOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0)
            fail(QStringLiteral("cannot write %1").arg(parser.value(markdownOption)));
    }
    removeDatabaseFiles(work);
    return 0;
}

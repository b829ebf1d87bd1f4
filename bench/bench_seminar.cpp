// Benchmark of the seminar (docs/seminar.md): merging a class's projects and scoring them against a key.
//
//   merge 40 students     ProjectMerge::mergeFile of 40 student projects (20 documents, 1,000 codings
//                         each) into the course, in one transaction, vs RefiQdaImporter::importProject of
//                         the same 40 projects exported as .qdpx: the same data through the other way in.
//   score 40 students     StudentScores::compute for all 40 against the key.

#include "benchsupport.h"

#include "analysis/studentscores.h"
#include "exchange/projecthandout.h"
#include "exchange/projectmerge.h"
#include "exchange/refiqdaexporter.h"
#include "exchange/refiqdaimporter.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Marginalia;
using namespace Marginalia::Bench;

namespace {

const char *const words[]
    = {"migrants", "protection", "identification", "victims", "borders", "states", "return", "children", "refoulement",
       "asylum",   "rights",     "trafficking",    "the",     "of",      "and",    "to",     "in",       "shall"};

QString paragraphText(Random &random, qint64 characters)
{
    QString text;
    text.reserve(characters + 16);
    while (text.size() < characters) {
        text += QLatin1String(random.pick(words));
        text += random.chance(0.08) ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return text;
}

struct Workload
{
    QString course;
    QStringList students; ///< .marginalia
    QStringList exports; ///< the same as .qdpx
    qint64 keyCoderId = 0;
};

Workload generate(const QString &dir, int studentCount, int documents, int codingsPerStudent)
{
    Random random(0x5E314A2);
    Workload workload;
    workload.course = QDir(dir).filePath(QStringLiteral("course.marginalia"));
    auto course = Core::Project::create(workload.course);
    if (!course)
        fail(course.error());
    QList<qint64> documentIds;
    QList<qint64> lengths;
    for (int i = 0; i < documents; ++i) {
        Core::NewDocument document;
        document.name = QStringLiteral("Document %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        document.text = paragraphText(random, 6000 + random.below(6000));
        auto added = (*course)->addDocument(document);
        if (!added)
            fail(added.error());
        documentIds.append(added->id);
        lengths.append(added->length);
    }
    QList<qint64> codes;
    for (int i = 0; i < 30; ++i)
        codes.append((*course)->addCode(QStringLiteral("Code %1").arg(i + 1))->id);
    const qint64 key = (*course)->ensureCoder(QStringLiteral("key"))->id;
    workload.keyCoderId = key;
    // The key: half as many codings as a student, which the students partly find.
    QList<Core::NewCoding> keyCodings;
    for (int i = 0; i < codingsPerStudent / 2; ++i) {
        const int d = int(random.below(documents));
        const qint64 start = random.below(lengths[d] - 200);
        keyCodings.append({documentIds[d],
                           codes[random.below(codes.size())],
                           key,
                           start,
                           start + 20 + random.below(150),
                           {},
                           {},
                           {}});
    }
    if (!(*course)->addCodings(keyCodings))
        fail(QStringLiteral("key codings"));
    const QString handout = QDir(dir).filePath(QStringLiteral("handout.marginalia"));
    Core::HandoutOptions options;
    options.withoutCoders = {QStringLiteral("key")};
    if (auto written = Core::ProjectHandout::write(**course, handout, options); !written)
        fail(written.error());
    course->reset();

    for (int s = 0; s < studentCount; ++s) {
        const QString name = QStringLiteral("student%1").arg(s + 1, 2, 10, QLatin1Char('0'));
        const QString file = QDir(dir).filePath(name + QStringLiteral(".marginalia"));
        if (!QFile::copy(handout, file))
            fail(QStringLiteral("cannot copy the hand-out to %1").arg(file));
        auto copy = Core::Project::open(file);
        if (!copy)
            fail(copy.error());
        const qint64 coder = (*copy)->ensureCoder(name)->id;
        QList<Core::NewCoding> codings;
        for (int i = 0; i < codingsPerStudent; ++i) {
            // A third near one of the key's codings (the student found it), the rest anywhere.
            if (i % 3 == 0) {
                const Core::NewCoding &k = keyCodings[random.below(keyCodings.size())];
                const int d = int(documentIds.indexOf(k.documentId));
                const qint64 start = std::max<qint64>(0, k.start - random.below(15));
                codings.append(
                    {k.documentId, k.codeId, coder, start, std::min(lengths[d], k.end + random.below(15)), {}, {}, {}});
                continue;
            }
            const int d = int(random.below(documents));
            const qint64 start = random.below(lengths[d] - 200);
            codings.append({documentIds[d],
                            codes[random.below(codes.size())],
                            coder,
                            start,
                            start + 20 + random.below(150),
                            {},
                            {},
                            {}});
        }
        if (!(*copy)->addCodings(codings))
            fail(QStringLiteral("student codings"));
        const QString exported = QDir(dir).filePath(name + QStringLiteral(".qdpx"));
        if (auto written = Core::RefiQdaExporter::exportProject(**copy, exported); !written)
            fail(written.error());
        workload.students.append(file);
        workload.exports.append(exported);
    }
    return workload;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_seminar"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Merging and scoring a class of student projects."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption = Bench::dataDirOption(QStringLiteral("Where the class is generated"));
    const QCommandLineOption markdownOption = Bench::markdownOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each (default 3)."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Students (default 40)."),
                                            QStringLiteral("n"), QStringLiteral("40"));
    parser.addOptions({dataDirOption, markdownOption, runsOption, studentsOption});
    parser.process(app);
    const QString dataDir = dataDirFrom(parser.value(dataDirOption));
    const qint64 runs = std::max<qint64>(1, parser.value(runsOption).toLongLong());
    const int students = int(std::max<qint64>(1, parser.value(studentsOption).toLongLong()));
    if (!QDir().mkpath(dataDir))
        fail(QStringLiteral("cannot create %1").arg(dataDir));
    const QStringList machine = machineDescription(dataDir, findSqliteShell());

    QTemporaryDir work(QDir(dataDir).filePath(QStringLiteral("seminar-XXXXXX")));
    if (!work.isValid())
        fail(QStringLiteral("no temporary folder in %1").arg(dataDir));
    progress(QStringLiteral("Generating %1 students' projects (20 documents, 1,000 codings each) ...").arg(students));
    const auto generationStart = Clock::now();
    const Workload workload = generate(work.path(), students, 20, 1000);
    const double generationMs = millisecondsSince(generationStart);

    std::vector<double> mergeMs, importMs, scoreMs;
    qint64 codingsAfter = 0;
    for (qint64 run = 0; run < runs; ++run) {
        // Ours: a fresh course, the 40 merged in one transaction.
        const QString course = work.filePath(QStringLiteral("course-run.marginalia"));
        removeDatabaseFiles(course);
        if (!QFile::copy(workload.course, course))
            fail(QStringLiteral("cannot copy the course"));
        {
            auto target = Core::Project::open(course);
            if (!target)
                fail(target.error());
            const auto start = Clock::now();
            const Core::Status merged = (*target)->transact(QStringLiteral("bench"), [&]() -> Core::Status {
                for (const QString &student : workload.students) {
                    auto summary = Core::ProjectMerge::mergeFile(**target, student);
                    if (!summary)
                        return Core::Error{summary.error()};
                }
                return Core::success();
            });
            mergeMs.push_back(millisecondsSince(start));
            if (!merged)
                fail(merged.error());
            codingsAfter = (*target)->codings().size();
            const auto scoreStart = Clock::now();
            auto scores = Core::StudentScores::compute(**target, workload.keyCoderId, {});
            scoreMs.push_back(millisecondsSince(scoreStart));
            if (!scores)
                fail(scores.error());
        }
        // The limit: the same 40 projects read through the REFI-QDA import, each into a new project.
        const auto start = Clock::now();
        for (int i = 0; i < workload.exports.size(); ++i) {
            const QString imported = work.filePath(QStringLiteral("imported-%1.marginalia").arg(i));
            removeDatabaseFiles(imported);
            if (auto report = Core::RefiQdaImporter::importProject(workload.exports.at(i), imported); !report)
                fail(report.error());
        }
        importMs.push_back(millisecondsSince(start));
    }
    const Stats merge = Stats::of(mergeMs);
    const Stats import = Stats::of(importMs);
    const Stats score = Stats::of(scoreMs);

    QString report;
    QTextStream out(&report);
    out << "## Seminar: merge and score a class\n\n";
    for (const QString &line : machine)
        out << line << '\n';
    out << "- workload: " << students << " students, 20 documents (6,000-12,000 characters), 30 codes, 1,000 codings "
        << "each; a key of 500 codings; " << codingsAfter << " codings after the merge\n\n";
    MarkdownTable table(
        {QStringLiteral("operation"), QStringLiteral("ours"), QStringLiteral("limit"), QStringLiteral("ours / limit")});
    table.addRow({QStringLiteral("merge %1 student projects (`ProjectMerge`) vs REFI-QDA import of the same %1, "
                                 "median of %2")
                      .arg(students)
                      .arg(merge.count),
                  formatMs(merge.median), formatMs(import.median), ratioText(merge.median, import.median)});
    table.addRow({QStringLiteral("score %1 students against the key (`StudentScores`), median of %2")
                      .arg(students)
                      .arg(score.count),
                  formatMs(score.median), QStringLiteral("-"), QStringLiteral("-")});
    table.addRow({QStringLiteral("generate the class (hand-out, codings, .qdpx exports)"), formatMs(generationMs),
                  QStringLiteral("-"), QStringLiteral("-")});
    out << table.toString() << '\n';
    out << "- merge: " << merge.brief() << "\n- REFI-QDA import: " << import.brief() << "\n- score: " << score.brief()
        << '\n';
    out.flush();
    QTextStream(stdout) << report;
    if (parser.isSet(markdownOption)) {
        QFile file(parser.value(markdownOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0)
            fail(QStringLiteral("cannot write %1").arg(parser.value(markdownOption)));
    }
    return 0;
}

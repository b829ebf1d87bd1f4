// A writer for tst_crashsafety to kill: it commits to a project in a loop and says on stdout what it has
// committed, each line only after the commit returned ("ready" first, once the project is open). Whatever
// it printed must be on disk after a kill.
//
//   crashwriter codings PROJECT        one coding a transaction, forever: "committed <guid>"
//   crashwriter batches PROJECT        50 codings a transaction, forever: "batch <n>"
//   crashwriter import PROJECT FOLDER  BatchImporter, a transaction a file: "done <files committed>"

#include "import/batchimporter.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Marginalia::Core;

namespace {

constexpr qint64 BatchSize = 50;

int fail(const QString &message)
{
    QTextStream(stderr) << "crashwriter: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3)
        return fail(QStringLiteral("usage: crashwriter codings|batches|import PROJECT [FOLDER]"));
    const QString mode = arguments.at(1);
    auto opened = Project::open(arguments.at(2));
    if (!opened)
        return fail(opened.error());
    Project &project = **opened;
    QTextStream out(stdout);
    // The test counts its moment to kill from here.
    out << "ready\n";
    out.flush();

    if (mode == QLatin1String("import")) {
        BatchImporter importer(project);
        // Called before each file and at the end: `done` files are committed by then.
        importer.run({arguments.value(3)}, [&out](int done, int, const QString &) {
            out << "done " << done << '\n';
            out.flush();
            return true;
        });
        return 0;
    }

    const auto documents = project.documents();
    const auto codes = project.codes();
    if (documents.isEmpty() || codes.isEmpty())
        return fail(QStringLiteral("the project needs a document and a code"));
    const Document document = documents.first();
    const qint64 codeId = codes.first().id;
    auto coder = project.ensureCoder(QStringLiteral("crashwriter"));
    if (!coder)
        return fail(coder.error());

    // Every coding is new: [i, length) for the next i not used yet (a previous run may have used some).
    qint64 next = project.codings().size();
    for (qint64 round = 0;; ++round) {
        if (mode == QLatin1String("codings")) {
            auto added = project.addCoding(
                {document.id, codeId, coder->id, next % document.length, document.length, {}, {}, {}});
            if (!added)
                return fail(added.error());
            ++next;
            if (*added)
                out << "committed " << (*added)->guid << '\n';
        } else {
            QList<NewCoding> batch;
            for (qint64 i = 0; i < BatchSize; ++i, ++next)
                batch.append({document.id, codeId, coder->id, next % document.length, document.length, {}, {}, {}});
            auto added = project.addCodings(batch);
            if (!added)
                return fail(added.error());
            out << "batch " << round << ' ' << *added << '\n';
        }
        out.flush();
    }
}

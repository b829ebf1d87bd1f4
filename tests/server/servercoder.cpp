// One coder of a server project, a program of its own so that two of them code the same project at once
// as two people's windows would (tst_serverproject): it codes COUNT passages as CODER, one every few
// milliseconds, while its event loop takes the other coders' notifications; it ends when it has coded
// everything and has seen, through those notifications, all of OTHER's codings (or after TIMEOUT seconds).
//
//     servercoder URL CODER COUNT OTHER TIMEOUT
//
// It prints one line: "coded N seen M notified K", where M is how many of OTHER's codings it had read when
// it ended and K how many change signals other programs' writes caused.

#include "store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Marginalia::Core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: servercoder URL CODER COUNT OTHER TIMEOUT\n");
        return 2;
    }
    const QString url = args.at(1);
    const QString coderName = args.at(2);
    const int count = args.at(3).toInt();
    const QString otherName = args.at(4);
    const int timeoutSeconds = args.at(5).toInt();
    QTextStream err(stderr);

    auto opened = Project::open(url);
    if (!opened) {
        err << opened.error() << '\n';
        return 1;
    }
    Project &project = **opened;
    auto coder = project.ensureCoder(coderName);
    const QList<Code> codes = project.codes();
    const QList<DocumentName> documents = project.documentNames();
    if (!coder || codes.isEmpty() || documents.isEmpty()) {
        err << "the project has no codes or documents, or the coder could not be added\n";
        return 1;
    }
    const qint64 documentId = documents.first().id;

    int coded = 0;
    int notified = 0;
    qint64 seen = 0;
    auto countOthers = [&] {
        if (auto other = project.coderByName(otherName)) {
            CodingFilter filter;
            filter.coderId = other->id;
            seen = project.codings(filter).size();
        }
    };
    QObject::connect(&project, &Project::codingsChanged, &app, [&](qint64) {
        ++notified;
        countOthers();
    });

    QElapsedTimer clock;
    clock.start();
    QTimer tick;
    int status = 0;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (coded < count) {
            // Each coder its own passages: coder "a" from 0, "b" from 1, so the two never collide.
            NewCoding coding;
            coding.documentId = documentId;
            coding.codeId = codes.at(coded % codes.size()).id;
            coding.coderId = coder->id;
            coding.start = coded * 2 + (coderName < otherName ? 0 : 1);
            coding.end = coding.start + 1;
            auto added = project.addCoding(coding);
            if (!added || !added->has_value()) {
                err << "coding " << coded << " failed: " << (added ? QStringLiteral("duplicate") : added.error())
                    << '\n';
                status = 1;
                app.quit();
                return;
            }
            ++coded;
            return;
        }
        if (seen >= count || clock.elapsed() > timeoutSeconds * 1000)
            app.quit();
    });
    tick.start(5);
    app.exec();
    QTextStream(stdout) << "coded " << coded << " seen " << seen << " notified " << notified << '\n';
    return status;
}

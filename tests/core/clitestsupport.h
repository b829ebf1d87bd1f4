#pragma once

// Runs marginalia-cli in-process, for the tests of its subcommands (header-only: each test is its own
// executable). The tests that need the real executable start it with QProcess themselves.

#include "commandline.h"

#include <QString>
#include <QStringList>
#include <QTest>
#include <QTextStream>

namespace Marginalia::Test {

/// What one command printed, and its exit code.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `marginalia-cli ARGUMENTS...` through Cli::CommandLine, capturing both streams.
inline Run cli(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli::CommandLine commandLine(out, err);
    run.exitCode = commandLine.run(arguments);
    out.flush();
    err.flush();
    return run;
}

} // namespace Marginalia::Test

/// Checks a Run's exit code; on failure the message shows both streams, which say why.
#define QVERIFY_RUN(run, expected)                                                                                     \
    do {                                                                                                               \
        const Marginalia::Test::Run &r_ = (run);                                                                       \
        QVERIFY2(r_.exitCode == (expected),                                                                            \
                 qPrintable(QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r_.exitCode).arg(r_.out, r_.err)));  \
    } while (false)

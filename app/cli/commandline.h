#pragma once

#include <QStringList>

class QTextStream;

namespace Marginalia::Cli {

/**
 * marginalia-cli: the whole coding workflow without a screen, over the core library.
 *
 * `run()` takes the arguments after the program name ("import", "project.marginalia", "a.txt"), writes
 * results to @p out and errors to @p err, and returns the exit code: 0 on success, 1 when the command
 * failed (the error names the file and the problem; the project is unchanged), 2 for a usage error.
 * The subcommands, their options and the CSV columns are a contract with users' scripts.
 */
class CommandLine final
{
public:
    CommandLine(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    static constexpr int Success = 0;
    static constexpr int Failure = 1;
    static constexpr int UsageError = 2;

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Marginalia::Cli

#include "base/translations.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A PostgreSQL server's notices ("schema already exists, skipping", "role is not a member") are for psql's
    // users; libpq prints them straight to stderr, among the command's own messages. Errors still reach us
    // as errors. PGOPTIONS (or options= in a URL) set by the user wins.
    if (qEnvironmentVariableIsEmpty("PGOPTIONS"))
        qputenv("PGOPTIONS", "-c client_min_messages=error");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marginalia-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marginalia"));
    Marginalia::Core::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Marginalia::Cli::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments().mid(1));
}

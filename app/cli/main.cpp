#include "base/translations.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marginalia-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marginalia"));
    Marginalia::Core::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Marginalia::Cli::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments().mid(1));
}

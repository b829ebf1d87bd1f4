#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Marginalia"));
    QApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QApplication::setApplicationDisplayName(QStringLiteral("Marginalia"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Qualitative text analysis workbench"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "A project file to open."));
    parser.process(app);

    Marginalia::Ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    return QApplication::exec();
}

#include "base/buildinfo.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "palettes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStyle>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Marginalia"));
    QApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QApplication::setApplicationDisplayName(QStringLiteral("Marginalia"));
    QApplication::setApplicationVersion(Marginalia::Core::versionString());
    // The desktop entry's name (resources/desktop/): the Wayland app id, so the shell shows our icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.marginalia.Marginalia"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/marginalia.png")));
    Marginalia::Ui::installInterfaceLanguage(QApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Qualitative text analysis workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate(
            "main", "A project file, a .marginalia-server connection file or a postgresql:// URL to open."));
    const QCommandLineOption palette(QStringLiteral("palette"),
                                     QApplication::translate("main", "light or dark (Fusion style)."),
                                     QStringLiteral("name"));
    const QCommandLineOption document(QStringLiteral("document"),
                                      QApplication::translate("main", "Show this document."), QStringLiteral("name"));
    const QCommandLineOption code(QStringLiteral("code"), QApplication::translate("main", "Select this code."),
                                  QStringLiteral("path"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save the window as a PNG and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the window in this language (en, fr, es or ar) for this run."),
        QStringLiteral("code"));
    parser.addOptions({palette, document, code, screenshot, languageOption});
    parser.process(app);

    Marginalia::Ui::MainWindow window;
    // The flag wins over the colours chosen in View > Colours (and is remembered as the choice).
    if (parser.isSet(palette))
        window.setPaletteChoice(parser.value(palette) == QLatin1String("dark") ? QStringLiteral("dark")
                                                                               : QStringLiteral("light"));
    window.show();
    if (!parser.positionalArguments().isEmpty() && window.openProject(parser.positionalArguments().constFirst())) {
        if (parser.isSet(document))
            window.showDocumentNamed(parser.value(document));
        if (parser.isSet(code) && window.selectCodePath(parser.value(code)))
            window.showFirstPassage(window.selectedCode());
    }
    if (parser.isSet(screenshot)) {
        // Let layouts and the first paint settle, then grab what a user would see.
        QTimer::singleShot(300, &window, [&window, path = parser.value(screenshot)] {
            QApplication::exit(window.grab().save(path) ? 0 : 1);
        });
    }
    return QApplication::exec();
}

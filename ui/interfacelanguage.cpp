#include "interfacelanguage.h"

#include "base/translations.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace Marginalia::Ui {

QString installInterfaceLanguage(const QStringList &arguments)
{
    QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    // By hand, as the options' parser needs the translations first; the parser accepts --language too.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(QLatin1String("--language=")))
            language = arguments.at(i).section(QLatin1Char('='), 1);
        else if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
    }
    const QString inUse = Core::installTranslations(language);
    // Set explicitly: Qt flips the direction by itself only when its own Arabic catalogue is installed.
    QGuiApplication::setLayoutDirection(QLocale(inUse).textDirection());
    return inUse;
}

} // namespace Marginalia::Ui

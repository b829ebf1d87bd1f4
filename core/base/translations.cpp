#include "base/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Marginalia::Core {

void installTranslations()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return;
    // Qt asks the translators installed last first: English goes in first, as the fallback that gives
    // every count its right form, and the user's language (when there is a translation) over it.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/marginalia_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *local = new QTranslator(app);
    if (local->load(locale, QStringLiteral("marginalia"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

} // namespace Marginalia::Core

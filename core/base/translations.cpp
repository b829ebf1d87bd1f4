#include "base/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Marginalia::Core {

namespace {

bool install(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ar")};
}

QString installTranslations(const QString &language)
{
    if (!QCoreApplication::instance())
        return QStringLiteral("en");
    // Qt asks the translators installed last first: English goes in first, as the fallback that gives
    // every count its right form, and the user's language (when there is a translation) over it.
    install(QStringLiteral("marginalia_en.qm"), QStringLiteral(":/i18n"));

    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    const QString code = QLocale::languageToCode(locale.language());
    if (code == QLatin1String("en") || !availableLanguages().contains(code))
        return QStringLiteral("en");
    // Qt's own strings (OK and Cancel, the file dialog, --help) come from Debian's qt6-translations-l10n;
    // without it they stay English, and Marginalia's own strings are translated all the same.
    install(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!install(QStringLiteral("marginalia_") + code, QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    return code;
}

} // namespace Marginalia::Core

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QStringList Translations::available()
{
    return {QStringLiteral("es"), QStringLiteral("pt_BR"), QStringLiteral("en")};
}

QString Translations::resolve(const QString& setting, const QLocale& system)
{
    if (available().contains(setting))
        return setting;
    switch (system.language()) {
    case QLocale::Spanish:
        return QStringLiteral("es");
    case QLocale::Portuguese:
        return QStringLiteral("pt_BR");
    default:
        return QStringLiteral("en");
    }
}

bool Translations::install(QCoreApplication& app, const QString& language)
{
    const QLocale locale(language == QLatin1String("en") ? QStringLiteral("en_GB") : language);
    QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return true;
    auto* own = new QTranslator(&app);
    const bool ownLoaded = own->load(QStringLiteral(":/translations/amparo_%1.qm").arg(language));
    if (ownLoaded)
        QCoreApplication::installTranslator(own);
    // Qt's own strings (buttons of standard dialogs); absent translations are not an error.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ownLoaded;
}

#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

QStringList Translations::available()
{
    return {QStringLiteral("es"), QStringLiteral("pt_BR"), QStringLiteral("en")};
}

QString Translations::nativeName(const QString& language)
{
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    return QStringLiteral("English");
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

namespace {
struct Installed
{
    QString language = QStringLiteral("en");
    QList<QPointer<QTranslator>> translators;
};

Installed& installed()
{
    static Installed state;
    return state;
}
} // namespace

bool Translations::install(QCoreApplication& app, const QString& language)
{
    Installed& state = installed();
    for (const QPointer<QTranslator>& t : std::as_const(state.translators)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    state.translators.clear();
    state.language = language;
    const QLocale locale(language == QLatin1String("en") ? QStringLiteral("en_GB") : language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    const bool ownLoaded = own->load(QStringLiteral(":/translations/amparo_%1.qm").arg(language));
    if (ownLoaded) {
        QCoreApplication::installTranslator(own);
        state.translators.append(own);
    } else {
        delete own;
    }
    if (language == QLatin1String("en"))
        return ownLoaded;
    // Qt's own strings (buttons of standard dialogs); absent translations are not an error.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.translators.append(qt);
    } else {
        delete qt;
    }
    return ownLoaded;
}

QString Translations::current()
{
    return installed().language;
}

LanguageScope::LanguageScope(const QString& language)
    : m_previous(Translations::current())
    , m_previousLocale(QLocale())
{
    if (language != m_previous)
        Translations::install(*QCoreApplication::instance(), language);
}

LanguageScope::~LanguageScope()
{
    if (Translations::current() != m_previous)
        Translations::install(*QCoreApplication::instance(), m_previous);
    QLocale::setDefault(m_previousLocale);
}

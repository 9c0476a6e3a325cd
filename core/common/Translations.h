#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Puts Amparo (and Qt's own dialogs) in the user's language: the language chosen in the
// settings, or the system's. Spanish, Brazilian Portuguese and English ship.
class Translations
{
public:
    // "es", "pt_BR", "en".
    static QStringList available();
    // The language to use for a setting ("" means the system's): one of available().
    static QString resolve(const QString& setting, const QLocale& system = QLocale::system());
    // Loads the translations for `language` into the application and makes its locale the
    // default (dates, numbers). Returns false when a translation could not be loaded.
    static bool install(QCoreApplication& app, const QString& language);
};

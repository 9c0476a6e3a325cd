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
    // The language's name in itself ("Español"), as a person looks for it in a list whatever
    // the language shown at the moment.
    static QString nativeName(const QString& language);
    // The language to use for a setting ("" means the system's): one of available().
    static QString resolve(const QString& setting, const QLocale& system = QLocale::system());
    // Loads the translations for `language` into the application and makes its locale the
    // default (dates, numbers). Returns false when a translation could not be loaded.
    // Replaces the translations installed before.
    static bool install(QCoreApplication& app, const QString& language);
    // The language installed last ("en" before any).
    static QString current();
};

// For its lifetime, tr() and reference-data labels speak `language` (a summary printed in
// Spanish for the person while the window is in English); the previous language returns after.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QString m_previous;
    QLocale m_previousLocale;
};

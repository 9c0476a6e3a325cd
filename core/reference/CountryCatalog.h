#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Countries (ISO 3166-1) and their first-level divisions (ISO 3166-2), from the data files
// shipped in resources/reference (generated from Debian's iso-codes).
class CountryCatalog
{
public:
    struct Country
    {
        QString alpha3;
        QString alpha2;
        QString nameEn;
        QString nameEs;
        QString namePt;
    };
    struct Subdivision
    {
        QString code; // "CO-NSA"
        QString name; // "Norte de Santander"
    };

    // The catalogue shipped with the application, loaded once.
    static const CountryCatalog& instance();

    bool isCountry(const QString& alpha3) const;
    // Countries plus the ICAO codes for "stateless" (XXA) and "unknown nationality" (XXX).
    bool isNationality(const QString& alpha3) const;
    // Name in the language of the current locale (Spanish, Portuguese or English).
    QString name(const QString& alpha3) const;
    // Countries sorted by their name in the current language.
    QList<Country> countries() const;
    // The alpha-3 code for a name in any of the three languages, or the code itself.
    QString codeForName(const QString& nameOrCode) const;

    QList<Subdivision> subdivisions(const QString& alpha3) const;
    bool isSubdivisionOf(const QString& code, const QString& alpha3) const;
    QString subdivisionName(const QString& code) const;

    static constexpr const char* Stateless = "XXA";
    static constexpr const char* UnknownNationality = "XXX";

private:
    CountryCatalog();
    void load();

    QList<Country> m_countries;
    QHash<QString, int> m_byAlpha3;
    QHash<QString, QString> m_alpha3ByAlpha2;
    QHash<QString, QString> m_alpha3ByFoldedName;
    QHash<QString, QList<Subdivision>> m_subdivisions; // by alpha-3
    QHash<QString, QString> m_subdivisionNames;
};

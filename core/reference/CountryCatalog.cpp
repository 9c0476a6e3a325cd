#include "core/reference/CountryCatalog.h"

#include "core/common/TextNormalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace {
QList<QStringList> readTsv(const QString& path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Amparo cannot read its own reference data %s", qPrintable(path));
    }
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    bool header = true;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (header) {
            header = false;
            continue;
        }
        if (!line.isEmpty())
            rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

enum class Language
{
    English,
    Spanish,
    Portuguese
};

Language currentLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Spanish:
        return Language::Spanish;
    case QLocale::Portuguese:
        return Language::Portuguese;
    default:
        return Language::English;
    }
}
} // namespace

const CountryCatalog& CountryCatalog::instance()
{
    static const CountryCatalog catalog;
    return catalog;
}

CountryCatalog::CountryCatalog()
{
    load();
}

void CountryCatalog::load()
{
    for (const QStringList& row : readTsv(QStringLiteral(":/reference/countries.tsv"))) {
        if (row.size() < 5)
            continue;
        const Country c{row[0], row[1], row[2], row[3], row[4]};
        m_byAlpha3.insert(c.alpha3, int(m_countries.size()));
        m_alpha3ByAlpha2.insert(c.alpha2, c.alpha3);
        for (const QString& n : {c.nameEn, c.nameEs, c.namePt})
            m_alpha3ByFoldedName.insert(TextNormalizer::fold(n), c.alpha3);
        m_countries.append(c);
    }
    for (const QStringList& row : readTsv(QStringLiteral(":/reference/subdivisions.tsv"))) {
        if (row.size() < 2)
            continue;
        const QString alpha2 = row[0].section(QLatin1Char('-'), 0, 0);
        const QString alpha3 = m_alpha3ByAlpha2.value(alpha2);
        if (alpha3.isEmpty())
            continue;
        m_subdivisions[alpha3].append(Subdivision{row[0], row[1]});
        m_subdivisionNames.insert(row[0], row[1]);
    }
}

bool CountryCatalog::isCountry(const QString& alpha3) const
{
    return m_byAlpha3.contains(alpha3);
}

bool CountryCatalog::isNationality(const QString& alpha3) const
{
    return isCountry(alpha3) || alpha3 == QLatin1String(Stateless) ||
           alpha3 == QLatin1String(UnknownNationality);
}

QString CountryCatalog::name(const QString& alpha3) const
{
    if (alpha3 == QLatin1String(Stateless))
        return QCoreApplication::translate("CountryCatalog", "Stateless");
    if (alpha3 == QLatin1String(UnknownNationality))
        return QCoreApplication::translate("CountryCatalog", "Nationality unknown");
    const auto it = m_byAlpha3.constFind(alpha3);
    if (it == m_byAlpha3.constEnd())
        return alpha3;
    const Country& c = m_countries[*it];
    switch (currentLanguage()) {
    case Language::Spanish:
        return c.nameEs;
    case Language::Portuguese:
        return c.namePt;
    case Language::English:
        break;
    }
    return c.nameEn;
}

QList<CountryCatalog::Country> CountryCatalog::countries() const
{
    QList<Country> sorted = m_countries;
    std::sort(sorted.begin(), sorted.end(), [this](const Country& a, const Country& b) {
        return QString::localeAwareCompare(name(a.alpha3), name(b.alpha3)) < 0;
    });
    return sorted;
}

QString CountryCatalog::codeForName(const QString& nameOrCode) const
{
    const QString trimmed = nameOrCode.trimmed();
    if (isNationality(trimmed.toUpper()))
        return trimmed.toUpper();
    if (trimmed.size() == 2 && m_alpha3ByAlpha2.contains(trimmed.toUpper()))
        return m_alpha3ByAlpha2.value(trimmed.toUpper());
    return m_alpha3ByFoldedName.value(TextNormalizer::fold(trimmed));
}

QList<CountryCatalog::Subdivision> CountryCatalog::subdivisions(const QString& alpha3) const
{
    return m_subdivisions.value(alpha3);
}

bool CountryCatalog::isSubdivisionOf(const QString& code, const QString& alpha3) const
{
    const auto list = m_subdivisions.value(alpha3);
    return std::any_of(list.begin(), list.end(),
                       [&code](const Subdivision& s) { return s.code == code; });
}

QString CountryCatalog::subdivisionName(const QString& code) const
{
    return m_subdivisionNames.value(code, code);
}

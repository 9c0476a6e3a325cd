#include "SiteService.h"

#include "reference/CountryCatalog.h"
#include "storage/SiteRepository.h"

#include <QRegularExpression>

SiteService::SiteService(const Database& db)
    : m_db(db)
{
}

QList<FieldError> SiteService::validate(const Site& site) const
{
    QList<FieldError> errors;
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{2,8}$"));
    if (!code.match(site.code).hasMatch())
        errors.append({QStringLiteral("code"),
                       tr("The site code is 2 to 8 capital letters or digits, for example CUC.")});
    if (site.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the name of the site.")});
    else if (site.name.size() > 100)
        errors.append({QStringLiteral("name"), tr("The name can have at most 100 characters.")});
    const CountryCatalog& catalog = CountryCatalog::instance();
    if (!catalog.isCountry(site.country))
        errors.append({QStringLiteral("country"), tr("Choose the country of the site.")});
    else if (!site.admin1.isEmpty() && !catalog.isSubdivisionOf(site.admin1, site.country))
        errors.append({QStringLiteral("admin1"),
                       tr("Choose a department, state or province of the chosen country.")});
    return errors;
}

Result<Site> SiteService::create(const Site& site)
{
    Site s = site;
    s.code = s.code.trimmed().toUpper();
    s.name = s.name.trimmed();
    const QList<FieldError> errors = validate(s);
    if (!errors.isEmpty())
        return Error::invalid(errors);
    SiteRepository repository(m_db);
    Result<std::optional<Site>> existing = repository.findByCode(s.code);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const QString message = tr("There is already a site with the code %1.").arg(s.code);
        return Error(Error::Code::Conflict, message, {{QStringLiteral("code"), message}});
    }
    Result<qint64> id = repository.insert(s);
    if (!id)
        return id.error();
    s.id = *id;
    return s;
}

Result<QList<Site>> SiteService::sites() const
{
    return SiteRepository(m_db).all();
}

#include "core/services/SiteService.h"

#include "core/audit/AuditLog.h"
#include "core/reference/CountryCatalog.h"
#include "core/security/AccessPolicy.h"
#include "core/services/DemoDataService.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

#include <QRegularExpression>

SiteService::SiteService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

QList<FieldError> SiteService::validate(const Site& site)
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
    if (Status allowed = AccessPolicy::require(m_session, Permission::ManageSites); !allowed)
        return allowed.error();
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
    Transaction transaction(m_db);
    if (Status started = transaction.begin(); !started)
        return started.error();
    Result<qint64> id = repository.insert(s);
    if (!id)
        return id.error();
    s.id = *id;
    const AuditEvent event{QStringLiteral("site.create"),
                           QStringLiteral("site"),
                           QString::number(s.id),
                           s.code,
                           {{QStringLiteral("name"), QString(), s.name},
                            {QStringLiteral("country"), QString(), s.country},
                            {QStringLiteral("admin1"), QString(), s.admin1}},
                           {}};
    if (Status logged = AuditLog(m_db, m_clock).record(m_session, event); !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return s;
}

Result<QList<Site>> SiteService::sites() const
{
    if (!m_session.isValid())
        return Error(Error::Code::NotPermitted, tr("Sign in first."));
    Result<QList<Site>> all = SiteRepository(m_db).all();
    if (!all)
        return all;
    Result<std::optional<Site>> demo = DemoDataService::site(m_db);
    if (!demo)
        return demo.error();
    // The demonstration site comes last, so that no chooser offers it first for real people
    // (who would then go when the demonstration data is removed).
    QList<Site> sites = std::move(all).value();
    if (*demo)
        std::stable_partition(sites.begin(), sites.end(),
                              [&demo](const Site& s) { return s.id != (*demo)->id; });
    return sites;
}

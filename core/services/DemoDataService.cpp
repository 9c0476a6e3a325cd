#include "core/services/DemoDataService.h"

#include "core/audit/AuditLog.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace {
const QString stateKey = QStringLiteral("demo_site");

Result<int> count(const Database& db, const QString& sql, const QVariantList& params = {})
{
    Result<QSqlQuery> q = db.exec(sql, params);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}
} // namespace

DemoDataService::DemoDataService(Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<std::optional<Site>> DemoDataService::site(const Database& db)
{
    Result<QString> id = AppStateRepository(db).value(stateKey);
    if (!id)
        return id.error();
    if (id->isEmpty())
        return std::optional<Site>();
    return SiteRepository(db).find(id->toLongLong());
}

Result<Site> DemoDataService::load()
{
    if (Status allowed = AccessPolicy::require(m_session, Permission::InventedData); !allowed)
        return allowed.error();
    Result<std::optional<Site>> existing = site(m_db);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error(Error::Code::Conflict,
                     tr("The demonstration data is already in this database, at the site %1.")
                         .arg((*existing)->code));
    Result<int> cases = count(m_db, QStringLiteral("SELECT count(*) FROM cases"));
    if (!cases)
        return cases.error();
    if (*cases > 0)
        return Error(Error::Code::Refused,
                     tr("Demonstration data can only be added to a database without cases, so "
                        "that invented people are never mixed with real ones."));
    SiteRepository sites(m_db);
    Result<std::optional<Site>> taken = sites.findByCode(QLatin1String(SiteCode));
    if (!taken)
        return taken.error();
    if (*taken)
        return Error(Error::Code::Conflict,
                     tr("A site with the code %1 already exists; demonstration data needs that "
                        "code for itself.")
                         .arg(QLatin1String(SiteCode)));
    Result<QList<Site>> all = sites.all();
    if (!all)
        return all.error();

    Site demo;
    demo.code = QLatin1String(SiteCode);
    demo.name = tr("Demonstration (invented people)");
    demo.country = all->isEmpty() ? QStringLiteral("COL") : all->first().country;
    demo.admin1 = all->isEmpty() ? QStringLiteral("CO-NSA") : all->first().admin1;
    {
        Transaction transaction(m_db);
        if (Status s = transaction.begin(); !s)
            return s.error();
        Result<qint64> id = sites.insert(demo);
        if (!id)
            return id.error();
        demo.id = *id;
        if (Status s = AppStateRepository(m_db).setValue(stateKey, QString::number(demo.id)); !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
    }
    PopulationGenerator::Options options;
    options.persons = Persons;
    options.seed = 2026;
    options.siteId = demo.id;
    Result<PopulationGenerator::Report> report =
        PopulationGenerator(m_db, m_clock).generate(options);
    if (!report) {
        // What was written before the failure goes, so a second try starts clean.
        if (Result<Removed> removed = remove(); !removed)
            return Error(report.error().code(),
                         report.error().message() + QLatin1Char(' ') + removed.error().message());
        return report.error();
    }
    const AuditEvent event{
        QStringLiteral("demo.load"),
        QStringLiteral("site"),
        QString::number(demo.id),
        demo.code,
        {},
        tr("%1 invented persons in %2 cases").arg(report->persons).arg(report->cases)};
    if (Status logged = AuditLog(m_db, m_clock).recordAlone(m_session, event); !logged)
        return logged.error();
    return demo;
}

Result<DemoDataService::Removed> DemoDataService::remove()
{
    if (Status allowed = AccessPolicy::require(m_session, Permission::InventedData); !allowed)
        return allowed.error();
    Result<std::optional<Site>> demo = site(m_db);
    if (!demo)
        return demo.error();
    if (!*demo)
        return Error(Error::Code::NotFound, tr("There is no demonstration data in this database."));
    const qint64 siteId = (*demo)->id;

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    // The persons of the demonstration's cases who belong to no case elsewhere.
    QList<qint64> persons;
    if (Status s = m_db.forEachRow(
            QStringLiteral("SELECT DISTINCT m.person_id FROM case_members m "
                           "JOIN cases c ON c.id = m.case_id WHERE c.site_id = ? "
                           "AND m.person_id NOT IN (SELECT o.person_id FROM case_members o "
                           "JOIN cases oc ON oc.id = o.case_id WHERE oc.site_id <> ?)"),
            {siteId, siteId},
            [&persons](const QSqlQuery& row) { persons.append(row.value(0).toLongLong()); });
        !s)
        return s.error();
    Removed removed;
    Result<int> requests = count(
        m_db, QStringLiteral("SELECT count(*) FROM tracing_requests WHERE site_id = ?"), {siteId});
    if (!requests)
        return requests.error();
    removed.tracingRequests = *requests;
    Result<int> cases =
        count(m_db, QStringLiteral("SELECT count(*) FROM cases WHERE site_id = ?"), {siteId});
    if (!cases)
        return cases.error();
    removed.cases = *cases;
    const QString action = tr("remove the demonstration data");
    for (const QString& sql : {QStringLiteral("DELETE FROM tracing_requests WHERE site_id = ?"),
                               QStringLiteral("DELETE FROM cases WHERE site_id = ?")}) {
        if (Status s = m_db.run(sql, {siteId}, action); !s)
            return s.error();
    }
    PersonRepository personRepository(m_db, m_clock);
    for (const qint64 id : persons) {
        if (Status s = personRepository.remove(id); !s)
            return s.error();
    }
    removed.persons = int(persons.size());
    for (const QString& sql :
         {QStringLiteral("DELETE FROM case_number_sequences WHERE site_id = ?"),
          QStringLiteral("DELETE FROM sites WHERE id = ?")}) {
        if (Status s = m_db.run(sql, {siteId}, action); !s)
            return s.error();
    }
    if (Status s = AppStateRepository(m_db).remove(stateKey); !s)
        return s.error();
    const AuditEvent event{QStringLiteral("demo.remove"),
                           QStringLiteral("site"),
                           QString::number(siteId),
                           (*demo)->code,
                           {},
                           tr("%1 cases, %2 persons and %3 tracing requests removed")
                               .arg(removed.cases)
                               .arg(removed.persons)
                               .arg(removed.tracingRequests)};
    if (Status logged = AuditLog(m_db, m_clock).record(m_session, event); !logged)
        return logged.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return removed;
}

Result<PopulationGenerator::Report>
DemoDataService::generate(int persons, quint64 seed, const std::function<bool(int, int)>& progress)
{
    if (Status allowed = AccessPolicy::require(m_session, Permission::InventedData); !allowed)
        return allowed.error();
    Result<PopulationGenerator::Report> report =
        PopulationGenerator(m_db, m_clock).generate({persons, seed, 0}, progress);
    if (!report)
        return report.error();
    const AuditEvent event{QStringLiteral("demo.generate"),
                           QStringLiteral("database"),
                           {},
                           {},
                           {},
                           tr("%1 invented persons in %2 cases (seed %3)")
                               .arg(report->persons)
                               .arg(report->cases)
                               .arg(seed)};
    if (Status logged = AuditLog(m_db, m_clock).recordAlone(m_session, event); !logged)
        return logged.error();
    return report;
}

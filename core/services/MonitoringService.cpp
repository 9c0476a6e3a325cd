#include "core/services/MonitoringService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/reference/IncidentCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "core/services/IncidentValidator.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

namespace {
// Codes of `list` the catalogue does not have, as errors of `field`.
void checkCodes(const QList<IncidentCode>& list, const QStringList& codes, const QString& field,
                QList<FieldError>& errors)
{
    for (const QString& code : codes) {
        if (!IncidentCatalogue::find(list, code))
            errors.append(
                {field,
                 MonitoringService::tr("“%1” is not one of the answers offered.").arg(code)});
    }
}
} // namespace

MonitoringService::MonitoringService(const Database& db, const Clock& clock,
                                     const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<MonitoringRound> MonitoringService::createRound(const MonitoringRound& draft)
{
    if (Status s = AccessPolicy::require(m_session, Permission::MonitorProtection); !s)
        return s.error();
    MonitoringRound r = draft;
    r.name = r.name.simplified();
    r.createdBy = m_session.displayName;
    QList<FieldError> errors;
    Result<std::optional<Site>> site = SiteRepository(m_db).find(r.siteId);
    if (!site)
        return site.error();
    if (!site->has_value())
        errors.append({QStringLiteral("site"), tr("Choose the site where the round is held.")});
    if (r.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Give the round a name, such as “Cúcuta, "
                                                  "March 2026”.")});
    else if (r.name.size() > MaxRoundNameLength)
        errors.append({QStringLiteral("name"),
                       tr("The name can have at most %1 characters.").arg(MaxRoundNameLength)});
    if (!r.startsOn.isValid())
        errors.append({QStringLiteral("startsOn"), tr("Enter the day the round starts.")});
    if (!r.endsOn.isValid())
        errors.append({QStringLiteral("endsOn"), tr("Enter the day the round ends.")});
    else if (r.startsOn.isValid() && r.endsOn < r.startsOn)
        errors.append(
            {QStringLiteral("endsOn"), tr("The round cannot end before the day it starts.")});
    if (!errors.isEmpty())
        return Error::invalid(errors);
    r.siteCode = (*site)->code;
    r.interviews = 0;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = MonitoringRepository(m_db, m_clock).insertRound(r);
    if (!id)
        return id.error();
    r.id = *id;
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(
                    m_session,
                    {QStringLiteral("monitoring.round"),
                     QStringLiteral("monitoring_round"),
                     QString::number(r.id),
                     r.name,
                     {{QStringLiteral("site"), QString(), r.siteCode},
                      {QStringLiteral("starts_on"), QString(), r.startsOn.toString(Qt::ISODate)},
                      {QStringLiteral("ends_on"), QString(), r.endsOn.toString(Qt::ISODate)}},
                     {}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return r;
}

Result<QList<MonitoringRound>> MonitoringService::rounds() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::MonitorProtection); !s)
        return s.error();
    return MonitoringRepository(m_db, m_clock).rounds();
}

QList<FieldError> MonitoringService::validate(const MonitoringRound& round,
                                              const MonitoringInterview& i) const
{
    const IncidentCatalogue& catalogue = IncidentCatalogue::current();
    QList<FieldError> errors;
    if (!i.consent)
        errors.append({QStringLiteral("consent"),
                       tr("Ask first whether the person agrees to the interview: without their "
                          "consent nothing is recorded.")});
    if (!i.heldOn.isValid())
        errors.append({QStringLiteral("heldOn"), tr("Enter the day of the interview.")});
    else if (i.heldOn > m_clock.today())
        errors.append({QStringLiteral("heldOn"), tr("The day of the interview is in the future.")});
    else if (i.heldOn < round.startsOn || i.heldOn > round.endsOn)
        errors.append(
            {QStringLiteral("heldOn"),
             tr("The interview must be held within the round, from %1 to %2.")
                 .arg(round.startsOn.toString(Qt::ISODate), round.endsOn.toString(Qt::ISODate))});
    if (!isAdult(i.ageGroup))
        errors.append({QStringLiteral("ageGroup"),
                       tr("Monitoring interviews are held with adults only. A child's situation "
                          "is recorded in a case, with the child's best interests in mind.")});
    IncidentValidator::checkDiversity(i.diversity, errors);
    if (i.householdSize < 1 || i.householdSize > MonitoringInterview::MaxHouseholdSize)
        errors.append(
            {QStringLiteral("householdSize"), tr("The household has from 1 to %1 persons.")
                                                  .arg(MonitoringInterview::MaxHouseholdSize)});
    if (!IncidentCatalogue::find(catalogue.legalStatuses(), i.legalStatus))
        errors.append({QStringLiteral("legalStatus"),
                       tr("Choose the legal status (“Did not want to say” is an answer).")});
    if (!IncidentCatalogue::find(catalogue.intentions(), i.intention))
        errors.append({QStringLiteral("intention"),
                       tr("Choose what the person intends to do (“Did not want to say” is an "
                          "answer).")});
    checkCodes(catalogue.returnRisks(), i.returnRisks, QStringLiteral("returnRisks"), errors);
    checkCodes(catalogue.needs(), i.needs, QStringLiteral("needs"), errors);
    if (i.incidents.size() > MaxIncidentsPerInterview)
        errors.append(
            {QStringLiteral("incidents"),
             tr("An interview can tell at most %1 incidents.").arg(MaxIncidentsPerInterview)});
    for (int n = 0; n < i.incidents.size(); ++n) {
        for (const FieldError& e : IncidentValidator::validate(i.incidents[n], m_clock.today()))
            errors.append(
                {QStringLiteral("incidents"), tr("Incident %1: %2").arg(n + 1).arg(e.message)});
    }
    return errors;
}

Result<MonitoringInterview> MonitoringService::recordInterview(const MonitoringInterview& draft)
{
    if (Status s = AccessPolicy::require(m_session, Permission::MonitorProtection); !s)
        return s.error();
    MonitoringRepository repository(m_db, m_clock);
    Result<MonitoringRound> round = repository.findRound(draft.roundId);
    if (!round)
        return round.error();
    MonitoringInterview i = draft;
    i.id = 0;
    i.recordedBy = m_session.displayName;
    i.diversity.removeDuplicates();
    i.returnRisks.removeDuplicates();
    i.needs.removeDuplicates();
    for (IncidentFacts& f : i.incidents)
        f = IncidentValidator::normalized(f);
    if (const QList<FieldError> errors = validate(*round, i); !errors.isEmpty())
        return Error::invalid(errors);
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = repository.insertInterview(i);
    if (!id)
        return id.error();
    i.id = *id;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("monitoring.interview"),
                                           QStringLiteral("monitoring_round"),
                                           QString::number(round->id),
                                           round->name,
                                           {{QStringLiteral("incidents"), QString(),
                                             QString::number(i.incidents.size())}},
                                           {}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return i;
}

Result<QList<MonitoringInterview>> MonitoringService::interviews(qint64 roundId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::MonitorProtection); !s)
        return s.error();
    return MonitoringRepository(m_db, m_clock).interviews(roundId);
}

#include "core/services/IncidentService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/reference/CountryCatalog.h"
#include "core/reference/IncidentCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/services/IncidentValidator.h"
#include "core/storage/IncidentFactsRow.h"
#include "core/storage/IncidentRepository.h"
#include "core/storage/Transaction.h"

namespace {
bool isMember(const CaseRecord& record, qint64 personId)
{
    for (const CaseMember& m : record.members) {
        if (m.person.id == personId)
            return true;
    }
    return false;
}

// The codes, before and after, for the audit trail; the narrative only as "changed", so that
// the trail does not keep a second copy of it.
QList<AuditChange> changesOf(const Incident* before, const Incident& after)
{
    static const QStringList names = IncidentFactsRow::columns().split(QStringLiteral(", "));
    const QVariantList old = before ? IncidentFactsRow::values(before->facts) : QVariantList();
    const QVariantList now = IncidentFactsRow::values(after.facts);
    QList<AuditChange> out;
    for (int i = 0; i < names.size(); ++i) {
        const QString was = old.value(i).toString();
        if (was != now[i].toString())
            out.append({names[i], was, now[i].toString()});
    }
    if (!before || before->personId != after.personId)
        out.append({QStringLiteral("person_id"),
                    before && before->personId ? QString::number(before->personId) : QString(),
                    after.personId ? QString::number(after.personId) : QString()});
    if (!before || before->narrative != after.narrative)
        out.append({QStringLiteral("narrative"), QString(),
                    after.narrative.isEmpty() ? QString() : QStringLiteral("(written)")});
    return out;
}
} // namespace

IncidentService::IncidentService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

QList<FieldError> IncidentService::validate(const CaseRecord& record,
                                            const Incident& incident) const
{
    QList<FieldError> errors = IncidentValidator::validate(incident.facts, m_clock.today());
    if (incident.personId > 0 && !isMember(record, incident.personId))
        errors.append({QStringLiteral("person"),
                       tr("The person it happened to is not a member of this case.")});
    if (incident.narrative.size() > MaxNarrativeLength)
        errors.append(
            {QStringLiteral("narrative"),
             tr("What happened can have at most %1 characters.").arg(MaxNarrativeLength)});
    return errors;
}

Result<CaseRecord> IncidentService::caseToChange(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::DocumentIncidents); !s)
        return s.error();
    return CaseService(m_db, m_clock, m_session).loadToChange(caseId);
}

Result<Incident> IncidentService::record(const Incident& draft)
{
    Result<CaseRecord> record = caseToChange(draft.caseId);
    if (!record)
        return record.error();
    Incident i = draft;
    i.id = 0;
    i.facts = IncidentValidator::normalized(i.facts);
    i.narrative = i.narrative.trimmed();
    i.recordedBy = m_session.displayName;
    if (const QList<FieldError> errors = validate(*record, i); !errors.isEmpty())
        return Error::invalid(errors);
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = IncidentRepository(m_db, m_clock).insert(i);
    if (!id)
        return id.error();
    i.id = *id;
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session, {QStringLiteral("incident.create"), QStringLiteral("case"),
                                    QString::number(i.caseId), record->caseNumber,
                                    changesOf(nullptr, i), describe(i.facts)});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return i;
}

Result<Incident> IncidentService::change(const Incident& incident)
{
    if (Status s = AccessPolicy::require(m_session, Permission::DocumentIncidents); !s)
        return s.error();
    IncidentRepository repository(m_db, m_clock);
    Result<Incident> before = repository.find(incident.id);
    if (!before)
        return before.error();
    Result<CaseRecord> record = caseToChange(before->caseId);
    if (!record)
        return record.error();
    Incident i = incident;
    i.caseId = before->caseId;
    i.recordedBy = before->recordedBy;
    i.facts = IncidentValidator::normalized(i.facts);
    i.narrative = i.narrative.trimmed();
    if (const QList<FieldError> errors = validate(*record, i); !errors.isEmpty())
        return Error::invalid(errors);
    const QList<AuditChange> changes = changesOf(&*before, i);
    if (changes.isEmpty())
        return i;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = repository.update(i); !s)
        return s.error();
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("incident.change"),
                                           QStringLiteral("case"), QString::number(i.caseId),
                                           record->caseNumber, changes, describe(i.facts)});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return i;
}

Status IncidentService::remove(qint64 incidentId)
{
    if (Status s = AccessPolicy::require(m_session, Permission::DocumentIncidents); !s)
        return s;
    IncidentRepository repository(m_db, m_clock);
    Result<Incident> before = repository.find(incidentId);
    if (!before)
        return before.error();
    Result<CaseRecord> record = caseToChange(before->caseId);
    if (!record)
        return record.error();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = repository.remove(incidentId); !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("incident.remove"),
                                           QStringLiteral("case"),
                                           QString::number(before->caseId),
                                           record->caseNumber,
                                           {},
                                           describe(before->facts)});
        !s)
        return s;
    return transaction.commit();
}

Result<QList<Incident>> IncidentService::forCase(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::DocumentIncidents); !s)
        return s.error();
    return IncidentRepository(m_db, m_clock).forCase(caseId);
}

QString IncidentService::where(const IncidentFacts& f)
{
    const CountryCatalog& countries = CountryCatalog::instance();
    QString where = countries.name(f.country);
    if (!f.admin1.isEmpty())
        where += QStringLiteral(", ") + countries.subdivisionName(f.admin1);
    return where;
}

QString IncidentService::describe(const IncidentFacts& f)
{
    const IncidentCatalogue& c = IncidentCatalogue::current();
    return QStringList{IncidentCatalogue::label(c.types(), f.type),
                       IncidentCatalogue::label(c.perpetrators(), f.perpetrator),
                       f.month.toString(QStringLiteral("yyyy-MM")), where(f)}
        .join(QStringLiteral(" · "));
}

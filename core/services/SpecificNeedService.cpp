#include "core/services/SpecificNeedService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/reference/RiskCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/storage/SpecificNeedRepository.h"
#include "core/storage/Transaction.h"

SpecificNeedService::SpecificNeedService(const Database& db, const Clock& clock,
                                         const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<QList<SpecificNeed>> SpecificNeedService::forPerson(qint64 personId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewRisk); !s)
        return s.error();
    return SpecificNeedRepository(m_db).forPerson(personId);
}

Result<SpecificNeed> SpecificNeedService::attach(qint64 caseId, qint64 personId,
                                                 const QString& code)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditRisk); !s)
        return s.error();
    if (!RiskCatalogue::current().specificNeed(code))
        return Error(Error::Code::Invalid, tr("“%1” is not a specific-needs code.").arg(code));
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(caseId);
    if (!record)
        return record.error();
    const auto member =
        std::find_if(record->members.begin(), record->members.end(),
                     [personId](const CaseMember& m) { return m.person.id == personId; });
    if (member == record->members.end())
        return Error(Error::Code::Invalid, tr("The person is not a member of this case."));
    SpecificNeedRepository repository(m_db);
    Result<QList<SpecificNeed>> existing = repository.forPerson(personId);
    if (!existing)
        return existing.error();
    for (const SpecificNeed& n : *existing) {
        if (n.isActive() && n.code == code)
            return Error(Error::Code::Conflict,
                         tr("%1 already has the code %2.").arg(member->person.fullName(), code));
    }
    SpecificNeed need{0, personId, code, m_clock.today(), m_session.displayName, 0, {}, {}};
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = repository.attach(need);
    if (!id)
        return id.error();
    need.id = *id;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("specific_need.attach"),
                                           QStringLiteral("case"),
                                           QString::number(caseId),
                                           record->caseNumber,
                                           {{member->person.fullName(), QString(), code}},
                                           {}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return need;
}

Status SpecificNeedService::remove(qint64 caseId, const SpecificNeed& need)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditRisk); !s)
        return s;
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(caseId);
    if (!record)
        return record.error();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = SpecificNeedRepository(m_db).markRemoved(need.id, m_clock.today(),
                                                            m_session.displayName);
        !s)
        return s;
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session,
                        {QStringLiteral("specific_need.remove"),
                         QStringLiteral("case"),
                         QString::number(caseId),
                         record->caseNumber,
                         {{QStringLiteral("person %1").arg(need.personId), need.code, QString()}},
                         {}});
        !s)
        return s;
    return transaction.commit();
}

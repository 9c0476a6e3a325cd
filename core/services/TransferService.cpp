#include "core/services/TransferService.h"

#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/TransferRepository.h"

TransferService::TransferService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Status TransferService::recordReferral(TransferKind kind, const Referral& referral,
                                       const Partner& partner, const QString& caseNumber)
{
    Transfer t;
    t.at = m_clock.now();
    t.by = m_session.displayName;
    t.kind = kind;
    t.recipient = partner.name;
    t.agreement = partner.agreement;
    t.caseNumber = caseNumber;
    t.persons = int(referral.personIds.size());
    t.contents = referral.shared.join(QLatin1Char(','));
    return TransferRepository(m_db).insert(t);
}

Status TransferService::recordSyncPackage(const QString& siteCode, int records)
{
    Transfer t;
    t.at = m_clock.now();
    t.by = m_session.displayName;
    t.kind = TransferKind::SyncPackage;
    t.recipient = siteCode;
    t.contents = QString::number(records);
    return TransferRepository(m_db).insert(t);
}

Result<QList<Transfer>> TransferService::latest() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewAudit); !s)
        return s.error();
    return TransferRepository(m_db).latest(ListLimit);
}

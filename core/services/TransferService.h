#pragma once

#include "core/common/Result.h"
#include "core/domain/Partner.h"
#include "core/domain/Referral.h"
#include "core/domain/Transfer.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

class Clock;
class Database;

// The log of what carried personal data out of this database — referral forms and packages
// to partners, packages to the organisation's other sites — with the recipient and the
// data-sharing agreement each relied on. Recorded in the transaction of what it logs;
// administrators read it.
class TransferService
{
    Q_DECLARE_TR_FUNCTIONS(TransferService)

public:
    // The most recent shown.
    static constexpr int ListLimit = 2000;

    TransferService(const Database& db, const Clock& clock, const UserSession& session);

    // A referral's form or package, to its partner under the partner's agreement.
    Status recordReferral(TransferKind kind, const Referral& referral, const Partner& partner,
                          const QString& caseNumber);
    // A package to another site of the organisation, holding `records` records.
    Status recordSyncPackage(const QString& siteCode, int records);
    Result<QList<Transfer>> latest() const;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

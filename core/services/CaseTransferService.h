#pragma once

#include "core/common/Result.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

class Clock;
class Database;

// Handing a case from a field post to its office (issue 20), as an explicit, audited act: the
// office keeps it from then on — changes it and what belongs to it — and the post reads it as
// it was. The hand-over travels with the post's next package.
class CaseTransferService
{
    Q_DECLARE_TR_FUNCTIONS(CaseTransferService)

public:
    CaseTransferService(const Database& db, const Clock& clock, const UserSession& session);

    // The office this database's cases can go to: empty unless it is a field post with its
    // office registered.
    Result<QString> office() const;
    Status transferToOffice(qint64 caseId, const QString& reason);

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

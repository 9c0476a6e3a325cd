#pragma once

#include "core/common/Result.h"
#include "core/domain/SpecificNeed.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// UNHCR specific-needs codes attached to a person by hand (screenings attach theirs through
// ScreeningService). Removing one keeps it in the history.
class SpecificNeedService
{
    Q_DECLARE_TR_FUNCTIONS(SpecificNeedService)

public:
    SpecificNeedService(const Database& db, const Clock& clock, const UserSession& session);

    Result<QList<SpecificNeed>> forPerson(qint64 personId) const;
    Result<SpecificNeed> attach(qint64 caseId, qint64 personId, const QString& code);
    Status remove(qint64 caseId, const SpecificNeed& need);

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

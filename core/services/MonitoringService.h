#pragma once

#include "core/common/Result.h"
#include "core/domain/Monitoring.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// Protection monitoring at a post (issue 26): rounds of short anonymous interviews of
// adults who consented, every answer a code, what they tell happened counted with the
// incidents of cases. Run by volunteers, legal staff and administrators.
class MonitoringService
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringService)

public:
    static constexpr int MaxRoundNameLength = 120;
    static constexpr int MaxIncidentsPerInterview = 20;

    MonitoringService(const Database& db, const Clock& clock, const UserSession& session);

    // Field names "site", "name", "startsOn", "endsOn".
    Result<MonitoringRound> createRound(const MonitoringRound& draft);
    Result<QList<MonitoringRound>> rounds() const;
    // Field names "consent", "heldOn", "ageGroup", "diversity", "householdSize",
    // "legalStatus", "intention", "returnRisks", "needs", "incidents".
    QList<FieldError> validate(const MonitoringRound& round,
                               const MonitoringInterview& interview) const;
    Result<MonitoringInterview> recordInterview(const MonitoringInterview& draft);
    Result<QList<MonitoringInterview>> interviews(qint64 roundId) const;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

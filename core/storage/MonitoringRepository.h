#pragma once

#include "core/common/Result.h"
#include "core/domain/Monitoring.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

class MonitoringRepository
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringRepository)

public:
    MonitoringRepository(const Database& db, const Clock& clock);

    Result<qint64> insertRound(const MonitoringRound& round);
    // Newest first, each with its site's code and how many interviews it has.
    Result<QList<MonitoringRound>> rounds() const;
    Result<MonitoringRound> findRound(qint64 id) const;
    // The interview with what it tells happened.
    Result<qint64> insertInterview(const MonitoringInterview& interview);
    Result<QList<MonitoringInterview>> interviews(qint64 roundId) const;

private:
    Result<QList<MonitoringRound>> selectRounds(const QString& condition,
                                                const QVariantList& params) const;

    const Database& m_db;
    const Clock& m_clock;
};

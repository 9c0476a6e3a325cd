#pragma once

#include "core/common/Result.h"
#include "core/domain/Screening.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class Clock;
class Database;

// Screenings with their indicators, suggestion decisions, levels and actions.
class ScreeningRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningRepository)

public:
    ScreeningRepository(const Database& db, const Clock& clock);

    Result<qint64> insert(const Screening& screening);
    // Every screening of a person in a case, newest first.
    Result<QList<Screening>> history(qint64 caseId, qint64 personId) const;
    // The newest screening of each current member of a case, by person id.
    Result<QHash<qint64, Screening>> latestForCase(qint64 caseId) const;
    // The screening an action belongs to, or nullopt.
    Result<std::optional<Screening>> screeningOfAction(qint64 actionId) const;
    Status setActionStatus(qint64 actionId, ActionStatus status, const QString& reason);

private:
    Result<QList<Screening>> select(const QString& condition, const QVariantList& params) const;
    Status loadDetails(Screening& screening) const;

    const Database& m_db;
    const Clock& m_clock;
};

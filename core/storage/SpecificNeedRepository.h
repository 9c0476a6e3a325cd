#pragma once

#include "core/common/Result.h"
#include "core/domain/SpecificNeed.h"

#include <QCoreApplication>
#include <QList>

class Database;

class SpecificNeedRepository
{
    Q_DECLARE_TR_FUNCTIONS(SpecificNeedRepository)

public:
    explicit SpecificNeedRepository(const Database& db);

    // All codes of a person, active and removed, oldest first.
    Result<QList<SpecificNeed>> forPerson(qint64 personId) const;
    Result<qint64> attach(const SpecificNeed& need);
    Status markRemoved(qint64 needId, QDate on, const QString& by);

private:
    const Database& m_db;
};

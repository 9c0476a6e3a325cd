#pragma once

#include "core/common/Result.h"
#include "core/domain/SpecificNeed.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class Database;

class SpecificNeedRepository
{
    Q_DECLARE_TR_FUNCTIONS(SpecificNeedRepository)

public:
    explicit SpecificNeedRepository(const Database& db);

    // All codes of a person, active and removed, oldest first.
    Result<QList<SpecificNeed>> forPerson(qint64 personId) const;
    // The codes in force of each of these persons (those with none are absent).
    Result<QHash<qint64, QStringList>> activeCodes(const QList<qint64>& personIds) const;
    Result<qint64> attach(const SpecificNeed& need);
    Status markRemoved(qint64 needId, QDate on, const QString& by);

private:
    const Database& m_db;
};

#pragma once

#include "core/common/Result.h"
#include "core/domain/FamilyLink.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// Family links between persons; one row per pair, read from either side.
class FamilyLinkRepository
{
    Q_DECLARE_TR_FUNCTIONS(FamilyLinkRepository)

public:
    FamilyLinkRepository(const Database& db, const Clock& clock);

    // Fails with Conflict when the two are linked already.
    Result<qint64> insert(const FamilyLink& link);
    Result<FamilyLink> find(qint64 id) const;
    // Links with any of these persons on either side.
    Result<QList<FamilyLink>> involving(const QList<qint64>& personIds) const;
    Result<std::optional<FamilyLink>> between(qint64 a, qint64 b) const;
    Status confirm(qint64 id);
    Status remove(qint64 id);

private:
    const Database& m_db;
    const Clock& m_clock;
};

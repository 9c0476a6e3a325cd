#pragma once

#include "core/common/Result.h"
#include "core/domain/Partner.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Clock;
class Database;

class PartnerRepository
{
    Q_DECLARE_TR_FUNCTIONS(PartnerRepository)

public:
    PartnerRepository(const Database& db, const Clock& clock);

    Result<qint64> insert(const Partner& partner);
    Status update(const Partner& partner);
    Result<Partner> find(qint64 id) const;

    Result<std::optional<Partner>> findByName(const QString& name) const;
    // By name; the inactive ones too when asked.
    Result<QList<Partner>> list(bool includeInactive) const;

private:
    Result<QList<Partner>> select(const QString& condition, const QVariantList& params) const;

    const Database& m_db;
    const Clock& m_clock;
};

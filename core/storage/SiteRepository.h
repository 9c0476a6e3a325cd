#pragma once

#include "core/common/Result.h"
#include "core/domain/Site.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

class SiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(SiteRepository)

public:
    explicit SiteRepository(const Database& db);

    Result<qint64> insert(const Site& site);
    Result<QList<Site>> all() const;
    Result<std::optional<Site>> find(qint64 id) const;
    Result<std::optional<Site>> findByCode(const QString& code) const;

private:
    Result<std::optional<Site>> findWhere(const QString& condition, const QVariant& value) const;

    const Database& m_db;
};

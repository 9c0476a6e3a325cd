#pragma once

#include "common/Result.h"
#include "domain/Site.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The organisation's sites (border posts, shelters, clinics) where cases are registered.
class SiteService
{
    Q_DECLARE_TR_FUNCTIONS(SiteService)

public:
    explicit SiteService(const Database& db);

    QList<FieldError> validate(const Site& site) const;
    Result<Site> create(const Site& site);
    Result<QList<Site>> sites() const;

private:
    const Database& m_db;
};

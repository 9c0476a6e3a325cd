#pragma once

#include "common/Result.h"
#include "security/UserSession.h"

#include <QCoreApplication>

class Database;

// Counts over the whole database, for roles that see statistics only. No name, document
// or free text can come out of here.
class StatisticsService
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsService)

public:
    struct Overview
    {
        int openCases = 0;
        int closedCases = 0;
        int transferredCases = 0;
        int persons = 0;
        int sites = 0;
        int highRiskCases = 0;
    };

    StatisticsService(const Database& db, const UserSession& session);
    Result<Overview> overview() const;

private:
    const Database& m_db;
    UserSession m_session;
};

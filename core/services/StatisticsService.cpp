#include "StatisticsService.h"

#include "security/AccessPolicy.h"
#include "storage/Database.h"

StatisticsService::StatisticsService(const Database& db, const UserSession& session)
    : m_db(db)
    , m_session(session)
{
}

Result<StatisticsService::Overview> StatisticsService::overview() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewAggregates); !s)
        return s.error();
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM cases WHERE status = 'open'), "
                                 "(SELECT count(*) FROM cases WHERE status = 'closed'), "
                                 "(SELECT count(*) FROM cases WHERE status = 'transferred'), "
                                 "(SELECT count(*) FROM persons), (SELECT count(*) FROM sites), "
                                 "(SELECT count(*) FROM case_risk WHERE max_level >= 3)"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::Storage, tr("Could not count the records."));
    const QSqlQuery& r = q.value();
    return Overview{r.value(0).toInt(), r.value(1).toInt(), r.value(2).toInt(),
                    r.value(3).toInt(), r.value(4).toInt(), r.value(5).toInt()};
}

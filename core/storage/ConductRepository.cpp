#include "core/storage/ConductRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

ConductRepository::ConductRepository(const Database& db)
    : m_db(db)
{
}

Result<std::optional<ConductCode>> ConductRepository::current() const
{
    std::optional<ConductCode> code;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT version, body, written_by, written_at FROM conduct_codes "
                       "ORDER BY version DESC LIMIT 1"),
        {},
        [&code](const QSqlQuery& r) {
            code = ConductCode{r.value(0).toInt(), r.value(1).toString(), r.value(2).toString(),
                               QDateTime::fromString(r.value(3).toString(), Qt::ISODateWithMs)};
        },
        tr("read the code of conduct"));
    if (!read)
        return read.error();
    return code;
}

Status ConductRepository::insert(const ConductCode& c)
{
    return m_db.run(
        QStringLiteral("INSERT INTO conduct_codes (version, body, written_by, "
                       "written_at) VALUES (?, ?, ?, ?)"),
        {c.version, c.body, c.writtenBy, c.writtenAt.toUTC().toString(Qt::ISODateWithMs)},
        tr("save the code of conduct"));
}

Result<bool> ConductRepository::accepted(qint64 userId, int version) const
{
    bool found = false;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT 1 FROM conduct_acceptances WHERE user_id = ? AND version = ?"),
        {userId, version}, [&found](const QSqlQuery&) { found = true; },
        tr("read who accepted the code of conduct"));
    if (!read)
        return read.error();
    return found;
}

Status ConductRepository::recordAcceptance(qint64 userId, int version, const QDateTime& at)
{
    return m_db.run(QStringLiteral("INSERT INTO conduct_acceptances (user_id, version, "
                                   "accepted_at) VALUES (?, ?, ?)"),
                    {userId, version, at.toUTC().toString(Qt::ISODateWithMs)},
                    tr("record the acceptance of the code of conduct"));
}

Result<int> ConductRepository::acceptances(int version) const
{
    int count = 0;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT count(*) FROM conduct_acceptances WHERE version = ?"), {version},
        [&count](const QSqlQuery& r) { count = r.value(0).toInt(); },
        tr("read who accepted the code of conduct"));
    if (!read)
        return read.error();
    return count;
}

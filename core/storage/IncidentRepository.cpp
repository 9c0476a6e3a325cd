#include "core/storage/IncidentRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/IncidentFactsRow.h"
#include "core/storage/RecordUid.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlValue.h"

IncidentRepository::IncidentRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> IncidentRepository::insert(const Incident& incident)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    QVariantList params{RecordUid::make(), incident.caseId, SqlValue::idOrNull(incident.personId)};
    params.append(IncidentFactsRow::values(incident.facts));
    params.append({incident.narrative, incident.recordedBy, now, now});
    return m_db.insert(
        QStringLiteral("INSERT INTO incidents (uid, case_id, person_id, %1, "
                       "narrative, recorded_by, created_at, updated_at) "
                       "VALUES (%2)")
            .arg(IncidentFactsRow::columns(), SqlDialect::placeholders(params.size())),
        params, tr("save the incident"));
}

Status IncidentRepository::update(const Incident& incident)
{
    QStringList sets;
    for (const QString& column : IncidentFactsRow::columns().split(QStringLiteral(", ")))
        sets.append(column + QStringLiteral(" = ?"));
    QVariantList params{SqlValue::idOrNull(incident.personId)};
    params.append(IncidentFactsRow::values(incident.facts));
    params.append(
        {incident.narrative, m_clock.now().toUTC().toString(Qt::ISODateWithMs), incident.id});
    return m_db.run(QStringLiteral("UPDATE incidents SET person_id = ?, ") +
                        sets.join(QStringLiteral(", ")) +
                        QStringLiteral(", narrative = ?, updated_at = ? WHERE id = ?"),
                    params, tr("save the incident"));
}

Status IncidentRepository::remove(qint64 id)
{
    return m_db.run(QStringLiteral("DELETE FROM incidents WHERE id = ?"), {id},
                    tr("remove the incident"));
}

Result<QList<Incident>> IncidentRepository::select(const QString& condition,
                                                   const QVariantList& params) const
{
    QList<Incident> out;
    const int facts = 4;
    Status s = m_db.forEachRow(
        QStringLiteral("SELECT id, case_id, person_id, recorded_by, ") +
            IncidentFactsRow::columns() + QStringLiteral(", narrative FROM incidents WHERE ") +
            condition + QStringLiteral(" ORDER BY occurred_month DESC, id DESC"),
        params,
        [&](const QSqlQuery& row) {
            Incident i;
            i.id = row.value(0).toLongLong();
            i.caseId = row.value(1).toLongLong();
            i.personId = row.value(2).toLongLong();
            i.recordedBy = row.value(3).toString();
            i.facts = IncidentFactsRow::read(row, facts);
            i.narrative = row.value(facts + IncidentFactsRow::columnCount()).toString();
            out.append(i);
        },
        tr("read the incidents"));
    if (!s)
        return s.error();
    return out;
}

Result<Incident> IncidentRepository::find(qint64 id) const
{
    Result<QList<Incident>> found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("The incident no longer exists."));
    return found->constFirst();
}

Result<QList<Incident>> IncidentRepository::forCase(qint64 caseId) const
{
    return select(QStringLiteral("case_id = ?"), {caseId});
}

Result<QList<Incident>> IncidentRepository::forPerson(qint64 personId) const
{
    return select(QStringLiteral("person_id = ?"), {personId});
}

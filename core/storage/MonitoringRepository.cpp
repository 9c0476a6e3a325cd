#include "core/storage/MonitoringRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/IncidentFactsRow.h"
#include "core/storage/RecordUid.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlValue.h"

namespace {
QStringList codesFrom(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

MonitoringRepository::MonitoringRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> MonitoringRepository::insertRound(const MonitoringRound& r)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return m_db.insert(
        QStringLiteral("INSERT INTO monitoring_rounds (uid, site_id, name, starts_on, ends_on, "
                       "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), r.siteId, r.name, r.startsOn.toString(Qt::ISODate),
         r.endsOn.toString(Qt::ISODate), r.createdBy, now, now},
        tr("save the monitoring round"));
}

Result<QList<MonitoringRound>> MonitoringRepository::selectRounds(const QString& condition,
                                                                  const QVariantList& params) const
{
    QList<MonitoringRound> out;
    Status s = m_db.forEachRow(
        QStringLiteral("SELECT r.id, r.site_id, s.code, r.name, r.starts_on, r.ends_on, "
                       "r.created_by, (SELECT count(*) FROM monitoring_interviews i "
                       "WHERE i.round_id = r.id) FROM monitoring_rounds r "
                       "JOIN sites s ON s.id = r.site_id") +
            condition + QStringLiteral(" ORDER BY r.starts_on DESC, r.id DESC"),
        params,
        [&](const QSqlQuery& row) {
            MonitoringRound r;
            r.id = row.value(0).toLongLong();
            r.siteId = row.value(1).toLongLong();
            r.siteCode = row.value(2).toString();
            r.name = row.value(3).toString();
            r.startsOn = SqlValue::date(row.value(4));
            r.endsOn = SqlValue::date(row.value(5));
            r.createdBy = row.value(6).toString();
            r.interviews = row.value(7).toInt();
            out.append(r);
        },
        tr("read the monitoring rounds"));
    if (!s)
        return s.error();
    return out;
}

Result<QList<MonitoringRound>> MonitoringRepository::rounds() const
{
    return selectRounds({}, {});
}

Result<MonitoringRound> MonitoringRepository::findRound(qint64 id) const
{
    Result<QList<MonitoringRound>> found = selectRounds(QStringLiteral(" WHERE r.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("The monitoring round no longer exists."));
    return found->constFirst();
}

Result<qint64> MonitoringRepository::insertInterview(const MonitoringInterview& i)
{
    const QString action = tr("save the interview");
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    Result<qint64> id = m_db.insert(
        QStringLiteral("INSERT INTO monitoring_interviews (uid, round_id, held_on, consent, "
                       "age_group, sex, diversity, household_size, legal_status, intention, "
                       "return_risks, needs, recorded_by, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), i.roundId, i.heldOn.toString(Qt::ISODate), i.consent ? 1 : 0,
         ageGroupCodes().code(i.ageGroup), sexCodes().code(i.sex),
         i.diversity.join(QLatin1Char(',')), i.householdSize, i.legalStatus, i.intention,
         i.returnRisks.join(QLatin1Char(',')), i.needs.join(QLatin1Char(',')), i.recordedBy, now,
         now},
        action);
    if (!id)
        return id;
    for (int position = 0; position < i.incidents.size(); ++position) {
        QVariantList params{*id, position};
        params.append(IncidentFactsRow::values(i.incidents[position]));
        if (Status s = m_db.run(
                QStringLiteral("INSERT INTO interview_incidents (interview_id, "
                               "position, %1) VALUES (%2)")
                    .arg(IncidentFactsRow::columns(), SqlDialect::placeholders(params.size())),
                params, action);
            !s)
            return s.error();
    }
    return id;
}

Result<QList<MonitoringInterview>> MonitoringRepository::interviews(qint64 roundId) const
{
    const QString action = tr("read the interviews");
    QList<MonitoringInterview> out;
    Status s = m_db.forEachRow(
        QStringLiteral("SELECT id, round_id, held_on, consent, age_group, sex, diversity, "
                       "household_size, legal_status, intention, return_risks, needs, "
                       "recorded_by FROM monitoring_interviews WHERE round_id = ? "
                       "ORDER BY held_on, id"),
        {roundId},
        [&](const QSqlQuery& row) {
            MonitoringInterview i;
            i.id = row.value(0).toLongLong();
            i.roundId = row.value(1).toLongLong();
            i.heldOn = SqlValue::date(row.value(2));
            i.consent = row.value(3).toInt() == 1;
            i.ageGroup =
                ageGroupCodes().fromCode(row.value(4).toString()).value_or(AgeGroup::Unknown);
            i.sex = sexCodes().fromCode(row.value(5).toString()).value_or(Sex::Unknown);
            i.diversity = codesFrom(row.value(6).toString());
            i.householdSize = row.value(7).toInt();
            i.legalStatus = row.value(8).toString();
            i.intention = row.value(9).toString();
            i.returnRisks = codesFrom(row.value(10).toString());
            i.needs = codesFrom(row.value(11).toString());
            i.recordedBy = row.value(12).toString();
            out.append(i);
        },
        action);
    if (!s)
        return s.error();
    for (MonitoringInterview& i : out) {
        s = m_db.forEachRow(
            QStringLiteral("SELECT %1 FROM interview_incidents "
                           "WHERE interview_id = ? ORDER BY position")
                .arg(IncidentFactsRow::columns()),
            {i.id},
            [&](const QSqlQuery& row) { i.incidents.append(IncidentFactsRow::read(row, 0)); },
            action);
        if (!s)
            return s.error();
    }
    return out;
}

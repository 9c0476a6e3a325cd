#include "core/storage/DeadlineRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"
#include "core/storage/SqlValue.h"

#include <QHash>

namespace {
const char* kindCode(Deadline::Kind k)
{
    switch (k) {
    case Deadline::Kind::Procedure:
        return "procedure";
    case Deadline::Kind::Document:
        return "document";
    case Deadline::Kind::Manual:
        break;
    }
    return "manual";
}

Deadline::Kind kindFrom(const QString& code)
{
    if (code == QLatin1String("procedure"))
        return Deadline::Kind::Procedure;
    if (code == QLatin1String("document"))
        return Deadline::Kind::Document;
    return Deadline::Kind::Manual;
}

const QString columns = QStringLiteral(
    "d.id, d.case_id, coalesce(d.procedure_id, 0), coalesce(d.event_id, 0), coalesce(d.person_id, "
    "0), d.kind, "
    "d.source_key, d.what, d.due_on, d.responsible, d.done, d.done_on, coalesce(d.done_by, ''), "
    "coalesce(d.screening_id, 0), d.notice_on, coalesce(d.referral_id, 0)");

Deadline read(const QSqlQuery& r)
{
    Deadline d;
    d.id = r.value(0).toLongLong();
    d.caseId = r.value(1).toLongLong();
    d.procedureId = r.value(2).toLongLong();
    d.eventId = r.value(3).toLongLong();
    d.personId = r.value(4).toLongLong();
    d.kind = kindFrom(r.value(5).toString());
    d.sourceKey = r.value(6).toString();
    d.what = r.value(7).toString();
    d.dueOn = QDate::fromString(r.value(8).toString(), Qt::ISODate);
    d.responsible = r.value(9).toString();
    d.done = r.value(10).toBool();
    d.doneOn = QDate::fromString(r.value(11).toString(), Qt::ISODate);
    d.doneBy = r.value(12).toString();
    d.screeningId = r.value(13).toLongLong();
    d.noticeOn = QDate::fromString(r.value(14).toString(), Qt::ISODate);
    d.referralId = r.value(15).toLongLong();
    return d;
}
} // namespace

DeadlineRepository::DeadlineRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> DeadlineRepository::insert(const Deadline& d)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "INSERT INTO deadlines (uid, case_id, procedure_id, event_id, person_id, kind, "
            "source_key, what, due_on, responsible, created_at, screening_id, notice_on, "
            "referral_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), d.caseId, SqlValue::idOrNull(d.procedureId), SqlValue::idOrNull(d.eventId),
         SqlValue::idOrNull(d.personId), QString::fromLatin1(kindCode(d.kind)), d.sourceKey, d.what,
         d.dueOn.toString(Qt::ISODate), d.responsible,
         m_clock.now().toUTC().toString(Qt::ISODateWithMs), SqlValue::idOrNull(d.screeningId),
         d.noticeOn.isValid() ? QVariant(d.noticeOn.toString(Qt::ISODate)) : QVariant(),
         SqlValue::idOrNull(d.referralId)},
        tr("save the deadline"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<Deadline> DeadlineRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + columns +
                                        QStringLiteral(" FROM deadlines d WHERE d.id = ?"),
                                    {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::NotFound, tr("The deadline no longer exists."));
    return read(q.value());
}

Status DeadlineRepository::setDone(qint64 id, bool done, QDate on, const QString& by)
{
    return m_db.run(
        QStringLiteral("UPDATE deadlines SET done = ?, done_on = ?, done_by = ? WHERE id = ?"),
        {done ? 1 : 0, done ? QVariant(on.toString(Qt::ISODate)) : QVariant(),
         done ? QVariant(by) : QVariant(), id},
        tr("save the deadline"));
}

Result<QList<DeadlineRow>> DeadlineRepository::list(const DeadlineFilter& f) const
{
    QStringList conditions;
    QVariantList params;
    if (f.openOnly)
        conditions.append(QStringLiteral("d.done = 0"));
    if (!f.responsible.isEmpty()) {
        conditions.append(m_db.dialect().equalsIgnoringCase(QStringLiteral("d.responsible")));
        params.append(f.responsible);
    }
    if (f.dueOnOrBefore.isValid()) {
        conditions.append(QStringLiteral("d.due_on <= ?"));
        params.append(f.dueOnOrBefore.toString(Qt::ISODate));
    }
    if (f.caseId > 0) {
        conditions.append(QStringLiteral("d.case_id = ?"));
        params.append(f.caseId);
    }
    const QString where =
        conditions.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT ") + columns +
                      QStringLiteral(", c.case_number, coalesce(pr.type_code, ''), "
                                     "coalesce(trim(pe.given_names || ' ' || pe.family_name1 || ' "
                                     "' || pe.family_name2), '') "
                                     "FROM deadlines d JOIN cases c ON c.id = d.case_id "
                                     "LEFT JOIN procedures pr ON pr.id = d.procedure_id "
                                     "LEFT JOIN persons pe ON pe.id = coalesce(d.person_id, "
                                     "c.principal_id)") +
                      where + QStringLiteral(" ORDER BY d.due_on, d.id"),
                  params);
    if (!q)
        return q.error();
    QList<DeadlineRow> rows;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        rows.append(DeadlineRow{read(r), r.value(16).toString(), r.value(17).toString(),
                                r.value(18).toString().simplified()});
    }
    return rows;
}

Result<std::pair<int, int>> DeadlineRepository::counts(QDate today, QDate weekEnd,
                                                       const QString& responsible) const
{
    QVariantList params{today.toString(Qt::ISODate), today.toString(Qt::ISODate),
                        weekEnd.toString(Qt::ISODate), today.toString(Qt::ISODate)};
    QString mine;
    if (!responsible.isEmpty()) {
        mine = QStringLiteral(" AND ") +
               m_db.dialect().equalsIgnoringCase(QStringLiteral("responsible"));
        params.append(responsible);
    }
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT coalesce(sum(CASE WHEN due_on < ? THEN 1 ELSE 0 END), 0), "
                       "coalesce(sum(CASE WHEN due_on >= ? AND (due_on <= ? OR notice_on <= ?) "
                       "THEN 1 ELSE 0 END), 0) "
                       "FROM deadlines WHERE done = 0") +
            mine,
        params);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::pair<int, int>{0, 0};
    return std::pair<int, int>{q.value().value(0).toInt(), q.value().value(1).toInt()};
}

Status DeadlineRepository::closeOpen(const QString& condition, QVariantList params, QDate on,
                                     const QString& by)
{
    params.prepend(by);
    params.prepend(on.toString(Qt::ISODate));
    return m_db.run(QStringLiteral("UPDATE deadlines SET done = 1, done_on = ?, done_by = ? "
                                   "WHERE done = 0 AND ") +
                        condition,
                    params, tr("save the deadline"));
}

Status DeadlineRepository::closeScreeningFollowUps(qint64 caseId, qint64 personId, QDate on,
                                                   const QString& by)
{
    return closeOpen(QStringLiteral("case_id = ? AND person_id = ? AND screening_id IS NOT NULL"),
                     {caseId, personId}, on, by);
}

Status DeadlineRepository::closeReferralAnswer(qint64 referralId, QDate on, const QString& by)
{
    return closeOpen(QStringLiteral("referral_id = ?"), {referralId}, on, by);
}

Status DeadlineRepository::syncDocuments(qint64 caseId, const QList<Deadline>& wanted)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT id, source_key, due_on, what FROM deadlines WHERE case_id "
                                 "= ? AND kind = 'document' "
                                 "AND done = 0"),
                  {caseId});
    if (!q)
        return q.error();
    QHash<QString, std::tuple<qint64, QString, QString>> existing;
    while (q.value().next())
        existing.insert(q.value().value(1).toString(),
                        {q.value().value(0).toLongLong(), q.value().value(2).toString(),
                         q.value().value(3).toString()});
    for (const Deadline& d : wanted) {
        const auto it = existing.constFind(d.sourceKey);
        if (it == existing.constEnd()) {
            if (Result<qint64> id = insert(d); !id)
                return id.error();
            continue;
        }
        if (std::get<1>(*it) != d.dueOn.toString(Qt::ISODate) || std::get<2>(*it) != d.what) {
            if (Status s = m_db.run(
                    QStringLiteral("UPDATE deadlines SET due_on = ?, what = ? WHERE id = ?"),
                    {d.dueOn.toString(Qt::ISODate), d.what, std::get<0>(*it)});
                !s)
                return s;
        }
        existing.remove(d.sourceKey);
    }
    // A document that was replaced or removed no longer expires.
    for (const auto& [id, due, what] : existing) {
        Q_UNUSED(due)
        Q_UNUSED(what)
        if (Status s = m_db.run(QStringLiteral("DELETE FROM deadlines WHERE id = ?"), {id}); !s)
            return s;
    }
    return {};
}

#include "core/storage/ProcedureRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"
#include "core/storage/SqlValue.h"

namespace {
const QString columns = QStringLiteral(
    "SELECT id, case_id, revision, type_code, country, authority, file_number, responsible, "
    "opened_on, "
    "current_stage, outcome, document_label, document_expiry, custom_stages FROM procedures");

Procedure read(const QSqlQuery& r)
{
    Procedure p;
    p.id = r.value(0).toLongLong();
    p.caseId = r.value(1).toLongLong();
    p.revision = r.value(2).toInt();
    p.typeCode = r.value(3).toString();
    p.country = r.value(4).toString();
    p.authority = r.value(5).toString();
    p.fileNumber = r.value(6).toString();
    p.responsible = r.value(7).toString();
    p.openedOn = QDate::fromString(r.value(8).toString(), Qt::ISODate);
    p.currentStage = r.value(9).toString();
    p.outcome = r.value(10).toString();
    p.documentLabel = r.value(11).toString();
    p.documentExpiry = QDate::fromString(r.value(12).toString(), Qt::ISODate);
    p.customStages = r.value(13).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return p;
}

} // namespace

ProcedureRepository::ProcedureRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> ProcedureRepository::insert(const Procedure& p)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "INSERT INTO procedures (uid, case_id, type_code, country, authority, file_number, "
            "responsible, "
            "opened_on, current_stage, outcome, document_label, document_expiry, custom_stages, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), p.caseId, p.typeCode, p.country, p.authority, p.fileNumber,
         p.responsible, p.openedOn.toString(Qt::ISODate), p.currentStage, p.outcome,
         p.documentLabel, SqlValue::dateOrNull(p.documentExpiry), p.customStages.join(QLatin1Char('\n')), now,
         now},
        tr("save the procedure"));
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    if (Status s = writePersons(id, p.personIds); !s)
        return s.error();
    return id;
}

Status ProcedureRepository::writePersons(qint64 id, const QList<qint64>& personIds)
{
    if (Status s =
            m_db.run(QStringLiteral("DELETE FROM procedure_persons WHERE procedure_id = ?"), {id});
        !s)
        return s;
    for (qint64 person : personIds) {
        if (Status s = m_db.run(
                QStringLiteral(
                    "INSERT INTO procedure_persons (procedure_id, person_id) VALUES (?, ?)"),
                {id, person}, tr("save the procedure"));
            !s)
            return s;
    }
    return {};
}

Status ProcedureRepository::update(const Procedure& p)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("UPDATE procedures SET authority = ?, file_number = ?, responsible = ?, "
                       "custom_stages = ?, "
                       "revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?"),
        {p.authority, p.fileNumber, p.responsible, p.customStages.join(QLatin1Char('\n')),
         m_clock.now().toUTC().toString(Qt::ISODateWithMs), p.id, p.revision},
        tr("save the procedure"));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error(Error::Code::Conflict,
                     tr("The procedure was changed by someone else after you opened it. "
                        "Close the case and open it again to see the changes."));
    return writePersons(p.id, p.personIds);
}

Status ProcedureRepository::setState(const Procedure& p)
{
    return m_db.run(
        QStringLiteral("UPDATE procedures SET current_stage = ?, outcome = ?, document_label = ?, "
                       "document_expiry = ?, revision = revision + 1, updated_at = ? WHERE id = ?"),
        {p.currentStage, p.outcome, p.documentLabel, SqlValue::dateOrNull(p.documentExpiry),
         m_clock.now().toUTC().toString(Qt::ISODateWithMs), p.id},
        tr("save the procedure"));
}

Status ProcedureRepository::loadDetails(Procedure& p) const
{
    Result<QSqlQuery> persons = m_db.exec(
        QStringLiteral(
            "SELECT person_id FROM procedure_persons WHERE procedure_id = ? ORDER BY person_id"),
        {p.id});
    if (!persons)
        return persons.error();
    while (persons.value().next())
        p.personIds.append(persons.value().value(0).toLongLong());
    Result<QSqlQuery> events = m_db.exec(
        QStringLiteral(
            "SELECT id, event_code, occurred_on, stage_after, note, recorded_by, recorded_at "
            "FROM procedure_events WHERE procedure_id = ? ORDER BY occurred_on, id"),
        {p.id});
    if (!events)
        return events.error();
    while (events.value().next()) {
        const QSqlQuery& r = events.value();
        p.events.append(
            ProcedureEvent{r.value(0).toLongLong(), r.value(1).toString(),
                           QDate::fromString(r.value(2).toString(), Qt::ISODate),
                           r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                           QDateTime::fromString(r.value(6).toString(), Qt::ISODateWithMs)});
    }
    return {};
}

Result<Procedure> ProcedureRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(columns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::NotFound, tr("The procedure no longer exists."));
    Procedure p = read(q.value());
    if (Status s = loadDetails(p); !s)
        return s.error();
    return p;
}

Result<QList<Procedure>> ProcedureRepository::forCase(qint64 caseId) const
{
    Result<QSqlQuery> q =
        m_db.exec(columns + QStringLiteral(" WHERE case_id = ? ORDER BY opened_on, id"), {caseId});
    if (!q)
        return q.error();
    QList<Procedure> list;
    while (q.value().next())
        list.append(read(q.value()));
    for (Procedure& p : list) {
        if (Status s = loadDetails(p); !s)
            return s.error();
    }
    return list;
}

Result<qint64> ProcedureRepository::addEvent(qint64 procedureId, const ProcedureEvent& e)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO procedure_events (uid, procedure_id, event_code, "
                       "occurred_on, stage_after, note, "
                       "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), procedureId, e.eventCode, e.occurredOn.toString(Qt::ISODate),
         e.stageAfter, e.note, e.recordedBy, m_clock.now().toUTC().toString(Qt::ISODateWithMs)},
        tr("save the event"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

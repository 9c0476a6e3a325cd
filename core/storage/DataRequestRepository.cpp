#include "core/storage/DataRequestRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"

#include <QSqlQuery>

namespace {
const char* const Columns = "id, kind, case_number, person_uid, received_on, identity_check, "
                            "request, decision, ground, answer, decided_by, decided_on, "
                            "recorded_by, recorded_at";

DataRequest read(const QSqlQuery& r)
{
    DataRequest d;
    d.id = r.value(0).toLongLong();
    d.kind =
        dataRequestKindCodes().fromCode(r.value(1).toString()).value_or(DataRequestKind::Access);
    d.caseNumber = r.value(2).toString();
    d.personUid = r.value(3).toByteArray();
    d.receivedOn = QDate::fromString(r.value(4).toString(), Qt::ISODate);
    d.identityCheck = r.value(5).toString();
    d.request = r.value(6).toString();
    d.decision = dataRequestDecisionCodes()
                     .fromCode(r.value(7).toString())
                     .value_or(DataRequestDecision::Open);
    d.ground = r.value(8).toString();
    d.answer = r.value(9).toString();
    d.decidedBy = r.value(10).toString();
    d.decidedOn = SqlValue::date(r.value(11));
    d.recordedBy = r.value(12).toString();
    d.recordedAt = QDateTime::fromString(r.value(13).toString(), Qt::ISODateWithMs);
    return d;
}
} // namespace

DataRequestRepository::DataRequestRepository(const Database& db)
    : m_db(db)
{
}

Result<qint64> DataRequestRepository::insert(const DataRequest& d)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO data_requests (kind, case_number, person_uid, received_on, "
                       "identity_check, request, decision, ground, answer, decided_by, "
                       "decided_on, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {dataRequestKindCodes().code(d.kind), d.caseNumber,
         d.personUid.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(d.personUid),
         d.receivedOn.toString(Qt::ISODate), d.identityCheck, d.request,
         dataRequestDecisionCodes().code(d.decision), d.ground, d.answer, d.decidedBy,
         SqlValue::dateOrNull(d.decidedOn), d.recordedBy,
         d.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
        tr("record the request about a person's data"));
}

Status DataRequestRepository::decide(const DataRequest& d)
{
    return m_db.run(QStringLiteral("UPDATE data_requests SET decision = ?, ground = ?, answer = ?, "
                                   "decided_by = ?, decided_on = ? WHERE id = ?"),
                    {dataRequestDecisionCodes().code(d.decision), d.ground, d.answer, d.decidedBy,
                     SqlValue::dateOrNull(d.decidedOn), d.id},
                    tr("record the answer to the request"));
}

Result<DataRequest> DataRequestRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT %1 FROM data_requests WHERE id = ?").arg(QLatin1String(Columns)),
        {id}, tr("read the request about a person's data"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::NotFound, tr("There is no request number %1.").arg(id));
    return read(q.value());
}

Result<QList<DataRequest>> DataRequestRepository::latest(int limit) const
{
    QList<DataRequest> out;
    Status s = m_db.forEachRow(
        QStringLiteral("SELECT %1 FROM data_requests ORDER BY received_on DESC, id DESC LIMIT ?")
            .arg(QLatin1String(Columns)),
        {limit}, [&out](const QSqlQuery& r) { out.append(read(r)); },
        tr("read the requests about people's data"));
    if (!s)
        return s.error();
    return out;
}

Result<QList<DataRequest>> DataRequestRepository::forPerson(const QByteArray& personUid) const
{
    QList<DataRequest> out;
    Status s = m_db.forEachRow(
        QStringLiteral("SELECT %1 FROM data_requests WHERE person_uid = ? ORDER BY received_on, id")
            .arg(QLatin1String(Columns)),
        {personUid}, [&out](const QSqlQuery& r) { out.append(read(r)); },
        tr("read the person's requests about their data"));
    if (!s)
        return s.error();
    return out;
}

Status DataRequestRepository::forgetWordsOf(const QByteArray& personUid)
{
    return m_db.run(QStringLiteral("UPDATE data_requests SET request = '', identity_check = '', "
                                   "answer = '' WHERE person_uid = ?"),
                    {personUid}, tr("erase what the person said in their requests"));
}

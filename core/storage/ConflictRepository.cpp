#include "core/storage/ConflictRepository.h"

#include "core/common/TextNormalizer.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

namespace {
const char* decisionCode(ConflictCheck::Decision d)
{
    switch (d) {
    case ConflictCheck::Decision::Waived:
        return "waived";
    case ConflictCheck::Decision::Declined:
        return "declined";
    case ConflictCheck::Decision::NoConflict:
        break;
    }
    return "no_conflict";
}

OpposingParty readParty(const QSqlQuery& r)
{
    return OpposingParty{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                         r.value(3).toString(), r.value(4).toString()};
}
} // namespace

ConflictRepository::ConflictRepository(const Database& db)
    : m_db(db)
{
}

Result<qint64> ConflictRepository::addOpposingParty(const OpposingParty& p)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("INSERT INTO opposing_parties (uid, case_id, "
                                                   "name, document_number, document_key, note) "
                                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                                    {RecordUid::make(), p.caseId, p.name, p.documentNumber,
                                     TextNormalizer::documentNumber(p.documentNumber), p.note},
                                    tr("save the opposing party"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status ConflictRepository::removeOpposingParty(qint64 id)
{
    return m_db.run(QStringLiteral("DELETE FROM opposing_parties WHERE id = ?"), {id},
                    tr("remove the opposing party"));
}

Result<QList<OpposingParty>> ConflictRepository::opposingParties(qint64 caseId) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT id, case_id, name, document_number, note FROM "
                                 "opposing_parties WHERE case_id = ? ORDER BY id"),
                  {caseId});
    if (!q)
        return q.error();
    QList<OpposingParty> list;
    while (q.value().next())
        list.append(readParty(q.value()));
    return list;
}

Result<QList<std::pair<OpposingParty, QString>>> ConflictRepository::allOpposingParties() const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT o.id, o.case_id, o.name, o.document_number, o.note, "
                                 "c.case_number FROM opposing_parties o "
                                 "JOIN cases c ON c.id = o.case_id"));
    if (!q)
        return q.error();
    QList<std::pair<OpposingParty, QString>> list;
    while (q.value().next())
        list.append({readParty(q.value()), q.value().value(5).toString()});
    return list;
}

Result<qint64> ConflictRepository::addCheck(const ConflictCheck& c)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO conflict_checks (uid, case_id, checked_on, checked_by, "
                       "subject, findings, decision, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), c.caseId, c.checkedOn.toString(Qt::ISODate), c.checkedBy, c.subject,
         c.findings, QString::fromLatin1(decisionCode(c.decision)), c.note},
        tr("save the conflict check"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<QList<ConflictCheck>> ConflictRepository::checks(qint64 caseId) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT id, case_id, checked_on, checked_by, subject, findings, decision, note "
            "FROM conflict_checks WHERE case_id = ? ORDER BY id"),
        {caseId});
    if (!q)
        return q.error();
    QList<ConflictCheck> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        ConflictCheck c;
        c.id = r.value(0).toLongLong();
        c.caseId = r.value(1).toLongLong();
        c.checkedOn = QDate::fromString(r.value(2).toString(), Qt::ISODate);
        c.checkedBy = r.value(3).toString();
        c.subject = r.value(4).toString();
        c.findings = r.value(5).toString();
        const QString d = r.value(6).toString();
        c.decision = d == QLatin1String("waived")     ? ConflictCheck::Decision::Waived
                     : d == QLatin1String("declined") ? ConflictCheck::Decision::Declined
                                                      : ConflictCheck::Decision::NoConflict;
        c.note = r.value(7).toString();
        list.append(c);
    }
    return list;
}

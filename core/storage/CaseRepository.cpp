#include "core/storage/CaseRepository.h"

#include "core/common/Clock.h"
#include "core/domain/Site.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

namespace {
QString outcomeCode(const CaseRecord& r)
{
    return r.outcome ? caseOutcomeCodes().code(*r.outcome) : QString();
}

QVariant returnDate(const CaseRecord& r)
{
    return r.voluntaryReturn.on.isValid() ? QVariant(r.voluntaryReturn.on.toString(Qt::ISODate))
                                          : QVariant();
}
} // namespace

CaseRepository::CaseRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QString> CaseRepository::allocateNumber(const Site& site, int year)
{
    Result<int> sequence = reserveNumbers(site.id, year, 1);
    if (!sequence)
        return sequence.error();
    return numberText(site, year, *sequence);
}

Result<int> CaseRepository::reserveNumbers(qint64 siteId, int year, int count)
{
    int last = 0;
    if (Status s = m_db.forEachRow(
            QStringLiteral("INSERT INTO case_number_sequences (site_id, year, last_value) "
                           "VALUES (?, ?, ?) ON CONFLICT (site_id, year) "
                           "DO UPDATE SET last_value = case_number_sequences.last_value + ? "
                           "RETURNING last_value"),
            {siteId, year, count, count},
            [&last](const QSqlQuery& q) { last = q.value(0).toInt(); }, tr("assign a case number"));
        !s)
        return s.error();
    if (last < count)
        return Error(Error::Code::Storage, tr("Could not assign a case number."));
    return last;
}

Status CaseRepository::returnNumbers(qint64 siteId, int year, int reserved, int used)
{
    return m_db.run(QStringLiteral("UPDATE case_number_sequences SET last_value = ? WHERE "
                                   "site_id = ? AND year = ? AND last_value = ?"),
                    {used, siteId, year, reserved}, tr("assign a case number"));
}

QString CaseRepository::numberText(const Site& site, int year, int sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(site.code)
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(sequence, 5, 10, QLatin1Char('0'));
}

Result<qint64> CaseRepository::insert(const CaseRecord& r, qint64 principalId,
                                      const QString& sortName)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return m_db.insert(
        QStringLiteral("INSERT INTO cases (uid, case_number, site_id, status, closure_reason, "
                       "registered_on, caseworker, principal_id, sort_name, revision, created_at, "
                       "updated_at, outcome, return_on, return_country, return_place, "
                       "return_informed, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, "
                       "?, ?, ?, ?, "
                       "?)"),
        {RecordUid::make(), r.caseNumber, r.siteId, caseStatusCodes().code(r.status),
         r.closureReason, r.registeredOn.toString(Qt::ISODate), r.caseworker, principalId, sortName,
         now, now, outcomeCode(r), returnDate(r), r.voluntaryReturn.country,
         r.voluntaryReturn.place, r.voluntaryReturn.informedDecision ? 1 : 0,
         r.status == CaseStatus::Closed ? QVariant(m_clock.today().toString(Qt::ISODate))
                                        : QVariant()},
        tr("save the case"));
}

Status CaseRepository::update(const CaseRecord& r, qint64 principalId, const QString& sortName)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("UPDATE cases SET site_id = ?, status = ?, closure_reason = ?, "
                       "registered_on = ?, caseworker = ?, principal_id = ?, sort_name = ?, "
                       "outcome = ?, return_on = ?, return_country = ?, return_place = ?, "
                       "return_informed = ?, "
                       // The day it closed, kept while it stays closed (retention counts from it).
                       "closed_on = CASE WHEN ? = 'closed' THEN CASE WHEN status = 'closed' "
                       "THEN coalesce(closed_on, ?) ELSE ? END END, "
                       "revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?"),
        {r.siteId, caseStatusCodes().code(r.status), r.closureReason,
         r.registeredOn.toString(Qt::ISODate), r.caseworker, principalId, sortName, outcomeCode(r),
         returnDate(r), r.voluntaryReturn.country, r.voluntaryReturn.place,
         r.voluntaryReturn.informedDecision ? 1 : 0, caseStatusCodes().code(r.status),
         m_clock.today().toString(Qt::ISODate), m_clock.today().toString(Qt::ISODate),
         m_clock.now().toUTC().toString(Qt::ISODateWithMs), r.id, r.revision},
        tr("save the case"));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return {};
    Result<qint64> exists = idForNumber(r.caseNumber);
    if (exists && *exists == 0)
        return Error(
            Error::Code::NotFound,
            tr("Case %1 no longer exists; someone may have removed it.").arg(r.caseNumber));
    return Error(Error::Code::Conflict,
                 tr("Case %1 was changed by someone else after you opened it. Your changes are "
                    "still in the form: close the case, open it again to see the other "
                    "changes, and enter yours again.")
                     .arg(r.caseNumber));
}

Result<CaseRecord> CaseRepository::find(qint64 id, bool withClosureReason) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT id, revision, case_number, site_id, status, %1, "
                       "registered_on, caseworker, outcome, %2 FROM cases WHERE id = ?")
            .arg(withClosureReason ? QStringLiteral("closure_reason") : QStringLiteral("''"),
                 withClosureReason
                     ? QStringLiteral("return_on, return_country, return_place, return_informed")
                     : QStringLiteral("NULL, '', '', 0")),
        {id});
    if (!q)
        return q.error();
    QSqlQuery& row = q.value();
    if (!row.next())
        return Error(Error::Code::NotFound, tr("The case no longer exists."));
    CaseRecord r;
    r.id = row.value(0).toLongLong();
    r.revision = row.value(1).toInt();
    r.caseNumber = row.value(2).toString();
    r.siteId = row.value(3).toLongLong();
    r.status = caseStatusCodes().fromCode(row.value(4).toString()).value_or(CaseStatus::Open);
    r.closureReason = row.value(5).toString();
    r.registeredOn = QDate::fromString(row.value(6).toString(), Qt::ISODate);
    r.caseworker = row.value(7).toString();
    r.outcome = caseOutcomeCodes().fromCode(row.value(8).toString());
    r.voluntaryReturn =
        VoluntaryReturn{QDate::fromString(row.value(9).toString(), Qt::ISODate),
                        row.value(10).toString(), row.value(11).toString(), row.value(12).toBool()};
    return r;
}

Result<qint64> CaseRepository::idForNumber(const QString& caseNumber) const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT id FROM cases WHERE case_number = ?"),
                                    {caseNumber.trimmed().toUpper()});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

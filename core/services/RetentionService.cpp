#include "core/services/RetentionService.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditRedactor.h"
#include "core/audit/AuditVerifier.h"
#include "core/audit/ErasedEntries.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseAnonymizer.h"
#include "core/services/ErasureService.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace {
const QString Kind = QStringLiteral("closed_case");
} // namespace

RetentionService::RetentionService(const Database& db, const Clock& clock,
                                   const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<std::optional<int>> RetentionService::months() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s.error();
    std::optional<int> out;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT months FROM retention_rules WHERE record_kind = ?"), {Kind},
        [&out](const QSqlQuery& q) { out = q.value(0).toInt(); }, tr("read the retention period"));
    if (!read)
        return read.error();
    return out;
}

Status RetentionService::setMonths(int months)
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s;
    if (months < 1 || months > 1200)
        return Error(
            Error::Code::Invalid, tr("A retention period is from 1 to 1200 months."),
            {{QStringLiteral("months"), tr("A retention period is from 1 to 1200 months.")}});
    Result<std::optional<int>> before = this->months();
    if (!before)
        return before.error();
    const QString action = tr("set the retention period");
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = m_db.run(
            QStringLiteral("INSERT INTO retention_rules (record_kind, months, set_by, set_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (record_kind) DO UPDATE SET months = "
                           "excluded.months, set_by = excluded.set_by, set_at = excluded.set_at"),
            {Kind, months, m_session.displayName,
             m_clock.now().toUTC().toString(Qt::ISODateWithMs)},
            action);
        !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("retention.rule"),
                                           QStringLiteral("retention"),
                                           Kind,
                                           QString(),
                                           {{QStringLiteral("months"),
                                             *before ? QString::number(**before) : QString(),
                                             QString::number(months)}},
                                           tr("set how long a closed case is kept")});
        !s)
        return s;
    return transaction.commit();
}

Result<RetentionService::DueList> RetentionService::due() const
{
    Result<std::optional<int>> period = months();
    if (!period)
        return period.error();
    DueList out;
    if (!*period)
        return out;
    // Closed cases kept here whose period ended by today; dates compared as ISO text.
    const QDate today = m_clock.today();
    const QString lastClosure = today.addMonths(-**period).toString(Qt::ISODate);
    const QString sql = QStringLiteral(
        "SELECT c.id, c.case_number, c.closed_on, (SELECT count(*) FROM case_members m WHERE "
        "m.case_id = c.id), count(*) OVER () FROM cases c LEFT JOIN retention_reviews r ON "
        "r.case_id = c.id WHERE c.status = 'closed' AND c.keeper = '' AND c.closed_on <= ? "
        "AND (r.case_id IS NULL OR (r.decision = 'renewed' AND r.renewed_until <= ?)) "
        "ORDER BY c.closed_on, c.case_number LIMIT ?");
    Status read = m_db.forEachRow(
        sql, {lastClosure, today.toString(Qt::ISODate), ListLimit},
        [&](const QSqlQuery& q) {
            DueCase d;
            d.caseId = q.value(0).toLongLong();
            d.caseNumber = q.value(1).toString();
            d.closedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            d.dueOn = d.closedOn.addMonths(**period);
            d.members = q.value(3).toInt();
            out.total = q.value(4).toInt();
            out.cases.append(d);
        },
        tr("read the cases past their retention period"));
    if (!read)
        return read.error();
    return out;
}

Result<RetentionService::DueCase> RetentionService::dueCase(qint64 caseId) const
{
    Result<DueList> list = due();
    if (!list)
        return list.error();
    for (const DueCase& d : list->cases) {
        if (d.caseId == caseId)
            return d;
    }
    return Error(Error::Code::Conflict,
                 tr("That case is not past its retention period (it may have been reopened, "
                    "renewed or decided by someone else meanwhile)."));
}

Status RetentionService::renew(qint64 caseId, QDate until, const QString& reason)
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s;
    QList<FieldError> errors;
    if (!until.isValid() || until <= m_clock.today())
        errors.append({QStringLiteral("until"), tr("Keep it until a day after today.")});
    if (reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"), tr("Say why the case is kept longer.")});
    if (!errors.isEmpty())
        return Error(Error::Code::Invalid,
                     errors.size() == 1 ? errors[0].message
                                        : tr("The case cannot be kept as asked."),
                     errors);
    Result<DueCase> d = dueCase(caseId);
    if (!d)
        return d.error();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = m_db.run(
            QStringLiteral("INSERT INTO retention_reviews (case_id, decision, renewed_until, "
                           "reason, decided_by, decided_at) VALUES (?, 'renewed', ?, ?, ?, ?) ON "
                           "CONFLICT (case_id) DO UPDATE SET decision = excluded.decision, "
                           "renewed_until = excluded.renewed_until, reason = excluded.reason, "
                           "decided_by = excluded.decided_by, decided_at = excluded.decided_at"),
            {caseId, until.toString(Qt::ISODate), reason.trimmed(), m_session.displayName,
             m_clock.now().toUTC().toString(Qt::ISODateWithMs)},
            tr("renew the retention of the case"));
        !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session,
                               {QStringLiteral("retention.renew"),
                                QStringLiteral("case"),
                                QString::number(caseId),
                                d->caseNumber,
                                {{QStringLiteral("until"), QString(), until.toString(Qt::ISODate)},
                                 {QStringLiteral("reason"), QString(), reason.trimmed()}},
                                tr("kept a closed case past its retention period")});
        !s)
        return s;
    return transaction.commit();
}

Status RetentionService::anonymize(qint64 caseId)
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s;
    Result<DueCase> d = dueCase(caseId);
    if (!d)
        return d.error();
    // Emptying entries of a trail already broken would hide where.
    Result<AuditVerifier::Report> trail = AuditVerifier(m_db).verify();
    if (!trail)
        return trail.error();
    if (!trail->intact())
        return Error(Error::Code::Refused,
                     tr("The audit trail does not verify (Administration → Audit trail → Verify "
                        "says where), so nothing was anonymized."));
    {
        Transaction transaction(m_db);
        if (Status s = transaction.begin(); !s)
            return s;
        Result<QStringList> values = CaseAnonymizer(m_db, m_clock).anonymize(caseId);
        if (!values)
            return values.error();
        AuditRedactor::About about;
        about.caseIds = {caseId};
        about.caseNumbers = {d->caseNumber};
        about.values = *values;
        Result<QList<AuditChange>> vouchers = AuditRedactor(m_db).empty(about);
        if (!vouchers)
            return vouchers.error();
        if (Status s = m_db.run(
                QStringLiteral("INSERT INTO retention_reviews (case_id, decision, reason, "
                               "decided_by, decided_at) VALUES (?, 'anonymized', '', ?, ?) ON "
                               "CONFLICT (case_id) DO UPDATE SET decision = excluded.decision, "
                               "renewed_until = NULL, reason = '', decided_by = "
                               "excluded.decided_by, decided_at = excluded.decided_at"),
                {caseId, m_session.displayName, m_clock.now().toUTC().toString(Qt::ISODateWithMs)},
                tr("anonymize the case"));
            !s)
            return s;
        if (!m_db.isServer()) {
            if (Status s = m_db.run(QStringLiteral(
                    "INSERT INTO person_search (person_search) VALUES ('optimize')"));
                !s)
                return s;
        }
        if (Status s = AuditLog(m_db, m_clock)
                           .record(m_session,
                                   {QLatin1String(ErasedEntries::AnonymizeAction),
                                    QStringLiteral("case"), QString::number(caseId), d->caseNumber,
                                    *vouchers, tr("anonymized a case past its retention period")});
            !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    // When another connection keeps the log from being emptied now, the last one to close
    // the database empties it.
    ErasureService::emptyTheLog(m_db);
    return {};
}

Result<int> RetentionService::erase(qint64 caseId)
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s.error();
    Result<DueCase> d = dueCase(caseId);
    if (!d)
        return d.error();
    QList<qint64> members;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT person_id FROM case_members WHERE case_id = ? ORDER BY position "
                       "DESC"),
        {caseId}, [&members](const QSqlQuery& q) { members.append(q.value(0).toLongLong()); },
        tr("read the case's members"));
    if (!read)
        return read.error();
    ErasureService erasures(m_db, m_clock, m_session);
    for (qint64 personId : members) {
        ErasureService::Request r;
        r.personId = personId;
        r.ground = ErasureGround::NoLongerNecessary;
        r.receivedOn = m_clock.today();
        r.identityCheck = tr("retention period of case %1 over").arg(d->caseNumber);
        if (Result<ErasureService::Outcome> done = erasures.erase(r); !done)
            return done.error();
    }
    return int(members.size());
}

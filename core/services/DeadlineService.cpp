#include "core/services/DeadlineService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/reference/RiskCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/services/ProcedureService.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

DeadlineService::DeadlineService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

DeadlineService::Bucket DeadlineService::bucketOf(QDate due, QDate today, QDate noticeOn)
{
    if (due < today)
        return Bucket::Overdue;
    if (due == today)
        return Bucket::Today;
    if (due <= today.addDays(WeekDays))
        return Bucket::ThisWeek;
    if (noticeOn.isValid() && noticeOn <= today)
        return Bucket::Flagged;
    return Bucket::Later;
}

DeadlineService::Bucket DeadlineService::bucketOf(const Deadline& deadline, QDate today)
{
    return bucketOf(deadline.dueOn, today, deadline.noticeOn);
}

QString DeadlineService::bucketLabel(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Overdue:
        return tr("Overdue");
    case Bucket::Today:
        return tr("Today");
    case Bucket::ThisWeek:
        return tr("This week");
    case Bucket::Flagged:
        return tr("Coming up");
    case Bucket::Later:
        break;
    }
    return tr("Later");
}

QString DeadlineService::documentExpiryText(DocumentType type, const QString& personName)
{
    return tr("%1 of %2 expires").arg(documentTypeCodes().label(type), personName);
}

QString DeadlineService::followUpText(int level, const QString& personName)
{
    return tr("Follow up the risk screening of %1 (overall rating: %2)")
        .arg(personName, RiskCatalogue::current().levelLabel(level));
}

QString DeadlineService::describe(const DeadlineRow& row)
{
    const Deadline& d = row.deadline;
    if (d.sourceKey.startsWith(FollowUpPrefix)) {
        const int level = d.sourceKey.mid(FollowUpPrefix.size()).toInt();
        return level >= 1 && level <= 3 && !row.personName.isEmpty()
                   ? followUpText(level, row.personName)
                   : d.what;
    }
    if (d.sourceKey.startsWith(DocumentPrefix)) {
        // doc:PERSON:TYPE:COUNTRY:NUMBER
        const auto type = documentTypeCodes().fromCode(d.sourceKey.section(QLatin1Char(':'), 2, 2));
        return type && !row.personName.isEmpty() ? documentExpiryText(*type, row.personName)
                                                 : d.what;
    }
    const ProcedureType* t = ProcedureCatalogue::current().type(row.procedureType);
    if (!t)
        return d.what;
    if (d.sourceKey.startsWith(RulePrefix)) {
        const QString code = d.sourceKey.mid(RulePrefix.size());
        for (const ProcedureEventType& e : t->events) {
            for (const DeadlineRule& rule : e.deadlines) {
                if (rule.code == code)
                    return rule.label.text();
            }
        }
    } else if (d.sourceKey.startsWith(DocumentEventPrefix)) {
        if (const ProcedureEventType* e = t->event(d.sourceKey.mid(DocumentEventPrefix.size()));
            e && e->yieldsDocument) {
            return e->document.hasRenewal
                       ? e->document.renewLabel.text()
                       : ProcedureService::tr("%1 expires").arg(e->document.label.text());
        }
    }
    return d.what;
}

QString DeadlineService::bucketCode(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Overdue:
        return QStringLiteral("overdue");
    case Bucket::Today:
        return QStringLiteral("today");
    case Bucket::ThisWeek:
        return QStringLiteral("this_week");
    case Bucket::Flagged:
        return QStringLiteral("flagged");
    case Bucket::Later:
        break;
    }
    return QStringLiteral("later");
}

QString DeadlineService::whenText(QDate due, QDate today)
{
    const qint64 days = today.daysTo(due);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days < 0)
        return tr("%n day(s) late", nullptr, int(-days));
    return tr("in %n day(s)", nullptr, int(days));
}

Result<QList<DeadlineRow>> DeadlineService::open(bool mineOnly, QDate dueOnOrBefore) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewLegal); !s)
        return s.error();
    DeadlineFilter f;
    f.responsible = mineOnly ? m_session.displayName : QString();
    f.dueOnOrBefore = dueOnOrBefore;
    return DeadlineRepository(m_db, m_clock).list(f);
}

Result<QList<DeadlineRow>> DeadlineService::forCase(qint64 caseId, bool includeDone) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewLegal); !s)
        return s.error();
    DeadlineFilter f;
    f.caseId = caseId;
    f.openOnly = !includeDone;
    return DeadlineRepository(m_db, m_clock).list(f);
}

Result<std::pair<int, int>> DeadlineService::counts(bool mineOnly) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewLegal); !s)
        return s.error();
    const QDate today = m_clock.today();
    return DeadlineRepository(m_db, m_clock)
        .counts(today, today.addDays(WeekDays), mineOnly ? m_session.displayName : QString());
}

Status DeadlineService::setDone(qint64 id, bool done)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s;
    DeadlineRepository repository(m_db, m_clock);
    Result<Deadline> d = repository.find(id);
    if (!d)
        return d.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(d->caseId);
    if (!record)
        return record.error();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = repository.setDone(id, done, m_clock.today(), m_session.displayName); !s)
        return s;
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session,
                        {done ? QStringLiteral("deadline.done") : QStringLiteral("deadline.reopen"),
                         QStringLiteral("case"),
                         QString::number(d->caseId),
                         record->caseNumber,
                         {{d->what, d->done ? QStringLiteral("done") : QStringLiteral("open"),
                           done ? QStringLiteral("done") : QStringLiteral("open")}},
                         {}});
        !s)
        return s;
    return transaction.commit();
}

Result<qint64> DeadlineService::add(qint64 caseId, qint64 procedureId, const QString& what,
                                    QDate due, const QString& responsible)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s.error();
    QList<FieldError> errors;
    if (what.trimmed().isEmpty())
        errors.append({QStringLiteral("what"), tr("Say what is due.")});
    else if (what.size() > 500)
        errors.append({QStringLiteral("what"), tr("At most 500 characters.")});
    if (!due.isValid())
        errors.append({QStringLiteral("due"), tr("Enter the due date.")});
    else if (due < m_clock.today())
        errors.append({QStringLiteral("due"), tr("A new deadline cannot be in the past.")});
    if (!errors.isEmpty())
        return Error::invalid(errors);
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(caseId);
    if (!record)
        return record.error();
    Deadline d;
    d.kind = Deadline::Kind::Manual;
    d.caseId = caseId;
    d.procedureId = procedureId;
    d.what = what.trimmed();
    d.dueOn = due;
    d.responsible = responsible.trimmed().isEmpty() ? m_session.displayName : responsible.trimmed();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = DeadlineRepository(m_db, m_clock).insert(d);
    if (!id)
        return id.error();
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("deadline.create"),
                                           QStringLiteral("case"),
                                           QString::number(caseId),
                                           record->caseNumber,
                                           {{d.what, QString(), due.toString(Qt::ISODate)}},
                                           {}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *id;
}

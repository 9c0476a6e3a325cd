#include "core/services/AuditService.h"

#include "core/audit/AuditLog.h"
#include "core/audit/ErasedEntries.h"
#include "core/audit/SiteAuditTrail.h"
#include "core/common/CsvWriter.h"
#include "core/security/AccessPolicy.h"

#include <QHash>
#include <QIODevice>

AuditService::AuditService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<int> AuditService::count(const AuditFilter& filter) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewAudit); !s)
        return s.error();
    return AuditQuery(m_db).count(filter);
}

Result<QList<AuditEntry>> AuditService::entries(const AuditFilter& filter, int offset,
                                                int limit) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewAudit); !s)
        return s.error();
    return AuditQuery(m_db).fetch(filter, offset, limit);
}

Result<AuditVerifier::Report> AuditService::verify() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewAudit); !s)
        return s.error();
    return AuditVerifier(m_db).verify();
}

Result<QList<AuditService::SiteReport>> AuditService::verifySites() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewAudit); !s)
        return s.error();
    Result<QStringList> sites = SiteAuditTrail(m_db).sites();
    if (!sites)
        return sites.error();
    QList<SiteReport> out;
    for (const QString& site : std::as_const(*sites)) {
        Result<AuditVerifier::Report> report = AuditVerifier(m_db).verifySite(site);
        if (!report)
            return report.error();
        out.append({site, *report});
    }
    return out;
}

QString AuditService::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("sign_in"), QT_TRANSLATE_NOOP("AuditLog", "Signed in")},
        {QStringLiteral("sign_in.failed"), QT_TRANSLATE_NOOP("AuditLog", "Failed to sign in")},
        {QStringLiteral("unlock"), QT_TRANSLATE_NOOP("AuditLog", "Unlocked the window")},
        {QStringLiteral("case.create"), QT_TRANSLATE_NOOP("AuditLog", "Registered a case")},
        {QStringLiteral("case.change"), QT_TRANSLATE_NOOP("AuditLog", "Changed a case")},
        {QStringLiteral("case.open"), QT_TRANSLATE_NOOP("AuditLog", "Opened a case")},
        {QStringLiteral("site.create"), QT_TRANSLATE_NOOP("AuditLog", "Added a site")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("AuditLog", "Added a user")},
        {QStringLiteral("user.change"), QT_TRANSLATE_NOOP("AuditLog", "Changed a user")},
        {QStringLiteral("user.activate"), QT_TRANSLATE_NOOP("AuditLog", "Reactivated a user")},
        {QStringLiteral("user.deactivate"), QT_TRANSLATE_NOOP("AuditLog", "Deactivated a user")},
        {QStringLiteral("user.passphrase_reset"),
         QT_TRANSLATE_NOOP("AuditLog", "Reset a passphrase")},
        {QStringLiteral("user.passphrase_change"),
         QT_TRANSLATE_NOOP("AuditLog", "Changed own passphrase")},
        {QStringLiteral("backup.create"), QT_TRANSLATE_NOOP("AuditLog", "Made a backup")},
        {QStringLiteral("backup.restore"), QT_TRANSLATE_NOOP("AuditLog", "Restored a backup")},
        {QStringLiteral("audit.export"), QT_TRANSLATE_NOOP("AuditLog", "Exported the audit trail")},
        {QStringLiteral("statistics.export"),
         QT_TRANSLATE_NOOP("AuditLog", "Exported anonymized statistics")},
        {QStringLiteral("statistics.threshold"),
         QT_TRANSLATE_NOOP("AuditLog", "Changed the smallest count shown in statistics")},
        {QStringLiteral("procedure.create"), QT_TRANSLATE_NOOP("AuditLog", "Opened a procedure")},
        {QStringLiteral("procedure.change"), QT_TRANSLATE_NOOP("AuditLog", "Changed a procedure")},
        {QStringLiteral("procedure.event"),
         QT_TRANSLATE_NOOP("AuditLog", "Recorded a step of a procedure")},
        {QStringLiteral("deadline.create"), QT_TRANSLATE_NOOP("AuditLog", "Added a deadline")},
        {QStringLiteral("deadline.done"), QT_TRANSLATE_NOOP("AuditLog", "Marked a deadline done")},
        {QStringLiteral("deadline.reopen"), QT_TRANSLATE_NOOP("AuditLog", "Reopened a deadline")},
        {QStringLiteral("conflict_check"), QT_TRANSLATE_NOOP("AuditLog", "Checked for conflicts")},
        {QStringLiteral("opposing_party.create"),
         QT_TRANSLATE_NOOP("AuditLog", "Added an opposing party")},
        {QStringLiteral("opposing_party.remove"),
         QT_TRANSLATE_NOOP("AuditLog", "Removed an opposing party")},
        {QStringLiteral("screening.create"), QT_TRANSLATE_NOOP("AuditLog", "Screened for risk")},
        {QStringLiteral("screening.action"),
         QT_TRANSLATE_NOOP("AuditLog", "Updated a recommended action")},
        {QStringLiteral("specific_need.attach"),
         QT_TRANSLATE_NOOP("AuditLog", "Recorded a specific need")},
        {QStringLiteral("specific_need.remove"),
         QT_TRANSLATE_NOOP("AuditLog", "Removed a specific need")},
        {QStringLiteral("tracing.create"),
         QT_TRANSLATE_NOOP("AuditLog", "Registered a tracing request")},
        {QStringLiteral("tracing.change"),
         QT_TRANSLATE_NOOP("AuditLog", "Changed a tracing request")},
        {QStringLiteral("tracing.close"),
         QT_TRANSLATE_NOOP("AuditLog", "Closed a tracing request")},
        {QStringLiteral("tracing.reopen"),
         QT_TRANSLATE_NOOP("AuditLog", "Reopened a tracing request")},
        {QStringLiteral("tracing.match.confirm"),
         QT_TRANSLATE_NOOP("AuditLog", "Confirmed a match")},
        {QStringLiteral("tracing.match.reject"), QT_TRANSLATE_NOOP("AuditLog", "Rejected a match")},
        {QStringLiteral("family_link.create"),
         QT_TRANSLATE_NOOP("AuditLog", "Recorded a family link")},
        {QStringLiteral("family_link.confirm"),
         QT_TRANSLATE_NOOP("AuditLog", "Confirmed a family link")},
        {QStringLiteral("family_link.remove"),
         QT_TRANSLATE_NOOP("AuditLog", "Removed a family link")},
        {QStringLiteral("import.run"), QT_TRANSLATE_NOOP("AuditLog", "Imported from a file")},
        {QStringLiteral("demo.load"), QT_TRANSLATE_NOOP("AuditLog", "Added demonstration data")},
        {QStringLiteral("demo.remove"),
         QT_TRANSLATE_NOOP("AuditLog", "Removed the demonstration data")},
        {QStringLiteral("demo.generate"),
         QT_TRANSLATE_NOOP("AuditLog", "Generated invented people")},
        {QStringLiteral("sync.identity"),
         QT_TRANSLATE_NOOP("AuditLog", "Made this database a site")},
        {QStringLiteral("sync.site_register"),
         QT_TRANSLATE_NOOP("AuditLog", "Registered a site's card")},
        {QStringLiteral("sync.office_server"),
         QT_TRANSLATE_NOOP("AuditLog", "Set the office's server")},
        {QStringLiteral("sync.send"), QT_TRANSLATE_NOOP("AuditLog", "Sent a package")},
        {QStringLiteral("sync.receive"), QT_TRANSLATE_NOOP("AuditLog", "Received a package")},
        {QStringLiteral("sync.review"),
         QT_TRANSLATE_NOOP("AuditLog", "Chose a version in the review list")},
        {QStringLiteral("case.transfer"),
         QT_TRANSLATE_NOOP("AuditLog", "Handed a case to the office")},
        {QStringLiteral("case.merge"), QT_TRANSLATE_NOOP("AuditLog", "Merged two cases")},
        {QStringLiteral("case.merge_undo"),
         QT_TRANSLATE_NOOP("AuditLog", "Undid a merge of two cases")},
        {QStringLiteral("person.merge"),
         QT_TRANSLATE_NOOP("AuditLog", "Merged two records of one person")},
        {QStringLiteral("person.merge_undo"),
         QT_TRANSLATE_NOOP("AuditLog", "Undid a merge of two records")},
        {QStringLiteral("merge.review_close"),
         QT_TRANSLATE_NOOP("AuditLog", "Closed the review of a merge")},
        {QStringLiteral("conduct.write"),
         QT_TRANSLATE_NOOP("AuditLog", "Wrote the code of conduct")},
        {QStringLiteral("conduct.accept"),
         QT_TRANSLATE_NOOP("AuditLog", "Accepted the code of conduct")},
        {QStringLiteral("database.encrypt"),
         QT_TRANSLATE_NOOP("AuditLog", "Encrypted the database")},
        {QStringLiteral("database.recovery_key"),
         QT_TRANSLATE_NOOP("AuditLog", "Made a new recovery key")},
        {QStringLiteral("user.passphrase_recovered"),
         QT_TRANSLATE_NOOP("AuditLog", "Set a passphrase with the recovery key")},
        {QStringLiteral("partner.create"),
         QT_TRANSLATE_NOOP("AuditLog", "Added a partner organisation")},
        {QStringLiteral("partner.change"),
         QT_TRANSLATE_NOOP("AuditLog", "Changed a partner organisation")},
        {QStringLiteral("referral.create"), QT_TRANSLATE_NOOP("AuditLog", "Made a referral")},
        {QStringLiteral("referral.state"),
         QT_TRANSLATE_NOOP("AuditLog", "Recorded a referral's answer")},
        {QStringLiteral("referral.package"),
         QT_TRANSLATE_NOOP("AuditLog", "Wrote a referral package")},
        {QStringLiteral("referral.received"),
         QT_TRANSLATE_NOOP("AuditLog", "Recorded a referral received")},
        {QStringLiteral("plan.goal.create"), QT_TRANSLATE_NOOP("AuditLog", "Set a goal")},
        {QStringLiteral("plan.goal.change"), QT_TRANSLATE_NOOP("AuditLog", "Changed a goal")},
        {QStringLiteral("plan.step.create"),
         QT_TRANSLATE_NOOP("AuditLog", "Planned an action or follow-up")},
        {QStringLiteral("plan.step.change"),
         QT_TRANSLATE_NOOP("AuditLog", "Changed an action or follow-up")},
        {QStringLiteral("person.access"),
         QT_TRANSLATE_NOOP("AuditLog", "Handed a person a copy of their data")},
        {QStringLiteral("person.correction_request"),
         QT_TRANSLATE_NOOP("AuditLog", "Recorded a request to correct data")},
        {QStringLiteral("person.request_decide"),
         QT_TRANSLATE_NOOP("AuditLog", "Answered a request about a person's data")},
        {QStringLiteral("person.consent_withdraw"),
         QT_TRANSLATE_NOOP("AuditLog", "Recorded a consent withdrawn")},
        {QLatin1String(ErasedEntries::EraseAction),
         QT_TRANSLATE_NOOP("AuditLog", "Erased a person")},
        {QStringLiteral("person.erase_refused"),
         QT_TRANSLATE_NOOP("AuditLog", "Refused to erase a person's data")},
        {QLatin1String(ErasedEntries::AnonymizeAction),
         QT_TRANSLATE_NOOP("AuditLog", "Anonymized a case")},
        {QStringLiteral("retention.rule"),
         QT_TRANSLATE_NOOP("AuditLog", "Set how long closed cases are kept")},
        {QStringLiteral("retention.renew"),
         QT_TRANSLATE_NOOP("AuditLog", "Kept a closed case longer")},
        {QStringLiteral("incident.create"),
         QT_TRANSLATE_NOOP("AuditLog", "Recorded what happened to a person")},
        {QStringLiteral("incident.change"),
         QT_TRANSLATE_NOOP("AuditLog", "Changed what happened to a person")},
        {QStringLiteral("incident.remove"),
         QT_TRANSLATE_NOOP("AuditLog", "Removed what happened to a person")},
        {QStringLiteral("monitoring.round"),
         QT_TRANSLATE_NOOP("AuditLog", "Started a monitoring round")},
        {QStringLiteral("monitoring.interview"),
         QT_TRANSLATE_NOOP("AuditLog", "Recorded a monitoring interview")},
        {QStringLiteral("statistics.counts_package"),
         QT_TRANSLATE_NOOP("AuditLog", "Sent counts to the network's coordinator")},
    };
    const char* label = labels.value(action);
    return label ? QCoreApplication::translate("AuditLog", label) : action;
}

QString AuditService::describeChanges(const AuditEntry& entry)
{
    if (ErasedEntries::isEmptied(entry))
        return tr("(emptied: a person was erased; the erasure's entry says when and why)");
    QStringList lines;
    if (!entry.event.summary.isEmpty())
        lines.append(entry.event.summary);
    for (const AuditChange& c : entry.event.changes) {
        lines.append(QStringLiteral("%1: %2 → %3")
                         .arg(c.field, c.oldValue.isEmpty() ? QStringLiteral("∅") : c.oldValue,
                              c.newValue.isEmpty() ? QStringLiteral("∅") : c.newValue));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<int> AuditService::exportCsv(const AuditFilter& filter, QIODevice& out)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewAudit); !s)
        return s.error();
    CsvWriter csv(out);
    const auto failed = [&out] {
        return Error(Error::Code::Io, tr("Could not write the export: %1").arg(out.errorString()));
    };
    if (!csv.writeRow({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"),
                       QStringLiteral("action"), QStringLiteral("record_type"),
                       QStringLiteral("record"), QStringLiteral("details"),
                       QStringLiteral("hash")}))
        return failed();
    AuditQuery query(m_db);
    int written = 0;
    constexpr int page = 1000;
    for (int offset = 0;; offset += page) {
        Result<QList<AuditEntry>> rows = query.fetch(filter, offset, page);
        if (!rows)
            return rows.error();
        for (const AuditEntry& e : *rows) {
            if (!csv.writeRow({QString::number(e.id), e.at.toUTC().toString(Qt::ISODate),
                               e.username, e.event.action, e.event.recordType, e.event.recordLabel,
                               describeChanges(e), e.hash}))
                return failed();
            ++written;
        }
        if (rows->size() < page)
            break;
    }
    const AuditEvent event{
        QStringLiteral("audit.export"),
        QStringLiteral("audit"),
        QString(),
        QString(),
        {},
        tr("%n entries exported (user: %1, action: %2, record: %3, from %4 to %5)", nullptr,
           written)
            .arg(filter.username, filter.action, filter.record, filter.from.toString(Qt::ISODate),
                 filter.to.toString(Qt::ISODate))};
    if (Status s = AuditLog(m_db, m_clock).recordAlone(m_session, event); !s)
        return s.error();
    return written;
}

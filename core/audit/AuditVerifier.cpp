#include "core/audit/AuditVerifier.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditQuery.h"
#include "core/audit/SiteAuditTrail.h"
#include "core/storage/Database.h"

AuditVerifier::AuditVerifier(const Database& db)
    : m_db(db)
{
}

AuditVerifier::Report AuditVerifier::walk(const QList<AuditEntry>& entries, const QString& trail,
                                          const ErasedEntries& erased)
{
    Report report;
    report.entries = entries.size();
    QString previousHash = QLatin1String(AuditLog::GenesisHash);
    qint64 previousId = 0;
    for (const AuditEntry& e : entries) {
        if (e.id != previousId + 1) {
            report.problems.append(
                {e.id, e.id - previousId == 2
                           ? tr("Entry %1 is missing: it was removed.").arg(previousId + 1)
                           : tr("Entries %1 to %2 are missing: they were removed.")
                                 .arg(previousId + 1)
                                 .arg(e.id - 1)});
        } else if (e.prevHash != previousHash) {
            report.problems.append(
                {e.id, tr("Entry %1 does not follow entry %2: entries were removed or their "
                          "order was changed.")
                           .arg(e.id)
                           .arg(previousId)});
        }
        if (ErasedEntries::isEmptied(e)) {
            if (erased.vouchFor(trail, e))
                ++report.emptied;
            else
                report.problems.append(
                    {e.id, tr("Entry %1 was emptied, but no erasure recorded after it says so.")
                               .arg(e.id)});
        } else if (AuditLog::hashOf(e) != e.hash) {
            report.problems.append(
                {e.id, tr("Entry %1 was changed after it was written.").arg(e.id)});
        }
        previousHash = e.hash;
        previousId = e.id;
    }
    report.headHash = previousHash;
    return report;
}

Result<AuditVerifier::Report> AuditVerifier::verifySite(const QString& siteCode) const
{
    Result<QList<AuditEntry>> entries = SiteAuditTrail(m_db).entries(siteCode);
    if (!entries)
        return entries.error();
    // Emptied by an erasure at the post (in its own trail) or here (in this one).
    Result<ErasedEntries> own = ownErasures();
    if (!own)
        return own.error();
    ErasedEntries erased = *own;
    erased.addFrom(*entries, siteCode);
    return walk(*entries, siteCode, erased);
}

Result<AuditVerifier::Report> AuditVerifier::verify() const
{
    Result<QList<AuditEntry>> entries = AuditQuery(m_db).all();
    if (!entries)
        return entries.error();
    ErasedEntries erased;
    erased.addFrom(*entries, QString());
    Report report = walk(*entries, QString(), erased);
    const QString previousHash = report.headHash;

    Result<QSqlQuery> head =
        m_db.exec(QStringLiteral("SELECT entries, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    const bool hasHead = head.value().next();
    const qint64 headEntries = hasHead ? head.value().value(0).toLongLong() : 0;
    const QString headHash =
        hasHead ? head.value().value(1).toString() : QLatin1String(AuditLog::GenesisHash);
    if (headEntries != report.entries || headHash != previousHash) {
        report.problems.append(
            {0, tr("The trail should have %1 entries ending in %2, but has %3: the newest "
                   "entries were removed or the trail was rewritten.")
                    .arg(headEntries)
                    .arg(headHash.left(12))
                    .arg(report.entries)});
    }
    return report;
}

Result<ErasedEntries> AuditVerifier::ownErasures() const
{
    ErasedEntries erased;
    AuditQuery query(m_db);
    for (const char* action : {ErasedEntries::EraseAction, ErasedEntries::AnonymizeAction}) {
        AuditFilter filter;
        filter.action = QLatin1String(action);
        Result<int> count = query.count(filter);
        if (!count)
            return count.error();
        Result<QList<AuditEntry>> entries = query.fetch(filter, 0, *count);
        if (!entries)
            return entries.error();
        erased.addFrom(*entries, QString());
    }
    return erased;
}

QString AuditVerifier::Report::emptiedText() const
{
    return emptied == 0 ? QString()
                        : tr("%n of them emptied by erasures: who did what and when is kept, "
                             "not the values.",
                             nullptr, int(emptied));
}

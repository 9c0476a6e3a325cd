#include "AuditService.h"

#include "audit/AuditLog.h"
#include "common/CsvWriter.h"
#include "security/AccessPolicy.h"

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

QString AuditService::describeChanges(const AuditEntry& entry)
{
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

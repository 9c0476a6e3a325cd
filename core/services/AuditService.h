#pragma once

#include "core/audit/AuditEntry.h"
#include "core/audit/AuditQuery.h"
#include "core/audit/AuditVerifier.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

class Clock;
class Database;
class QIODevice;

// The audit trail for administrators: browse and filter it, check its chain, export it.
// Exports are themselves recorded.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    AuditService(const Database& db, const Clock& clock, const UserSession& session);

    Result<int> count(const AuditFilter& filter) const;
    Result<QList<AuditEntry>> entries(const AuditFilter& filter, int offset, int limit) const;
    Result<AuditVerifier::Report> verify() const;
    // The trail each field post sent to this office, checked whole (empty elsewhere).
    struct SiteReport
    {
        QString site;
        AuditVerifier::Report report;
    };
    Result<QList<SiteReport>> verifySites() const;
    // CSV with a header row; returns how many entries were written.
    Result<int> exportCsv(const AuditFilter& filter, QIODevice& out);

    // "field: old → new" lines of an entry, for showing and exporting.
    static QString describeChanges(const AuditEntry& entry);
    // "Opened a case" for "case.open": what a person reading the trail understands.
    static QString actionLabel(const QString& action);

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

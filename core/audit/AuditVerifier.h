#pragma once

#include "core/audit/AuditEntry.h"
#include "core/audit/ErasedEntries.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Walks the audit trail's hash chain — this database's, or one a field post sent — and says
// which entries were changed, removed or moved.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    struct Problem
    {
        qint64 entryId; // the entry where the chain breaks (0: the trail as a whole)
        QString description;
    };
    struct Report
    {
        qint64 entries = 0;
        qint64 emptied = 0; // entries an erasure emptied (checked against its record)
        QString headHash;
        QList<Problem> problems;
        bool intact() const { return problems.isEmpty(); }
        // "3 of them emptied by erasures…", or nothing when none was.
        QString emptiedText() const;
    };

    explicit AuditVerifier(const Database& db);
    Result<Report> verify() const;
    // The trail a field post sent (SiteAuditTrail): its chain from the first entry on.
    Result<Report> verifySite(const QString& siteCode) const;

private:
    // `trail`: empty for this database's own, else the post's code.
    static Report walk(const QList<AuditEntry>& entries, const QString& trail,
                       const ErasedEntries& erased);
    // The erasures recorded in this database's own trail.
    Result<ErasedEntries> ownErasures() const;

    const Database& m_db;
};

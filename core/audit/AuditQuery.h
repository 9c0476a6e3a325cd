#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QDate>
#include <QList>

class Database;

struct AuditFilter
{
    QString username; // exact, any case; empty: everyone
    QString action;   // prefix: "case" matches "case.open", "case.change"…
    QString record;   // the record's label or id, exact
    QDate from;       // inclusive, local dates; null: no bound
    QDate to;

    bool operator==(const AuditFilter&) const = default;
};

// Reads the audit trail, newest first, a page at a time.
class AuditQuery
{
public:
    explicit AuditQuery(const Database& db);

    Result<int> count(const AuditFilter& filter) const;
    Result<QList<AuditEntry>> fetch(const AuditFilter& filter, int offset, int limit) const;
    // Every entry in chain order (oldest first), for verification.
    Result<QList<AuditEntry>> all() const;
    // The entries after `id`, oldest first.
    Result<QList<AuditEntry>> after(qint64 id) const;

    static AuditEntry read(const class QSqlQuery& row);

private:
    std::pair<QString, QVariantList> where(const AuditFilter& filter) const;

    const Database& m_db;
};

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <functional>

class Database;

// Copies a whole Amparo database into an empty one of the same schema, on either engine: a
// laptop's file into an office's server, the server into a file for its backup, a backup
// into an empty server. Every row keeps its id, so every relation and the audit chain
// arrive as they were. The copy is written in one transaction on the target and checked
// before it is committed (the rows of every table counted on both sides, the audit chain
// verified as the source's); a target that is not empty or is on another schema is refused
// untouched, and a failed or cancelled copy leaves the target as it was.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)

public:
    struct Report
    {
        QMap<QString, qint64> rows; // table -> rows copied
        qint64 auditEntries = 0;
        qint64 totalRows() const;
    };

    DatabaseCopier(const Database& from, const Database& to);

    // `progress` gets per mille done and returns false to cancel.
    Result<Report> copy(const std::function<bool(int)>& progress = {}) const;

private:
    Status checkTarget() const;
    // The source's tables, each after the tables it refers to.
    Result<QStringList> tablesInOrder() const;
    Result<QStringList> columnsOf(const QString& table) const;
    Result<qint64> copyTable(const QString& table,
                             const std::function<bool(qint64)>& wantsMore) const;
    Status continueIdentities() const;

    const Database& m_from;
    const Database& m_to;
};

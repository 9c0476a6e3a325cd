#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Walks the audit trail's hash chain and says which entries were changed, removed or
// moved.
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
        QString headHash;
        QList<Problem> problems;
        bool intact() const { return problems.isEmpty(); }
    };

    explicit AuditVerifier(const Database& db);
    Result<Report> verify() const;

private:
    const Database& m_db;
};

#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// Empties the audit entries about a person being erased (ErasedEntries says how the trail
// still proves itself): in this database's own trail and in the posts' trails kept here.
class AuditRedactor
{
    Q_DECLARE_TR_FUNCTIONS(AuditRedactor)

public:
    // What is about the person: the cases they were in (every entry about those cases, by
    // id here and by number in the posts' trails), their person record, the tracing requests
    // that go with them, and the values that identify them wherever else they appear.
    struct About
    {
        qint64 personId = 0;
        QList<qint64> caseIds;
        QStringList caseNumbers;
        QList<qint64> tracingRequestIds;
        QStringList values;
    };

    explicit AuditRedactor(const Database& db);

    // Inside the erasure's transaction. Returns the lines of the erasure's own entry that
    // vouch for each entry emptied.
    Result<QList<AuditChange>> empty(const About& about) const;
    // A post's erasure arrived (its entries `arriving`): empties the copies kept here of the
    // post's entries it emptied there.
    Status followPost(const QString& site, const QList<AuditEntry>& arriving) const;

private:
    // Empties the entries `where` selects in one trail (`site` empty: this database's own).
    Status emptyWhere(const QString& site, const QString& where, const QVariantList& params,
                      const QStringList& values, QList<AuditChange>& vouchers) const;

    const Database& m_db;
};

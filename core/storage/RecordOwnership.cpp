#include "core/storage/RecordOwnership.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

RecordOwnership::RecordOwnership(const Database& db)
    : m_db(db)
{
}

Result<QString> RecordOwnership::ownerElsewhere(const QString& table, qint64 id) const
{
    QString owner;
    // A case handed to another site is kept there (its keeper), whoever registered it.
    const QString ownerColumn = table == QLatin1String("cases")
                              ? QStringLiteral("CASE WHEN keeper <> '' THEN keeper ELSE origin END")
                              : QStringLiteral("origin");
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT owner FROM (SELECT %2 AS owner FROM %1 WHERE id = ?) r WHERE "
                       "owner <> '' AND owner NOT IN (SELECT site_code FROM sync_identity)")
            .arg(table, ownerColumn),
        {id}, [&](const QSqlQuery& q) { owner = q.value(0).toString(); },
        tr("find which site the record belongs to"));
    if (!read)
        return read.error();
    return owner;
}

Status RecordOwnership::checkOwnedHere(const QString& table, qint64 id) const
{
    Result<QString> owner = ownerElsewhere(table, id);
    if (!owner)
        return owner.error();
    if (!owner->isEmpty())
        return Error(Error::Code::NotPermitted,
                     tr("This record belongs to the site %1: it is changed there, and its "
                        "changes reach this database in its packages. Nothing was changed.")
                         .arg(*owner));
    return {};
}

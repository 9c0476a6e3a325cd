#include "core/storage/TransferRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"

#include <QSqlQuery>

TransferRepository::TransferRepository(const Database& db)
    : m_db(db)
{
}

Status TransferRepository::insert(const Transfer& t)
{
    // No id read back: on a server, those who record a transfer may not read the log.
    return m_db.run(
        QStringLiteral("INSERT INTO transfers (at, by_user, kind, recipient, agreement, case_id, "
                       "persons, contents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {t.at.toUTC().toString(Qt::ISODateWithMs), t.by, transferKindCodes().code(t.kind),
         t.recipient, t.agreement, SqlValue::idOrNull(t.caseId), t.persons, t.contents},
        tr("record the transfer of personal data"));
}

Result<QList<Transfer>> TransferRepository::latest(int limit) const
{
    QList<Transfer> out;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT t.id, t.at, t.by_user, t.kind, t.recipient, t.agreement, "
                       "coalesce(t.case_id, 0), coalesce(c.case_number, ''), t.persons, "
                       "t.contents FROM transfers t LEFT JOIN cases c ON c.id = t.case_id "
                       "ORDER BY t.at DESC, t.id DESC LIMIT ?"),
        {limit},
        [&out](const QSqlQuery& r) {
            Transfer t;
            t.id = r.value(0).toLongLong();
            t.at = QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs);
            t.by = r.value(2).toString();
            t.kind = transferKindCodes()
                         .fromCode(r.value(3).toString())
                         .value_or(TransferKind::ReferralForm);
            t.recipient = r.value(4).toString();
            t.agreement = r.value(5).toString();
            t.caseId = r.value(6).toLongLong();
            t.caseNumber = r.value(7).toString();
            t.persons = r.value(8).toInt();
            t.contents = r.value(9).toString();
            out.append(t);
        },
        tr("read the transfers of personal data"));
    if (!read)
        return read.error();
    return out;
}

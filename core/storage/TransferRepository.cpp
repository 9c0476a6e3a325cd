#include "core/storage/TransferRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

TransferRepository::TransferRepository(const Database& db)
    : m_db(db)
{
}

Status TransferRepository::insert(const Transfer& t)
{
    // No id read back: on a server, those who record a transfer may not read the log.
    return m_db.run(
        QStringLiteral("INSERT INTO transfers (at, by_user, kind, recipient, agreement, "
                       "case_number, persons, contents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {t.at.toUTC().toString(Qt::ISODateWithMs), t.by, transferKindCodes().code(t.kind),
         t.recipient, t.agreement, t.caseNumber, t.persons, t.contents},
        tr("record the transfer of personal data"));
}

Result<QList<Transfer>> TransferRepository::latest(int limit) const
{
    QList<Transfer> out;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT id, at, by_user, kind, recipient, agreement, case_number, persons, "
                       "contents FROM transfers ORDER BY at DESC, id DESC LIMIT ?"),
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
            t.caseNumber = r.value(6).toString();
            t.persons = r.value(7).toInt();
            t.contents = r.value(8).toString();
            out.append(t);
        },
        tr("read the transfers of personal data"));
    if (!read)
        return read.error();
    return out;
}

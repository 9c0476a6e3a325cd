#include "core/services/CaseTransferService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/RecordOwnership.h"
#include "core/storage/SyncSiteRepository.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

CaseTransferService::CaseTransferService(const Database& db, const Clock& clock,
                                         const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<QString> CaseTransferService::office() const
{
    return SyncSiteRepository(m_db).officeOfThisPost();
}

Status CaseTransferService::transferToOffice(qint64 caseId, const QString& reason)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditCase); !s)
        return s;
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > 500)
        return Error(Error::Code::Invalid,
                     tr("Say why the case goes to the office (at most 500 characters)."),
                     {{QStringLiteral("reason"), tr("Say why the case goes to the office.")}});
    Result<QString> to = office();
    if (!to)
        return to.error();
    if (to->isEmpty())
        return Error(Error::Code::Invalid,
                     tr("Only a field post hands cases to its office, once the office's card "
                        "is registered here."));
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = RecordOwnership(m_db).checkOwnedHere(QStringLiteral("cases"), caseId); !s)
        return s;
    QString number;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT case_number FROM cases WHERE id = ?"), {caseId},
        [&](const QSqlQuery& q) { number = q.value(0).toString(); },
        tr("hand the case to the office"));
    if (!read)
        return read;
    if (number.isEmpty())
        return Error(Error::Code::NotFound, tr("The case no longer exists."));
    if (Status s = m_db.run(QStringLiteral("UPDATE cases SET keeper = ?, revision = revision + 1, "
                                           "updated_at = ? WHERE id = ?"),
                            {*to, m_clock.now().toUTC().toString(Qt::ISODateWithMs), caseId},
                            tr("hand the case to the office"));
        !s)
        return s;
    const AuditEvent event{QStringLiteral("case.transfer"),
                           QStringLiteral("case"),
                           QString::number(caseId),
                           number,
                           {{QStringLiteral("keeper"), QString(), *to}},
                           why};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s;
    return transaction.commit();
}

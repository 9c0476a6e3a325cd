#include "core/storage/ConsentRepository.h"

#include "core/storage/Database.h"

ConsentRepository::ConsentRepository(const Database& db)
    : m_db(db)
{
}

Status ConsentRepository::set(qint64 caseId, const std::optional<Consent>& consent)
{
    const QString action = tr("save the consent");
    if (!consent) {
        return m_db.run(QStringLiteral("DELETE FROM case_consents WHERE case_id = ?"), {caseId},
                        action);
    }
    return m_db.run(
        QStringLiteral("INSERT INTO case_consents (case_id, given_on, recorded_by, registration, "
                       "referral, tracing_contact) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (case_id) DO UPDATE SET given_on = excluded.given_on, "
                       "recorded_by = excluded.recorded_by, registration = excluded.registration, "
                       "referral = excluded.referral, tracing_contact = excluded.tracing_contact"),
        {caseId, consent->givenOn.toString(Qt::ISODate), consent->recordedBy,
         consent->registration ? 1 : 0, consent->referral ? 1 : 0, consent->tracingContact ? 1 : 0},
        action);
}

Result<std::optional<Consent>> ConsentRepository::forCase(qint64 caseId) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT given_on, recorded_by, registration, referral, tracing_contact "
                       "FROM case_consents WHERE case_id = ?"),
        {caseId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Consent>();
    const QSqlQuery& r = q.value();
    return std::optional<Consent>(Consent{QDate::fromString(r.value(0).toString(), Qt::ISODate),
                                          r.value(1).toString(), r.value(2).toBool(),
                                          r.value(3).toBool(), r.value(4).toBool()});
}

#include "core/storage/ReferralRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"
#include "core/storage/SqlValue.h"

namespace {
QStringList codesFrom(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

ReferralRepository::ReferralRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> ReferralRepository::insert(const Referral& r)
{
    const QString action = tr("save the referral");
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "INSERT INTO referrals (uid, case_id, partner_id, direction, priority, services, "
            "reasons, shared, state, state_note, consent_override, made_on, made_by, "
            "answered_on, closed_on, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), r.caseId, r.partnerId, referralDirectionCodes().code(r.direction),
         referralPriorityCodes().code(r.priority), r.services.join(QLatin1Char(',')), r.reasons,
         r.shared.join(QLatin1Char(',')), referralStateCodes().code(r.state), r.stateNote,
         r.consentOverride, r.madeOn.toString(Qt::ISODate), r.madeBy, SqlValue::dateOrNull(r.answeredOn),
         SqlValue::dateOrNull(r.closedOn), now, now},
        action);
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    for (qint64 person : r.personIds) {
        if (Status s = m_db.run(QStringLiteral("INSERT INTO referral_persons (referral_id, "
                                               "person_id) VALUES (?, ?)"),
                                {id, person}, action);
            !s)
            return s.error();
    }
    return id;
}

Status ReferralRepository::updateState(const Referral& r)
{
    return m_db.run(QStringLiteral("UPDATE referrals SET state = ?, state_note = ?, "
                                   "answered_on = ?, closed_on = ?, updated_at = ? WHERE id = ?"),
                    {referralStateCodes().code(r.state), r.stateNote, SqlValue::dateOrNull(r.answeredOn),
                     SqlValue::dateOrNull(r.closedOn), m_clock.now().toUTC().toString(Qt::ISODateWithMs),
                     r.id},
                    tr("save the referral"));
}

Result<QList<Referral>> ReferralRepository::select(const QString& condition,
                                                   const QVariantList& params) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT r.id, r.case_id, r.partner_id, p.name, r.direction, r.priority, "
                       "r.services, r.reasons, r.shared, r.state, r.state_note, "
                       "r.consent_override, r.made_on, r.made_by, r.answered_on, r.closed_on "
                       "FROM referrals r JOIN partners p ON p.id = r.partner_id WHERE ") +
            condition + QStringLiteral(" ORDER BY r.made_on DESC, r.id DESC"),
        params);
    if (!q)
        return q.error();
    QList<Referral> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        Referral r;
        r.id = row.value(0).toLongLong();
        r.caseId = row.value(1).toLongLong();
        r.partnerId = row.value(2).toLongLong();
        r.partnerName = row.value(3).toString();
        r.direction = referralDirectionCodes()
                          .fromCode(row.value(4).toString())
                          .value_or(ReferralDirection::Outgoing);
        r.priority = referralPriorityCodes()
                         .fromCode(row.value(5).toString())
                         .value_or(ReferralPriority::Normal);
        r.services = codesFrom(row.value(6).toString());
        r.reasons = row.value(7).toString();
        r.shared = codesFrom(row.value(8).toString());
        r.state =
            referralStateCodes().fromCode(row.value(9).toString()).value_or(ReferralState::Sent);
        r.stateNote = row.value(10).toString();
        r.consentOverride = row.value(11).toString();
        r.madeOn = SqlValue::date(row.value(12));
        r.madeBy = row.value(13).toString();
        r.answeredOn = SqlValue::date(row.value(14));
        r.closedOn = SqlValue::date(row.value(15));
        out.append(r);
    }
    for (Referral& r : out) {
        Result<QSqlQuery> persons =
            m_db.exec(QStringLiteral("SELECT person_id FROM referral_persons WHERE referral_id = ? "
                                     "ORDER BY person_id"),
                      {r.id});
        if (!persons)
            return persons.error();
        while (persons.value().next())
            r.personIds.append(persons.value().value(0).toLongLong());
    }
    return out;
}

Result<Referral> ReferralRepository::find(qint64 id) const
{
    Result<QList<Referral>> found = select(QStringLiteral("r.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("The referral no longer exists."));
    return found->constFirst();
}

Result<QList<Referral>> ReferralRepository::forCase(qint64 caseId) const
{
    return select(QStringLiteral("r.case_id = ?"), {caseId});
}

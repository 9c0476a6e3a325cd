#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Partner.h"
#include "core/domain/Referral.h"
#include "core/reports/ReferralForm.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// Referrals of persons of a case to partner organisations, and those received from them.
// An outgoing referral needs the case's consent to referral, or a reason legal staff give for
// making it without (audited); its answer is due by its priority and shows with the other
// deadlines until it comes. Its life: sent → accepted or declined (with a reason) → service
// delivered (with the provider's note); withdrawn (with a reason) while still open.
class ReferralService
{
    Q_DECLARE_TR_FUNCTIONS(ReferralService)

public:
    static constexpr int MaxReasonsLength = 4000;
    static constexpr int MaxNoteLength = 2000;

    ReferralService(const Database& db, const Clock& clock, const UserSession& session);

    // Whether a referral in `from` may move to `to`.
    static bool canMove(ReferralState from, ReferralState to);
    // The problems of a referral of persons of `record` to `partner` (null: none chosen);
    // field names "persons", "partner", "services", "shared", "reasons", "madeOn",
    // "consentOverride".
    QList<FieldError> validate(const CaseRecord& record, const Referral& referral,
                               const Partner* partner) const;

    // Makes an outgoing referral, with its answer's deadline; all or nothing.
    Result<Referral> refer(const Referral& draft);
    // Records that a partner referred persons of the case to us.
    Result<Referral> recordReceived(const Referral& draft);
    // Accepted, declined (note: the reason), delivered (note: the provider's), withdrawn
    // (note: the reason), on a date no later than today.
    Result<Referral> changeState(qint64 referralId, ReferralState to, const QString& note,
                                 QDate on);

    Result<QList<Referral>> forCase(qint64 caseId) const;
    // The form for the partner of an outgoing referral, in the current language (the UI
    // speaks the partner's through LanguageScope).
    Result<ReferralForm> form(qint64 referralId) const;
    Result<Referral> find(qint64 referralId) const;

private:
    Result<Referral> save(Referral referral);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

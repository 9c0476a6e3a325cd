#include "core/services/ReferralService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/storage/DeadlineRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/ReferralRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/SpecificNeedRepository.h"
#include "core/storage/Transaction.h"

namespace {
QString personName(const CaseRecord& record, qint64 personId)
{
    for (const CaseMember& m : record.members) {
        if (m.person.id == personId)
            return m.person.fullName();
    }
    return {};
}
} // namespace

ReferralService::ReferralService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

bool ReferralService::canMove(ReferralState from, ReferralState to)
{
    switch (from) {
    case ReferralState::Sent:
        return to == ReferralState::Accepted || to == ReferralState::Declined ||
               to == ReferralState::Withdrawn;
    case ReferralState::Accepted:
        return to == ReferralState::Delivered || to == ReferralState::Withdrawn;
    case ReferralState::Declined:
    case ReferralState::Delivered:
    case ReferralState::Withdrawn:
    case ReferralState::Received:
        break;
    }
    return false;
}

QList<FieldError> ReferralService::validate(const CaseRecord& record, const Referral& r,
                                            const Partner* partner) const
{
    QList<FieldError> errors;
    if (r.personIds.isEmpty())
        errors.append({QStringLiteral("persons"), tr("Choose who is referred.")});
    for (qint64 id : r.personIds) {
        if (personName(record, id).isEmpty())
            errors.append(
                {QStringLiteral("persons"), tr("A person referred is not a member of this case.")});
    }
    if (!partner)
        errors.append({QStringLiteral("partner"), tr("Choose the organisation.")});
    else if (!partner->active)
        errors.append({QStringLiteral("partner"),
                       tr("%1 is no longer in the directory of partners.").arg(partner->name)});
    if (r.services.isEmpty())
        errors.append({QStringLiteral("services"), tr("Choose at least one service.")});
    for (const QString& code : r.services) {
        if (!referralServiceCodes().fromCode(code))
            errors.append({QStringLiteral("services"),
                           tr("“%1” is not a service of the referral form.").arg(code)});
    }
    for (const QString& code : r.shared) {
        if (!sharedItemCodes().fromCode(code))
            errors.append({QStringLiteral("shared"),
                           tr("“%1” is not a piece of information a referral carries.").arg(code)});
    }
    if (r.reasons.trimmed().isEmpty())
        errors.append({QStringLiteral("reasons"), tr("Say why the person is referred.")});
    else if (r.reasons.size() > MaxReasonsLength)
        errors.append({QStringLiteral("reasons"),
                       tr("The reasons can have at most %1 characters.").arg(MaxReasonsLength)});
    if (!r.madeOn.isValid())
        errors.append({QStringLiteral("madeOn"), tr("Enter the date of the referral.")});
    else if (r.madeOn > m_clock.today())
        errors.append({QStringLiteral("madeOn"), tr("The date of the referral is in the future.")});
    if (r.direction == ReferralDirection::Outgoing) {
        const bool consented = record.consent && record.consent->referral;
        if (!consented && r.consentOverride.trimmed().isEmpty())
            errors.append({QStringLiteral("consentOverride"),
                           tr("The family has not consented to referral. Record their consent "
                              "in the case first, or say why this referral cannot wait for it "
                              "(kept in the audit trail).")});
        if (r.consentOverride.size() > MaxNoteLength)
            errors.append({QStringLiteral("consentOverride"),
                           tr("The reason can have at most %1 characters.").arg(MaxNoteLength)});
    }
    return errors;
}

Result<Referral> ReferralService::refer(const Referral& draft)
{
    Referral r = draft;
    r.direction = ReferralDirection::Outgoing;
    r.state = ReferralState::Sent;
    return save(r);
}

Result<Referral> ReferralService::recordReceived(const Referral& draft)
{
    Referral r = draft;
    r.direction = ReferralDirection::Incoming;
    r.state = ReferralState::Received;
    r.shared.clear();
    r.consentOverride.clear();
    return save(r);
}

Result<Referral> ReferralService::save(Referral r)
{
    if (Status s = AccessPolicy::require(m_session, Permission::Refer); !s)
        return s.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(r.caseId);
    if (!record)
        return record.error();
    PartnerRepository partners(m_db, m_clock);
    std::optional<Partner> partner;
    if (r.partnerId > 0) {
        Result<Partner> found = partners.find(r.partnerId);
        if (found)
            partner = *found;
        else if (found.error().code() != Error::Code::NotFound)
            return found.error();
    }
    r.reasons = r.reasons.trimmed();
    r.consentOverride = r.consentOverride.trimmed();
    // With consent, nothing is overridden.
    if (record->consent && record->consent->referral)
        r.consentOverride.clear();
    r.madeBy = m_session.displayName;
    r.services.removeDuplicates();
    r.shared.removeDuplicates();
    if (const QList<FieldError> errors = validate(*record, r, partner ? &*partner : nullptr);
        !errors.isEmpty())
        return Error::invalid(errors);
    r.partnerName = partner->name;

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = ReferralRepository(m_db, m_clock).insert(r);
    if (!id)
        return id.error();
    r.id = *id;
    QStringList names;
    for (qint64 person : r.personIds)
        names.append(personName(*record, person));
    if (r.direction == ReferralDirection::Outgoing) {
        Deadline d;
        d.caseId = r.caseId;
        d.personId = r.personIds.constFirst();
        d.referralId = r.id;
        d.kind = Deadline::Kind::Manual;
        d.sourceKey = QStringLiteral("referral:") + referralPriorityCodes().code(r.priority);
        d.what = tr("Answer from %1 to the referral of %2")
                     .arg(r.partnerName, names.join(QStringLiteral(", ")));
        d.dueOn = r.madeOn.addDays(Referral::answerDays(r.priority));
        d.responsible = m_session.displayName;
        if (Result<qint64> deadline = DeadlineRepository(m_db, m_clock).insert(d); !deadline)
            return deadline.error();
    }
    QList<AuditChange> changes{
        {QStringLiteral("partner"), QString(), r.partnerName},
        {QStringLiteral("persons"), QString(), names.join(QStringLiteral(", "))},
        {QStringLiteral("services"), QString(), r.services.join(QLatin1Char(','))},
        {QStringLiteral("priority"), QString(), referralPriorityCodes().code(r.priority)}};
    if (r.direction == ReferralDirection::Outgoing)
        changes.append({QStringLiteral("shared"), QString(), r.shared.join(QLatin1Char(','))});
    if (!r.consentOverride.isEmpty())
        changes.append({QStringLiteral("consent override"), QString(), r.consentOverride});
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session,
                        {r.direction == ReferralDirection::Outgoing
                             ? QStringLiteral("referral.create")
                             : QStringLiteral("referral.received"),
                         QStringLiteral("case"), QString::number(r.caseId), record->caseNumber,
                         changes,
                         referralServiceCodes().labelsOf(r.services).join(QStringLiteral(", "))});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return r;
}

Result<Referral> ReferralService::changeState(qint64 referralId, ReferralState to,
                                              const QString& givenNote, QDate on)
{
    if (Status s = AccessPolicy::require(m_session, Permission::Refer); !s)
        return s.error();
    ReferralRepository repository(m_db, m_clock);
    Result<Referral> found = repository.find(referralId);
    if (!found)
        return found.error();
    Referral r = *found;
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(r.caseId);
    if (!record)
        return record.error();
    const QString note = givenNote.trimmed();
    if (!canMove(r.state, to))
        return Error(Error::Code::Conflict,
                     tr("A referral that is “%1” cannot become “%2”.")
                         .arg(referralStateCodes().label(r.state), referralStateCodes().label(to)));
    QList<FieldError> errors;
    if ((to == ReferralState::Declined || to == ReferralState::Withdrawn) && note.isEmpty())
        errors.append({QStringLiteral("note"), to == ReferralState::Declined
                                                   ? tr("Say why the organisation declined.")
                                                   : tr("Say why the referral is withdrawn.")});
    if (note.size() > MaxNoteLength)
        errors.append({QStringLiteral("note"),
                       tr("The note can have at most %1 characters.").arg(MaxNoteLength)});
    if (!on.isValid() || on > m_clock.today() || on < r.madeOn)
        errors.append(
            {QStringLiteral("on"), tr("The date must be between the referral's and today.")});
    if (!errors.isEmpty())
        return Error::invalid(errors);

    const ReferralState before = r.state;
    r.state = to;
    r.stateNote = note;
    if (to == ReferralState::Accepted || to == ReferralState::Declined ||
        (to == ReferralState::Withdrawn && !r.answeredOn.isValid()))
        r.answeredOn = on;
    if (to != ReferralState::Accepted)
        r.closedOn = on;

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = repository.updateState(r); !s)
        return s.error();
    // Whatever came, no answer is awaited any more.
    if (Status s =
            DeadlineRepository(m_db, m_clock).closeReferralAnswer(r.id, on, m_session.displayName);
        !s)
        return s.error();
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session, {QStringLiteral("referral.state"),
                                    QStringLiteral("case"),
                                    QString::number(r.caseId),
                                    record->caseNumber,
                                    {{QStringLiteral("state"), referralStateCodes().code(before),
                                      referralStateCodes().code(to)}},
                                    r.partnerName + QStringLiteral(": ") + note});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return r;
}

Result<QList<Referral>> ReferralService::forCase(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::Refer); !s)
        return s.error();
    return ReferralRepository(m_db, m_clock).forCase(caseId);
}

Result<Referral> ReferralService::find(qint64 referralId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::Refer); !s)
        return s.error();
    return ReferralRepository(m_db, m_clock).find(referralId);
}

Result<ReferralForm> ReferralService::form(qint64 referralId) const
{
    Result<Referral> referral = find(referralId);
    if (!referral)
        return referral.error();
    if (referral->direction != ReferralDirection::Outgoing)
        return Error(Error::Code::Invalid,
                     tr("A referral received from another organisation has no form to send."));
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).load(referral->caseId);
    if (!record)
        return record.error();
    Result<QHash<qint64, QStringList>> needs =
        referral->sharesItem(SharedItem::SpecificNeeds)
            ? SpecificNeedRepository(m_db).activeCodes(referral->personIds)
            : QHash<qint64, QStringList>();
    if (!needs)
        return needs.error();
    Result<std::optional<Site>> site = SiteRepository(m_db).find(record->siteId);
    if (!site)
        return site.error();
    const QString referredBy =
        site->has_value() ? tr("%1, %2").arg(referral->madeBy, (*site)->name) : referral->madeBy;
    return ReferralForm(*record, *referral, referredBy, *needs, m_clock.today());
}

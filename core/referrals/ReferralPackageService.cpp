#include "core/referrals/ReferralPackageService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/reference/RiskCatalogue.h"
#include "core/referrals/PartnerPackages.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/services/ReferralService.h"
#include "core/services/SpecificNeedService.h"
#include "core/services/TransferService.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/SpecificNeedRepository.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QSaveFile>

ReferralPackageService::ReferralPackageService(const Database& db, const Clock& clock,
                                               const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<QByteArray> ReferralPackageService::seal(qint64 referralId) const
{
    ReferralService referrals(m_db, m_clock, m_session);
    Result<Referral> referral = referrals.find(referralId);
    if (!referral)
        return referral.error();
    if (referral->direction != ReferralDirection::Outgoing)
        return Error(Error::Code::Invalid,
                     tr("A referral received from another organisation is not sent on."));
    Result<Partner> partner = PartnerRepository(m_db, m_clock).find(referral->partnerId);
    if (!partner)
        return partner.error();
    if (!partner->usesAmparo())
        return Error(Error::Code::Invalid,
                     tr("%1 does not use Amparo (no site card in the directory): send it the "
                        "referral form instead.")
                         .arg(partner->name));
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).load(referral->caseId);
    if (!record)
        return record.error();
    Result<QHash<qint64, QStringList>> needs =
        referral->sharesItem(SharedItem::SpecificNeeds)
            ? SpecificNeedRepository(m_db).activeCodes(referral->personIds)
            : QHash<qint64, QStringList>();
    if (!needs)
        return needs.error();
    return PartnerPackages::seal(m_db, *partner, quint64(referral->id),
                                 ReferralPackageContents::of(*record, *referral, *needs).toJson());
}

Status ReferralPackageService::write(qint64 referralId, const QString& path) const
{
    Result<QByteArray> sealed = seal(referralId);
    if (!sealed)
        return sealed.error();
    Result<Referral> referral = ReferralService(m_db, m_clock, m_session).find(referralId);
    if (!referral)
        return referral.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).load(referral->caseId);
    if (!record)
        return record.error();
    Result<Partner> partner = PartnerRepository(m_db, m_clock).find(referral->partnerId);
    if (!partner)
        return partner.error();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = TransferService(m_db, m_clock, m_session)
                       .recordReferral(TransferKind::ReferralPackage, *referral, *partner,
                                       record->caseNumber);
        !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("referral.package"),
                                           QStringLiteral("case"),
                                           QString::number(record->id),
                                           record->caseNumber,
                                           {{QStringLiteral("shared"), QString(),
                                             referral->shared.join(QLatin1Char(','))}},
                                           referral->partnerName});
        !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() || !file.commit())
        return Error(Error::Code::Io, tr("The referral package could not be written to %1: %2")
                                          .arg(path, file.errorString()));
    if (Status s = transaction.commit(); !s) {
        QFile::remove(path);
        return s;
    }
    return {};
}

Result<ReferralPackageService::Opened> ReferralPackageService::open(const QByteArray& package) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::Refer); !s)
        return s.error();
    Result<PartnerPackages::Opened> opened = PartnerPackages::open(m_db, m_clock, package);
    if (!opened)
        return opened.error();
    Result<ReferralPackageContents> contents = ReferralPackageContents::parse(opened->contents);
    if (!contents)
        return contents.error();
    return Opened{opened->from.id, opened->from.name, *contents};
}

Result<ReferralPackageService::Opened> ReferralPackageService::openFile(const QString& path) const
{
    Result<QByteArray> bytes = PartnerPackages::readFile(path, MaxPackageSize);
    if (!bytes)
        return bytes.error();
    return open(*bytes);
}

Result<CaseRecord> ReferralPackageService::openAsNewCase(const Opened& opened, qint64 siteId)
{
    if (Status s = AccessPolicy::require(m_session, Permission::Refer); !s)
        return s.error();
    const ReferralPackageContents& c = opened.contents;
    CaseRecord record;
    record.siteId = siteId;
    record.registeredOn = m_clock.today();
    record.caseworker = m_session.displayName;
    for (int i = 0; i < c.persons.size(); ++i) {
        Person p = c.persons[i].person;
        if (p.givenNames.trimmed().isEmpty() && p.familyName1.trimmed().isEmpty())
            p.givenNames = tr("Referred person %1").arg(i + 1);
        record.members.append(
            CaseMember{p, i == 0 ? Relationship::Principal : Relationship::OtherRelative});
    }
    if (c.consented)
        record.consent = Consent{c.consentGivenOn, tr("%1 (referral)").arg(opened.partnerName),
                                 false, true, false};
    record.notes.append(CaseNote{
        0,
        {},
        m_session.displayName,
        tr("Referred by %1 (their case %2) on %3: %4")
            .arg(opened.partnerName, c.caseCode, c.madeOn.toString(Qt::ISODate), c.reasons)});

    // Everything the referral and the codes need is checked before the case is written, so
    // that a package is refused whole rather than leaving a case without its referral.
    Result<Partner> partner = PartnerRepository(m_db, m_clock).find(opened.partnerId);
    if (!partner)
        return partner.error();
    if (!partner->active || c.services.isEmpty() || c.reasons.trimmed().isEmpty())
        return Error(Error::Code::Refused,
                     tr("The package from %1 lacks the services or the reasons of the referral, "
                        "or %1 is no longer in the directory.")
                         .arg(opened.partnerName));
    for (const ReferralPackageContents::ReferredPerson& p : c.persons) {
        for (const QString& code : p.specificNeeds) {
            if (!RiskCatalogue::current().specificNeed(code))
                return Error(Error::Code::Refused,
                             tr("The package names the specific need “%1”, which this Amparo "
                                "does not know.")
                                 .arg(code));
        }
    }
    Result<CaseRecord> saved = CaseService(m_db, m_clock, m_session).save(record);
    if (!saved)
        return saved.error();
    SpecificNeedService needs(m_db, m_clock, m_session);
    for (int i = 0; i < c.persons.size(); ++i) {
        for (const QString& code : c.persons[i].specificNeeds) {
            if (Result<SpecificNeed> n = needs.attach(saved->id, saved->members[i].person.id, code);
                !n && n.error().code() != Error::Code::Conflict)
                return n.error();
        }
    }
    Referral received;
    received.caseId = saved->id;
    received.partnerId = opened.partnerId;
    received.priority = c.priority;
    received.services = c.services;
    received.reasons = c.reasons;
    received.madeOn = std::min(c.madeOn, m_clock.today());
    for (const CaseMember& m : saved->members)
        received.personIds.append(m.person.id);
    if (Result<Referral> r = ReferralService(m_db, m_clock, m_session).recordReceived(received); !r)
        return r.error();
    return CaseService(m_db, m_clock, m_session).load(saved->id);
}

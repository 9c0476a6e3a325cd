#include "core/referrals/ReferralPackageService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/PackageEnvelope.h"
#include "core/reference/RiskCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/services/ReferralService.h"
#include "core/services/SpecificNeedService.h"
#include "core/services/SyncSetupService.h"
#include "core/services/TransferService.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/SpecificNeedRepository.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QSaveFile>

namespace {
Result<SyncSetupService::Own> ownSite(const Database& db)
{
    Result<std::optional<SyncSetupService::Own>> own = SyncSetupService::ownOf(db);
    if (!own)
        return Error(Error::Code::NotPermitted,
                     ReferralPackageService::tr("This database's keys could not be read (%1). On "
                                                "an office server, an administrator seals and "
                                                "opens referral packages.")
                         .arg(own.error().message()));
    if (!own->has_value())
        return Error(Error::Code::Invalid,
                     ReferralPackageService::tr(
                         "This database has no keys of its own yet: an administrator makes it a "
                         "site under Administration → Field posts and office (its card is what "
                         "partners register)."));
    std::optional<SyncSetupService::Own> site = *std::move(own);
    return std::move(*site);
}
} // namespace

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
    Result<SiteCard> card = SiteCard::parse(partner->siteCard.toUtf8());
    if (!card)
        return card.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).load(referral->caseId);
    if (!record)
        return record.error();
    Result<QHash<qint64, QStringList>> needs =
        referral->sharesItem(SharedItem::SpecificNeeds)
            ? SpecificNeedRepository(m_db).activeCodes(referral->personIds)
            : QHash<qint64, QStringList>();
    if (!needs)
        return needs.error();
    Result<SyncSetupService::Own> own = ownSite(m_db);
    if (!own)
        return own.error();
    const QByteArray contents = ReferralPackageContents::of(*record, *referral, *needs).toJson();
    return PackageEnvelope::seal(own->keys, own->card.code, *card, quint64(referral->id), contents);
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
    Result<QList<Partner>> partners = PartnerRepository(m_db, m_clock).list(true);
    if (!partners)
        return partners.error();
    QHash<QString, Partner> byCode;
    for (const Partner& p : *partners) {
        if (Result<SiteCard> card = SiteCard::parse(p.siteCard.toUtf8()))
            byCode.insert(card->code, p);
    }
    Result<SyncSetupService::Own> own = ownSite(m_db);
    if (!own)
        return own.error();
    const auto known = [&byCode](const QString& code) -> std::optional<SiteCard> {
        const auto it = byCode.constFind(code);
        if (it == byCode.constEnd())
            return std::nullopt;
        Result<SiteCard> card = SiteCard::parse(it->siteCard.toUtf8());
        return card ? std::optional<SiteCard>(*card) : std::nullopt;
    };
    Result<PackageEnvelope::Opened> opened =
        PackageEnvelope::open(package, own->keys, own->card.code, known);
    if (!opened)
        return opened.error();
    Result<ReferralPackageContents> contents = ReferralPackageContents::parse(opened->contents);
    if (!contents)
        return contents.error();
    const Partner& from = byCode.value(opened->sender);
    return Opened{from.id, from.name, *contents};
}

Result<ReferralPackageService::Opened> ReferralPackageService::openFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("%1 could not be read: %2").arg(path, file.errorString()));
    if (file.size() > MaxPackageSize)
        return Error(Error::Code::Refused,
                     tr("%1 is far larger than any referral package.").arg(path));
    return open(file.readAll());
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

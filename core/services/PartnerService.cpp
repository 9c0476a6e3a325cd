#include "core/services/PartnerService.h"

#include "core/audit/AuditLog.h"
#include "core/common/TextNormalizer.h"
#include "core/common/Translations.h"
#include "core/crypto/SiteCard.h"
#include "core/domain/Referral.h"
#include "core/referrals/PartnerSheet.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Transaction.h"

#include <QSet>

namespace {
Partner tidied(Partner p)
{
    p.name = p.name.simplified();
    p.areas = p.areas.trimmed();
    p.contact = p.contact.trimmed();
    p.agreement = p.agreement.simplified();
    // A card is kept as its file is written, whatever spaces came around it.
    if (Result<SiteCard> card = SiteCard::parse(p.siteCard.trimmed().toUtf8() + '\n'))
        p.siteCard = QString::fromUtf8(card->toFile());
    else
        p.siteCard = p.siteCard.trimmed();
    p.services.removeDuplicates();
    return p;
}
} // namespace

PartnerService::PartnerService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<QList<Partner>> PartnerService::list(bool includeInactive) const
{
    if (!AccessPolicy::allows(m_session.role, Permission::ManagePartners)) {
        if (Status s = AccessPolicy::require(m_session, Permission::Refer); !s)
            return s.error();
    }
    return PartnerRepository(m_db, m_clock).list(includeInactive);
}

Result<Partner> PartnerService::find(qint64 id) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::Refer); !s)
        return s.error();
    return PartnerRepository(m_db, m_clock).find(id);
}

QList<FieldError> PartnerService::validate(const Partner& given) const
{
    const Partner p = tidied(given);
    QList<FieldError> errors;
    if (p.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the organisation's name.")});
    else if (p.name.size() > MaxNameLength)
        errors.append({QStringLiteral("name"),
                       tr("The name can have at most %1 characters.").arg(MaxNameLength)});
    if (p.services.isEmpty())
        errors.append({QStringLiteral("services"), tr("Choose at least one service it offers.")});
    for (const QString& code : p.services) {
        if (!referralServiceCodes().fromCode(code))
            errors.append({QStringLiteral("services"),
                           tr("“%1” is not a service of the referral form.").arg(code)});
    }
    if (!Translations::available().contains(p.language))
        errors.append({QStringLiteral("language"),
                       tr("Choose the language of its referral forms: Spanish, Portuguese or "
                          "English.")});
    if (p.areas.size() > MaxTextLength)
        errors.append({QStringLiteral("areas"),
                       tr("The areas served can have at most %1 characters.").arg(MaxTextLength)});
    if (p.agreement.size() > MaxTextLength)
        errors.append(
            {QStringLiteral("agreement"),
             tr("The agreement's reference can have at most %1 characters.").arg(MaxTextLength)});
    if (p.contact.size() > MaxTextLength)
        errors.append({QStringLiteral("contact"),
                       tr("The contact can have at most %1 characters.").arg(MaxTextLength)});
    if (!p.siteCard.isEmpty()) {
        if (Result<SiteCard> card = SiteCard::parse(p.siteCard.toUtf8()); !card)
            errors.append({QStringLiteral("siteCard"), card.error().message()});
    }
    return errors;
}

Result<Partner> PartnerService::save(const Partner& given)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManagePartners); !s)
        return s.error();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<Partner> written = write(given);
    if (!written)
        return written.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return written;
}

Result<PartnerService::Imported> PartnerService::importSheet(const QString& path)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManagePartners); !s)
        return s.error();
    Result<QList<PartnerSheet::Row>> rows = PartnerSheet::read(path);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(Error::Code::Invalid, tr("The sheet has no organisation in it."));
    QStringList problems;
    QSet<QString> names;
    for (const PartnerSheet::Row& row : *rows) {
        QStringList said;
        if (!row.problem.isEmpty())
            said.append(row.problem);
        for (const FieldError& e : validate(row.partner))
            said.append(e.message);
        const QString key = TextNormalizer::fold(row.partner.name.simplified());
        if (!key.isEmpty() && names.contains(key))
            said.append(tr("“%1” is in the sheet twice.").arg(row.partner.name.simplified()));
        names.insert(key);
        if (!said.isEmpty())
            problems.append(tr("Row %1: %2").arg(row.number).arg(said.join(u' ')));
    }
    if (!problems.isEmpty())
        return Error(Error::Code::Invalid,
                     tr("Nothing was imported; correct the sheet and import it again.\n%1")
                         .arg(problems.join(u'\n')));

    PartnerRepository repository(m_db, m_clock);
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Imported imported;
    for (const PartnerSheet::Row& row : *rows) {
        Partner p = row.partner;
        Result<std::optional<Partner>> existing = repository.findByName(p.name.simplified());
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            // The sheet says nothing of the card or whether it is still in the directory, and
            // an empty agreement cell (or none) keeps the agreement recorded.
            p.id = (*existing)->id;
            p.siteCard = (*existing)->siteCard;
            p.active = (*existing)->active;
            if (p.agreement.trimmed().isEmpty())
                p.agreement = (*existing)->agreement;
        }
        Result<Partner> written = write(p);
        if (!written)
            return written.error();
        ++(existing->has_value() ? imported.updated : imported.added);
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return imported;
}

Result<Partner> PartnerService::write(Partner p)
{
    p = tidied(p);
    if (const QList<FieldError> errors = validate(p); !errors.isEmpty())
        return Error::invalid(errors);
    PartnerRepository repository(m_db, m_clock);
    Result<std::optional<Partner>> sameName = repository.findByName(p.name);
    if (!sameName)
        return sameName.error();
    if (sameName->has_value() && (*sameName)->id != p.id)
        return Error::invalid(
            {{QStringLiteral("name"), tr("“%1” is already in the directory.").arg(p.name)}});
    QList<AuditChange> changes;
    const auto note = [&changes](const QString& field, const QString& before,
                                 const QString& after) {
        if (before != after)
            changes.append({field, before, after});
    };
    Partner before;
    if (p.id > 0) {
        Result<Partner> existing = repository.find(p.id);
        if (!existing)
            return existing.error();
        before = *existing;
        if (Status s = repository.update(p); !s)
            return s.error();
    } else {
        Result<qint64> id = repository.insert(p);
        if (!id)
            return id.error();
        p.id = *id;
    }
    note(QStringLiteral("name"), before.name, p.name);
    note(QStringLiteral("services"), before.services.join(QLatin1Char(',')),
         p.services.join(QLatin1Char(',')));
    note(QStringLiteral("areas"), before.areas, p.areas);
    note(QStringLiteral("contact"), before.contact, p.contact);
    note(QStringLiteral("agreement"), before.agreement, p.agreement);
    note(QStringLiteral("language"), before.id > 0 ? before.language : QString(), p.language);
    note(QStringLiteral("site card"), before.usesAmparo() ? QStringLiteral("yes") : QString(),
         p.usesAmparo() ? QStringLiteral("yes") : QString());
    note(QStringLiteral("active"), before.id > 0 ? QString::number(before.active) : QString(),
         QString::number(p.active));
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {before.id > 0 ? QStringLiteral("partner.change")
                                                         : QStringLiteral("partner.create"),
                                           QStringLiteral("partner"), QString::number(p.id), p.name,
                                           changes, QString()});
        !s)
        return s.error();
    return p;
}

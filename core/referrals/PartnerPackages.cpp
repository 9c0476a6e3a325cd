#include "core/referrals/PartnerPackages.h"

#include "core/crypto/PackageEnvelope.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/PartnerRepository.h"

#include <QFile>
#include <QMultiHash>

namespace {
Result<SyncSetupService::Own> ownSite(const Database& db)
{
    Result<std::optional<SyncSetupService::Own>> own = SyncSetupService::ownOf(db);
    if (!own)
        return Error(Error::Code::NotPermitted,
                     PartnerPackages::tr("This database's keys could not be read (%1). On an "
                                         "office server, an administrator seals and opens "
                                         "packages for partner organisations.")
                         .arg(own.error().message()));
    if (!own->has_value())
        return Error(Error::Code::Invalid,
                     PartnerPackages::tr(
                         "This database has no keys of its own yet: an administrator makes it a "
                         "site under Administration → Field posts and office (its card is what "
                         "partners register)."));
    std::optional<SyncSetupService::Own> site = *std::move(own);
    return std::move(*site);
}
} // namespace

Result<QByteArray> PartnerPackages::seal(const Database& db, const Partner& partner, quint64 number,
                                         const QByteArray& contents)
{
    if (!partner.usesAmparo())
        return Error(
            Error::Code::Invalid,
            tr("%1 does not use Amparo (no site card in the directory).").arg(partner.name));
    Result<SiteCard> card = SiteCard::parse(partner.siteCard.toUtf8());
    if (!card)
        return card.error();
    Result<SyncSetupService::Own> own = ownSite(db);
    if (!own)
        return own.error();
    return PackageEnvelope::seal(own->keys, own->card.code, *card, number, contents);
}

Result<PartnerPackages::Opened> PartnerPackages::open(const Database& db, const Clock& clock,
                                                      const QByteArray& package)
{
    Result<QList<Partner>> partners = PartnerRepository(db, clock).list(true);
    if (!partners)
        return partners.error();
    // Two partners' sites may share a code: each is tried, and only its own signature opens.
    QMultiHash<QString, std::pair<Partner, SiteCard>> byCode;
    for (const Partner& p : *partners) {
        if (Result<SiteCard> card = SiteCard::parse(p.siteCard.toUtf8()))
            byCode.insert(card->code, {p, *card});
    }
    Result<SyncSetupService::Own> own = ownSite(db);
    if (!own)
        return own.error();
    // The envelope asks for the sender's card by code; with several partners of that code,
    // it is opened again with the next until one's signature holds.
    QString asked;
    int index = 0;
    std::optional<Error> first;
    while (true) {
        Result<PackageEnvelope::Opened> opened = PackageEnvelope::open(
            package, own->keys, own->card.code,
            [&](const QString& code) -> std::optional<SiteCard> {
                asked = code;
                const QList<std::pair<Partner, SiteCard>> candidates = byCode.values(code);
                return index < candidates.size() ? std::optional<SiteCard>(candidates[index].second)
                                                 : std::nullopt;
            });
        if (opened)
            return Opened{byCode.values(asked)[index].first, opened->contents};
        if (!first)
            first = opened.error();
        if (asked.isEmpty() || ++index >= byCode.count(asked))
            return *first;
    }
}

Result<QByteArray> PartnerPackages::readFile(const QString& path, qint64 maxSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("%1 could not be read: %2").arg(path, file.errorString()));
    if (file.size() > maxSize)
        return Error(Error::Code::Refused, tr("%1 is far larger than any such package.").arg(path));
    return file.readAll();
}

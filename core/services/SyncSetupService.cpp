#include "core/services/SyncSetupService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/MailboxAccounts.h"
#include "core/storage/ServerMailbox.h"
#include "core/storage/SyncSiteRepository.h"
#include "core/storage/Transaction.h"

SyncSetupService::SyncSetupService(const Database& db, const Clock& clock,
                                   const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<std::optional<SyncSetupService::Own>> SyncSetupService::own() const
{
    if (Status allowed = AccessPolicy::require(m_session, Permission::ManageSites); !allowed)
        return allowed.error();
    return ownOf(m_db);
}

Result<std::optional<SyncSetupService::Own>> SyncSetupService::ownOf(const Database& db)
{
    Result<std::optional<SyncSiteRepository::Identity>> identity =
        SyncSiteRepository(db).identity();
    if (!identity)
        return identity.error();
    if (!identity->has_value())
        return std::optional<Own>();
    SyncSiteRepository::Identity& stored = *identity.value();
    SiteKeys keys = SiteKeys::fromSecret(std::move(stored.secret));
    if (keys.isNull())
        return Error(Error::Code::Storage, tr("This site's keys could not be loaded."));
    const SiteCard card{stored.code, keys.signPublic(), keys.boxPublic()};
    return std::optional<Own>(Own{card, stored.role, std::move(keys)});
}

Result<SyncSetupService::Own> SyncSetupService::ownSite() const
{
    Result<std::optional<Own>> current = own();
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error(Error::Code::Invalid,
                     tr("Make this database a site first (its code, and whether it is the "
                        "office or a field post)."));
    return std::move(*current.value());
}

Result<SiteCard> SyncSetupService::becomeSite(const QString& code, SyncRole role)
{
    const QString wanted = code.trimmed().toUpper();
    if (!SiteCard::isValidCode(wanted)) {
        const QString message =
            tr("A site code has 1 to 16 letters A–Z, digits or hyphens (for example CUC or "
               "PASTO-2).");
        return Error(Error::Code::Invalid, message, {{QStringLiteral("code"), message}});
    }
    Result<std::optional<Own>> current = own();
    if (!current)
        return current.error();
    if (current->has_value()) {
        const Own& o = **current;
        if (o.card.code == wanted && o.role == role)
            return o.card;
        return Error(Error::Code::Conflict,
                     tr("This database is already the site %1 (%2); it cannot become another.")
                         .arg(o.card.code, syncRoleCodes().label(o.role)));
    }
    SiteKeys keys = SiteKeys::generate();
    if (keys.isNull())
        return Error(Error::Code::Storage, tr("New keys could not be made for this site."));
    const SiteCard card{wanted, keys.signPublic(), keys.boxPublic()};
    Transaction transaction(m_db);
    if (Status started = transaction.begin(); !started)
        return started.error();
    if (Status s =
            SyncSiteRepository(m_db).insertIdentity(wanted, role, keys.secret(), m_clock.now());
        !s)
        return s.error();
    const AuditEvent event{QStringLiteral("sync.identity"),
                           QStringLiteral("database"),
                           wanted,
                           wanted,
                           {{QStringLiteral("role"), QString(), syncRoleCodes().code(role)},
                            {QStringLiteral("fingerprint"), QString(), card.fingerprint()}},
                           {}};
    if (Status logged = AuditLog(m_db, m_clock).record(m_session, event); !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return card;
}

Result<SyncSite> SyncSetupService::registerSite(const QByteArray& cardFile)
{
    Result<Own> current = ownSite();
    if (!current)
        return current.error();
    Result<SiteCard> card = SiteCard::parse(cardFile);
    if (!card)
        return card.error();
    const Own& o = *current;
    if (card->code == o.card.code)
        return Error(Error::Code::Invalid,
                     tr("This is this database's own card (site %1).").arg(card->code));
    SyncSiteRepository repository(m_db);
    Result<std::optional<SyncSite>> existing = repository.findByCode(card->code);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        if ((*existing)->card.signPublic == card->signPublic &&
            (*existing)->card.boxPublic == card->boxPublic)
            return **existing;
        return Error(Error::Code::Conflict,
                     tr("The site %1 is already registered with other keys. If that site really "
                        "has new keys, ask for help: its packages are refused until then.")
                         .arg(card->code));
    }
    const SyncRole role = o.role == SyncRole::Office ? SyncRole::Post : SyncRole::Office;
    if (role == SyncRole::Office) {
        Result<QList<SyncSite>> all = repository.sites();
        if (!all)
            return all.error();
        if (!all->isEmpty())
            return Error(Error::Code::Conflict,
                         tr("This field post already sends to the office %1; a post has one "
                            "office.")
                             .arg(all->first().card.code));
    }
    SyncSite site;
    site.card = *card;
    site.role = role;
    site.registeredAt = m_clock.now();
    site.registeredBy = m_session.username;
    Transaction transaction(m_db);
    if (Status started = transaction.begin(); !started)
        return started.error();
    Result<qint64> id = repository.insert(site);
    if (!id)
        return id.error();
    site.id = *id;
    // A post reaches its office's server through its own mailbox.
    if (role == SyncRole::Post) {
        if (Status s =
                MailboxAccounts(m_db).ensure(card->code, o.keys.mailboxPassword(card->boxPublic));
            !s)
            return s.error();
    }
    const AuditEvent event{QStringLiteral("sync.site_register"),
                           QStringLiteral("sync_site"),
                           QString::number(site.id),
                           site.card.code,
                           {{QStringLiteral("role"), QString(), syncRoleCodes().code(role)},
                            {QStringLiteral("fingerprint"), QString(), site.card.fingerprint()}},
                           {}};
    if (Status logged = AuditLog(m_db, m_clock).record(m_session, event); !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return site;
}

Result<QList<SyncSite>> SyncSetupService::sites() const
{
    if (Status allowed = AccessPolicy::require(m_session, Permission::ManageSites); !allowed)
        return allowed.error();
    return SyncSiteRepository(m_db).sites();
}

Result<PackageEnvelope::Directory> SyncSetupService::directory() const
{
    Result<QList<SyncSite>> all = sites();
    if (!all)
        return all.error();
    QHash<QString, SiteCard> cards;
    for (const SyncSite& s : std::as_const(*all))
        cards.insert(s.card.code, s.card);
    return PackageEnvelope::Directory([cards](const QString& code) -> std::optional<SiteCard> {
        if (auto it = cards.constFind(code); it != cards.cend())
            return *it;
        return std::nullopt;
    });
}

Result<QString> SyncSetupService::officeServer() const
{
    if (Status allowed = AccessPolicy::require(m_session, Permission::ManageSites); !allowed)
        return allowed.error();
    return SyncSiteRepository(m_db).officeServer();
}

Status SyncSetupService::setOfficeServer(const QString& location)
{
    Result<Own> current = ownSite();
    if (!current)
        return current.error();
    if (current->role != SyncRole::Post)
        return Error(Error::Code::Invalid,
                     tr("Only a field post sends to an office's server; this database is the "
                        "office."));
    const QString wanted = location.trimmed();
    if (!wanted.isEmpty()) {
        if (Status s = ServerMailbox::checkLocation(wanted); !s) {
            const QString message = s.error().message();
            return Error(Error::Code::Invalid, message, {{QStringLiteral("location"), message}});
        }
    }
    SyncSiteRepository repository(m_db);
    Result<QString> before = repository.officeServer();
    if (!before)
        return before.error();
    if (*before == wanted)
        return {};
    Transaction transaction(m_db);
    if (Status started = transaction.begin(); !started)
        return started;
    if (Status s = repository.setOfficeServer(wanted, m_clock.now(), m_session.username); !s)
        return s;
    const AuditEvent event{QStringLiteral("sync.office_server"),
                           QStringLiteral("database"),
                           current->card.code,
                           current->card.code,
                           {{QStringLiteral("location"), *before, wanted}},
                           {}};
    if (Status logged = AuditLog(m_db, m_clock).record(m_session, event); !logged)
        return logged;
    return transaction.commit();
}

Status SyncSetupService::openMailboxes()
{
    Result<Own> current = ownSite();
    if (!current)
        return current.error();
    if (current->role != SyncRole::Office || !m_db.isServer())
        return {};
    Result<QList<SyncSite>> all = sites();
    if (!all)
        return all.error();
    MailboxAccounts accounts(m_db);
    for (const SyncSite& site : std::as_const(*all)) {
        if (site.role != SyncRole::Post)
            continue;
        Result<bool> known = accounts.exists(site.card.code);
        if (!known)
            return known.error();
        if (*known)
            continue;
        Transaction transaction(m_db);
        if (Status started = transaction.begin(); !started)
            return started;
        if (Status s =
                accounts.ensure(site.card.code, current->keys.mailboxPassword(site.card.boxPublic));
            !s)
            return s;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

#pragma once

#include "core/common/Result.h"
#include "core/crypto/PackageEnvelope.h"
#include "core/crypto/SiteCard.h"
#include "core/crypto/SiteKeys.h"
#include "core/domain/SyncSite.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Clock;
class Database;

// Setting up the exchange of packages between field posts and their office (issue 20), by an
// administrator on each side: this database becomes a site (the office, or a post) with its
// own keys and a card to hand over; the other side's card is registered. A post knows one
// office; an office, any number of posts. Each step is audited.
class SyncSetupService
{
    Q_DECLARE_TR_FUNCTIONS(SyncSetupService)

public:
    struct Own
    {
        SiteCard card;
        SyncRole role = SyncRole::Post;
        SiteKeys keys;
    };

    SyncSetupService(const Database& db, const Clock& clock, const UserSession& session);

    // Makes this database the site `code` in `role` with new keys, and returns its card. Done
    // once: asked again with the same code and role, returns the same card; anything else is
    // refused with a sentence.
    Result<SiteCard> becomeSite(const QString& code, SyncRole role);
    // This database as a site, or nothing before becomeSite().
    Result<std::optional<Own>> own() const;
    // The same without asking who may: for services that check their own permission (a
    // referral package is sealed by whoever may refer).
    static Result<std::optional<Own>> ownOf(const Database& db);
    // The same, refused with a sentence before becomeSite().
    Result<Own> ownSite() const;
    // Registers the site whose card this is: the office on a post, a post at the office.
    // The same card again changes nothing; another card with a registered code is refused.
    Result<SyncSite> registerSite(const QByteArray& cardFile);
    Result<QList<SyncSite>> sites() const;
    // On a post: the office's server, where packages go when it can be reached ("postgresql://
    // office-server/amparo", no account), or empty for files only. Audited.
    Result<QString> officeServer() const;
    Status setOfficeServer(const QString& location);
    // At an office on a server: every registered post has its mailbox account (a post
    // registered before mailboxes existed gets one now).
    Status openMailboxes();
    // The registered sites' cards, for opening packages.
    Result<PackageEnvelope::Directory> directory() const;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

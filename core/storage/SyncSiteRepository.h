#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretKey.h"
#include "core/domain/SyncSite.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// Rows of sync_identity (this database as a site) and sync_sites (the sites it exchanges
// packages with).
class SyncSiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncSiteRepository)

public:
    struct Identity
    {
        QString code;
        SyncRole role = SyncRole::Post;
        SecretKey secret;
    };

    explicit SyncSiteRepository(const Database& db);

    Result<std::optional<Identity>> identity() const;
    Status insertIdentity(const QString& code, SyncRole role, const SecretKey& secret,
                          const QDateTime& now);

    Result<QList<SyncSite>> sites() const;
    // The office's code when this database is a field post with its office registered;
    // empty otherwise. Readable by every role.
    Result<QString> officeOfThisPost() const;
    // On a post: where its office's server is (no account), or empty when not set.
    Result<QString> officeServer() const;
    Status setOfficeServer(const QString& location, const QDateTime& now, const QString& by);
    Result<std::optional<SyncSite>> findByCode(const QString& code) const;
    Result<qint64> insert(const SyncSite& site);
    // Package `number` for the site was made with the journal at `mark` and carried this
    // database's audit entries up to `auditTo`.
    Status noteSent(qint64 id, quint64 number, qint64 mark, qint64 auditTo, const QDateTime& now);
    Status setReceivedNumber(qint64 id, quint64 number);
    // The site applied package `number`: later packages start from where it was made. A
    // number not made here, or older than one confirmed, changes nothing.
    Status confirm(qint64 id, quint64 number);
    // The journal's mark every registered site has confirmed (0 while one has not).
    Result<qint64> confirmedByAll() const;

private:
    const Database& m_db;
};

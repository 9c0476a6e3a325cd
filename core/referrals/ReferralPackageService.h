#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/referrals/ReferralPackageContents.h"
#include "core/security/UserSession.h"

#include <QByteArray>
#include <QCoreApplication>

class Clock;
class Database;

// A referral to an organisation that also uses Amparo, as an encrypted package: the same
// envelope as packages between a post and its office (signed by this site, sealed for the
// partner's site card), holding only what the referral lists. The partner opens it as a new
// case, with the consent that came with it, and the referral recorded as received from us.
class ReferralPackageService
{
    Q_DECLARE_TR_FUNCTIONS(ReferralPackageService)

public:
    static constexpr qint64 MaxPackageSize = 4 * 1024 * 1024;

    struct Opened
    {
        qint64 partnerId = 0;
        QString partnerName;
        ReferralPackageContents contents;
    };

    ReferralPackageService(const Database& db, const Clock& clock, const UserSession& session);

    // The package of an outgoing referral, sealed for its partner's site card.
    Result<QByteArray> seal(qint64 referralId) const;
    // The same, written to `path` whole or not at all; audited as a transfer out.
    Status write(qint64 referralId, const QString& path) const;
    // Opens a package sealed for this site by a partner in the directory.
    Result<Opened> open(const QByteArray& package) const;
    Result<Opened> openFile(const QString& path) const;
    // Registers the persons of an opened package as a new case at `siteId` (a name not shared
    // becomes "Referred person 1", to be completed), with its consent to referral, and
    // records the referral as received from the partner. Checked whole before anything is
    // written.
    Result<CaseRecord> openAsNewCase(const Opened& opened, qint64 siteId);

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

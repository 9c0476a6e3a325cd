#pragma once

#include "core/common/Result.h"
#include "core/domain/Partner.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// The directory of partner organisations, kept by administrators: who offers which services
// of the inter-agency referral form, where, how to reach them, in which language their forms
// are written, and whether they use Amparo (their site card). Legal staff read it to refer.
class PartnerService
{
    Q_DECLARE_TR_FUNCTIONS(PartnerService)

public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxTextLength = 1000;

    PartnerService(const Database& db, const Clock& clock, const UserSession& session);

    Result<QList<Partner>> list(bool includeInactive) const;
    Result<Partner> find(qint64 id) const;
    // The problems of a partner as entered; field names "name", "services", "language",
    // "siteCard", "areas", "contact".
    QList<FieldError> validate(const Partner& partner) const;
    // Adds (id 0) or changes a partner; audited. A name already in the directory is refused.
    Result<Partner> save(const Partner& partner);

    struct Imported
    {
        int added = 0;
        int updated = 0;
    };
    // Adds the organisations of a spreadsheet (see PartnerSheet); one whose name is in the
    // directory already is updated (services, areas, contact, language). Any row that cannot
    // be taken refuses the whole sheet, each problem with its row number.
    Result<Imported> importSheet(const QString& path);

private:
    // Checks and writes one partner inside the caller's transaction, with its audit entry.
    Result<Partner> write(Partner partner);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

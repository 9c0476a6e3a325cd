#pragma once

#include "core/common/Result.h"
#include "core/domain/DataRequest.h"
#include "core/domain/PersonDataSheet.h"
#include "core/reports/PersonDataReport.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QSet>

class Clock;
class Database;

// People's requests about their data, answered by an administrator and kept in a register
// (erasure: ErasureService): what Amparo holds about them, a correction, a consent withdrawn.
// Each answer is one transaction with its audit entry.
class DataRequestService
{
    Q_DECLARE_TR_FUNCTIONS(DataRequestService)

public:
    // How many requests the register shows, newest first.
    static constexpr int ListLimit = 2000;

    // What every request says: when it came, how the person's identity was checked.
    struct Received
    {
        qint64 personId = 0;
        QDate receivedOn;
        QString identityCheck;
    };

    DataRequestService(const Database& db, const Clock& clock, const UserSession& session);

    // Everything about the person, to write "What Amparo holds about this person".
    Result<PersonDataSheet> sheet(qint64 personId) const;
    // The document itself, in the current language, prepared by this user at the site that
    // keeps the person's case.
    Result<PersonDataReport> report(qint64 personId) const;
    // The copy was handed over: the request is entered, granted.
    Result<qint64> recordAccess(const Received& received, const QString& language);
    // A correction: what the person says is wrong; then what was changed or why not (the
    // change itself is made in the case, audited there). Open until decided.
    Result<qint64> recordCorrection(const Received& received, const QString& whatIsWrong);
    Status decide(qint64 requestId, DataRequestDecision decision, const QString& answer);
    // The case's consent for each purpose in `purposes` ends now: "registration", "referral",
    // "tracing". Without tracing consent the person leaves every search and matching pass at
    // once (their pending match proposals are withdrawn); without referral consent no new
    // referral is made.
    Result<qint64> withdrawConsent(const Received& received, const QSet<QString>& purposes);
    Result<QList<DataRequest>> latest() const;

    static const QStringList& consentPurposes();
    // "tracing" → "family tracing"; codes joined by ", " as the register keeps them.
    static QString purposesText(const QString& codes);

    // The permission, the date received and the identity check (what every request needs).
    Status check(const Received& received) const;

private:
    // A request refused for these fields: one field's problem says it all.
    static Error refusal(const QList<FieldError>& errors);
    // The request as entered for the person, with their case's number and uid.
    Result<DataRequest> requestFor(const Received& received, DataRequestKind kind) const;
    Result<qint64> enter(const DataRequest& request, const QString& action,
                         const QList<struct AuditChange>& changes, const QString& summary);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

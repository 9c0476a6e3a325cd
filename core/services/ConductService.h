#pragma once

#include "core/common/Result.h"
#include "core/domain/ConductCode.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

#include <optional>

class Clock;
class Database;

// The organisation's code of conduct: administrators write it (each new text a new version,
// in the audit trail); every user accepts the current version before working, at their first
// sign-in and whenever it changes, and the acceptance is recorded.
class ConductService
{
    Q_DECLARE_TR_FUNCTIONS(ConductService)

public:
    static constexpr int MaxLength = 20000;

    ConductService(const Database& db, const Clock& clock, const UserSession& session);

    Result<std::optional<ConductCode>> current() const;
    // A new version; the same text as the current one changes nothing. Field name "body".
    Result<ConductCode> write(const QString& body);
    // The current version when the signed-in user has not accepted it yet.
    Result<std::optional<ConductCode>> awaitingAcceptance() const;
    // Accepts `version`, which must be the current one (it may have changed meanwhile).
    Status accept(int version);
    // How many users accepted the current version (0 when there is none).
    Result<int> acceptancesOfCurrent() const;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

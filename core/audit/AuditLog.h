#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QCoreApplication>

class Clock;
class Database;
struct UserSession;

// Writes audit entries. Each entry carries the SHA-256 of its content and of the entry
// before it, so that editing, removing or reordering entries is detectable
// (AuditVerifier). The table refuses UPDATE and DELETE.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static constexpr const char* GenesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    AuditLog(const Database& db, const Clock& clock);

    // Inside the caller's transaction, so that the entry lands with the change or not at all.
    Status record(const UserSession& actor, const AuditEvent& event);
    // For events with nobody signed in (a failed sign-in): `username` is what was typed.
    Status recordUnauthenticated(const QString& username, const AuditEvent& event);
    // In a transaction of its own, for events that change nothing else (opening a case).
    Status recordAlone(const UserSession& actor, const AuditEvent& event);

    // The hash of an entry from its stored content (details included) and the previous hash.
    static QString hashOf(const AuditEntry& entry);
    static QString detailsJson(const AuditEvent& event);

private:
    Status write(qint64 userId, const QString& username, const AuditEvent& event);

    const Database& m_db;
    const Clock& m_clock;
};

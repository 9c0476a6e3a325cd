#pragma once

#include "core/common/Result.h"
#include "core/domain/DataRequest.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

class Clock;
class Database;

// A person's right to have their data erased, answered by an administrator.
//
// An erasure removes the person from every record (PersonEraser), empties every audit entry
// about them (AuditRedactor: the trail still verifies, see ErasedEntries), records the
// erasure by the person's global uid only, and enters the request in the register; all in one
// transaction. On a file, deleted content is overwritten (Database opens every file with
// secure_delete), the search index is rewritten without them and the write-ahead log emptied, so
// that neither free pages nor the log keep their values. A refusal (a legal hold, say) is entered
// in the register and erases nothing.
class ErasureService
{
    Q_DECLARE_TR_FUNCTIONS(ErasureService)

public:
    struct Request
    {
        qint64 personId = 0;
        ErasureGround ground = ErasureGround::NoLongerNecessary;
        QDate receivedOn;
        QString identityCheck; // how the person's identity was checked
    };
    struct Outcome
    {
        qint64 erasureId = 0;
        int casesRemoved = 0;
        int casesKept = 0;
        int auditEntriesEmptied = 0;
        // False when another connection was reading, so the write-ahead log could not be
        // emptied yet (it is when the last connection closes the database).
        bool logEmptied = true;
    };

    ErasureService(const Database& db, const Clock& clock, const UserSession& session);

    // On a file: the write-ahead log checkpointed and truncated, so that it keeps nothing
    // deleted; false when another connection reading keeps it from that yet.
    static bool emptyTheLog(const Database& db);
    // "Erased: 1 case removed whole, 0 kept for the rest of the family."
    static QString outcomeText(int casesRemoved, int casesKept);

    Result<Outcome> erase(const Request& request);
    // Enters a refused request in the register: the person stays as they are.
    Result<qint64> refuse(qint64 personId, QDate receivedOn, const QString& identityCheck,
                          const QString& why);

    // The persons erased from `db`, oldest first: what a restore replacing it erases again.
    static Result<QList<Erasure>> recorded(const Database& db);
    // After a restore: erases again, in `restored`, everyone in `erasures` (read from the
    // database the restore replaced) whom the backup still holds. Returns how many.
    static Result<int> reapply(const Database& restored, const Clock& clock,
                               const QString& restoredBy, const QList<Erasure>& erasures);

private:
    struct Subject
    {
        qint64 personId = 0;
        QByteArray uid;
        QStringList values; // what identifies them
    };
    static Result<Subject> subjectOf(const Database& db, const Clock& clock, qint64 personId);
    // Everything of an erasure but the permission and the clean-up after it.
    static Result<Outcome> eraseNow(const Database& db, const Clock& clock,
                                    const UserSession& actor, const Subject& subject,
                                    const Erasure& erasure, const DataRequest& request,
                                    const QString& summary);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

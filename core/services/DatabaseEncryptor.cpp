#include "core/services/DatabaseEncryptor.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/KeyFile.h"
#include "core/security/AccessPolicy.h"
#include "core/services/DatabaseKeys.h"
#include "core/storage/Database.h"
#include "core/storage/EncryptedCopy.h"
#include "core/storage/EncryptionSwitch.h"
#include "core/storage/TableGraph.h"

#include <QFile>
#include <QFileInfo>

DatabaseEncryptor::DatabaseEncryptor(const Database& db, const Clock& clock,
                                     const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Status DatabaseEncryptor::verifyCopy(const Database& copy) const
{
    Result<QStringList> problems = copy.integrityProblems();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error(Error::Code::Io, tr("The encrypted copy fails its integrity check (%1); "
                                         "nothing was changed.")
                                          .arg(problems->join(QStringLiteral("; "))));
    Result<TableGraph> tables = TableGraph::of(m_db);
    if (!tables)
        return tables.error();
    for (const QString& table : tables->inOrder()) {
        const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        Result<QSqlQuery> here = m_db.exec(count);
        Result<QSqlQuery> there = copy.exec(count);
        if (!here || !there)
            return !here ? here.error() : there.error();
        if (!here.value().next() || !there.value().next() ||
            here.value().value(0) != there.value().value(0))
            return Error(Error::Code::Io,
                         tr("The encrypted copy does not hold every row of %1; nothing was "
                            "changed.")
                             .arg(table));
    }
    return {};
}

Result<RecoveryKey> DatabaseEncryptor::prepare(const std::function<bool(int)>& progress)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s.error();
    if (m_db.isServer())
        return Error(Error::Code::Refused,
                     tr("A server's database is not encrypted by Amparo: its disk is the "
                        "server's, and whoever looks after it encrypts it."));
    if (m_db.isEncrypted())
        return Error(Error::Code::Refused, tr("This database is encrypted already."));
    const QString target = EncryptionSwitch::encryptingPath(m_db.path());
    // What an earlier attempt left is dropped.
    for (const QString& leftover : {target, target + QStringLiteral("-wal"),
                                    target + QStringLiteral("-shm"), KeyFile::pathFor(target)})
        QFile::remove(leftover);
    const auto discard = [&target](const Error& e) {
        DatabaseKeys::lock(target);
        for (const QString& leftover : {target, target + QStringLiteral("-wal"),
                                        target + QStringLiteral("-shm"), KeyFile::pathFor(target)})
            QFile::remove(leftover);
        return e;
    };
    Result<RecoveryKey> recovery = DatabaseKeys::create(target);
    if (!recovery)
        return recovery.error();
    Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(target));
    if (!keys)
        return discard(keys.error());
    // The copy is made in the folder of the database only, and encrypted on the way.
    QFile::remove(target);
    if (Status s = EncryptedCopy::ofDatabase(m_db, target, keys->databaseId(), progress); !s)
        return discard(s.error());
    {
        Result<std::unique_ptr<Database>> copy = Database::open(target, m_clock);
        if (!copy)
            return discard(copy.error());
        if (Status s = verifyCopy(**copy); !s)
            return discard(s.error());
        if (Status s = DatabaseKeys::slotsFromUsers(**copy); !s)
            return discard(s.error());
        const AuditEvent event{QStringLiteral("database.encrypt"),
                               QStringLiteral("database"),
                               QString(),
                               m_db.displayName(),
                               {},
                               tr("encryption turned on; each active user keeps their passphrase, "
                                  "and a new recovery key was made")};
        if (Status s = AuditLog(**copy, m_clock).recordAlone(m_session, event); !s)
            return discard(s.error());
        if (Status s = (*copy)->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
            return discard(s.error());
    }
    return recovery;
}

Status DatabaseEncryptor::finish(const QString& path)
{
    return EncryptionSwitch::run(QFileInfo(path).absoluteFilePath());
}

Result<RecoveryKey> DatabaseEncryptor::replaceRecoveryKey()
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s.error();
    Result<RecoveryKey> recovery = DatabaseKeys::replaceRecoveryKey(m_db);
    if (!recovery)
        return recovery.error();
    const AuditEvent event{QStringLiteral("database.recovery_key"),
                           QStringLiteral("database"),
                           QString(),
                           m_db.displayName(),
                           {},
                           tr("a new recovery key replaced the previous one")};
    if (Status s = AuditLog(m_db, m_clock).recordAlone(m_session, event); !s)
        return s.error();
    return recovery;
}

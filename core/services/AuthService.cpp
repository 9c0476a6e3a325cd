#include "core/services/AuthService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/Keyring.h"
#include "core/crypto/PasswordHasher.h"
#include "core/crypto/RecoveryKey.h"
#include "core/security/PassphrasePolicy.h"
#include "core/services/DatabaseKeys.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/storage/ServerAccounts.h"
#include "core/storage/SignInFailureRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

namespace {
UserSession sessionFor(const User& u)
{
    return UserSession{u.id, u.username, u.displayName, u.role};
}
} // namespace

AuthService::AuthService(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

int AuthService::waitSeconds(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int exponent = std::min(failures - FreeAttempts, 16);
    return std::min(1 << exponent, MaxWaitSeconds);
}

Result<bool> AuthService::hasUsers() const
{
    Result<int> count = UserRepository(m_db).count();
    if (!count)
        return count.error();
    return *count > 0;
}

Result<UserSession> AuthService::createFirstAdministrator(const QString& username,
                                                          const QString& displayName,
                                                          const QString& passphrase)
{
    User admin;
    admin.username = username.trimmed();
    admin.displayName = displayName.simplified();
    admin.role = Role::Administrator;
    const QList<FieldError> errors = UserService::validate(admin, passphrase);
    if (!errors.isEmpty())
        return Error::invalid(errors);

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    UserRepository users(m_db);
    Result<int> count = users.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error(Error::Code::NotPermitted,
                     tr("This database already has users: sign in instead."));
    const QString hash = PasswordHasher::hash(passphrase);
    if (hash.isEmpty())
        return Error(Error::Code::Storage, tr("Not enough memory to protect the passphrase."));
    Result<qint64> id = users.insert(admin, hash, m_clock.now());
    if (!id)
        return id.error();
    admin.id = *id;
    if (Status s = ServerAccounts(m_db).ensure(admin, passphrase); !s)
        return s.error();
    if (Status s = DatabaseKeys::setPassphrase(m_db, admin.username, passphrase); !s)
        return s.error();
    const UserSession session = sessionFor(admin);
    AuditEvent event{QStringLiteral("user.create"),
                     QStringLiteral("user"),
                     QString::number(admin.id),
                     admin.username,
                     {{QStringLiteral("role"), QString(), roleCodes().code(admin.role)}},
                     QStringLiteral("first administrator")};
    if (Status s = AuditLog(m_db, m_clock).record(session, event); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return session;
}

Status AuthService::checkNotThrottled(const QString& username) const
{
    Result<SignInFailureRepository::Failures> failures =
        SignInFailureRepository(m_db).get(username);
    if (!failures)
        return failures.error();
    const int wait = waitSeconds(failures->count);
    if (wait == 0 || !failures->last.isValid())
        return {};
    const qint64 elapsed = failures->last.secsTo(m_clock.now());
    if (elapsed >= wait)
        return {};
    return Error(Error::Code::NotPermitted,
                 tr("Too many wrong passphrases for this name. Wait %n second(s) and try again.",
                    nullptr, int(wait - elapsed)));
}

Status AuthService::recordFailure(const QString& username, qint64 knownUserId,
                                  const QString& reason)
{
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = SignInFailureRepository(m_db).recordFailure(username, m_clock.now()); !s)
        return s;
    // A name nobody has may be a passphrase typed in the wrong field: it is not written down.
    const QString label = knownUserId > 0 ? username.trimmed() : tr("(unknown user name)");
    AuditEvent event{QStringLiteral("sign_in.failed"),
                     QStringLiteral("user"),
                     knownUserId > 0 ? QString::number(knownUserId) : QString(),
                     label,
                     {},
                     reason};
    if (Status s = AuditLog(m_db, m_clock).recordUnauthenticated(label, event); !s)
        return s;
    return transaction.commit();
}

Result<bool> AuthService::passphraseOpens(const User& user, const QString& passphrase) const
{
    // On a person's own server account the server keeps the password and checks it; the
    // hash is not theirs to read.
    if (ServerAccounts::isPersonal(m_db)) {
        const QString account = ServerAccounts(m_db).accountOf(user.username);
        if (account != m_db.serverAccount())
            return false;
        Status checked = m_db.checkServerPassword(account, passphrase);
        if (!checked && checked.error().code() != Error::Code::NotPermitted)
            return checked.error();
        return checked.ok();
    }
    Result<QString> hash = UserRepository(m_db).passphraseHash(user.id);
    if (!hash)
        return hash.error();
    return PasswordHasher::verify(*hash, passphrase);
}

Result<UserSession> AuthService::verify(const QString& username, const QString& passphrase,
                                        const QString& action, const QString& wrongMessage)
{
    if (Status s = checkNotThrottled(username); !s)
        return s.error();
    const Error wrong(Error::Code::NotPermitted,
                      wrongMessage.isEmpty()
                          ? tr("The user name or the passphrase is not right. Check that Caps "
                               "Lock is off and try again.")
                          : wrongMessage);
    Result<std::optional<User>> found = UserRepository(m_db).findByUsername(username);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // Hash anyway, so that an unknown name takes as long as a known one.
        static const QString timingEqualiser = PasswordHasher::hash(QStringLiteral("amparo"));
        PasswordHasher::verify(timingEqualiser, passphrase);
        if (Status s = recordFailure(username, 0, action + QStringLiteral(": unknown user")); !s)
            return s.error();
        return wrong;
    }
    const User user = **found;
    Result<bool> opens = passphraseOpens(user, passphrase);
    if (!opens)
        return opens.error();
    if (!*opens) {
        if (Status s =
                recordFailure(username, user.id, action + QStringLiteral(": wrong passphrase"));
            !s)
            return s.error();
        return wrong;
    }
    if (!user.active) {
        if (Status s =
                recordFailure(username, user.id, action + QStringLiteral(": account deactivated"));
            !s)
            return s.error();
        return Error(Error::Code::NotPermitted,
                     tr("This account has been deactivated. Ask an administrator."));
    }
    return sessionFor(user);
}

Result<UserSession> AuthService::signIn(const QString& username, const QString& passphrase)
{
    Result<UserSession> session = verify(username, passphrase, QStringLiteral("sign in"));
    if (!session)
        return session;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = SignInFailureRepository(m_db).clear(username); !s)
        return s.error();
    AuditEvent event{QStringLiteral("sign_in"),
                     QStringLiteral("user"),
                     QString::number(session->userId),
                     session->username,
                     {},
                     {}};
    if (Status s = AuditLog(m_db, m_clock).record(*session, event); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (Status s = DatabaseKeys::renewSlot(m_db, session->username, passphrase); !s)
        return s.error();
    return session;
}

void AuthService::lock()
{
    if (!m_db.isEncrypted())
        return;
    // Locked is idle: the log is folded into the database (its frame checksums are not
    // keyed), and the pages SQLite keeps in memory are let go, before the key leaves.
    // Neither is needed for the key to leave: a failure only keeps them.
    (void)m_db.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    (void)m_db.run(QStringLiteral("PRAGMA shrink_memory"));
    Keyring::forget(m_db.databaseId());
}

Result<UserSession> AuthService::recoverAdministrator(const RecoveryKey& recoveryKey,
                                                      const QString& username,
                                                      const QString& passphrase)
{
    if (!m_db.isEncrypted())
        return Error(Error::Code::Refused, tr("Only an encrypted database has a recovery key."));
    Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(m_db.path()));
    if (!keys)
        return keys.error();
    Result<SecretKey> master = keys->unlock(recoveryKey);
    if (!master)
        return master.error();
    const std::shared_ptr<const Keyring::Entry> unlocked = Keyring::find(m_db.databaseId());
    if (!unlocked || !(unlocked->master == *master))
        return Error(Error::Code::NotPermitted,
                     tr("This recovery key does not open this database."));
    Result<std::optional<User>> found = UserRepository(m_db).findByUsername(username.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value() || !(*found)->active || (*found)->role != Role::Administrator)
        return Error(
            Error::Code::Invalid,
            tr("%1 is not an active administrator of this database. Give the name of "
               "one.")
                .arg(username.trimmed()),
            {{QStringLiteral("username"), tr("Give the name of an active administrator.")}});
    const User admin = **found;
    if (const QList<FieldError> errors = PassphrasePolicy::check(passphrase, admin.username);
        !errors.isEmpty())
        return Error::invalid(errors);
    const QString hash = PasswordHasher::hash(passphrase);
    if (hash.isEmpty())
        return Error(Error::Code::Storage, tr("Not enough memory to protect the passphrase."));
    const UserSession session = sessionFor(admin);
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = UserRepository(m_db).setPassphraseHash(admin.id, hash, m_clock.now()); !s)
        return s.error();
    if (Status s = SignInFailureRepository(m_db).clear(admin.username); !s)
        return s.error();
    if (Status s = DatabaseKeys::setPassphrase(m_db, admin.username, passphrase); !s)
        return s.error();
    if (Status s = AuditLog(m_db, m_clock)
                       .record(session, AuditEvent{QStringLiteral("user.passphrase_recovered"),
                                                   QStringLiteral("user"),
                                                   QString::number(admin.id),
                                                   admin.username,
                                                   {},
                                                   tr("new passphrase set with the recovery key")});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return session;
}

Status AuthService::unlock(const UserSession& session, const QString& passphrase)
{
    // A locked encrypted database reads nothing until its key is back.
    if (m_db.isEncrypted() && !Keyring::isUnlocked(m_db.databaseId())) {
        if (Status s = DatabaseKeys::unlock(m_db.path(), session.username, passphrase); !s)
            return s.error().code() == Error::Code::NotPermitted
                       ? Error(Error::Code::NotPermitted,
                               tr("That passphrase is not right. Check that Caps Lock is off "
                                  "and try again."))
                       : s.error();
    }
    Result<UserSession> verified =
        verify(session.username, passphrase, QStringLiteral("unlock"),
               tr("That passphrase is not right. Check that Caps Lock is off and try again."));
    if (!verified)
        return verified.error();
    if (verified->userId != session.userId)
        return Error(Error::Code::NotPermitted,
                     tr("Only %1 can unlock this window.").arg(session.displayName));
    if (Status s = SignInFailureRepository(m_db).clear(session.username); !s)
        return s;
    return AuditLog(m_db, m_clock)
        .recordAlone(session, AuditEvent{QStringLiteral("unlock"),
                                         QStringLiteral("user"),
                                         QString::number(session.userId),
                                         session.username,
                                         {},
                                         {}});
}

Status AuthService::changeOwnPassphrase(const UserSession& session, const QString& current,
                                        const QString& replacement)
{
    Result<UserSession> verified =
        verify(session.username, current, QStringLiteral("change passphrase"));
    if (!verified)
        return verified.error();
    const QList<FieldError> errors = PassphrasePolicy::check(replacement, session.username);
    if (!errors.isEmpty())
        return Error::invalid(errors);
    const QString hash = PasswordHasher::hash(replacement);
    if (hash.isEmpty())
        return Error(Error::Code::Storage, tr("Not enough memory to protect the passphrase."));
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = storeOwnPassphrase(session, replacement, hash); !s)
        return s;
    // The change is recorded; the passphrase never is.
    if (Status s = AuditLog(m_db, m_clock)
                       .record(session, AuditEvent{QStringLiteral("user.passphrase_change"),
                                                   QStringLiteral("user"),
                                                   QString::number(session.userId),
                                                   session.username,
                                                   {},
                                                   {}});
        !s)
        return s;
    return transaction.commit();
}

Status AuthService::storeOwnPassphrase(const UserSession& session, const QString& passphrase,
                                       const QString& hash) const
{
    if (!ServerAccounts::isPersonal(m_db)) {
        if (Status s = UserRepository(m_db).setPassphraseHash(session.userId, hash, m_clock.now());
            !s)
            return s;
        User user;
        user.username = session.username;
        user.role = session.role;
        if (Status s = ServerAccounts(m_db).ensure(user, passphrase); !s)
            return s;
        return DatabaseKeys::setPassphrase(m_db, session.username, passphrase);
    }
    Result<QSqlQuery> changed = m_db.exec(
        QStringLiteral("SELECT amparo_set_own_passphrase_hash(?, ?)"),
        {hash, m_clock.now().toUTC().toString(Qt::ISODateWithMs)}, tr("change the passphrase"));
    if (!changed)
        return changed.error();
    if (!changed.value().next() || changed.value().value(0).toInt() != 1)
        return Error(Error::Code::NotPermitted,
                     tr("This server account is not the one of %1: the passphrase was not "
                        "changed.")
                         .arg(session.displayName));
    return ServerAccounts(m_db).setOwnPassword(passphrase);
}

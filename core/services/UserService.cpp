#include "core/services/UserService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/PasswordHasher.h"
#include "core/security/AccessPolicy.h"
#include "core/security/PassphrasePolicy.h"
#include "core/services/DatabaseKeys.h"
#include "core/storage/Database.h"
#include "core/storage/ServerAccounts.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

#include <QRegularExpression>

UserService::UserService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<QList<User>> UserService::users() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s.error();
    return UserRepository(m_db).all();
}

QList<FieldError> UserService::validate(const User& user, const QString& passphrase)
{
    static const QRegularExpression validName(QStringLiteral("^[\\w.@-]{2,40}$"));
    QList<FieldError> errors;
    if (!validName.match(user.username).hasMatch())
        errors.append({QStringLiteral("username"),
                       tr("A user name has 2 to 40 letters, digits, dots, dashes or @, without "
                          "spaces.")});
    if (user.displayName.trimmed().isEmpty() || user.displayName.size() > 100)
        errors.append({QStringLiteral("displayName"),
                       tr("Enter the person's name (at most 100 characters).")});
    errors += PassphrasePolicy::check(passphrase, user.username);
    return errors;
}

Result<User> UserService::addUser(const User& input, const QString& passphrase)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s.error();
    User user = input;
    user.username = user.username.trimmed();
    user.displayName = user.displayName.simplified();
    user.active = true;
    if (const QList<FieldError> errors = validate(user, passphrase); !errors.isEmpty())
        return Error::invalid(errors);
    UserRepository repository(m_db);
    Result<std::optional<User>> clash = repository.findByUsername(user.username);
    if (!clash)
        return clash.error();
    if (clash->has_value()) {
        const QString message = tr("There is already a user called %1.").arg(user.username);
        return Error(Error::Code::Conflict, message, {{QStringLiteral("username"), message}});
    }
    const QString hash = PasswordHasher::hash(passphrase);
    if (hash.isEmpty())
        return Error(Error::Code::Storage, tr("Not enough memory to protect the passphrase."));

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = repository.insert(user, hash, m_clock.now());
    if (!id)
        return id.error();
    user.id = *id;
    if (Status s = ServerAccounts(m_db).ensure(user, passphrase); !s)
        return s.error();
    if (Status s = DatabaseKeys::setPassphrase(m_db, user.username, passphrase); !s)
        return s.error();
    const AuditEvent event{QStringLiteral("user.create"),
                           QStringLiteral("user"),
                           QString::number(user.id),
                           user.username,
                           {{QStringLiteral("displayName"), QString(), user.displayName},
                            {QStringLiteral("role"), QString(), roleCodes().code(user.role)}},
                           {}};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return user;
}

Result<User> UserService::existing(qint64 userId) const
{
    Result<std::optional<User>> user = UserRepository(m_db).find(userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error(Error::Code::NotFound, tr("The user no longer exists."));
    return **user;
}

Status UserService::keepsAnAdministrator(const User& user, bool active, Role role) const
{
    const bool stopsBeingAdmin =
        user.role == Role::Administrator && user.active && (!active || role != Role::Administrator);
    if (!stopsBeingAdmin)
        return {};
    Result<int> admins = UserRepository(m_db).activeAdministrators();
    if (!admins)
        return admins.error();
    if (*admins <= 1)
        return Error(Error::Code::Invalid,
                     tr("%1 is the only active administrator. Make another user administrator "
                        "first.")
                         .arg(user.displayName));
    return {};
}

Status UserService::resetPassphrase(qint64 userId, const QString& passphrase)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s;
    Result<User> user = existing(userId);
    if (!user)
        return user.error();
    if (const QList<FieldError> errors = PassphrasePolicy::check(passphrase, user->username);
        !errors.isEmpty())
        return Error::invalid(errors);
    const QString hash = PasswordHasher::hash(passphrase);
    if (hash.isEmpty())
        return Error(Error::Code::Storage, tr("Not enough memory to protect the passphrase."));
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = UserRepository(m_db).setPassphraseHash(userId, hash, m_clock.now()); !s)
        return s;
    if (Status s = ServerAccounts(m_db).ensure(*user, passphrase); !s)
        return s;
    // A deactivated user's passphrase must not open an encrypted database.
    if (user->active) {
        if (Status s = DatabaseKeys::setPassphrase(m_db, user->username, passphrase); !s)
            return s;
    }
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("user.passphrase_reset"),
                                           QStringLiteral("user"),
                                           QString::number(userId),
                                           user->username,
                                           {},
                                           {}});
        !s)
        return s;
    return transaction.commit();
}

Status UserService::setActive(qint64 userId, bool active)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s;
    Result<User> user = existing(userId);
    if (!user)
        return user.error();
    if (user->active == active)
        return {};
    if (active && reactivationNeedsPassphrase())
        return Error(Error::Code::Invalid,
                     tr("This database is encrypted and %1's passphrase was taken out of its "
                        "keys: reactivate %1 with a new passphrase.")
                         .arg(user->displayName));
    return changeActive(*user, active, {});
}

bool UserService::reactivationNeedsPassphrase() const
{
    return m_db.isEncrypted();
}

Status UserService::reactivate(qint64 userId, const QString& passphrase)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s;
    Result<User> user = existing(userId);
    if (!user)
        return user.error();
    if (user->active)
        return {};
    if (const QList<FieldError> errors = PassphrasePolicy::check(passphrase, user->username);
        !errors.isEmpty())
        return Error::invalid(errors);
    return changeActive(*user, true, passphrase);
}

Status UserService::changeActive(const User& user, bool active, const QString& passphrase)
{
    const qint64 userId = user.id;
    if (Status s = keepsAnAdministrator(user, active, user.role); !s)
        return s;
    QString hash;
    if (!passphrase.isEmpty()) {
        hash = PasswordHasher::hash(passphrase);
        if (hash.isEmpty())
            return Error(Error::Code::Storage, tr("Not enough memory to protect the passphrase."));
    }
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = UserRepository(m_db).setActive(userId, active); !s)
        return s;
    if (!hash.isEmpty()) {
        if (Status s = UserRepository(m_db).setPassphraseHash(userId, hash, m_clock.now()); !s)
            return s;
        if (Status s = ServerAccounts(m_db).ensure(user, passphrase); !s)
            return s;
    }
    if (Status s = ServerAccounts(m_db).setActive(user, active); !s)
        return s;
    if (Status s = active ? DatabaseKeys::setPassphrase(m_db, user.username, passphrase)
                          : DatabaseKeys::removeUser(m_db, user.username);
        !s)
        return s;
    const AuditEvent event{
        active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"),
        QStringLiteral("user"),
        QString::number(userId),
        user.username,
        {{QStringLiteral("active"), user.active ? QStringLiteral("yes") : QStringLiteral("no"),
          active ? QStringLiteral("yes") : QStringLiteral("no")}},
        {}};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s;
    return transaction.commit();
}

Status UserService::setRole(qint64 userId, Role role)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s;
    Result<User> user = existing(userId);
    if (!user)
        return user.error();
    if (user->role == role)
        return {};
    if (Status s = keepsAnAdministrator(*user, user->active, role); !s)
        return s;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = UserRepository(m_db).setRole(userId, role); !s)
        return s;
    if (Status s = ServerAccounts(m_db).setRole(*user, role); !s)
        return s;
    const AuditEvent event{
        QStringLiteral("user.change"),
        QStringLiteral("user"),
        QString::number(userId),
        user->username,
        {{QStringLiteral("role"), roleCodes().code(user->role), roleCodes().code(role)}},
        {}};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s;
    return transaction.commit();
}

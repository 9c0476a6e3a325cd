#include "core/services/DatabaseKeys.h"

#include "core/crypto/KeyFile.h"
#include "core/crypto/Keyring.h"
#include "core/crypto/PageCipher.h"
#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"

#include <sodium.h>

#include <functional>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
QString keyPathOf(const QString& path)
{
    return KeyFile::pathFor(QFileInfo(path).absoluteFilePath());
}

Result<KeyFile> keyFileOf(const QString& path)
{
    return KeyFile::read(keyPathOf(path));
}

// The key of an open encrypted database, as the Keyring holds it.
Result<std::shared_ptr<const Keyring::Entry>> unlockedKey(const Database& db)
{
    std::shared_ptr<const Keyring::Entry> entry = Keyring::find(db.databaseId());
    if (!entry)
        return Error(Error::Code::Locked,
                     DatabaseKeys::tr("The database is locked: sign in again to change its keys."));
    return entry;
}
// Reads the key file of an open encrypted database, lets `change` edit it with the master key
// (false: nothing to change), and writes it back in one step.
Status changeKeys(const Database& db,
                  const std::function<Result<bool>(KeyFile&, const SecretKey&)>& change)
{
    Result<std::shared_ptr<const Keyring::Entry>> key = unlockedKey(db);
    if (!key)
        return key.error();
    Result<KeyFile> keys = keyFileOf(db.path());
    if (!keys)
        return keys.error();
    KeyFile changed = *keys;
    Result<bool> different = change(changed, (*key)->master);
    if (!different)
        return different.error();
    if (!*different)
        return {};
    return changed.write(keyPathOf(db.path()), (*key)->master);
}

// Puts the master key in the Keyring when `open` gets it out of the key file.
Status unlockWith(const QString& path, const std::function<Result<SecretKey>(const KeyFile&)>& open)
{
    Result<KeyFile> keys = keyFileOf(path);
    if (!keys)
        return keys.error();
    Result<SecretKey> master = open(*keys);
    if (!master)
        return master.error();
    Keyring::put(keys->databaseId(), *master);
    return {};
}
} // namespace

bool DatabaseKeys::isEncrypted(const QString& path)
{
    return !Database::isServerLocation(path) && QFileInfo::exists(keyPathOf(path));
}

Result<RecoveryKey> DatabaseKeys::create(const QString& path)
{
    const QFileInfo info(path);
    if ((info.exists() && info.size() > 0) || isEncrypted(path))
        return Error(
            Error::Code::Refused,
            tr("%1 already exists: only a new database is created encrypted this way.").arg(path));
    // The first start: the data folder may not exist yet.
    if (!QDir().mkpath(info.absolutePath()))
        return Error(
            Error::Code::Io,
            tr("Could not create the folder %1 for the database.").arg(info.absolutePath()));
    QByteArray databaseId(PageCipher::DatabaseIdBytes, '\0');
    randombytes_buf(databaseId.data(), size_t(databaseId.size()));
    const SecretKey master = SecretKey::random();
    RecoveryKey recovery = RecoveryKey::generate();
    KeyFile keys = KeyFile::create(databaseId);
    if (Status s = keys.setRecoveryKey(master, recovery); !s)
        return s.error();
    if (Status s = keys.write(keyPathOf(path), master); !s)
        return s.error();
    Keyring::put(databaseId, master);
    return recovery;
}

bool DatabaseKeys::discardUnused(const QString& path)
{
    const QFileInfo file(path);
    if (file.exists() && file.size() > 0)
        return false;
    Result<KeyFile> keys = keyFileOf(path);
    if (!keys || !keys->users().isEmpty())
        return false;
    Keyring::forget(keys->databaseId());
    return QFile::remove(keyPathOf(path));
}

Status DatabaseKeys::unlock(const QString& path, const QString& username, const QString& passphrase)
{
    return unlockWith(path, [&](const KeyFile& keys) { return keys.unlock(username, passphrase); });
}

Status DatabaseKeys::unlock(const QString& path, const RecoveryKey& recoveryKey)
{
    return unlockWith(path, [&](const KeyFile& keys) { return keys.unlock(recoveryKey); });
}

void DatabaseKeys::lock(const QString& path)
{
    if (Result<KeyFile> keys = keyFileOf(path))
        Keyring::forget(keys->databaseId());
}

Status DatabaseKeys::setPassphrase(const Database& db, const QString& username,
                                   const QString& passphrase)
{
    if (!db.isEncrypted())
        return {};
    return changeKeys(db, [&](KeyFile& keys, const SecretKey& master) -> Result<bool> {
        if (Status s = keys.setPassphrase(master, username, passphrase); !s)
            return s.error();
        return true;
    });
}

Status DatabaseKeys::removeUser(const Database& db, const QString& username)
{
    if (!db.isEncrypted())
        return {};
    return changeKeys(db, [&](KeyFile& keys, const SecretKey&) -> Result<bool> {
        if (!keys.hasUser(username))
            return false;
        keys.removeUser(username);
        return true;
    });
}

Status DatabaseKeys::slotsFromUsers(const Database& db)
{
    if (!db.isEncrypted())
        return {};
    Result<QList<User>> users = UserRepository(db).all();
    if (!users)
        return users.error();
    return changeKeys(db, [&](KeyFile& keys, const SecretKey& master) -> Result<bool> {
        for (const QString& name : keys.users())
            keys.removeUser(name);
        for (const User& user : *users) {
            if (!user.active)
                continue;
            Result<QString> hash = UserRepository(db).passphraseHash(user.id);
            if (!hash)
                return hash.error();
            if (Status s = keys.setFromSignInHash(master, user.username, *hash); !s)
                return s.error();
        }
        return true;
    });
}

Status DatabaseKeys::renewSlot(const Database& db, const QString& username,
                               const QString& passphrase)
{
    if (!db.isEncrypted())
        return {};
    Result<KeyFile> keys = keyFileOf(db.path());
    if (!keys)
        return keys.error();
    if (!keys->needsNewSlot(username))
        return {};
    return setPassphrase(db, username, passphrase);
}

Result<RecoveryKey> DatabaseKeys::replaceRecoveryKey(const Database& db)
{
    if (!db.isEncrypted())
        return Error(Error::Code::Refused, tr("This database is not encrypted: it has no "
                                              "recovery key."));
    RecoveryKey recovery = RecoveryKey::generate();
    if (Status s = changeKeys(db,
                              [&](KeyFile& keys, const SecretKey& master) -> Result<bool> {
                                  if (Status set = keys.setRecoveryKey(master, recovery); !set)
                                      return set.error();
                                  return true;
                              });
        !s)
        return s.error();
    return recovery;
}

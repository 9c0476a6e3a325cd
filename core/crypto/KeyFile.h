#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class RecoveryKey;

// The key file beside an encrypted database ("amparo.sqlite.keys"). It holds the database's
// id and page format, and the database's master key wrapped once per user (under a key
// Argon2id derives from that user's passphrase) and once for the recovery key. The whole
// file carries a MAC under a key derived from the master key, so a changed slot, header or
// format is refused once a slot has been opened. Without this file the database cannot be
// read: backups include it.
//
// Layout (version 1), integers big-endian:
//   "AMPKEYS1", version (1), database id (16), page size (4), reserve (1), slot count (2);
//   per slot: kind (1: passphrase, 2: recovery key, 3: passphrase through the user's sign-in
//   hash), name length (2) and UTF-8 name,
//   Argon2id ops and memory limits (8 + 8), salt (16), nonce (24), wrapped key (32 + 16);
//   then the MAC (32, HMAC-SHA-512-256).
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    static constexpr int Version = 1;
    static constexpr int MaxSlots = 4096;
    static constexpr int MaxNameBytes = 256;

    // A new key file for a new database id, without any slot yet.
    static KeyFile create(const QByteArray& databaseId);
    // Reads the structure; nothing is trusted until a slot opens and the MAC is checked.
    static Result<KeyFile> parse(const QByteArray& bytes);
    static Result<KeyFile> read(const QString& path);
    static QString pathFor(const QString& databasePath);

    QByteArray databaseId() const { return m_databaseId; }
    int pageSize() const { return m_pageSize; }
    int reserveBytes() const { return m_reserve; }
    QStringList users() const;
    bool hasUser(const QString& username) const;
    bool hasRecoveryKey() const;

    // The master key, when `passphrase` opens `username`'s slot and the file is intact.
    Result<SecretKey> unlock(const QString& username, const QString& passphrase) const;
    Result<SecretKey> unlock(const RecoveryKey& recoveryKey) const;
    // Whether `master` is this file's key and the file is as it wrote it.
    Status verify(const SecretKey& master) const;

    // Adds or replaces a slot. The file changes in memory; write() stores it.
    Status setPassphrase(const SecretKey& master, const QString& username,
                         const QString& passphrase);
    Status setRecoveryKey(const SecretKey& master, const RecoveryKey& recoveryKey);
    // A slot for a user whose passphrase is not at hand (a database being encrypted, a
    // restored one): wrapped under the Argon2id output inside their sign-in hash
    // ("$argon2id$v=19$m=…,t=…,p=1$salt$hash"), which their passphrase gives again. Signing
    // in replaces it with an ordinary slot (needsNewSlot()).
    Status setFromSignInHash(const SecretKey& master, const QString& username,
                             const QString& signInHash);
    bool needsNewSlot(const QString& username) const;
    void removeUser(const QString& username);

    QByteArray serialize(const SecretKey& master) const;
    // Replaces the file at `path` in one step (a crash leaves the old or the new one), owner
    // only. No earlier copy is kept: it would still open for a passphrase taken away.
    Status write(const QString& path, const SecretKey& master) const;

private:
    enum class Kind : quint8
    {
        Passphrase = 1,
        RecoveryKey = 2,
        SignInHash = 3
    };
    struct Slot
    {
        Kind kind = Kind::Passphrase;
        QString name;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrapped;
    };

    QByteArray slotAssociatedData(const Slot& slot) const;
    Status wrap(const SecretKey& master, Slot slot, const SecretKey& wrappingKey);
    Result<SecretKey> unwrap(const Slot& slot, const SecretKey& wrappingKey) const;
    static SecretKey passphraseKey(const QString& passphrase, const Slot& slot);
    static bool isPassphrase(Kind kind)
    {
        return kind == Kind::Passphrase || kind == Kind::SignInHash;
    }
    static SecretKey recoveryWrappingKey(const RecoveryKey& recoveryKey, const Slot& slot);
    QByteArray body() const;

    QByteArray m_databaseId;
    int m_pageSize = 4096;
    int m_reserve = 40;
    QList<Slot> m_slots;
    QByteArray m_mac; // as read; empty for a file made in memory
};

#include "core/crypto/KeyFile.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/PageCipher.h"
#include "core/crypto/RecoveryKey.h"

#include <sodium.h>

#include <QDataStream>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
constexpr char Magic[] = "AMPKEYS1";
constexpr int MagicBytes = 8;
constexpr int HeaderBytes = MagicBytes + 1 + 16 + 4 + 1 + 2;
constexpr int MacBytes = crypto_auth_hmacsha512256_BYTES;
constexpr int SaltBytes = crypto_pwhash_SALTBYTES;
constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int WrappedBytes = int(SecretKey::Size) + crypto_aead_xchacha20poly1305_ietf_ABYTES;
// Limits that a file may ask for: a crafted one must not make unlocking take hours or
// all the memory.
constexpr quint64 MaxOpsLimit = 10;
constexpr quint64 MaxMemLimit = quint64(1) << 30;
constexpr qint64 MaxFileBytes =
    HeaderBytes + qint64(KeyFile::MaxSlots) * (1 + 2 + KeyFile::MaxNameBytes + 16 + 16 + 24 + 48) +
    MacBytes;

const unsigned char* bytesOf(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}
} // namespace

KeyFile KeyFile::create(const QByteArray& databaseId)
{
    KeyFile file;
    file.m_databaseId = databaseId;
    file.m_pageSize = PageCipher::PageSize;
    file.m_reserve = PageCipher::ReserveBytes;
    return file;
}

QString KeyFile::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keys");
}

Result<KeyFile> KeyFile::parse(const QByteArray& bytes)
{
    const Error damaged(Error::Code::Refused,
                        tr("The key file of this database is damaged or is not a key file. "
                           "Put back the key file from the same backup as the database."));
    if (bytes.size() < HeaderBytes + MacBytes || bytes.size() > MaxFileBytes ||
        !bytes.startsWith(QByteArray(Magic, MagicBytes)))
        return damaged;
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::BigEndian);
    in.skipRawData(MagicBytes);
    quint8 version = 0;
    in >> version;
    if (version != Version)
        return Error(Error::Code::Refused,
                     tr("The key file of this database was written by a newer version of "
                        "Amparo. Install that version to open it."));
    KeyFile file;
    file.m_databaseId.resize(PageCipher::DatabaseIdBytes);
    in.readRawData(file.m_databaseId.data(), PageCipher::DatabaseIdBytes);
    quint32 pageSize = 0;
    quint8 reserve = 0;
    quint16 count = 0;
    in >> pageSize >> reserve >> count;
    // Version 1 knows one page format.
    if (pageSize != PageCipher::PageSize || reserve != PageCipher::ReserveBytes || count > MaxSlots)
        return damaged;
    file.m_pageSize = int(pageSize);
    file.m_reserve = reserve;
    const auto readBytes = [&in](int n) {
        QByteArray out(n, '\0');
        if (in.readRawData(out.data(), n) != n)
            out.clear();
        return out;
    };
    for (int i = 0; i < count; ++i) {
        Slot slot;
        quint8 kind = 0;
        quint16 nameLength = 0;
        in >> kind >> nameLength;
        if (in.status() != QDataStream::Ok || nameLength > MaxNameBytes)
            return damaged;
        slot.kind = Kind(kind);
        const QByteArray name = readBytes(nameLength);
        in >> slot.opsLimit >> slot.memLimit;
        slot.salt = readBytes(SaltBytes);
        slot.nonce = readBytes(NonceBytes);
        slot.wrapped = readBytes(WrappedBytes);
        if (in.status() != QDataStream::Ok || name.size() != nameLength ||
            slot.wrapped.size() != WrappedBytes)
            return damaged;
        slot.name = QString::fromUtf8(name);
        if (slot.name.toUtf8() != name)
            return damaged;
        if (isPassphrase(slot.kind)) {
            if (name.isEmpty() || slot.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
                slot.opsLimit > MaxOpsLimit || slot.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
                slot.memLimit > MaxMemLimit || file.hasUser(slot.name))
                return damaged;
        } else if (slot.kind == Kind::RecoveryKey) {
            if (!name.isEmpty() || slot.opsLimit != 0 || slot.memLimit != 0 ||
                file.hasRecoveryKey())
                return damaged;
        } else {
            return damaged;
        }
        file.m_slots.append(slot);
    }
    file.m_mac = readBytes(MacBytes);
    if (in.status() != QDataStream::Ok || file.m_mac.size() != MacBytes || !in.atEnd())
        return damaged;
    return file;
}

Result<KeyFile> KeyFile::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("The key file %1 cannot be read: %2. Without it the "
                                         "database cannot be opened.")
                                          .arg(path, f.errorString()));
    const QByteArray bytes = f.read(MaxFileBytes + 1);
    return parse(bytes);
}

QStringList KeyFile::users() const
{
    QStringList names;
    for (const Slot& slot : m_slots) {
        if (isPassphrase(slot.kind))
            names.append(slot.name);
    }
    return names;
}

bool KeyFile::hasUser(const QString& username) const
{
    return users().contains(username);
}

bool KeyFile::hasRecoveryKey() const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(),
                       [](const Slot& s) { return s.kind == Kind::RecoveryKey; });
}

QByteArray KeyFile::slotAssociatedData(const Slot& slot) const
{
    // The slot belongs to this database, this kind and this name: moved, it opens nothing.
    QByteArray ad(Magic, MagicBytes);
    ad += m_databaseId;
    ad += char(slot.kind);
    ad += slot.name.toUtf8();
    return ad;
}

SecretKey KeyFile::passphraseKey(const QString& passphrase, const Slot& slot)
{
    SecretKey key = SecretKey::random();
    if (key.isNull())
        return key;
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(key.data(), SecretKey::Size, utf8.constData(), quint64(utf8.size()),
                      bytesOf(slot.salt), slot.opsLimit, size_t(slot.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    // A slot made from a sign-in hash is wrapped under a hash of that output, never under the
    // output itself (which the sign-in hash holds).
    if (slot.kind == Kind::SignInHash)
        crypto_generichash(key.data(), SecretKey::Size, key.data(), SecretKey::Size, nullptr, 0);
    return key;
}

SecretKey KeyFile::recoveryWrappingKey(const RecoveryKey& recoveryKey, const Slot& slot)
{
    // The recovery key has 256 random bits: a keyed hash is enough, no Argon2id needed.
    SecretKey key = SecretKey::random();
    if (key.isNull() || recoveryKey.isNull())
        return {};
    crypto_generichash(key.data(), SecretKey::Size, bytesOf(slot.salt), quint64(slot.salt.size()),
                       recoveryKey.key().data(), SecretKey::Size);
    return key;
}

Status KeyFile::wrap(const SecretKey& master, Slot slot, const SecretKey& wrappingKey)
{
    if (master.isNull() || wrappingKey.isNull())
        return Error(Error::Code::Storage,
                     tr("Not enough memory to protect the key of the database."));
    slot.nonce.resize(NonceBytes);
    randombytes_buf(slot.nonce.data(), NonceBytes);
    slot.wrapped.resize(WrappedBytes);
    const QByteArray ad = slotAssociatedData(slot);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.wrapped.data()), nullptr, master.data(),
        SecretKey::Size, bytesOf(ad), quint64(ad.size()), nullptr, bytesOf(slot.nonce),
        wrappingKey.data());
    // One slot per user, whichever kind: a new one replaces it.
    const auto same = [&slot](const Slot& s) {
        return s.name == slot.name &&
               (s.kind == slot.kind || (isPassphrase(s.kind) && isPassphrase(slot.kind)));
    };
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), same);
    if (it != m_slots.end())
        *it = slot;
    else
        m_slots.append(slot);
    return {};
}

Result<SecretKey> KeyFile::unwrap(const Slot& slot, const SecretKey& wrappingKey) const
{
    if (wrappingKey.isNull())
        return Error(Error::Code::Storage,
                     tr("Not enough memory to open the key of the database."));
    unsigned char master[SecretKey::Size];
    const QByteArray ad = slotAssociatedData(slot);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            master, nullptr, nullptr, bytesOf(slot.wrapped), quint64(slot.wrapped.size()),
            bytesOf(ad), quint64(ad.size()), bytesOf(slot.nonce), wrappingKey.data()) != 0)
        return Error(Error::Code::NotPermitted, {});
    SecretKey key = SecretKey::fromBytes(master);
    sodium_memzero(master, sizeof master);
    if (Status s = verify(key); !s)
        return s.error();
    return key;
}

Result<SecretKey> KeyFile::unlock(const QString& username, const QString& passphrase) const
{
    const Error wrong(Error::Code::NotPermitted,
                      tr("The user name or the passphrase is not right. Check that Caps Lock "
                         "is off and try again."));
    for (const Slot& slot : m_slots) {
        if (!isPassphrase(slot.kind) || slot.name != username)
            continue;
        Result<SecretKey> key = unwrap(slot, passphraseKey(passphrase, slot));
        if (!key && key.error().message().isEmpty())
            return wrong;
        return key;
    }
    // As long as for a known name, so that the time taken does not tell which names exist.
    Slot unknown;
    unknown.opsLimit =
        Crypto::fastParameters() ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_MODERATE;
    unknown.memLimit =
        Crypto::fastParameters() ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_MODERATE;
    unknown.salt = QByteArray(SaltBytes, '\0');
    passphraseKey(passphrase, unknown);
    return wrong;
}

Result<SecretKey> KeyFile::unlock(const RecoveryKey& recoveryKey) const
{
    for (const Slot& slot : m_slots) {
        if (slot.kind != Kind::RecoveryKey)
            continue;
        Result<SecretKey> key = unwrap(slot, recoveryWrappingKey(recoveryKey, slot));
        if (!key && key.error().message().isEmpty())
            break;
        return key;
    }
    return Error(Error::Code::NotPermitted,
                 tr("This recovery key does not open this database: it belongs to another "
                    "database, or this database's recovery key was replaced."));
}

QByteArray KeyFile::body() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::BigEndian);
    s.writeRawData(Magic, MagicBytes);
    s << quint8(Version);
    s.writeRawData(m_databaseId.constData(), int(m_databaseId.size()));
    s << quint32(m_pageSize) << quint8(m_reserve) << quint16(m_slots.size());
    for (const Slot& slot : m_slots) {
        const QByteArray name = slot.name.toUtf8();
        s << quint8(slot.kind) << quint16(name.size());
        s.writeRawData(name.constData(), int(name.size()));
        s << slot.opsLimit << slot.memLimit;
        s.writeRawData(slot.salt.constData(), int(slot.salt.size()));
        s.writeRawData(slot.nonce.constData(), int(slot.nonce.size()));
        s.writeRawData(slot.wrapped.constData(), int(slot.wrapped.size()));
    }
    return out;
}

Status KeyFile::verify(const SecretKey& master) const
{
    const SecretKey macKey = PageCipher::keyFileMacKey(master);
    const QByteArray b = body();
    if (macKey.isNull() || m_mac.size() != MacBytes ||
        crypto_auth_hmacsha512256_verify(bytesOf(m_mac), bytesOf(b), quint64(b.size()),
                                         macKey.data()) != 0)
        return Error(Error::Code::Refused,
                     tr("The key file of this database has been changed by something other than "
                        "Amparo, so it is not trusted. Put back the key file from the same "
                        "backup as the database."));
    return {};
}

QByteArray KeyFile::serialize(const SecretKey& master) const
{
    QByteArray out = body();
    const SecretKey macKey = PageCipher::keyFileMacKey(master);
    QByteArray mac(MacBytes, '\0');
    crypto_auth_hmacsha512256(reinterpret_cast<unsigned char*>(mac.data()), bytesOf(out),
                              quint64(out.size()), macKey.data());
    return out + mac;
}

Status KeyFile::setPassphrase(const SecretKey& master, const QString& username,
                              const QString& passphrase)
{
    if (username.isEmpty() || username.toUtf8().size() > MaxNameBytes)
        return Error(Error::Code::Invalid, tr("A user name for the key file must have between 1 "
                                              "and %1 bytes.")
                                               .arg(MaxNameBytes));
    if (!hasUser(username) && m_slots.size() >= MaxSlots)
        return Error(
            Error::Code::Refused,
            tr("This database has as many passphrases as it can hold (%1).").arg(MaxSlots));
    Slot slot;
    slot.kind = Kind::Passphrase;
    slot.name = username;
    const bool fast = Crypto::fastParameters();
    slot.opsLimit = fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_MODERATE;
    slot.memLimit = fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_MODERATE;
    slot.salt.resize(SaltBytes);
    randombytes_buf(slot.salt.data(), SaltBytes);
    return wrap(master, slot, passphraseKey(passphrase, slot));
}

Status KeyFile::setRecoveryKey(const SecretKey& master, const RecoveryKey& recoveryKey)
{
    Slot slot;
    slot.kind = Kind::RecoveryKey;
    slot.salt.resize(SaltBytes);
    randombytes_buf(slot.salt.data(), SaltBytes);
    return wrap(master, slot, recoveryWrappingKey(recoveryKey, slot));
}

void KeyFile::removeUser(const QString& username)
{
    m_slots.removeIf([&](const Slot& s) { return isPassphrase(s.kind) && s.name == username; });
}

bool KeyFile::needsNewSlot(const QString& username) const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(), [&](const Slot& s) {
        return s.kind == Kind::SignInHash && s.name == username;
    });
}

Status KeyFile::setFromSignInHash(const SecretKey& master, const QString& username,
                                  const QString& signInHash)
{
    // $argon2id$v=19$m=<KiB>,t=<ops>,p=1$<salt>$<hash>, base64 without padding.
    static const QRegularExpression format(QStringLiteral(
        "^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=1\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$"));
    const QRegularExpressionMatch m = format.match(signInHash);
    const Error unusable(Error::Code::Invalid,
                         tr("The sign-in hash of %1 is not one Amparo can make a key from; give "
                            "%1 a new passphrase instead.")
                             .arg(username));
    if (!m.hasMatch() || username.isEmpty() || username.toUtf8().size() > MaxNameBytes)
        return unusable;
    Slot slot;
    slot.kind = Kind::SignInHash;
    slot.name = username;
    slot.memLimit = m.captured(1).toULongLong() * 1024;
    slot.opsLimit = m.captured(2).toULongLong();
    const auto options = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;
    slot.salt = QByteArray::fromBase64(m.captured(3).toLatin1(), options);
    QByteArray output = QByteArray::fromBase64(m.captured(4).toLatin1(), options);
    if (slot.salt.size() != SaltBytes || output.size() != int(SecretKey::Size) ||
        slot.opsLimit < crypto_pwhash_OPSLIMIT_MIN || slot.opsLimit > MaxOpsLimit ||
        slot.memLimit < crypto_pwhash_MEMLIMIT_MIN || slot.memLimit > MaxMemLimit) {
        sodium_memzero(output.data(), size_t(output.size()));
        return unusable;
    }
    if (!hasUser(username) && m_slots.size() >= MaxSlots)
        return Error(
            Error::Code::Refused,
            tr("This database has as many passphrases as it can hold (%1).").arg(MaxSlots));
    SecretKey wrapping = SecretKey::fromBytes(bytesOf(output));
    sodium_memzero(output.data(), size_t(output.size()));
    if (wrapping.isNull())
        return wrap(master, slot, wrapping);
    crypto_generichash(wrapping.data(), SecretKey::Size, wrapping.data(), SecretKey::Size, nullptr,
                       0);
    return wrap(master, slot, wrapping);
}

Status KeyFile::write(const QString& path, const SecretKey& master) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(Error::Code::Io,
                     tr("Could not write the key file %1: %2").arg(path, out.errorString()));
    const QByteArray bytes = serialize(master);
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Error(Error::Code::Io,
                     tr("Could not write the key file %1: %2").arg(path, out.errorString()));
    return {};
}

#include "core/crypto/BackupCipher.h"

#include "core/crypto/Crypto.h"

#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <array>

namespace {
const QByteArray magic = QByteArrayLiteral("AMPBKUP1");
constexpr char formatVersion = 1;
constexpr int headerSize =
    8 + 1 + 8 + 8 + crypto_pwhash_SALTBYTES + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// Refuse cost parameters a crafted file could use to exhaust the machine.
constexpr quint64 maxOps = 20;
constexpr quint64 maxMem = quint64(2) * 1024 * 1024 * 1024;

// Holds a key in memory that is locked against swapping and wiped when done.
class Key
{
public:
    Key() { sodium_mlock(m_bytes.data(), m_bytes.size()); }
    ~Key() { sodium_munlock(m_bytes.data(), m_bytes.size()); }
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    unsigned char* data() { return m_bytes.data(); }

private:
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> m_bytes{};
};

bool deriveKey(Key& key, const QString& passphrase, const unsigned char* salt, quint64 ops,
               quint64 mem)
{
    QByteArray utf8 = passphrase.toUtf8();
    const int rc =
        crypto_pwhash(key.data(), crypto_secretstream_xchacha20poly1305_KEYBYTES, utf8.constData(),
                      quint64(utf8.size()), salt, ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return rc == 0;
}

bool writeRecord(QIODevice& out, const QByteArray& sealed)
{
    char length[4];
    qToBigEndian(quint32(sealed.size()), length);
    return out.write(length, 4) == 4 && out.write(sealed) == sealed.size();
}

Error damaged()
{
    return Error(Error::Code::Refused,
                 BackupCipher::tr("The backup file is damaged: it fails its integrity check. "
                                  "Nothing was restored."));
}
} // namespace

Status BackupCipher::encrypt(QIODevice& plain, QIODevice& out, const QString& passphrase,
                             const QByteArray& manifest)
{
    const bool fast = Crypto::fastParameters();
    const quint64 ops = fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 mem = fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_MODERATE;
    QByteArray header = magic;
    header.append(formatVersion);
    char number[8];
    qToBigEndian(ops, number);
    header.append(number, 8);
    qToBigEndian(mem, number);
    header.append(number, 8);
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    header.append(reinterpret_cast<const char*>(salt), sizeof salt);

    Key key;
    if (!deriveKey(key, passphrase, salt, ops, mem))
        return Error(Error::Code::Io, tr("Not enough memory to protect the backup with the "
                                         "passphrase. Close other programs and try again."));
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key.data());
    header.append(reinterpret_cast<const char*>(streamHeader), sizeof streamHeader);
    const auto writeFailed = [&out] {
        return Error(Error::Code::Io,
                     tr("Could not write the backup file: %1").arg(out.errorString()));
    };
    if (out.write(header) != header.size())
        return writeFailed();

    QByteArray sealed;
    const auto push = [&](const QByteArray& data, const QByteArray& ad, unsigned char tag) {
        sealed.resize(data.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(sealed.data()), nullptr,
            reinterpret_cast<const unsigned char*>(data.constData()), quint64(data.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size()), tag);
        return writeRecord(out, sealed);
    };
    if (!push(manifest, header, 0))
        return writeFailed();
    QByteArray chunk = plain.read(ChunkSize);
    while (true) {
        const QByteArray next = plain.atEnd() ? QByteArray() : plain.read(ChunkSize);
        const bool last = next.isEmpty();
        if (!push(chunk, {}, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0))
            return writeFailed();
        if (last)
            break;
        chunk = next;
    }
    return {};
}

Result<QByteArray> BackupCipher::decrypt(QIODevice& in, QIODevice& plainOut,
                                         const QString& passphrase)
{
    const QByteArray header = in.read(headerSize);
    if (header.size() < headerSize || !header.startsWith(magic) || header[8] != formatVersion)
        return Error(Error::Code::Refused,
                     tr("This file is not an Amparo backup (or it was made by a newer version "
                        "of Amparo)."));
    const quint64 ops = qFromBigEndian<quint64>(header.constData() + 9);
    const quint64 mem = qFromBigEndian<quint64>(header.constData() + 17);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > maxOps || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > maxMem)
        return damaged();
    const auto* salt = reinterpret_cast<const unsigned char*>(header.constData() + 25);
    const auto* streamHeader =
        reinterpret_cast<const unsigned char*>(header.constData() + 25 + crypto_pwhash_SALTBYTES);

    Key key;
    if (!deriveKey(key, passphrase, salt, ops, mem))
        return Error(Error::Code::Io, tr("Not enough memory to open the backup. Close other "
                                         "programs and try again."));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, key.data()) != 0)
        return damaged();

    QByteArray manifest;
    bool first = true;
    bool finished = false;
    QByteArray plain;
    while (!finished) {
        const QByteArray length = in.read(4);
        if (length.size() != 4)
            return damaged(); // cut short: the FINAL chunk never came
        const quint32 size = qFromBigEndian<quint32>(length.constData());
        if (size < crypto_secretstream_xchacha20poly1305_ABYTES ||
            size > quint32(ChunkSize) + crypto_secretstream_xchacha20poly1305_ABYTES +
                       (first ? quint32(ChunkSize) : 0))
            return damaged();
        const QByteArray sealed = in.read(size);
        if (sealed.size() != qsizetype(size))
            return damaged();
        plain.resize(sealed.size() - crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned char tag = 0;
        const QByteArray ad = first ? header : QByteArray();
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(plain.data()), nullptr, &tag,
                reinterpret_cast<const unsigned char*>(sealed.constData()), quint64(sealed.size()),
                reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size())) != 0) {
            if (first)
                return Error(Error::Code::Refused,
                             tr("The passphrase is wrong, or the backup file is damaged. Nothing "
                                "was restored."));
            return damaged();
        }
        if (first) {
            manifest = plain;
            first = false;
            if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
                return damaged();
            continue;
        }
        if (plainOut.write(plain) != plain.size())
            return Error(
                Error::Code::Io,
                tr("Could not write the restored database: %1").arg(plainOut.errorString()));
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (!in.atEnd())
        return damaged(); // something was appended after the end
    return manifest;
}

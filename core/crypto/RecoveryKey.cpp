#include "core/crypto/RecoveryKey.h"

#include <sodium.h>

#include <QByteArray>
#include <QSaveFile>

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int ChecksumBytes = 3;
constexpr int EncodedBytes = int(SecretKey::Size) + ChecksumBytes; // 35 bytes: 56 characters

void checksum(const unsigned char* key, unsigned char* out)
{
    unsigned char digest[crypto_generichash_BYTES_MIN];
    crypto_generichash(digest, sizeof digest, key, SecretKey::Size, nullptr, 0);
    for (int i = 0; i < ChecksumBytes; ++i)
        out[i] = digest[i];
}

int valueOf(QChar c)
{
    const char upper = char(c.toUpper().toLatin1());
    if (upper == 'O')
        return 0;
    if (upper == 'I' || upper == 'L')
        return 1;
    for (int i = 0; i < 32; ++i) {
        if (Alphabet[i] == upper)
            return i;
    }
    return -1;
}
} // namespace

RecoveryKey RecoveryKey::generate()
{
    RecoveryKey key;
    key.m_key = SecretKey::random();
    return key;
}

QString RecoveryKey::text() const
{
    if (m_key.isNull())
        return {};
    unsigned char bytes[EncodedBytes];
    for (std::size_t i = 0; i < SecretKey::Size; ++i)
        bytes[i] = m_key.data()[i];
    checksum(m_key.data(), bytes + SecretKey::Size);
    QString out;
    int buffer = 0;
    int bits = 0;
    for (const unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.isEmpty() && (out.size() + 1) % (GroupLength + 1) == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(Alphabet[(buffer >> bits) & 31]);
        }
    }
    sodium_memzero(bytes, sizeof bytes);
    return out;
}

Result<RecoveryKey> RecoveryKey::parse(const QString& text)
{
    QList<int> values;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = valueOf(c);
        if (v < 0)
            return Error(Error::Code::Invalid,
                         tr("A recovery key has only letters and digits; \"%1\" is not one of "
                            "them. Check what you typed.")
                             .arg(c));
        values.append(v);
    }
    if (values.size() != Groups * GroupLength)
        return Error(Error::Code::Invalid,
                     tr("A recovery key has %1 groups of %2 characters; what you typed has %3 "
                        "characters instead of %4.")
                         .arg(Groups)
                         .arg(GroupLength)
                         .arg(values.size())
                         .arg(Groups * GroupLength));
    unsigned char bytes[EncodedBytes];
    int buffer = 0;
    int bits = 0;
    int n = 0;
    for (const int v : values) {
        buffer = (buffer << 5) | v;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes[n++] = static_cast<unsigned char>((buffer >> bits) & 0xff);
        }
    }
    unsigned char expected[ChecksumBytes];
    checksum(bytes, expected);
    const bool sound =
        n == EncodedBytes && sodium_memcmp(expected, bytes + SecretKey::Size, ChecksumBytes) == 0;
    RecoveryKey key;
    if (sound)
        key.m_key = SecretKey::fromBytes(bytes);
    sodium_memzero(bytes, sizeof bytes);
    if (!sound)
        return Error(Error::Code::Invalid,
                     tr("This recovery key has a mistake in it: one of its characters is wrong. "
                        "Check each group against the printed key."));
    return key;
}

Status RecoveryKey::save(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray line = text().toLatin1() + '\n';
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(line) != line.size() || !file.commit())
        return Error(
            Error::Code::Io,
            tr("Could not write the recovery key to %1: %2").arg(path, file.errorString()));
    return {};
}

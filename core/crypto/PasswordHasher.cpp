#include "core/crypto/PasswordHasher.h"

#include "core/crypto/Crypto.h"

#include <sodium.h>

QString PasswordHasher::hash(const QString& passphrase)
{
    const QByteArray utf8 = passphrase.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool fast = Crypto::fastParameters();
    const unsigned long long ops =
        fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& passphrase)
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = passphrase.toUtf8();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

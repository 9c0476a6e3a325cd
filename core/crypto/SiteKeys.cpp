#include "core/crypto/SiteKeys.h"

#include <sodium.h>

namespace {
// crypto_kdf subkeys of the site's secret: one per use, so no key serves two algorithms.
constexpr char Context[crypto_kdf_CONTEXTBYTES + 1] = "AmpSite1";
constexpr quint64 SignSeedId = 1;
constexpr quint64 BoxSecretId = 2;
// A subkey of the shared key: the key that encrypts packages never serves as a password.
constexpr char MailboxContext[crypto_kdf_CONTEXTBYTES + 1] = "AmpMailb";
constexpr quint64 MailboxPasswordId = 1;
constexpr int MailboxPasswordBytes = 24;

SecretKey subkey(const SecretKey& secret, quint64 id)
{
    SecretKey out = SecretKey::fromBytes(secret.data());
    if (out.isNull() ||
        crypto_kdf_derive_from_key(out.data(), SecretKey::Size, id, Context, secret.data()) != 0)
        return {};
    return out;
}
} // namespace

SiteKeys SiteKeys::generate()
{
    return fromSecret(SecretKey::random());
}

SiteKeys SiteKeys::fromSecret(SecretKey secret)
{
    SiteKeys keys;
    if (secret.isNull())
        return keys;
    const SecretKey signSeed = subkey(secret, SignSeedId);
    const SecretKey boxSecret = subkey(secret, BoxSecretId);
    if (signSeed.isNull() || boxSecret.isNull())
        return keys;
    unsigned char signPublic[crypto_sign_PUBLICKEYBYTES];
    auto* signSecret = static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!signSecret)
        return keys;
    crypto_sign_seed_keypair(signPublic, signSecret, signSeed.data());
    sodium_free(signSecret);
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    crypto_scalarmult_base(boxPublic, boxSecret.data());
    keys.m_signPublic = QByteArray(reinterpret_cast<const char*>(signPublic), PublicKeySize);
    keys.m_boxPublic = QByteArray(reinterpret_cast<const char*>(boxPublic), PublicKeySize);
    keys.m_secret = std::move(secret);
    return keys;
}

QByteArray SiteKeys::sign(const QByteArray& message) const
{
    const SecretKey signSeed = subkey(m_secret, SignSeedId);
    auto* signSecret = static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (signSeed.isNull() || !signSecret)
        return {};
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_seed_keypair(publicKey, signSecret, signSeed.data());
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         quint64(message.size()), signSecret);
    sodium_free(signSecret);
    return signature;
}

bool SiteKeys::verify(const QByteArray& message, const QByteArray& signature,
                      const QByteArray& signPublic)
{
    if (signature.size() != SignatureSize || signPublic.size() != PublicKeySize)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char*>(signPublic.constData())) == 0;
}

SecretKey SiteKeys::sharedWith(const QByteArray& otherBoxPublic) const
{
    if (otherBoxPublic.size() != PublicKeySize)
        return {};
    const SecretKey boxSecret = subkey(m_secret, BoxSecretId);
    SecretKey shared = SecretKey::random();
    if (boxSecret.isNull() || shared.isNull())
        return {};
    // crypto_box_beforenm: X25519, refusing a key of low order, then HSalsa20 over the result.
    if (crypto_box_beforenm(shared.data(),
                            reinterpret_cast<const unsigned char*>(otherBoxPublic.constData()),
                            boxSecret.data()) != 0)
        return {};
    return shared;
}

QString SiteKeys::mailboxPassword(const QByteArray& otherBoxPublic) const
{
    const SecretKey shared = sharedWith(otherBoxPublic);
    if (shared.isNull())
        return {};
    unsigned char derived[MailboxPasswordBytes];
    if (crypto_kdf_derive_from_key(derived, sizeof derived, MailboxPasswordId, MailboxContext,
                                   shared.data()) != 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char*>(derived), sizeof derived);
    sodium_memzero(derived, sizeof derived);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

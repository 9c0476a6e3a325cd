#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretKey.h"

#include <QByteArray>
#include <QString>

// A site's own keys for the packages it exchanges with its office or posts (issue 20), all
// derived from one 32-byte secret: an Ed25519 pair that signs what the site sends, and an
// X25519 pair that packages sent to it are encrypted for.
class SiteKeys
{
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SignatureSize = 64;

    // Fresh keys from the system's random source.
    static SiteKeys generate();
    // The keys a stored secret gives again; null keys when libsodium could not allocate.
    static SiteKeys fromSecret(SecretKey secret);

    bool isNull() const { return m_secret.isNull(); }
    const SecretKey& secret() const { return m_secret; }
    QByteArray signPublic() const { return m_signPublic; }
    QByteArray boxPublic() const { return m_boxPublic; }

    QByteArray sign(const QByteArray& message) const;
    static bool verify(const QByteArray& message, const QByteArray& signature,
                       const QByteArray& signPublic);
    // The key this site and the owner of `otherBoxPublic` share (X25519, then hashed), the
    // same from both ends; null when the other key is not a valid public key.
    SecretKey sharedWith(const QByteArray& otherBoxPublic) const;
    // The password of a post's mailbox account on its office's server: derived from the key
    // the two sites share, so both sides know it and neither stores or sends it. Empty when
    // the other key is not a valid public key.
    QString mailboxPassword(const QByteArray& otherBoxPublic) const;

private:
    SecretKey m_secret;
    QByteArray m_signPublic;
    QByteArray m_boxPublic;
};

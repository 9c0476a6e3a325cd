#include "core/crypto/ScramVerifier.h"

#include <QRegularExpression>

#include <sodium.h>

namespace {
QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.constData()),
                                static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char*>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(out.data()));
    sodium_memzero(&state, sizeof state);
    return out;
}

// PBKDF2-HMAC-SHA-256 for one block: SCRAM's Hi().
QByteArray salted(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (int b = 0; b < result.size(); ++b)
            result[b] = static_cast<char>(result[b] ^ u[b]);
    }
    return result;
}
} // namespace

QByteArray ScramVerifier::prepared(const QString& password)
{
    QString mapped;
    mapped.reserve(password.size());
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        // RFC 3454 table B.1: mapped to nothing (soft hyphen, zero-width and joiner marks).
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) ||
            (u >= 0x200B && u <= 0x200D) || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) ||
            u == 0xFEFF)
            continue;
        // Table C.1.2: other spaces become a space.
        if (u != u' ' && c.category() == QChar::Separator_Space)
            mapped.append(u' ');
        else
            mapped.append(c);
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

QString ScramVerifier::make(const QString& password)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    return make(password, salt, Iterations);
}

QString ScramVerifier::make(const QString& password, const QByteArray& salt, int iterations)
{
    QByteArray secret = prepared(password);
    QByteArray saltedPassword = salted(secret, salt, iterations);
    const QByteArray clientKey = hmac(saltedPassword, QByteArrayLiteral("Client Key"));
    QByteArray storedKey(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(storedKey.data()),
                       reinterpret_cast<const unsigned char*>(clientKey.constData()),
                       static_cast<unsigned long long>(clientKey.size()));
    const QByteArray serverKey = hmac(saltedPassword, QByteArrayLiteral("Server Key"));
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    sodium_memzero(saltedPassword.data(), static_cast<size_t>(saltedPassword.size()));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

bool ScramVerifier::isWellFormed(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"));
    return shape.match(text).hasMatch();
}

#pragma once

#include <QString>

// Passphrases are kept only as Argon2id hashes (libsodium crypto_pwhash_str): a random salt
// and the cost parameters are inside the hash string.
class PasswordHasher
{
public:
    // An empty string when hashing failed (out of memory).
    static QString hash(const QString& passphrase);
    static bool verify(const QString& hash, const QString& passphrase);
};

#pragma once

#include <QByteArray>
#include <QString>

// What a PostgreSQL server keeps instead of a password (SCRAM-SHA-256, RFC 5802 and 7677, as
// PostgreSQL writes it): Amparo sets a person's server password with this, so the password
// itself never travels in a statement, nor lands in the server's log.
class ScramVerifier
{
public:
    static constexpr int Iterations = 4096; // PostgreSQL's own default
    static constexpr int SaltBytes = 16;

    // "SCRAM-SHA-256$4096:salt$StoredKey:ServerKey", with a new random salt.
    static QString make(const QString& password);
    // The same with a given salt: for known-answer tests.
    static QString make(const QString& password, const QByteArray& salt, int iterations);
    // The password as the client's library sends it (SASLprep, RFC 4013, for what a keyboard
    // types: compatibility composition, other spaces as a space, invisible characters removed).
    static QByteArray prepared(const QString& password);
    // Whether `text` has the shape make() writes, and so nothing that could end the quoted
    // literal a verifier is sent in (ALTER ROLE takes no parameters).
    static bool isWellFormed(const QString& text);
};

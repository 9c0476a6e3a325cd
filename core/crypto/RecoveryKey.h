#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretKey.h"

#include <QCoreApplication>
#include <QString>

// The key that opens an encrypted database when every passphrase is lost: 256 random bits
// written for people as 14 groups of 4 letters and digits (Crockford's base 32, which has
// no I, L, O or U to misread), the last few characters a checksum, so that a mistyped key
// is told apart from a key of another database.
class RecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)

public:
    static constexpr int Groups = 14;
    static constexpr int GroupLength = 4;

    static RecoveryKey generate();
    // Reads what a person typed: case, spaces and dashes do not matter, and O, I and L are
    // read as 0, 1 and 1.
    static Result<RecoveryKey> parse(const QString& text);

    // "ABCD-EFGH-…", 14 groups.
    QString text() const;
    const SecretKey& key() const { return m_key; }
    // Writes the text to a file readable by its owner only (to be printed and deleted).
    Status save(const QString& path) const;
    bool isNull() const { return m_key.isNull(); }

private:
    SecretKey m_key;
};

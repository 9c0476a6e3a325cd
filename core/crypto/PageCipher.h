#pragma once

#include "core/crypto/SecretKey.h"

#include <QByteArray>

#include <cstdint>

// The format of one encrypted database page (version 1). SQLite leaves the last
// `ReserveBytes` of every page unused; they hold a fresh random nonce and the tag:
//   [ciphertext PageSize - 40 | nonce 24 | tag 16]
// sealed with XChaCha20-Poly1305 under a key derived from the database's master key. The
// associated data is the database's id and the page's number, so a page moved to another
// place, or taken from another database, is refused.
class PageCipher
{
public:
    static constexpr int PageSize = 4096;
    static constexpr int ReserveBytes = 40;
    static constexpr int NonceBytes = 24;
    static constexpr int TagBytes = 16;
    static constexpr int DatabaseIdBytes = 16;
    static constexpr int PayloadBytes = PageSize - ReserveBytes;

    // The page key and the key-file MAC key, derived from the master key: never the master
    // itself, so that one cannot be turned against the other.
    static SecretKey pageKey(const SecretKey& master);
    static SecretKey keyFileMacKey(const SecretKey& master);

    // Encrypts the page in place, filling its reserve. The reserve must be zero on entry
    // (SQLite leaves it so when it was created with the reserve); false if it is not, or the
    // database id is not `DatabaseIdBytes` long.
    static bool seal(const SecretKey& pageKey, const QByteArray& databaseId, std::uint32_t page,
                     unsigned char* data);
    // Decrypts in place and zeroes the reserve; false, with the page zeroed, when anything in
    // it was changed, it belongs elsewhere or the key is not its key.
    static bool open(const SecretKey& pageKey, const QByteArray& databaseId, std::uint32_t page,
                     unsigned char* data);

    // The cipher against the published vector (draft-irtf-cfrg-xchacha-03, A.3.1).
    static bool knownAnswerTest();
};

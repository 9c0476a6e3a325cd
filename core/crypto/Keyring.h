#pragma once

#include "core/crypto/DecryptedPageCache.h"
#include "core/crypto/SecretKey.h"

#include <QByteArray>

#include <memory>

// The keys of the encrypted databases that are unlocked in this process, by database id.
// Signing in puts a database's key here; locking the window or signing out takes it away,
// and every read or write of that database's pages fails until it is put back. Shared by
// every connection and thread of the process.
class Keyring
{
public:
    struct Entry
    {
        QByteArray databaseId;
        SecretKey master;
        SecretKey pageKey;
        // Goes, wiped, with the key.
        std::shared_ptr<DecryptedPageCache> pages;
    };

    static void put(const QByteArray& databaseId, const SecretKey& master);
    // Null when the database is locked.
    static std::shared_ptr<const Entry> find(const QByteArray& databaseId);
    static bool isUnlocked(const QByteArray& databaseId);
    // The key is wiped once no page operation still uses it.
    static void forget(const QByteArray& databaseId);
    static void forgetAll();
};

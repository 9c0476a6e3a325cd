#pragma once

#include "core/crypto/PageCipher.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <unordered_map>

// Pages of one encrypted database that a connection of this process has decrypted, each with
// the exact sealed bytes it came from. A new connection starts with an empty page cache of its
// own (and the matching pass's second thread finds its own emptied by every write), so it
// would decrypt again what another connection read a moment ago; a plaintext file gets those
// pages from the system's cache instead. Here a page whose bytes on disk are still, bit for
// bit, those it was decrypted from is copied instead of decrypted: any difference (a new nonce
// after every write, a changed bit, a page moved or swapped) misses and is decrypted and
// checked as always. Shared by the threads of the process; wiped with the database's key,
// whose Keyring entry owns it.
class DecryptedPageCache
{
public:
    // 2,048 pages (8 MiB of plaintext, 16 MiB with the sealed bytes) at most, taken as used:
    // opening a million persons' database and showing the case list reads about 1,600.
    static constexpr int Capacity = 2048;

    DecryptedPageCache() = default;
    ~DecryptedPageCache();
    DecryptedPageCache(const DecryptedPageCache&) = delete;
    DecryptedPageCache& operator=(const DecryptedPageCache&) = delete;

    // `location` names where the page lies (in the database file or its write-ahead log) and
    // `page` is its page number. If `data` holds exactly the sealed bytes kept for them, it
    // receives the plaintext (its reserve zeroed, as PageCipher::open leaves it).
    bool restore(std::uint64_t location, std::uint32_t page, unsigned char* data);
    // Keeps a page that was just opened from `sealed`. (Pages just written are not kept:
    // measured, keeping them made no difference to a million rows' import.)
    void keep(std::uint64_t location, std::uint32_t page, const unsigned char* sealed,
              const unsigned char* plain);

private:
    struct Slot
    {
        std::uint64_t location;
        std::uint32_t page;
        int newer;
        int older;
        unsigned char sealed[PageCipher::PageSize];
        unsigned char plain[PageCipher::PayloadBytes];
    };
    void unlink(int index);
    void makeNewest(int index);

    std::mutex m_mutex;
    std::deque<Slot> m_slots;
    std::unordered_map<std::uint64_t, int> m_byLocation;
    int m_newest = -1;
    int m_oldest = -1;
};

#include "core/crypto/DecryptedPageCache.h"

#include <sodium.h>

#include <cstring>

DecryptedPageCache::~DecryptedPageCache()
{
    for (Slot& slot : m_slots)
        sodium_memzero(slot.plain, sizeof slot.plain);
}

bool DecryptedPageCache::restore(std::uint64_t location, std::uint32_t page, unsigned char* data)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_byLocation.find(location);
    if (found == m_byLocation.end())
        return false;
    Slot& slot = m_slots[size_t(found->second)];
    if (slot.page != page || std::memcmp(slot.sealed, data, sizeof slot.sealed) != 0)
        return false;
    std::memcpy(data, slot.plain, sizeof slot.plain);
    std::memset(data + PageCipher::PayloadBytes, 0, PageCipher::ReserveBytes);
    makeNewest(found->second);
    return true;
}

void DecryptedPageCache::keep(std::uint64_t location, std::uint32_t page,
                              const unsigned char* sealed, const unsigned char* plain)
{
    std::lock_guard lock(m_mutex);
    int index = -1;
    if (const auto found = m_byLocation.find(location); found != m_byLocation.end()) {
        index = found->second;
    } else if (int(m_slots.size()) < Capacity) {
        index = int(m_slots.size());
        m_slots.emplace_back();
        m_slots.back().newer = m_slots.back().older = -1;
        m_byLocation.emplace(location, index);
    } else {
        index = m_oldest;
        m_byLocation.erase(m_slots[size_t(index)].location);
        m_byLocation.emplace(location, index);
    }
    Slot& slot = m_slots[size_t(index)];
    slot.location = location;
    slot.page = page;
    std::memcpy(slot.sealed, sealed, sizeof slot.sealed);
    std::memcpy(slot.plain, plain, sizeof slot.plain);
    makeNewest(index);
}

void DecryptedPageCache::unlink(int index)
{
    Slot& slot = m_slots[size_t(index)];
    if (slot.newer >= 0)
        m_slots[size_t(slot.newer)].older = slot.older;
    else if (m_newest == index)
        m_newest = slot.older;
    if (slot.older >= 0)
        m_slots[size_t(slot.older)].newer = slot.newer;
    else if (m_oldest == index)
        m_oldest = slot.newer;
    slot.newer = slot.older = -1;
}

void DecryptedPageCache::makeNewest(int index)
{
    if (m_newest == index)
        return;
    unlink(index);
    Slot& slot = m_slots[size_t(index)];
    slot.older = m_newest;
    if (m_newest >= 0)
        m_slots[size_t(m_newest)].newer = index;
    m_newest = index;
    if (m_oldest < 0)
        m_oldest = index;
}

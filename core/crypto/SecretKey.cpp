#include "core/crypto/SecretKey.h"

#include <sodium.h>

#include <cstring>
#include <utility>

SecretKey::~SecretKey()
{
    release();
}

SecretKey::SecretKey(SecretKey&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
{
}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
    }
    return *this;
}

unsigned char* SecretKey::allocate()
{
    // sodium_malloc needs the library started; starting it again is harmless.
    if (sodium_init() < 0)
        return nullptr;
    auto* data = static_cast<unsigned char*>(sodium_malloc(Size));
    if (data)
        sodium_memzero(data, Size);
    return data;
}

void SecretKey::release()
{
    // sodium_free wipes the bytes before giving the pages back.
    if (m_data)
        sodium_free(m_data);
    m_data = nullptr;
}

SecretKey SecretKey::random()
{
    SecretKey key;
    key.m_data = allocate();
    if (key.m_data)
        randombytes_buf(key.m_data, Size);
    return key;
}

SecretKey SecretKey::fromBytes(const unsigned char* bytes)
{
    SecretKey key;
    key.m_data = allocate();
    if (key.m_data)
        std::memcpy(key.m_data, bytes, Size);
    return key;
}

SecretKey SecretKey::copy() const
{
    return m_data ? fromBytes(m_data) : SecretKey();
}

bool SecretKey::operator==(const SecretKey& other) const
{
    if (!m_data || !other.m_data)
        return m_data == other.m_data;
    return sodium_memcmp(m_data, other.m_data, Size) == 0;
}

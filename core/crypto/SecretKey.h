#pragma once

#include <cstddef>

// 32 bytes of key in memory that libsodium guards: locked out of swap, fenced by guard pages,
// and wiped when released. Move-only, so that a key is never copied by accident.
class SecretKey
{
public:
    static constexpr std::size_t Size = 32;

    SecretKey() = default;
    ~SecretKey();
    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    // A fresh key from the system's random source.
    static SecretKey random();
    // A key holding these `Size` bytes (which the caller then wipes).
    static SecretKey fromBytes(const unsigned char* bytes);
    // An explicit copy, for a second owner.
    SecretKey copy() const;

    bool isNull() const { return m_data == nullptr; }
    const unsigned char* data() const { return m_data; }
    unsigned char* data() { return m_data; }
    bool operator==(const SecretKey& other) const;

private:
    // Zeroed, guarded memory; null when libsodium could not allocate it.
    static unsigned char* allocate();
    void release();

    unsigned char* m_data = nullptr;
};

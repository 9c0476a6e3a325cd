#include "core/crypto/PageCipher.h"

#include <sodium.h>

#include <cstring>

namespace {
constexpr char KdfContext[crypto_kdf_CONTEXTBYTES] = {'A', 'm', 'p', 'a', 'r', 'o', 'D', 'B'};
constexpr std::uint64_t PageKeyId = 1;
constexpr std::uint64_t KeyFileMacId = 2;

static_assert(PageCipher::NonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(PageCipher::TagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(PageCipher::NonceBytes + PageCipher::TagBytes == PageCipher::ReserveBytes);

SecretKey derive(const SecretKey& master, std::uint64_t id)
{
    if (master.isNull())
        return {};
    unsigned char bytes[SecretKey::Size];
    crypto_kdf_derive_from_key(bytes, sizeof bytes, id, KdfContext, master.data());
    SecretKey key = SecretKey::fromBytes(bytes);
    sodium_memzero(bytes, sizeof bytes);
    return key;
}

void associatedData(const QByteArray& databaseId, std::uint32_t page, unsigned char* out)
{
    std::memcpy(out, databaseId.constData(), PageCipher::DatabaseIdBytes);
    out[16] = static_cast<unsigned char>(page >> 24);
    out[17] = static_cast<unsigned char>(page >> 16);
    out[18] = static_cast<unsigned char>(page >> 8);
    out[19] = static_cast<unsigned char>(page);
}
} // namespace

SecretKey PageCipher::pageKey(const SecretKey& master)
{
    return derive(master, PageKeyId);
}

SecretKey PageCipher::keyFileMacKey(const SecretKey& master)
{
    return derive(master, KeyFileMacId);
}

bool PageCipher::seal(const SecretKey& pageKey, const QByteArray& databaseId, std::uint32_t page,
                      unsigned char* data)
{
    if (pageKey.isNull() || databaseId.size() != DatabaseIdBytes)
        return false;
    unsigned char* reserve = data + PayloadBytes;
    static const unsigned char zeros[ReserveBytes] = {};
    if (std::memcmp(reserve, zeros, ReserveBytes) != 0)
        return false;
    unsigned char ad[DatabaseIdBytes + 4];
    associatedData(databaseId, page, ad);
    unsigned char* nonce = reserve;
    unsigned char* tag = reserve + NonceBytes;
    randombytes_buf(nonce, NonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(data, tag, nullptr, data, PayloadBytes,
                                                        ad, sizeof ad, nullptr, nonce,
                                                        pageKey.data());
    return true;
}

bool PageCipher::open(const SecretKey& pageKey, const QByteArray& databaseId, std::uint32_t page,
                      unsigned char* data)
{
    if (pageKey.isNull() || databaseId.size() != DatabaseIdBytes)
        return false;
    unsigned char* reserve = data + PayloadBytes;
    unsigned char ad[DatabaseIdBytes + 4];
    associatedData(databaseId, page, ad);
    // libsodium checks the tag before it decrypts, and zeroes the page it refuses.
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(data, nullptr, data, PayloadBytes,
                                                            reserve + NonceBytes, ad, sizeof ad,
                                                            reserve, pageKey.data()) != 0)
        return false;
    std::memset(reserve, 0, ReserveBytes);
    return true;
}

bool PageCipher::knownAnswerTest()
{
    const QByteArray key = QByteArray::fromHex(
        "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const QByteArray nonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
    const QByteArray ad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
    const QByteArray plain("Ladies and Gentlemen of the class of '99: If I could offer you only "
                           "one tip for the future, sunscreen would be it.");
    const QByteArray expected = QByteArray::fromHex(
        "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
        "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
        "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
        "21f9664c97637da9768812f615c68b13b52e"
        "c0875924c1c7987947deafd8780acf49");
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* n = reinterpret_cast<const unsigned char*>(nonce.constData());
    const auto* a = reinterpret_cast<const unsigned char*>(ad.constData());
    QByteArray sealed(plain.size() + TagBytes, '\0');
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.data()), &sealedLength,
        reinterpret_cast<const unsigned char*>(plain.constData()), quint64(plain.size()), a,
        quint64(ad.size()), nullptr, n, k);
    if (sealed != expected)
        return false;
    QByteArray opened(plain.size(), '\0');
    unsigned long long openedLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(opened.data()), &openedLength, nullptr,
            reinterpret_cast<const unsigned char*>(sealed.constData()), quint64(sealed.size()), a,
            quint64(ad.size()), n, k) != 0 ||
        opened != plain)
        return false;
    // A changed byte must be refused.
    sealed[0] = char(sealed[0] ^ 1);
    return crypto_aead_xchacha20poly1305_ietf_decrypt(
               reinterpret_cast<unsigned char*>(opened.data()), &openedLength, nullptr,
               reinterpret_cast<const unsigned char*>(sealed.constData()), quint64(sealed.size()),
               a, quint64(ad.size()), n, k) != 0;
}

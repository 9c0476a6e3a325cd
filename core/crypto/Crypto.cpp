#include "core/crypto/Crypto.h"
#include "core/crypto/PageCipher.h"

#include <QByteArray>

#include <sodium.h>

namespace {
bool fast = false;

// Independent known answers: BLAKE2b-512("abc") from RFC 7693, and an Argon2id hash made by
// the reference implementation (Debian's argon2 tool: t=2, m=4096 KiB, p=1).
constexpr const char* blake2bAbc =
    "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
    "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923";
constexpr const char* argon2idHash = "$argon2id$v=19$m=4096,t=2,p=1$YW1wYXJvLXNlbGZ0ZXN0IQ$"
                                     "rrKxwytbWSYAvpt1lAIb8gPANzYa7LVzXN9noxV/ZZg";
constexpr const char* argon2idPassphrase = "correct horse battery staple";

bool selfTest()
{
    unsigned char digest[64];
    const unsigned char abc[] = {'a', 'b', 'c'};
    crypto_generichash(digest, sizeof digest, abc, sizeof abc, nullptr, 0);
    if (QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex() != blake2bAbc)
        return false;
    if (crypto_pwhash_str_verify(argon2idHash, argon2idPassphrase, strlen(argon2idPassphrase)) != 0)
        return false;
    if (crypto_pwhash_str_verify(argon2idHash, "wrong", 5) == 0)
        return false;
    return PageCipher::knownAnswerTest();
}
} // namespace

Status Crypto::init()
{
    static int state = 0; // 0 not tried, 1 ok, -1 failed
    if (state == 0) {
        state = sodium_init() >= 0 && selfTest() ? 1 : -1;
    }
    if (state < 0)
        return Error(Error::Code::Refused,
                     tr("Amparo's encryption library failed its self-test, so Amparo will not "
                        "run: your data could not be protected. Reinstall Amparo."));
    return {};
}

void Crypto::useFastParametersForTests()
{
    fast = true;
}

bool Crypto::fastParameters()
{
    return fast;
}

#include "core/crypto/Crypto.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/RecoveryKey.h"
#include "tests/fuzz/FuzzSupport.h"

// Key files as opening an encrypted database reads them: header, slots, limits, MAC. Slots are
// opened with a recovery key (no Argon2id, which a file may ask to make slow on purpose: its
// limits are what parse() checks) and the MAC checked with a wrong master key.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    static const bool ready = Crypto::init().ok();
    if (!ready)
        return 0;
    static const RecoveryKey recovery = RecoveryKey::generate();
    static const SecretKey master = SecretKey::random();
    Result<KeyFile> keys =
        KeyFile::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!keys)
        return 0;
    (void)keys->users();
    (void)keys->unlock(recovery);
    (void)keys->verify(master);
    // What parse() accepts, serialize() writes back the same.
    (void)KeyFile::parse(keys->serialize(master));
    return 0;
}

#include "core/crypto/BackupCipher.h"
#include "core/crypto/Crypto.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QBuffer>

// Backup files as a restore reads them: header, key derivation limits, sealed records.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    static const bool ready = Crypto::init().ok();
    if (!ready)
        return 0;
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    (void)BackupCipher::decrypt(in, plain, QStringLiteral("a long fuzzing passphrase"));
    return 0;
}

#include "core/crypto/Crypto.h"
#include "core/crypto/PackageEnvelope.h"
#include "core/crypto/SiteCard.h"
#include "core/crypto/SiteKeys.h"
#include "tests/fuzz/FuzzSupport.h"

namespace {
// The keys the seeds were made with (tst_packages' golden package and card), so that inputs
// near them reach the decryption and the signature check, not only the header.
SiteKeys fixedKeys(char fill)
{
    const QByteArray bytes(SecretKey::Size, fill);
    return SiteKeys::fromSecret(
        SecretKey::fromBytes(reinterpret_cast<const unsigned char*>(bytes.constData())));
}
} // namespace

// What a site reads from outside for packages: a site card (registering a post or the office)
// and a package (receiving one).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    static const bool ready = Crypto::init().ok();
    if (!ready)
        return 0;
    static const SiteKeys post = fixedKeys('p');
    static const SiteKeys office = fixedKeys('o');
    static const SiteCard postCard{QStringLiteral("CUC"), post.signPublic(), post.boxPublic()};
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (Result<SiteCard> card = SiteCard::parse(input)) {
        // What parse() accepts, toFile() writes back the same.
        if (card->toFile() != input)
            __builtin_trap();
        (void)card->fingerprint();
    }
    (void)PackageEnvelope::open(input, office, QStringLiteral("OFICINA"),
                                [](const QString& code) -> std::optional<SiteCard> {
                                    if (code == postCard.code)
                                        return postCard;
                                    return std::nullopt;
                                });
    return 0;
}

#include "core/referrals/ReferralPackageContents.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstdlib>

// A referral package's contents, as a partner's Amparo reads them once the envelope has
// checked who sent them. Whatever is read must write back to what reads the same again.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<ReferralPackageContents> read = ReferralPackageContents::parse(input);
    if (!read)
        return 0;
    const QByteArray written = read->toJson();
    Result<ReferralPackageContents> again = ReferralPackageContents::parse(written);
    if (!again || again->toJson() != written)
        std::abort();
    return 0;
}

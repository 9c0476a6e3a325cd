#include "core/statistics/CountsPackage.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstdlib>

// A counts package's contents, as a network coordinator's Amparo reads them once the envelope
// has checked which organisation sent them. Whatever is read must write back to what reads
// the same again, and hold nothing but codes and whole numbers above zero.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<CountsPackage> read = CountsPackage::fromJson(input);
    if (!read)
        return 0;
    for (const CountsPackage::Table& t : read->tables) {
        for (const auto& [key, count] : t.counts) {
            if (count < 1 || count > CountsPackage::MaxCount || key.size() != t.dimensions.size())
                std::abort();
        }
    }
    const QByteArray written = read->toJson();
    Result<CountsPackage> again = CountsPackage::fromJson(written);
    if (!again || !(*again == *read) || again->toJson() != written)
        std::abort();
    return 0;
}

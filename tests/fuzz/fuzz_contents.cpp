#include "core/crypto/Crypto.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/PackageApplier.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QTemporaryDir>

// A package's contents, as the office applies them once the envelope has checked who sent
// them: the JSON (compressed as PackageWriter does, and as given), applied to a database in a
// transaction that is then rolled back.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    static const bool ready = Crypto::init().ok();
    static const FuzzSupport::FixedClock clock;
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        Result<std::unique_ptr<Database>> opened =
            Database::open(dir.filePath(QStringLiteral("office.sqlite")), clock);
        return opened ? std::move(opened).value() : nullptr;
    }();
    if (!ready || !db)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QByteArray& contents : {qCompress(input), input}) {
        Transaction transaction(*db);
        if (!transaction.begin())
            return 0;
        (void)PackageApplier(*db, clock).apply(contents, QStringLiteral("CUC"));
    }
    return 0;
}

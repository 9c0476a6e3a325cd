#include "core/crypto/Keyring.h"

#include "core/crypto/PageCipher.h"

#include <QHash>
#include <QMutex>

namespace {
QMutex mutex;
QHash<QByteArray, std::shared_ptr<const Keyring::Entry>>& entries()
{
    static QHash<QByteArray, std::shared_ptr<const Keyring::Entry>> all;
    return all;
}
} // namespace

void Keyring::put(const QByteArray& databaseId, const SecretKey& master)
{
    auto entry = std::make_shared<Entry>();
    entry->databaseId = databaseId;
    entry->master = master.copy();
    entry->pageKey = PageCipher::pageKey(master);
    entry->pages = std::make_shared<DecryptedPageCache>();
    QMutexLocker lock(&mutex);
    entries().insert(databaseId, std::move(entry));
}

std::shared_ptr<const Keyring::Entry> Keyring::find(const QByteArray& databaseId)
{
    QMutexLocker lock(&mutex);
    return entries().value(databaseId);
}

bool Keyring::isUnlocked(const QByteArray& databaseId)
{
    return find(databaseId) != nullptr;
}

void Keyring::forget(const QByteArray& databaseId)
{
    QMutexLocker lock(&mutex);
    entries().remove(databaseId);
}

void Keyring::forgetAll()
{
    QMutexLocker lock(&mutex);
    entries().clear();
}

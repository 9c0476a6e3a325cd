#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// The moment a plaintext database file becomes encrypted: its verified encrypted copy
// ("NAME.encrypting", with "NAME.encrypting.keys") takes its place, and the plaintext is
// overwritten and removed, with the copies kept before migrations. Each step is one rename or
// one removal, in an order where an interruption at any moment leaves one database that
// opens: finishInterrupted(), which every opening runs first, completes a switch that had
// put the key file in place and drops one that had not.
class EncryptionSwitch
{
    Q_DECLARE_TR_FUNCTIONS(EncryptionSwitch)

public:
    enum class Step
    {
        KeysInPlace,      // NAME.encrypting.keys became NAME.keys
        PlaintextAside,   // NAME became NAME.plaintext
        EncryptedInPlace, // NAME.encrypting became NAME
        PlaintextWiped,   // NAME.plaintext and the migration copies overwritten and removed
    };

    static QString encryptingPath(const QString& path);
    static QString plaintextPath(const QString& path);

    // With every connection to `path` closed. `goOnAfter`, if given, is asked after each step;
    // false stops there as a crash would (the tests), returning Cancelled.
    static Status run(const QString& path, const std::function<bool(Step)>& goOnAfter = {});
    static Status finishInterrupted(const QString& path);
    // Overwrites a file with zeros, then removes it (a plaintext left behind, a copy holding
    // someone erased).
    static Status wipe(const QString& file);
};

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

// Starts libsodium and checks it against known answers before anything is encrypted or any
// passphrase is hashed. Amparo refuses to run when this fails. All crypto goes through
// this folder; the rest of the code never calls libsodium directly.
class Crypto
{
    Q_DECLARE_TR_FUNCTIONS(Crypto)

public:
    static Status init();
    // Tests only: the cheapest Argon2id parameters, so that suites stay fast. Never in the
    // product.
    static void useFastParametersForTests();
    static bool fastParameters();
};

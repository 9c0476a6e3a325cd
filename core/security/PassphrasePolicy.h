#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QList>

// The minimum strength of a passphrase: long enough, not one repeated character, not the
// user name, not one of the passphrases every attacker tries first.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)

public:
    static constexpr int MinimumLength = 10;
    static constexpr int MaximumLength = 1024;

    // Errors on the field "passphrase"; empty when the passphrase is strong enough.
    static QList<FieldError> check(const QString& passphrase, const QString& username = {});
};

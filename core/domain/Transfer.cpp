#include "core/domain/Transfer.h"

const EnumTable<TransferKind>& transferKindCodes()
{
    static const EnumTable<TransferKind> table(
        "TransferKind", {
                            {TransferKind::ReferralForm, "referral_form",
                             QT_TRANSLATE_NOOP("TransferKind", "Referral form")},
                            {TransferKind::ReferralPackage, "referral_package",
                             QT_TRANSLATE_NOOP("TransferKind", "Referral package")},
                            {TransferKind::SyncPackage, "sync_package",
                             QT_TRANSLATE_NOOP("TransferKind", "Package to another site")},
                        });
    return table;
}

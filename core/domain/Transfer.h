#pragma once

#include "core/common/EnumTable.h"

#include <QDateTime>
#include <QString>

// What carried personal data out of this database.
enum class TransferKind
{
    ReferralForm,    // a referral form written for a partner
    ReferralPackage, // an encrypted referral package for a partner that uses Amparo
    SyncPackage      // a package to another site of the organisation
};

const EnumTable<TransferKind>& transferKindCodes();

// One transfer of personal data: when, who, to whom, under which data-sharing agreement, for
// which case and how many persons, and which pieces of information.
struct Transfer
{
    qint64 id = 0;
    QDateTime at;
    QString by;
    TransferKind kind = TransferKind::ReferralForm;
    QString recipient;
    QString agreement;  // empty: none recorded
    QString caseNumber; // as it was when the data left
    int persons = 0;
    QString contents; // shared item codes, or what a package held

    bool operator==(const Transfer&) const = default;
};

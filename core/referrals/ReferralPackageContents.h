#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Referral.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

// What an encrypted referral package carries to an organisation that uses Amparo: the
// referral (priority, services, reasons, who made it and when, the referring case's code),
// what consent came with it, and of each person referred only the pieces of information the
// referral lists. Written as JSON inside the sealed envelope; read back strictly — anything
// malformed, unknown or too large is refused whole.
class ReferralPackageContents
{
    Q_DECLARE_TR_FUNCTIONS(ReferralPackageContents)

public:
    static constexpr int Format = 1;
    static constexpr int MaxPersons = 50;
    static constexpr qsizetype MaxSize = 1024 * 1024;

    struct ReferredPerson
    {
        Person person; // only the shared fields filled in
        QStringList specificNeeds;
    };

    QString caseCode;
    ReferralPriority priority = ReferralPriority::Normal;
    QStringList services;
    QString reasons;
    QDate madeOn;
    QString madeBy;
    QStringList shared;
    bool consented = false; // to referral; otherwise made on legal staff's override
    QDate consentGivenOn;
    int householdSize = 0; // 0 when not shared
    QList<ReferredPerson> persons;

    // The contents for `referral` of persons of `record`, holding only what it lists.
    static ReferralPackageContents of(const CaseRecord& record, const Referral& referral,
                                      const QHash<qint64, QStringList>& specificNeeds);
    QByteArray toJson() const;
    static Result<ReferralPackageContents> parse(const QByteArray& json);
};

#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/Referral.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

// The referral form sent to a partner, after the inter-agency referral form: priority, who
// refers and to whom, the services requested and the reasons, and about each person referred
// only the pieces of information the referral lists (without the name, the case number alone),
// then what the person consented to. Nothing else of the case is in it: no notes, no risk
// screening, no other member. Written in the current language (see LanguageScope): the
// receiving organisation's.
class ReferralForm
{
    Q_DECLARE_TR_FUNCTIONS(ReferralForm)

public:
    // `referredBy`: who refers (the organisation or site, and the person); `specificNeeds`:
    // the active specific-needs codes of each person referred.
    ReferralForm(const CaseRecord& record, const Referral& referral, const QString& referredBy,
                 const QHash<qint64, QStringList>& specificNeeds, QDate today);

    QString title() const;
    QString html() const;

private:
    QString personRows(const Person& person) const;

    CaseRecord m_record;
    Referral m_referral;
    QString m_referredBy;
    QHash<qint64, QStringList> m_needs;
    QDate m_today;
};

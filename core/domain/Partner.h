#pragma once

#include <QString>
#include <QStringList>

// An organisation cases are referred to or come from.
struct Partner
{
    qint64 id = 0;
    QString name;
    QStringList services; // ReferralServiceType codes
    QString areas;        // sites or areas served, as the organisation says them
    QString contact;
    QString agreement; // the data-sharing agreement its referrals rely on; empty: none recorded
    QString language = QStringLiteral("es"); // of the referral forms it receives
    QString
        siteCard; // its Amparo site card, when it uses Amparo: referral packages are sealed for it
    bool active = true;

    bool usesAmparo() const { return !siteCard.isEmpty(); }
    bool operator==(const Partner&) const = default;
};

#pragma once

#include "core/common/Result.h"
#include "core/domain/Partner.h"

#include <QByteArray>
#include <QCoreApplication>

class Clock;
class Database;

// The envelope of what one organisation sends another that also uses Amparo — a referral,
// the counts a network's coordinator adds up: sealed with this database's site keys for the
// partner's site card (PackageEnvelope), opened only when it was sealed for this database
// by a partner in the directory. Nothing is checked here about who may: the services that
// call it do.
class PartnerPackages
{
    Q_DECLARE_TR_FUNCTIONS(PartnerPackages)

public:
    struct Opened
    {
        Partner from;
        QByteArray contents;
    };

    static Result<QByteArray> seal(const Database& db, const Partner& partner, quint64 number,
                                   const QByteArray& contents);
    static Result<Opened> open(const Database& db, const Clock& clock, const QByteArray& package);
    // The whole file, refused when larger than `maxSize` (what no such package reaches).
    static Result<QByteArray> readFile(const QString& path, qint64 maxSize);
};

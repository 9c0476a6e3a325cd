#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

class Clock;
class Database;

// Applies a package's contents (PackageWriter's) from the site `senderCode`, inside the
// caller's transaction: each record added or brought to the state it has at the sender (its
// parts replaced whole), references resolved to local ids, removed records removed; sites and
// users matched to this database's own by code and user name. Anything it cannot place — a
// kind or column it does not know, a reference to a record it does not have — refuses the
// whole package with a sentence (the caller rolls back); so does a record changed here since
// it last arrived, which would otherwise be overwritten unseen. A record made here for the
// sender (a match proposal for its tracing request) is the sender's: its version is applied.
class PackageApplier
{
    Q_DECLARE_TR_FUNCTIONS(PackageApplier)

public:
    // Larger contents are refused before they are unpacked (about 300,000 persons).
    static constexpr qsizetype MaxUnpacked = qsizetype(256) << 20;

    struct Summary
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
        QHash<QString, int> byKind; // added or changed, per kind
        // The receiver's last package the sender had applied (0: not said).
        quint64 confirms = 0;
        // Local ids of the tracing requests whose match proposals arrived or went: their
        // status follows (MatchProposer::settleStatus).
        QSet<qint64> answeredRequests;
    };

    PackageApplier(const Database& db, const Clock& clock);

    Result<Summary> apply(const QByteArray& contents, const QString& senderCode);

private:
    Result<QSet<QString>> columnsOf(const QString& table);
    Result<qint64> localId(const QString& kind, const QByteArray& uid);
    Result<bool> changedSinceArrival(const QString& kind, const QByteArray& uid, qint64 id,
                                     const QString& senderCode);
    struct Arrival
    {
        QString kind;
        QByteArray uid;
        bool isNew = true; // no earlier arrival of it
    };
    Status noteArrivals(const QList<Arrival>& arrivals);
    Status prefetch(const QString& kind, const QList<QByteArray>& uids);

    const Database& m_db;
    const Clock& m_clock;
    QHash<QString, QSet<QString>> m_columns;
    QHash<QString, QHash<QByteArray, qint64>> m_ids;
    QHash<QString, QSet<QByteArray>> m_known; // asked already: in m_ids, or not here
};

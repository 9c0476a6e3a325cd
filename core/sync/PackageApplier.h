#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class Clock;
class Database;
struct RecordKind;

// Applies a package's contents (PackageWriter's) from the site `senderCode`, inside the
// caller's transaction: each record added or brought to the state it has at the sender (its
// parts replaced whole), references resolved to local ids, removed records removed; sites and
// users matched to this database's own by code and user name. Anything it cannot place — a
// kind or column it does not know, a reference to a record it does not have — refuses the
// whole package with a sentence (the caller rolls back). A record changed here since it last
// arrived (or made here) is never overwritten unseen: the sender's version waits in the review
// list (sync_reviews) for a person to choose, and the rest of the package applies. A record
// made here for the sender (a match proposal for its tracing request) is the sender's: its
// version is applied.
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
        int waiting = 0;            // records that wait in the review list
        QHash<QString, int> byKind; // added or changed, per kind
        // The receiver's last package the sender had applied (0: not said).
        quint64 confirms = 0;
        // Local ids of the tracing requests whose match proposals arrived or went: their
        // status follows (MatchProposer::settleStatus).
        QSet<qint64> answeredRequests;
        // The sender's audit entries it carried (SiteAuditTrail checks and keeps them).
        QList<AuditEntry> audit;
    };

    PackageApplier(const Database& db, const Clock& clock);

    // `senderRelays`: the sender is this database's office, which passes on records other
    // sites keep (the persons its matches propose). From anyone else, a record a third site
    // keeps is not theirs to change: it waits in the review list.
    Result<Summary> apply(const QByteArray& contents, const QString& senderCode,
                          bool senderRelays = false);
    // A person chose the sender's version of a record in the review list: `theirs` as the
    // package held it (empty: the sender removed it), applied over the one here.
    Status applyDecided(const QString& kind, const QByteArray& uid, const QString& senderCode,
                        const QJsonObject& theirs);

private:
    Error unreadable() const;
    Result<QSet<QString>> columnsOf(const QString& table);
    Result<qint64> localId(const QString& kind, const QByteArray& uid);
    Result<bool> changedSinceArrival(const QString& kind, const QByteArray& uid, qint64 id);
    // Whether a record of this database, not a part of the record itself, still refers to it:
    // after the sender's own records have moved (a merge there), only this site's are left.
    Result<bool> referredToHere(const RecordKind& kind, qint64 id);
    // A row's values for `table`, references turned into local ids.
    Status localValues(const QString& table, const QJsonObject& values,
                       const QHash<QString, QString>& references, QStringList& columns,
                       QVariantList& params);
    Status applyRecord(const RecordKind& kind, const QJsonObject& record, bool decided);
    Status removeRecord(const RecordKind& kind, const QByteArray& uid, bool decided);
    Status waitForReview(const QString& kind, const QByteArray& uid, qint64 id,
                         const QJsonObject& theirs);
    Result<bool> keptHereSinceHandedOver(const QString& kind, qint64 id);
    Status noteArrivals();
    Status finish();
    Status prefetch(const QString& kind, const QList<QByteArray>& uids);

    const Database& m_db;
    const Clock& m_clock;
    QHash<QString, QSet<QString>> m_columns;
    QHash<QString, QList<std::pair<QString, QString>>> m_referrers; // kind -> (table, column)
    QHash<QString, QHash<QByteArray, qint64>> m_ids;
    QHash<QString, QSet<QByteArray>> m_known; // asked already: in m_ids, or not here
    QString m_sender;
    bool m_senderRelays = false;
    Summary m_summary;
    struct Arrival
    {
        QString kind;
        QByteArray uid;
        bool isNew = true; // added by this package: it has no arrival yet
    };
    QList<Arrival> m_arrivals; // records applied, to note as arrived
    QList<qint64> m_indexed;   // persons to index again
    QSet<qint64> m_newPersons;
    struct HandedOver
    {
        QSet<qint64> cases; // handed to this database by their site
        QSet<qint64> persons;
        QSet<qint64> procedures;
        QSet<qint64> screenings;
    };
    std::optional<HandedOver> m_handedOver;
};

#pragma once

#include "core/audit/AuditEntry.h"
#include "core/domain/DataRequest.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The audit entries that erasures emptied, as each erasure's own entry records them.
//
// An erasure replaces the details of every entry about the erased person with a marker (and
// a label that names them with nothing), so the trail no longer holds their values; the
// entry's other columns and its hash stay, so the chain still links. The erasure's entry,
// written after them in the same transaction, lists each emptied entry by trail and id with
// the digest of everything that stays of it. The verifier checks an emptied entry against
// that digest instead of its hash: emptying an entry without an erasure that says so, or
// changing anything of an emptied entry afterwards, still shows.
class ErasedEntries
{
public:
    static constexpr const char* EraseAction = "person.erase";
    // A case anonymized past its retention period empties entries the same way.
    static constexpr const char* AnonymizeAction = "case.anonymize";
    static constexpr const char* VoucherField = "emptied";
    static constexpr const char* PersonField = "person"; // the erased person's uid, in hex
    static constexpr const char* GroundField = "ground";

    // What an emptied entry's details hold (the erasure's own entry says when and why).
    static QString marker();
    static bool isEmptied(const AuditEntry& entry);
    // The digest of an entry's columns as they stay, its hash included.
    static QString digestOf(const AuditEntry& entry);
    // The line of the erasure's entry that vouches for an entry it emptied in `trail` (empty:
    // the trail the erasure's entry is in).
    static AuditChange voucher(const QString& trail, const AuditEntry& emptied);

    // The erasure an erasure's entry records (a post's, arriving at its office); nothing for
    // any other entry.
    static std::optional<Erasure> erasureOf(const AuditEntry& entry);
    // The entries of its own trail an erasure's entry says it emptied.
    static QList<qint64> emptiedBy(const AuditEntry& erasure);

    // Takes the vouchers of the erasure entries among `entries`, which are the trail `trail`
    // (empty: this database's own).
    void addFrom(const QList<AuditEntry>& entries, const QString& trail);
    // Whether an erasure vouches for `entry`, emptied, in `trail` as it is now.
    bool vouchFor(const QString& trail, const AuditEntry& entry) const;

private:
    struct Voucher
    {
        QString digest;
        QString erasureTrail;
        qint64 erasureEntry = 0;
    };
    static QString key(const QString& trail, qint64 id);
    // An erasure entry's vouchers: (trail#id, digest).
    static QList<std::pair<QString, QString>> vouchersOf(const AuditEntry& entry);

    QHash<QString, Voucher> m_vouchers;
};

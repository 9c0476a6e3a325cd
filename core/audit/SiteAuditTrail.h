#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

// The audit trails of the field posts, kept at their office (issue 20): each post's entries as
// the post wrote them, hash chain included, arriving in its packages. Nothing is added that
// does not continue the chain the office already has, so the office can show that a post's
// trail arrived whole and unchanged (AuditVerifier::verifySite).
class SiteAuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(SiteAuditTrail)

public:
    explicit SiteAuditTrail(const Database& db);

    // An entry as a package carries it, and back (nothing for a malformed one).
    static QJsonObject toJson(const AuditEntry& entry);
    static std::optional<AuditEntry> fromJson(const QJsonObject& object);

    // Adds the entries that arrived from `site`: each must be written as its hash says and
    // continue the one before (the first, the last entry here for that site); entries already
    // here must be the same. Anything else refuses them all with a sentence.
    Status append(const QString& site, const QList<AuditEntry>& entries);
    // The entries of `site`, oldest first.
    Result<QList<AuditEntry>> entries(const QString& site) const;
    // The sites whose trail is here.
    Result<QStringList> sites() const;

private:
    const Database& m_db;
};

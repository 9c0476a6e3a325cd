#include "core/audit/SiteAuditTrail.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditRedactor.h"
#include "core/audit/ErasedEntries.h"
#include "core/storage/Database.h"
#include "core/storage/ErasureRepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace {
const QString columns = QStringLiteral(
    "id, at, user_id, username, action, record_type, record_id, record_label, details, "
    "prev_hash, hash");

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.userId = q.value(2).toLongLong();
    e.username = q.value(3).toString();
    e.event.action = q.value(4).toString();
    e.event.recordType = q.value(5).toString();
    e.event.recordId = q.value(6).toString();
    e.event.recordLabel = q.value(7).toString();
    e.details = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}
} // namespace

SiteAuditTrail::SiteAuditTrail(const Database& db)
    : m_db(db)
{
}

QJsonObject SiteAuditTrail::toJson(const AuditEntry& e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user_id"), e.userId},
                       {QStringLiteral("username"), e.username},
                       {QStringLiteral("action"), e.event.action},
                       {QStringLiteral("record_type"), e.event.recordType},
                       {QStringLiteral("record_id"), e.event.recordId},
                       {QStringLiteral("record_label"), e.event.recordLabel},
                       {QStringLiteral("details"), e.details},
                       {QStringLiteral("prev_hash"), e.prevHash},
                       {QStringLiteral("hash"), e.hash}};
}

std::optional<AuditEntry> SiteAuditTrail::fromJson(const QJsonObject& o)
{
    for (const char* text : {"at", "username", "action", "record_type", "record_id", "record_label",
                             "details", "prev_hash", "hash"}) {
        if (!o.value(QLatin1String(text)).isString())
            return std::nullopt;
    }
    for (const char* number : {"id", "user_id"}) {
        const QJsonValue v = o.value(QLatin1String(number));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e15 ||
            v.toDouble() != double(qint64(v.toDouble())))
            return std::nullopt;
    }
    AuditEntry e;
    e.id = qint64(o.value(QStringLiteral("id")).toDouble());
    e.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    e.userId = qint64(o.value(QStringLiteral("user_id")).toDouble());
    e.username = o.value(QStringLiteral("username")).toString();
    e.event.action = o.value(QStringLiteral("action")).toString();
    e.event.recordType = o.value(QStringLiteral("record_type")).toString();
    e.event.recordId = o.value(QStringLiteral("record_id")).toString();
    e.event.recordLabel = o.value(QStringLiteral("record_label")).toString();
    e.details = o.value(QStringLiteral("details")).toString();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    if (e.id < 1 || !e.at.isValid())
        return std::nullopt;
    return e;
}

Status SiteAuditTrail::append(const QString& site, const QList<AuditEntry>& arriving)
{
    const QString action = tr("keep the audit trail of %1").arg(site);
    qint64 lastId = 0;
    QString lastHash = QLatin1String(AuditLog::GenesisHash);
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT id, hash FROM site_audit_log WHERE site_code = ? ORDER BY id DESC "
                       "LIMIT 1"),
        {site},
        [&](const QSqlQuery& q) {
            lastId = q.value(0).toLongLong();
            lastHash = q.value(1).toString();
        },
        action);
    if (!read)
        return read;
    const auto broken = [&](const QString& why) {
        return Error(Error::Code::Refused,
                     tr("The audit trail in the package from %1 does not continue the one "
                        "received before (%2), so nothing of the package was applied.")
                         .arg(site, why));
    };
    // An entry the post emptied in an erasure comes with the erasure's entry, later in the
    // same package, that vouches for it.
    ErasedEntries erased;
    erased.addFrom(arriving, site);
    QList<const AuditEntry*> fresh;
    for (const AuditEntry& e : arriving) {
        if (ErasedEntries::isEmptied(e) ? !erased.vouchFor(site, e) : AuditLog::hashOf(e) != e.hash)
            return broken(tr("entry %1 was changed after it was written").arg(e.id));
        if (e.id <= lastId) {
            // Sent again before the office's confirmation reached the post: the same entry.
            bool same = false;
            Status found = m_db.forEachRow(
                QStringLiteral("SELECT 1 FROM site_audit_log WHERE site_code = ? AND id = ? AND "
                               "hash = ?"),
                {site, e.id, e.hash}, [&](const QSqlQuery&) { same = true; }, action);
            if (!found)
                return found;
            if (!same)
                return broken(tr("entry %1 differs from the one received before").arg(e.id));
            continue;
        }
        if (e.id != lastId + 1 || e.prevHash != lastHash)
            return broken(tr("entry %1 does not follow entry %2").arg(e.id).arg(lastId));
        fresh.append(&e);
        lastId = e.id;
        lastHash = e.hash;
    }
    // Thousands of entries after a busy month: a few hundred rows a statement (each a round
    // trip on a server).
    constexpr qsizetype Chunk = 200;
    for (qsizetype first = 0; first < fresh.size(); first += Chunk) {
        const qsizetype n = std::min(Chunk, fresh.size() - first);
        QStringList rows;
        QVariantList params;
        for (qsizetype i = first; i < first + n; ++i) {
            const AuditEntry& e = *fresh[i];
            rows.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            params << site << e.id << e.at.toUTC().toString(Qt::ISODateWithMs) << e.userId
                   << e.username << e.event.action << e.event.recordType << e.event.recordId
                   << e.event.recordLabel << e.details << e.prevHash << e.hash;
        }
        if (Status s =
                m_db.run(QStringLiteral("INSERT INTO site_audit_log (site_code, %1) VALUES %2")
                             .arg(columns, rows.join(QStringLiteral(", "))),
                         params, action);
            !s)
            return s;
    }
    // An erasure at the post empties the copies kept here of what it emptied there, and is
    // one here too: a restore here erases the person again.
    if (Status s = AuditRedactor(m_db).followPost(site, arriving); !s)
        return s;
    for (const AuditEntry* e : fresh) {
        if (std::optional<Erasure> erasure = ErasedEntries::erasureOf(*e)) {
            if (Status s = ErasureRepository(m_db).insertIfNew(*erasure); !s)
                return s;
        }
    }
    return {};
}

Result<QList<AuditEntry>> SiteAuditTrail::entries(const QString& site) const
{
    QList<AuditEntry> out;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT %1 FROM site_audit_log WHERE site_code = ? ORDER BY id")
            .arg(columns),
        {site}, [&](const QSqlQuery& q) { out.append(entryFrom(q)); },
        tr("read the audit trail of %1").arg(site));
    if (!read)
        return read.error();
    return out;
}

Result<QStringList> SiteAuditTrail::sites() const
{
    QStringList out;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT DISTINCT site_code FROM site_audit_log ORDER BY site_code"), {},
        [&](const QSqlQuery& q) { out.append(q.value(0).toString()); },
        tr("read the posts' audit trails"));
    if (!read)
        return read.error();
    return out;
}

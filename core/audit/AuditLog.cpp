#include "core/audit/AuditLog.h"

#include "core/common/Clock.h"
#include "core/security/UserSession.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

AuditLog::AuditLog(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString AuditLog::detailsJson(const AuditEvent& event)
{
    QJsonObject details;
    if (!event.summary.isEmpty())
        details.insert(QStringLiteral("summary"), event.summary);
    if (!event.changes.isEmpty()) {
        QJsonArray changes;
        for (const AuditChange& c : event.changes) {
            changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                       {QStringLiteral("old"), c.oldValue},
                                       {QStringLiteral("new"), c.newValue}});
        }
        details.insert(QStringLiteral("changes"), changes);
    }
    return details.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QString AuditLog::hashOf(const AuditEntry& e)
{
    const QStringList parts{QString::number(e.id),
                            e.at.toUTC().toString(Qt::ISODateWithMs),
                            QString::number(e.userId),
                            e.username,
                            e.event.action,
                            e.event.recordType,
                            e.event.recordId,
                            e.event.recordLabel,
                            e.details,
                            e.prevHash};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Status AuditLog::record(const UserSession& actor, const AuditEvent& event)
{
    return write(actor.userId, actor.username, event);
}

Status AuditLog::recordUnauthenticated(const QString& username, const AuditEvent& event)
{
    return write(0, username, event);
}

Status AuditLog::recordAlone(const UserSession& actor, const AuditEvent& event)
{
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = record(actor, event); !s)
        return s;
    return transaction.commit();
}

Status AuditLog::write(qint64 userId, const QString& username, const AuditEvent& event)
{
    const QString action = tr("write to the audit trail");
    // On a server, writers run side by side: the head is locked until this transaction ends,
    // so that the next entry is written after this one, never beside it (a file has one
    // writer at a time).
    Result<QSqlQuery> head =
        m_db.exec(QStringLiteral("SELECT entries, hash FROM audit_head WHERE id = 1") +
                      m_db.dialect().forUpdate(),
                  {}, action);
    if (!head)
        return head.error();
    qint64 entries = 0;
    QString prevHash = QLatin1String(GenesisHash);
    if (head.value().next()) {
        entries = head.value().value(0).toLongLong();
        prevHash = head.value().value(1).toString();
    }
    Result<QSqlQuery> last =
        m_db.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"), {}, action);
    if (!last || !last.value().next())
        return last ? Error(Error::Code::Storage, tr("Could not read the audit trail."))
                    : last.error();

    AuditEntry entry;
    entry.id = last.value().value(0).toLongLong() + 1;
    // Millisecond precision is what is stored, so the hash is computed on that.
    entry.at = QDateTime::fromMSecsSinceEpoch(m_clock.now().toMSecsSinceEpoch(), Qt::UTC);
    entry.userId = userId;
    entry.username = username;
    entry.event = event;
    entry.details = detailsJson(event);
    entry.prevHash = prevHash;
    entry.hash = hashOf(entry);

    Result<QSqlQuery> insert = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (id, at, user_id, username, action, record_type, "
                       "record_id, record_label, details, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.id, entry.at.toString(Qt::ISODateWithMs), userId > 0 ? QVariant(userId) : QVariant(),
         username, event.action, event.recordType, event.recordId, event.recordLabel, entry.details,
         entry.prevHash, entry.hash},
        action);
    if (!insert)
        return insert.error();
    Result<QSqlQuery> updateHead = m_db.exec(
        QStringLiteral(
            "INSERT INTO audit_head (id, entries, hash) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, hash = excluded.hash"),
        {entries + 1, entry.hash}, action);
    if (!updateHead)
        return updateHead.error();
    return {};
}

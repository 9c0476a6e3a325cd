#include "core/audit/AuditQuery.h"

#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString columns = QStringLiteral(
    "SELECT id, at, coalesce(user_id, 0), username, action, record_type, record_id, record_label, "
    "details, prev_hash, hash FROM audit_log");
}

AuditQuery::AuditQuery(const Database& db)
    : m_db(db)
{
}

AuditEntry AuditQuery::read(const QSqlQuery& row)
{
    AuditEntry e;
    e.id = row.value(0).toLongLong();
    e.at = QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs);
    e.userId = row.value(2).toLongLong();
    e.username = row.value(3).toString();
    e.event.action = row.value(4).toString();
    e.event.recordType = row.value(5).toString();
    e.event.recordId = row.value(6).toString();
    e.event.recordLabel = row.value(7).toString();
    e.details = row.value(8).toString();
    const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
    e.event.summary = details.value(QStringLiteral("summary")).toString();
    for (const QJsonValue& c : details.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject o = c.toObject();
        e.event.changes.append(AuditChange{o.value(QStringLiteral("field")).toString(),
                                           o.value(QStringLiteral("old")).toString(),
                                           o.value(QStringLiteral("new")).toString()});
    }
    e.prevHash = row.value(9).toString();
    e.hash = row.value(10).toString();
    return e;
}

std::pair<QString, QVariantList> AuditQuery::where(const AuditFilter& f) const
{
    QStringList conditions;
    QVariantList params;
    if (!f.username.trimmed().isEmpty()) {
        conditions.append(m_db.dialect().equalsIgnoringCase(QStringLiteral("username")));
        params.append(f.username.trimmed());
    }
    if (!f.action.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("(action = ? OR action LIKE ?)"));
        params << f.action.trimmed() << f.action.trimmed() + QStringLiteral(".%");
    }
    if (!f.record.trimmed().isEmpty()) {
        conditions.append(
            QStringLiteral("(%1 OR record_id = ?)")
                .arg(m_db.dialect().equalsIgnoringCase(QStringLiteral("record_label"))));
        params << f.record.trimmed() << f.record.trimmed();
    }
    if (f.from.isValid()) {
        conditions.append(QStringLiteral("at >= ?"));
        params.append(f.from.startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    if (f.to.isValid()) {
        conditions.append(QStringLiteral("at < ?"));
        params.append(f.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), params};
}

Result<int> AuditQuery::count(const AuditFilter& filter) const
{
    const auto [clause, params] = where(filter);
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT count(*) FROM audit_log") + clause, params);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<QList<AuditEntry>> AuditQuery::fetch(const AuditFilter& filter, int offset, int limit) const
{
    auto [clause, params] = where(filter);
    params << limit << offset;
    Result<QSqlQuery> q =
        m_db.exec(columns + clause + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"), params);
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q.value().next())
        entries.append(read(q.value()));
    return entries;
}

Result<QList<AuditEntry>> AuditQuery::all() const
{
    return after(0);
}

Result<QList<AuditEntry>> AuditQuery::after(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(columns + QStringLiteral(" WHERE id > ? ORDER BY id"), {id});
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q.value().next())
        entries.append(read(q.value()));
    return entries;
}

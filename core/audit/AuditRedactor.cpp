#include "core/audit/AuditRedactor.h"

#include "core/audit/ErasedEntries.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"

#include <QSqlQuery>

namespace {
const QString Columns = QStringLiteral(
    "id, at, coalesce(user_id, 0), username, action, record_type, record_id, record_label, "
    "details, prev_hash, hash");

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

QStringList asText(const QList<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out;
}

// "(a = ? AND b IN (?, ?))" with its parameters, nothing when `values` is empty.
void appendIn(QStringList& conditions, QVariantList& params, const QString& condition,
              const QString& column, const QStringList& values)
{
    if (values.isEmpty())
        return;
    conditions.append(QStringLiteral("(%1 AND %2 IN (%3))")
                          .arg(condition, column, SqlDialect::placeholders(values.size())));
    for (const QString& v : values)
        params.append(v);
}
} // namespace

AuditRedactor::AuditRedactor(const Database& db)
    : m_db(db)
{
}

Status AuditRedactor::emptyWhere(const QString& site, const QString& where,
                                 const QVariantList& params, const QStringList& values,
                                 QList<AuditChange>& vouchers) const
{
    const QString table =
        site.isEmpty() ? QStringLiteral("audit_log") : QStringLiteral("site_audit_log");
    const QString action = tr("empty the audit entries about the person erased");
    QVariantList all = params;
    QString scope = QStringLiteral("details NOT LIKE '{\"erased\":%'");
    if (!site.isEmpty()) {
        scope += QStringLiteral(" AND site_code = ?");
        all.append(site);
    }
    QList<AuditEntry> found;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT %1 FROM %2 WHERE (%3) AND %4 ORDER BY id")
            .arg(Columns, table, where, scope),
        all, [&found](const QSqlQuery& q) { found.append(entryFrom(q)); }, action);
    if (!read)
        return read;
    for (AuditEntry e : found) {
        e.details = ErasedEntries::marker();
        // A case's number stays (it no longer leads anywhere once the case is gone); a label
        // that names the person goes.
        for (const QString& v : values) {
            if (e.event.recordLabel.contains(v, Qt::CaseInsensitive))
                e.event.recordLabel.clear();
        }
        QVariantList update{e.details, e.event.recordLabel, e.id};
        if (!site.isEmpty())
            update.append(site);
        if (Status s = m_db.run(
                QStringLiteral("UPDATE %1 SET details = ?, record_label = ? "
                               "WHERE id = ?%2")
                    .arg(table, site.isEmpty() ? QString() : QStringLiteral(" AND site_code = ?")),
                update, action);
            !s)
            return s;
        vouchers.append(ErasedEntries::voucher(site, e));
    }
    return {};
}

Result<QList<AuditChange>> AuditRedactor::empty(const About& about) const
{
    QStringList values;
    for (const QString& v : about.values) {
        // A value this short would empty entries about others that merely contain it.
        if (v.trimmed().size() >= 4 && !values.contains(v.trimmed()))
            values.append(v.trimmed());
    }
    const QString inDetails =
        m_db.dialect().position(QStringLiteral("?"), QStringLiteral("details")) +
        QStringLiteral(" > 0");
    const QString inLabel =
        m_db.dialect().position(QStringLiteral("?"), QStringLiteral("record_label")) +
        QStringLiteral(" > 0");
    QStringList mentions;
    QVariantList mentionParams;
    for (const QString& v : values) {
        mentions << inDetails << inLabel;
        mentionParams << v << v;
    }

    QList<AuditChange> vouchers;
    QStringList own = mentions;
    QVariantList ownParams = mentionParams;
    appendIn(own, ownParams, QStringLiteral("record_type = 'case'"), QStringLiteral("record_id"),
             asText(about.caseIds));
    appendIn(own, ownParams, QStringLiteral("record_type = 'person'"), QStringLiteral("record_id"),
             asText({about.personId}));
    appendIn(own, ownParams, QStringLiteral("record_type = 'tracing_request'"),
             QStringLiteral("record_id"), asText(about.tracingRequestIds));
    if (Status s =
            emptyWhere(QString(), own.join(QStringLiteral(" OR ")), ownParams, values, vouchers);
        !s)
        return s.error();

    // The posts' trails name a case by its number (their ids are the post's own).
    QStringList sites;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT DISTINCT site_code FROM site_audit_log ORDER BY site_code"), {},
        [&sites](const QSqlQuery& q) { sites.append(q.value(0).toString()); },
        tr("read the posts' audit trails"));
    if (!read)
        return read.error();
    QStringList posts = mentions;
    QVariantList postParams = mentionParams;
    appendIn(posts, postParams, QStringLiteral("record_type = 'case'"),
             QStringLiteral("record_label"), about.caseNumbers);
    if (posts.isEmpty())
        return vouchers;
    for (const QString& site : sites) {
        if (Status s =
                emptyWhere(site, posts.join(QStringLiteral(" OR ")), postParams, values, vouchers);
            !s)
            return s.error();
    }
    return vouchers;
}

Status AuditRedactor::followPost(const QString& site, const QList<AuditEntry>& arriving) const
{
    ErasedEntries erased;
    erased.addFrom(arriving, site);
    const QString action = tr("empty the audit entries a post's erasure emptied");
    for (const AuditEntry& eraser : arriving) {
        for (const qint64 id : ErasedEntries::emptiedBy(eraser)) {
            std::optional<AuditEntry> kept;
            Status read = m_db.forEachRow(
                QStringLiteral("SELECT %1 FROM site_audit_log WHERE site_code = ? AND id = ? AND "
                               "details NOT LIKE '{\"erased\":%'")
                    .arg(Columns),
                {site, id}, [&kept](const QSqlQuery& q) { kept = entryFrom(q); }, action);
            if (!read)
                return read;
            if (!kept)
                continue;
            // The post emptied it there: the same here, with its label kept or not, as the
            // post's digest says.
            AuditEntry emptied = *kept;
            emptied.details = ErasedEntries::marker();
            if (!erased.vouchFor(site, emptied))
                emptied.event.recordLabel.clear();
            if (!erased.vouchFor(site, emptied))
                continue;
            if (Status s = m_db.run(QStringLiteral("UPDATE site_audit_log SET details = ?, "
                                                   "record_label = ? WHERE site_code = ? AND "
                                                   "id = ?"),
                                    {emptied.details, emptied.event.recordLabel, site, id}, action);
                !s)
                return s;
        }
    }
    return {};
}

#include "core/storage/ChangeJournal.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QSqlQuery>

ChangeJournal::ChangeJournal(const Database& db)
    : m_db(db)
{
}

Result<ChangeJournal::Reading> ChangeJournal::since(qint64 mark) const
{
    const QString action = tr("read the changes still to send");
    Reading reading;
    QString sql;
    QVariantList params;
    if (m_db.isServer()) {
        // Every transaction below the oldest one running (in any database of the server) has
        // ended, so its notes are all visible from here on. Notes at or above that mark are
        // read again next time: one still running now commits at or above it, and a record
        // sent twice is applied once.
        Result<QSqlQuery> xmin = m_db.exec(
            QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"), {}, action);
        if (!xmin)
            return xmin.error();
        if (!xmin.value().next())
            return Error(Error::Code::Storage, tr("The server did not say which changes ended."));
        reading.mark = xmin.value().value(0).toLongLong();
        sql = QStringLiteral("SELECT kind, record_id, gone_uid, xid::text::bigint FROM "
                             "sync_journal WHERE xid >= ?::text::xid8 ORDER BY xid");
        params = {QString::number(mark)};
    } else {
        sql = QStringLiteral("SELECT kind, record_id, gone_uid, seq FROM sync_journal WHERE seq > "
                             "? ORDER BY seq");
        params = {mark};
        reading.mark = mark;
    }
    QHash<std::pair<QString, qint64>, qsizetype> seen;
    QList<Change> noted;
    Status read = m_db.forEachRow(
        sql, params,
        [&](const QSqlQuery& q) {
            Change c{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toByteArray(),
                     q.value(3).toLongLong()};
            if (!m_db.isServer())
                reading.mark = c.position;
            const auto key = std::make_pair(c.kind, c.recordId);
            if (auto it = seen.constFind(key); it != seen.cend()) {
                // Noted again: it goes where its last note is; a removal stays known.
                if (c.goneUid.isEmpty())
                    c.goneUid = noted[*it].goneUid;
                noted[*it].kind.clear();
            }
            seen.insert(key, noted.size());
            noted.append(std::move(c));
        },
        action);
    if (!read)
        return read.error();
    for (Change& c : noted) {
        if (!c.kind.isEmpty())
            reading.changes.append(std::move(c));
    }
    return reading;
}

Result<qint64> ChangeJournal::position() const
{
    qint64 at = 0;
    Status read = m_db.forEachRow(
        m_db.isServer() ? QStringLiteral("SELECT pg_current_xact_id()::text::bigint")
                        : QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_journal"),
        {}, [&](const QSqlQuery& q) { at = q.value(0).toLongLong(); },
        tr("read the changes still to send"));
    if (!read)
        return read.error();
    return at;
}

Result<bool> ChangeJournal::changedSince(const QString& kind, qint64 recordId,
                                         qint64 position) const
{
    bool changed = false;
    Status read = m_db.forEachRow(
        m_db.isServer()
            ? QStringLiteral("SELECT 1 FROM sync_journal WHERE kind = ? AND record_id = ? AND xid "
                             "> ?::text::xid8 LIMIT 1")
            : QStringLiteral("SELECT 1 FROM sync_journal WHERE kind = ? AND record_id = ? AND seq "
                             "> ? LIMIT 1"),
        {kind, recordId,
         m_db.isServer() ? QVariant(QString::number(position)) : QVariant(position)},
        [&](const QSqlQuery&) { changed = true; }, tr("read the changes still to send"));
    if (!read)
        return read.error();
    return changed;
}

Status ChangeJournal::forgetUpTo(qint64 mark) const
{
    const QString action = tr("forget the changes every site has");
    if (mark <= 0)
        return {};
    if (m_db.isServer())
        return m_db.forEachRow(
            QStringLiteral("SELECT amparo_forget_changes(?)"), {mark}, [](const QSqlQuery&) {},
            action);
    return m_db.run(QStringLiteral("DELETE FROM sync_journal WHERE seq <= ? AND seq < (SELECT "
                                   "max(seq) FROM sync_journal)"),
                    {mark}, action);
}

#include "core/storage/MatchProposalRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

namespace {
const QString columns =
    QStringLiteral("SELECT id, request_id, person_id, score, reasons, child, status, proposed_at, "
                   "reviewed_at, reviewed_by, review_note FROM match_proposals");

MatchProposal read(const QSqlQuery& r)
{
    MatchProposal p;
    p.id = r.value(0).toLongLong();
    p.requestId = r.value(1).toLongLong();
    p.personId = r.value(2).toLongLong();
    p.score = r.value(3).toDouble();
    p.reasons = r.value(4).toString();
    p.child = r.value(5).toBool();
    p.status = matchStatusCodes().fromCode(r.value(6).toString()).value_or(MatchStatus::Pending);
    p.proposedAt = QDateTime::fromString(r.value(7).toString(), Qt::ISODateWithMs);
    p.reviewedAt = QDateTime::fromString(r.value(8).toString(), Qt::ISODateWithMs);
    p.reviewedBy = r.value(9).toString();
    p.reviewNote = r.value(10).toString();
    return p;
}

Result<QList<MatchProposal>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<MatchProposal> out;
    while (q.value().next())
        out.append(read(q.value()));
    return out;
}

} // namespace

MatchProposalRepository::MatchProposalRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<bool> MatchProposalRepository::propose(const MatchProposal& p)
{
    // No row back: the pair was reviewed before and stays as decided.
    bool pending = false;
    if (Status s = m_db.forEachRow(
            QStringLiteral(
                // A proposal for another site's request belongs to that site (its origin);
                // that site's own persons it matches itself.
                "INSERT INTO match_proposals (uid, origin, request_id, person_id, score, reasons, "
                "child, proposed_at) SELECT ?, r.origin, r.id, ?, ?, ?, ?, ? FROM "
                "tracing_requests r WHERE r.id = ? AND NOT (r.origin <> '' AND r.origin IN "
                "(SELECT origin FROM persons WHERE id = ?)) "
                "ON CONFLICT (request_id, person_id) DO UPDATE SET score = excluded.score, "
                "reasons = excluded.reasons, child = excluded.child "
                "WHERE match_proposals.status = 'pending' "
                "RETURNING status"),
            {RecordUid::make(), p.personId, p.score, p.reasons, p.child ? 1 : 0,
             m_clock.now().toUTC().toString(Qt::ISODateWithMs), p.requestId, p.personId},
            [&pending](const QSqlQuery&) { pending = true; }, tr("save the proposed match"));
        !s)
        return s.error();
    return pending;
}

Result<MatchProposal> MatchProposalRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(columns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::NotFound, tr("The proposed match no longer exists."));
    return read(q.value());
}

Result<QList<MatchProposal>> MatchProposalRepository::forRequest(qint64 requestId) const
{
    return readAll(m_db.exec(
        columns + QStringLiteral(" WHERE request_id = ? ORDER BY status = 'pending' DESC, "
                                 "score DESC, id"),
        {requestId}));
}

Result<QList<MatchProposal>> MatchProposalRepository::pending(bool childOnly) const
{
    // Those for another site's requests are reviewed there (RecordOwnership).
    return readAll(m_db.exec(columns +
                             QStringLiteral(" WHERE status = 'pending' AND (origin = '' OR origin "
                                            "IN (SELECT site_code FROM sync_identity))") +
                             (childOnly ? QStringLiteral(" AND child = 1") : QString()) +
                             QStringLiteral(" ORDER BY score DESC, id")));
}

Result<int> MatchProposalRepository::pendingCount(qint64 requestId) const
{
    int count = 0;
    if (Status s = m_db.forEachRow(
            QStringLiteral(
                "SELECT count(*) FROM match_proposals WHERE request_id = ? AND status = 'pending'"),
            {requestId}, [&count](const QSqlQuery& q) { count = q.value(0).toInt(); });
        !s)
        return s.error();
    return count;
}

Result<QHash<qint64, int>> MatchProposalRepository::pendingCounts() const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT request_id, count(*) FROM match_proposals WHERE status = 'pending' "
                       "GROUP BY request_id"));
    if (!q)
        return q.error();
    QHash<qint64, int> counts;
    while (q.value().next())
        counts.insert(q.value().value(0).toLongLong(), q.value().value(1).toInt());
    return counts;
}

Result<QHash<qint64, int>>
MatchProposalRepository::openRequestsSeeking(const QList<qint64>& personIds) const
{
    QHash<qint64, int> counts;
    if (personIds.isEmpty())
        return counts;
    const QVariantList params(personIds.begin(), personIds.end());
    // CROSS JOIN: the persons' proposals first. Given a few dozen persons, SQLite otherwise
    // walked every open request (ten thousand at a million persons) looking each person up
    // under it: 55 ms instead of one.
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT m.person_id, count(*) FROM match_proposals m "
                       "CROSS JOIN tracing_requests t WHERE t.id = m.request_id AND m.person_id "
                       "IN (%1) AND m.status <> 'rejected' AND t.status IN ('open', "
                       "'match_proposed') GROUP BY m.person_id")
            .arg(SqlDialect::placeholders(personIds.size())),
        params, [&counts](const QSqlQuery& q) {
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
        });
    if (!read)
        return read.error();
    return counts;
}

Status MatchProposalRepository::review(qint64 id, MatchStatus status, const QString& by,
                                       const QString& note)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("UPDATE match_proposals SET status = ?, reviewed_at = ?, reviewed_by = ?, "
                       "review_note = ? WHERE id = ? AND status = 'pending'"),
        {matchStatusCodes().code(status), m_clock.now().toUTC().toString(Qt::ISODateWithMs), by,
         note, id},
        tr("save the review of the match"));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error(Error::Code::Conflict,
                     tr("Someone else reviewed this match already. Look at the request again."));
    return {};
}

Result<QList<qint64>> MatchProposalRepository::withdrawPending(const QList<qint64>& personIds)
{
    if (personIds.isEmpty())
        return QList<qint64>();
    QVariantList params(personIds.cbegin(), personIds.cend());
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("DELETE FROM match_proposals WHERE status = "
                                                   "'pending' AND person_id IN (%1) "
                                                   "RETURNING request_id")
                                        .arg(SqlDialect::placeholders(personIds.size())),
                                    params, tr("save the proposed match"));
    if (!q)
        return q.error();
    QList<qint64> requests;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        if (!requests.contains(id))
            requests.append(id);
    }
    return requests;
}

Status MatchProposalRepository::withdrawPendingExcept(qint64 requestId,
                                                      const QList<qint64>& personIds)
{
    QVariantList params{requestId};
    QString keep;
    if (!personIds.isEmpty()) {
        keep = QStringLiteral(" AND person_id NOT IN (%1)")
                   .arg(SqlDialect::placeholders(personIds.size()));
        for (qint64 id : personIds)
            params.append(id);
    }
    // Only the proposals made here: those another site's pass made arrive in its packages.
    return m_db.run(QStringLiteral("DELETE FROM match_proposals WHERE request_id = ? AND "
                                   "status = 'pending' AND uid NOT IN (SELECT uid FROM "
                                   "sync_arrivals WHERE kind = 'match_proposals')") +
                        keep,
                    params, tr("save the proposed match"));
}

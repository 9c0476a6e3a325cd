#include "core/storage/MergeRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace {
const QString Columns = QStringLiteral(
    "id, kind, kept_id, removed_id, kept_label, removed_label, merged_by, merged_at, state, "
    "decided_by, decided_at");

MergeRecord mergeFrom(const QSqlQuery& q)
{
    MergeRecord m;
    m.id = q.value(0).toLongLong();
    m.kind = mergeKindCodes().fromCode(q.value(1).toString()).value_or(MergeKind::Person);
    m.keptId = q.value(2).toLongLong();
    m.removedId = q.value(3).toLongLong();
    m.keptLabel = q.value(4).toString();
    m.removedLabel = q.value(5).toString();
    m.mergedBy = q.value(6).toString();
    m.mergedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    m.state = mergeStateCodes().fromCode(q.value(8).toString()).value_or(MergeState::Open);
    m.decidedBy = q.value(9).toString();
    m.decidedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    return m;
}
} // namespace

MergeRepository::MergeRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> MergeRepository::insert(const MergeRecord& m, const QByteArray& involved,
                                       const QByteArray& before)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO merges (kind, kept_id, removed_id, kept_label, removed_label, "
                       "merged_by, merged_at, state, involved, before_state, after_digest) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, '')"),
        {mergeKindCodes().code(m.kind), m.keptId, m.removedId, m.keptLabel, m.removedLabel,
         m.mergedBy, m_clock.now().toUTC().toString(Qt::ISODateWithMs), QString::fromUtf8(involved),
         QString::fromUtf8(before)},
        tr("keep the merge for its review"));
}

Status MergeRepository::setAfterDigest(qint64 id, const QString& digest)
{
    return m_db.run(QStringLiteral("UPDATE merges SET after_digest = ? WHERE id = ?"), {digest, id},
                    tr("keep the merge for its review"));
}

Result<MergeRecord> MergeRepository::find(qint64 id) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT %1 FROM merges WHERE id = ?").arg(Columns), {id},
                  tr("read the merge"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::NotFound, tr("That merge is not recorded."));
    return mergeFrom(*q);
}

Result<MergeRepository::UndoState> MergeRepository::undoState(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT involved, before_state, after_digest FROM merges WHERE id = ?"),
        {id}, tr("read the merge"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::NotFound, tr("That merge is not recorded."));
    return UndoState{q.value().value(0).toString().toUtf8(), q.value().value(1).toString().toUtf8(),
                     q.value().value(2).toString()};
}

Result<QList<MergeRecord>> MergeRepository::open() const
{
    QList<MergeRecord> merges;
    if (Status s = m_db.forEachRow(
            QStringLiteral("SELECT %1 FROM merges WHERE state = 'open' ORDER BY id DESC")
                .arg(Columns),
            {}, [&](const QSqlQuery& q) { merges.append(mergeFrom(q)); },
            tr("list the merges to review"));
        !s)
        return s.error();
    return merges;
}

Status MergeRepository::decide(qint64 id, MergeState state, const QString& by)
{
    return m_db.run(
        QStringLiteral("UPDATE merges SET state = ?, decided_by = ?, decided_at = ?, "
                       "before_state = NULL WHERE id = ?"),
        {mergeStateCodes().code(state), by, m_clock.now().toUTC().toString(Qt::ISODateWithMs), id},
        tr("close the review of the merge"));
}

Status MergeRepository::redirect(const QString& caseNumber, qint64 caseId)
{
    return m_db.run(
        QStringLiteral("INSERT INTO merged_case_numbers (case_number, case_id) VALUES (?, ?)"),
        {caseNumber, caseId}, tr("keep the merged case's number"));
}

Result<qint64> MergeRepository::caseForMergedNumber(const QString& caseNumber) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT case_id FROM merged_case_numbers WHERE case_number = ?"),
                  {caseNumber.trimmed().toUpper()}, tr("find the case"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

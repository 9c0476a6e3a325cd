#include "core/storage/CaseNoteRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

CaseNoteRepository::CaseNoteRepository(const Database& db)
    : m_db(db)
{
}

Result<qint64> CaseNoteRepository::add(qint64 caseId, const CaseNote& note)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("INSERT INTO case_notes (uid, case_id, written_at, author, body) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {RecordUid::make(), caseId, note.writtenAt.toUTC().toString(Qt::ISODateWithMs),
                   note.author, note.text},
                  tr("save the note"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<QList<CaseNote>> CaseNoteRepository::forCase(qint64 caseId) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT id, written_at, author, body FROM case_notes WHERE case_id = ? "
                       "ORDER BY written_at, id"),
        {caseId});
    if (!q)
        return q.error();
    QList<CaseNote> notes;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        notes.append(CaseNote{r.value(0).toLongLong(),
                              QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs),
                              r.value(2).toString(), r.value(3).toString()});
    }
    return notes;
}

#include "core/storage/ErasureRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

ErasureRepository::ErasureRepository(const Database& db)
    : m_db(db)
{
}

Result<qint64> ErasureRepository::insert(const Erasure& e)
{
    return m_db.insert(QStringLiteral("INSERT INTO erasures (person_uid, erased_at, ground, "
                                      "decided_by) VALUES (?, ?, ?, ?)"),
                       {e.personUid, e.erasedAt.toUTC().toString(Qt::ISODateWithMs),
                        erasureGroundCodes().code(e.ground), e.decidedBy},
                       tr("record the erasure"));
}

Status ErasureRepository::insertIfNew(const Erasure& e)
{
    // No id read back: on a server, whoever receives a post's package may add an erasure and
    // not read the list.
    return m_db.run(
        QStringLiteral("%1 erasures (person_uid, erased_at, ground, decided_by) "
                       "VALUES (?, ?, ?, ?)%2")
            .arg(m_db.dialect().insertOrIgnorePrefix(), m_db.dialect().insertOrIgnoreSuffix()),
        {e.personUid, e.erasedAt.toUTC().toString(Qt::ISODateWithMs),
         erasureGroundCodes().code(e.ground), e.decidedBy},
        tr("record the erasure"));
}

Result<QList<Erasure>> ErasureRepository::all() const
{
    QList<Erasure> out;
    Status s = m_db.forEachRow(
        QStringLiteral("SELECT id, person_uid, erased_at, ground, decided_by FROM erasures "
                       "ORDER BY id"),
        {},
        [&out](const QSqlQuery& r) {
            Erasure e;
            e.id = r.value(0).toLongLong();
            e.personUid = r.value(1).toByteArray();
            e.erasedAt = QDateTime::fromString(r.value(2).toString(), Qt::ISODateWithMs);
            e.ground = erasureGroundCodes()
                           .fromCode(r.value(3).toString())
                           .value_or(ErasureGround::NoLongerNecessary);
            e.decidedBy = r.value(4).toString();
            out.append(e);
        },
        tr("read the erasures"));
    if (!s)
        return s.error();
    return out;
}

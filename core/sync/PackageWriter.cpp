#include "core/sync/PackageWriter.h"

#include "core/audit/AuditQuery.h"
#include "core/audit/SiteAuditTrail.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/ServerRoles.h"
#include "core/sync/PackageValues.h"
#include "core/sync/RecordCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>

namespace {
const QString idColumn = QStringLiteral("id");
const QString uidColumn = QStringLiteral("uid");
const QString originColumn = QStringLiteral("origin");

// A record as a package holds it, its parts added after.
QJsonObject recordJson(const QString& kind, const QByteArray& uid, const QString& origin,
                       const QJsonObject& values)
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("uid"), QString::fromLatin1(uid.toHex())},
                       {QStringLiteral("origin"), origin},
                       {QStringLiteral("values"), values}};
}

} // namespace

PackageWriter::PackageWriter(const Database& db)
    : m_db(db)
{
}

Result<bool> PackageWriter::exists(const QString& kind, const QByteArray& uid) const
{
    bool found = false;
    if (Status s = m_db.forEachRow(
            QStringLiteral("SELECT 1 FROM %1 WHERE uid = ?").arg(kind), {uid},
            [&found](const QSqlQuery&) { found = true; }, tr("make the package"));
        !s)
        return s.error();
    return found;
}

Result<QByteArray> PackageWriter::uidOf(const QString& kind, qint64 id)
{
    auto known = m_uids.find(kind);
    if (known == m_uids.end() || (!m_wholeTables && !known->contains(id))) {
        // A package refers to many records of a kind: read them all at once. A single
        // record (a snapshot for the review list) asks for its own.
        QHash<qint64, QByteArray> all =
            known == m_uids.end() ? QHash<qint64, QByteArray>() : *known;
        Status read = m_db.forEachRow(
            m_wholeTables ? QStringLiteral("SELECT id, uid FROM %1").arg(kind)
                          : QStringLiteral("SELECT id, uid FROM %1 WHERE id = ?").arg(kind),
            m_wholeTables ? QVariantList{} : QVariantList{id},
            [&](const QSqlQuery& q) {
                all.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
            },
            tr("make the package"));
        if (!read)
            return read.error();
        known = m_uids.insert(kind, all);
    }
    const QByteArray uid = known->value(id);
    if (uid.isEmpty())
        return Error(Error::Code::Storage,
                     tr("A record (%1 %2) has no global identifier; the package was not made.")
                         .arg(kind)
                         .arg(id));
    return uid;
}

Result<qint64> PackageWriter::arrivedAt(const QString& kind, const QByteArray& uid)
{
    auto known = m_arrivals.find(kind);
    if (known == m_arrivals.end()) {
        QHash<QByteArray, qint64> all;
        Status read = m_db.forEachRow(
            QStringLiteral("SELECT uid, position FROM sync_arrivals WHERE kind = ?"), {kind},
            [&](const QSqlQuery& q) {
                all.insert(q.value(0).toByteArray(), q.value(1).toLongLong());
            },
            tr("make the package"));
        if (!read)
            return read.error();
        known = m_arrivals.insert(kind, all);
    }
    return known->value(uid, -1);
}

// One row's columns as JSON: references as identifiers, and without what stays here.
Status PackageWriter::valuesOf(const QSqlQuery& q, const QHash<QString, QString>& references,
                               const QStringList& skipped, QJsonObject& out)
{
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i) {
        const QString column = r.fieldName(i);
        if (skipped.contains(column))
            continue;
        const QVariant value = q.value(i);
        if (const auto ref = references.constFind(column);
            ref != references.cend() && !value.isNull()) {
            Result<QByteArray> uid = uidOf(*ref, value.toLongLong());
            if (!uid)
                return uid.error();
            out.insert(column, QString::fromLatin1(uid->toHex()));
        } else {
            out.insert(column, PackageValues::toJson(value));
        }
    }
    return {};
}

Result<QJsonObject> PackageWriter::partsOf(const QList<RecordPart>& parts, qint64 id)
{
    QJsonObject out;
    std::optional<Error> failure; // from inside a row callback
    for (const RecordPart& part : parts) {
        QJsonArray rows;
        Status read = m_db.forEachRow(
            QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(part.table, part.parentColumn),
            {id},
            [&](const QSqlQuery& q) {
                QJsonObject row;
                if (Status s = valuesOf(q, part.references, {part.parentColumn}, row); !s)
                    failure = s.error();
                rows.append(row);
            },
            tr("make the package"));
        if (!read)
            return read.error();
        if (failure)
            return *failure;
        out.insert(part.table, rows);
    }
    return out;
}

Result<QJsonObject> PackageWriter::recordOf(const RecordKind& kind,
                                            const ChangeJournal::Change& change,
                                            const Request& request, QList<qint64>& personIds)
{
    const bool whole = !kind.naturalKey.isEmpty(); // sites and users
    const bool proposals = kind.table == QLatin1String("match_proposals");
    if (request.answer && !whole && !proposals && !m_chosenKinds.contains(kind.table))
        return QJsonObject();
    QJsonObject record;
    QStringList skipped = kind.notSent;
    skipped << idColumn << uidColumn << originColumn;
    std::optional<Error> failure;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(kind.table), {change.recordId},
        [&](const QSqlQuery& q) {
            const QString origin = q.record().value(originColumn).toString();
            const QByteArray uid = q.record().value(uidColumn).toByteArray();
            // An answer's proposals are those made for the post's requests (they are the
            // post's: MatchProposer gives them its code); and the versions a person here chose
            // over the post's own.
            const bool chosen = m_chosen.contains({kind.table, uid});
            if (request.answer && !whole && !chosen && !(proposals && origin == request.receiver))
                return;
            if (!whole) {
                Result<qint64> arrived = arrivedAt(kind.table, uid);
                if (!arrived) {
                    failure = arrived.error();
                    return;
                }
                if (*arrived >= change.position)
                    return; // it came from elsewhere and was not changed here since
            }
            QJsonObject values;
            if (Status s = valuesOf(q, kind.references, skipped, values); !s) {
                failure = s.error();
                return;
            }
            if (request.answer && proposals)
                personIds.append(q.record().value(QStringLiteral("person_id")).toLongLong());
            record =
                recordJson(kind.table, uid, origin.isEmpty() ? request.sender : origin, values);
            if (chosen)
                record.insert(QStringLiteral("chosen"), true);
        },
        tr("make the package"));
    if (!read)
        return read.error();
    if (failure)
        return *failure;
    if (record.isEmpty())
        return record;
    Result<QJsonObject> parts = partsOf(kind.parts, change.recordId);
    if (!parts)
        return parts.error();
    record.insert(QStringLiteral("parts"), *parts);
    return record;
}

Result<QJsonObject> PackageWriter::volunteerViewOf(qint64 personId, const Request& request)
{
    const RecordKind* kind = RecordCatalogue::find(QStringLiteral("persons"));
    QJsonObject record;
    std::optional<Error> failure;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT * FROM persons WHERE id = ?"), {personId},
        [&](const QSqlQuery& q) {
            const QString origin = q.record().value(originColumn).toString();
            if (origin == request.receiver)
                return; // the post's own
            QStringList skipped{idColumn, uidColumn, originColumn};
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                if (!ServerRoles::mayRead(Role::Volunteer, kind->table, r.fieldName(i)))
                    skipped.append(r.fieldName(i));
            }
            QJsonObject values;
            if (Status s = valuesOf(q, kind->references, skipped, values); !s) {
                failure = s.error();
                return;
            }
            // Volunteers see the year of birth, never the day.
            const QString precision = values.value(QStringLiteral("birth_precision")).toString();
            if (precision == QLatin1String("exact") || precision == QLatin1String("month")) {
                values.insert(QStringLiteral("birth_precision"), QStringLiteral("year"));
                values.insert(QStringLiteral("birth_date"),
                              values.value(QStringLiteral("birth_date")).toString().left(4));
            }
            record = recordJson(kind->table, q.record().value(uidColumn).toByteArray(),
                                origin.isEmpty() ? request.sender : origin, values);
        },
        tr("make the package"));
    if (!read)
        return read.error();
    if (failure)
        return *failure;
    if (record.isEmpty())
        return record;
    // Nationalities and other names; not the name keys, so the post's own matching pass
    // never proposes a person who is not the post's to contact.
    QList<RecordPart> parts;
    for (const RecordPart& part : kind->parts) {
        if (part.table != QLatin1String("person_name_keys"))
            parts.append(part);
    }
    Result<QJsonObject> partRows = partsOf(parts, personId);
    if (!partRows)
        return partRows.error();
    record.insert(QStringLiteral("parts"), *partRows);
    return record;
}

Result<PackageWriter::Written> PackageWriter::write(const Request& request)
{
    const QString action = tr("make the package");
    m_wholeTables = true;
    Result<ChangeJournal::Reading> reading = ChangeJournal(m_db).since(request.mark);
    if (!reading)
        return reading.error();
    QList<ChangeJournal::Change> changes = reading->changes;
    // Sites and users travel whole: the receiver needs the ones references point to.
    for (const QString& kind : {QStringLiteral("sites"), QStringLiteral("users")}) {
        Status listed = m_db.forEachRow(
            QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(kind), {},
            [&](const QSqlQuery& q) {
                changes.append({kind, q.value(0).toLongLong(), {}, 0});
            },
            action);
        if (!listed)
            return listed.error();
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ChangeJournal::Change& a, const ChangeJournal::Change& b) {
                         return RecordCatalogue::position(a.kind) <
                                RecordCatalogue::position(b.kind);
                     });

    Status chosen = m_db.forEachRow(
        QStringLiteral("SELECT d.kind, d.uid FROM sync_decisions d JOIN sync_sites s ON s.id = "
                       "d.site_id WHERE s.site_code = ?"),
        {request.receiver},
        [&](const QSqlQuery& q) {
            m_chosen.insert({q.value(0).toString(), q.value(1).toByteArray()});
            m_chosenKinds.insert(q.value(0).toString());
        },
        action);
    if (!chosen)
        return chosen.error();

    Written written;
    QJsonArray records;
    QJsonArray removed;
    QSet<std::pair<QString, qint64>> done;
    QList<qint64> personIds;
    for (const ChangeJournal::Change& change : std::as_const(changes)) {
        const RecordKind* kind = RecordCatalogue::find(change.kind);
        if (!kind || done.contains({change.kind, change.recordId}))
            continue;
        done.insert({change.kind, change.recordId});
        // A post is told of the proposals removed; their uids say nothing of anyone.
        if (!change.goneUid.isEmpty() &&
            (!request.answer || change.kind == QLatin1String("match_proposals"))) {
            // A record removed and put back since (a merge undone) is not removed there.
            Result<bool> back = exists(change.kind, change.goneUid);
            if (!back)
                return back.error();
            if (!*back)
                removed.append(QJsonObject{
                    {QStringLiteral("kind"), change.kind},
                    {QStringLiteral("uid"), QString::fromLatin1(change.goneUid.toHex())}});
        }
        Result<QJsonObject> record = recordOf(*kind, change, request, personIds);
        if (!record)
            return record.error();
        if (!record->isEmpty())
            records.append(*record);
    }
    QSet<qint64> viewed;
    for (qint64 personId : std::as_const(personIds)) {
        if (viewed.contains(personId))
            continue;
        viewed.insert(personId);
        Result<QJsonObject> person = volunteerViewOf(personId, request);
        if (!person)
            return person.error();
        if (!person->isEmpty())
            records.append(*person);
    }
    // The post's audit trail, entry by entry as written: the office checks the chain.
    QJsonArray audit;
    written.auditTo = request.auditAfter;
    if (!request.answer) {
        Result<QList<AuditEntry>> entries = AuditQuery(m_db).after(request.auditAfter);
        if (!entries)
            return entries.error();
        for (const AuditEntry& e : std::as_const(*entries)) {
            audit.append(SiteAuditTrail::toJson(e));
            written.auditTo = e.id;
        }
    }
    written.records = int(records.size());
    written.removed = int(removed.size());
    written.mark = reading->mark;
    QJsonObject package{{QStringLiteral("format"), Format},
                        {QStringLiteral("from"), request.sender},
                        {QStringLiteral("to"), request.receiver},
                        {QStringLiteral("records"), records},
                        {QStringLiteral("removed"), removed}};
    if (request.confirms > 0)
        package.insert(QStringLiteral("confirms"), qint64(request.confirms));
    if (!audit.isEmpty())
        package.insert(QStringLiteral("audit"), audit);
    written.contents = qCompress(QJsonDocument(package).toJson(QJsonDocument::Compact));
    return written;
}

Result<QJsonObject> PackageWriter::snapshot(const QString& kind, qint64 id,
                                            const QString& senderCode)
{
    const RecordKind* found = RecordCatalogue::find(kind);
    if (!found)
        return QJsonObject();
    QJsonObject values;
    std::optional<Error> failure;
    QStringList skipped = found->notSent;
    skipped << idColumn << uidColumn << originColumn;
    QString origin;
    QByteArray uid;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(kind), {id},
        [&](const QSqlQuery& q) {
            origin = q.record().value(originColumn).toString();
            uid = q.record().value(uidColumn).toByteArray();
            if (Status s = valuesOf(q, found->references, skipped, values); !s)
                failure = s.error();
        },
        tr("make the package"));
    if (!read)
        return read.error();
    if (failure)
        return *failure;
    if (values.isEmpty())
        return QJsonObject();
    Result<QJsonObject> parts = partsOf(found->parts, id);
    if (!parts)
        return parts.error();
    QJsonObject record = recordJson(kind, uid, origin.isEmpty() ? senderCode : origin, values);
    record.insert(QStringLiteral("parts"), *parts);
    return record;
}

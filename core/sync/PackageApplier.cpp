#include "core/sync/PackageApplier.h"

#include "core/audit/SiteAuditTrail.h"
#include "core/common/Clock.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/PersonSearchIndex.h"
#include "core/storage/RecordOwnership.h"
#include "core/storage/TableGraph.h"
#include "core/sync/PackageValues.h"
#include "core/sync/PackageWriter.h"
#include "core/sync/RecordCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <optional>

namespace {
QByteArray uidFrom(const QJsonValue& v)
{
    const QByteArray hex = v.toString().toLatin1();
    const QByteArray uid = QByteArray::fromHex(hex);
    return uid.size() == 16 && uid.toHex() == hex ? uid : QByteArray();
}
} // namespace

PackageApplier::PackageApplier(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QSet<QString>> PackageApplier::columnsOf(const QString& table)
{
    auto known = m_columns.constFind(table);
    if (known == m_columns.cend()) {
        Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table),
                                        {}, tr("apply the package"));
        if (!q)
            return q.error();
        QSet<QString> columns;
        const QSqlRecord r = q.value().record();
        for (int i = 0; i < r.count(); ++i)
            columns.insert(r.fieldName(i));
        known = m_columns.insert(table, columns);
    }
    return *known;
}

Result<bool> PackageApplier::changedSinceArrival(const QString& kind, const QByteArray& uid,
                                                 qint64 id)
{
    std::optional<qint64> arrived;
    Status found = m_db.forEachRow(
        QStringLiteral("SELECT position FROM sync_arrivals WHERE kind = ? AND uid = ?"),
        {kind, uid}, [&](const QSqlQuery& q) { arrived = q.value(0).toLongLong(); },
        tr("apply the package"));
    if (!found)
        return found.error();
    if (!arrived) {
        // Made here: another site does not change it, unless it was made for that site.
        bool forSender = false;
        Status origin = m_db.forEachRow(
            QStringLiteral("SELECT origin FROM %1 WHERE id = ?").arg(kind), {id},
            [&](const QSqlQuery& q) { forSender = q.value(0).toString() == m_sender; },
            tr("apply the package"));
        if (!origin)
            return origin.error();
        return !forSender;
    }
    return ChangeJournal(m_db).changedSince(kind, id, *arrived);
}

Status PackageApplier::noteArrivals()
{
    // One position for them all, taken after every write of the package: each record's own
    // notes are below it, and a change made here later is above it.
    Result<qint64> position = ChangeJournal(m_db).position();
    if (!position)
        return position.error();
    for (const Arrival& a : std::as_const(m_arrivals)) {
        // A new record's arrival is a plain insert, which a batch sends with the others; one
        // already here may have arrived before (or been made here for the sender).
        const QString sql = a.isNew ? QStringLiteral("INSERT INTO sync_arrivals (kind, uid, "
                                                     "position) VALUES (?, ?, ?)")
                                    : QStringLiteral("INSERT INTO sync_arrivals (kind, uid, "
                                                     "position) VALUES (?, ?, ?) ON CONFLICT "
                                                     "(kind, uid) DO UPDATE SET position = "
                                                     "excluded.position");
        if (Status s = m_db.run(sql, {a.kind, a.uid, *position}, tr("apply the package")); !s)
            return s;
    }
    m_arrivals.clear();
    return {};
}

Status PackageApplier::prefetch(const QString& kind, const QList<QByteArray>& uids)
{
    // Thousands of records a package: their ids asked for a few hundred at a time rather
    // than one by one (each a round trip on a server).
    constexpr int Chunk = 500;
    QSet<QByteArray>& known = m_known[kind];
    for (qsizetype first = 0; first < uids.size(); first += Chunk) {
        const QList<QByteArray> chunk = uids.mid(first, Chunk);
        const QString marks = QStringList(chunk.size(), QStringLiteral("?")).join(u',');
        QVariantList params;
        for (const QByteArray& uid : chunk)
            params.append(uid);
        Status found = m_db.forEachRow(
            QStringLiteral("SELECT uid, id FROM %1 WHERE uid IN (%2) UNION ALL SELECT uid, "
                           "local_id FROM sync_aliases WHERE kind = ? AND uid IN (%2)")
                .arg(kind, marks),
            params + QVariantList{kind} + params,
            [&](const QSqlQuery& q) {
                m_ids[kind].insert(q.value(0).toByteArray(), q.value(1).toLongLong());
            },
            tr("apply the package"));
        if (!found)
            return found;
        for (const QByteArray& uid : chunk)
            known.insert(uid);
    }
    return {};
}

Result<qint64> PackageApplier::localId(const QString& kind, const QByteArray& uid)
{
    if (const qint64 id = m_ids.value(kind).value(uid); id > 0)
        return id;
    if (m_known.value(kind).contains(uid))
        return 0;
    qint64 id = 0;
    Status found = m_db.forEachRow(
        QStringLiteral("SELECT id FROM %1 WHERE uid = ? UNION ALL SELECT local_id FROM "
                       "sync_aliases WHERE kind = ? AND uid = ?")
            .arg(kind),
        {uid, kind, uid}, [&](const QSqlQuery& q) { id = q.value(0).toLongLong(); },
        tr("apply the package"));
    if (!found)
        return found.error();
    if (id > 0)
        m_ids[kind].insert(uid, id);
    return id;
}

Error PackageApplier::unreadable() const
{
    return Error(Error::Code::Refused,
                 tr("The package from %1 could not be read: it may come from a newer Amparo. "
                    "Nothing of it was applied.")
                     .arg(m_sender));
}

Status PackageApplier::localValues(const QString& table, const QJsonObject& values,
                                   const QHash<QString, QString>& references, QStringList& columns,
                                   QVariantList& params)
{
    Result<QSet<QString>> known = columnsOf(table);
    if (!known)
        return known.error();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!known->contains(it.key()) || it.key() == QLatin1String("id") ||
            it.key() == QLatin1String("uid"))
            return unreadable();
        QVariant value;
        if (const auto ref = references.constFind(it.key());
            ref != references.cend() && !it.value().isNull()) {
            const QByteArray uid = uidFrom(it.value());
            if (uid.isEmpty())
                return unreadable();
            Result<qint64> id = localId(*ref, uid);
            if (!id)
                return id.error();
            if (*id == 0)
                return Error(Error::Code::Refused,
                             tr("The package from %1 refers to a record (%2) this database does "
                                "not have, so nothing of it was applied. Apply the packages "
                                "before it first.")
                                 .arg(m_sender, *ref));
            value = *id;
        } else {
            bool ok = false;
            value = PackageValues::fromJson(it.value(), &ok);
            if (!ok)
                return unreadable();
        }
        columns.append(it.key());
        params.append(value);
    }
    return {};
}

Status PackageApplier::applyRecord(const RecordKind& kind, const QJsonObject& record, bool decided)
{
    const QByteArray uid = uidFrom(record.value(QStringLiteral("uid")));
    const QString origin = record.value(QStringLiteral("origin")).toString();
    if (uid.isEmpty() || origin.isEmpty())
        return unreadable();
    QStringList columns;
    QVariantList params;
    if (Status s = localValues(kind.table, record.value(QStringLiteral("values")).toObject(),
                               kind.references, columns, params);
        !s)
        return s;
    Result<qint64> existing = localId(kind.table, uid);
    if (!existing)
        return existing.error();
    qint64 id = *existing;
    const bool isNew = id == 0;
    if (id == 0 && !kind.naturalKey.isEmpty()) {
        // A site or user this database already has under its own identifier.
        const qsizetype at = columns.indexOf(kind.naturalKey);
        if (at < 0)
            return unreadable();
        qint64 same = 0;
        Status found = m_db.forEachRow(
            QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(kind.table, kind.naturalKey),
            {params[at]}, [&](const QSqlQuery& q) { same = q.value(0).toLongLong(); },
            tr("apply the package"));
        if (!found)
            return found;
        if (same > 0) {
            if (Status s = m_db.run(QStringLiteral("INSERT INTO sync_aliases (kind, uid, "
                                                   "local_id) VALUES (?, ?, ?)"),
                                    {kind.table, uid, same}, tr("apply the package"));
                !s)
                return s;
            m_ids[kind.table].insert(uid, same);
            return {};
        }
    }
    if (id > 0 && !kind.naturalKey.isEmpty())
        return {}; // this database's own sites and users stay as they are here
    if (id > 0) {
        // Changed here since it last arrived (or made here): never overwritten unseen. It
        // waits for a person to choose between the two versions.
        // A case the sender handed to this database, and what belongs to it: what it sends
        // again (in a package made before it heard back) is its old copy, kept here since.
        Result<bool> kept = keptHereSinceHandedOver(kind.table, id);
        if (!kept)
            return kept.error();
        if (*kept)
            return {};
        // Kept by a third site: the sender may not change it (nor choose it), unless it is
        // the office passing it on.
        if (!m_senderRelays && !decided) {
            Result<QString> keeper = RecordOwnership(m_db).ownerElsewhere(kind.table, id);
            if (!keeper)
                return keeper.error();
            if (!keeper->isEmpty() && *keeper != m_sender)
                return waitForReview(kind.table, uid, id, record);
        }
        // The sender's person chose this version over ours, having seen both.
        if (record.value(QStringLiteral("chosen")).toBool()) {
            decided = true;
            if (Status s =
                    m_db.run(QStringLiteral("DELETE FROM sync_reviews WHERE kind = ? AND uid = ?"),
                             {kind.table, uid}, tr("apply the package"));
                !s)
                return s;
        }
        if (!decided) {
            Result<bool> changedHere = changedSinceArrival(kind.table, uid, id);
            if (!changedHere)
                return changedHere.error();
            if (*changedHere)
                return waitForReview(kind.table, uid, id, record);
        }
        QStringList sets;
        for (const QString& c : std::as_const(columns))
            sets.append(c + QStringLiteral(" = ?"));
        if (Status s = m_db.run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                    .arg(kind.table, sets.join(QStringLiteral(", "))),
                                params + QVariantList{id}, tr("apply the package"));
            !s)
            return s;
        ++m_summary.changed;
    } else {
        if (kind.table == QLatin1String("users")) {
            // Known here only as who did what: no passphrase, not active.
            columns << QStringLiteral("passphrase_hash");
            params << QString();
            const qsizetype active = columns.indexOf(QStringLiteral("active"));
            if (active >= 0)
                params[active] = 0;
            columns << QStringLiteral("passphrase_changed_at");
            params << QString();
        }
        QStringList marks(columns.size() + 2, QStringLiteral("?"));
        Result<qint64> inserted =
            m_db.insert(QStringLiteral("INSERT INTO %1 (uid, origin, %2) VALUES (%3)")
                            .arg(kind.table, columns.join(QStringLiteral(", ")),
                                 marks.join(QStringLiteral(", "))),
                        QVariantList{uid, origin} + params, tr("apply the package"));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        m_ids[kind.table].insert(uid, id);
        ++m_summary.added;
    }
    ++m_summary.byKind[kind.table];
    const QJsonObject parts = record.value(QStringLiteral("parts")).toObject();
    for (const RecordPart& part : kind.parts) {
        if (!isNew) {
            if (Status s = m_db.run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                        .arg(part.table, part.parentColumn),
                                    {id}, tr("apply the package"));
                !s)
                return s;
        }
        for (const QJsonValue& row : parts.value(part.table).toArray()) {
            QStringList partColumns{part.parentColumn};
            QVariantList partParams{id};
            if (Status s = localValues(part.table, row.toObject(), part.references, partColumns,
                                       partParams);
                !s)
                return s;
            QStringList marks(partColumns.size(), QStringLiteral("?"));
            if (Status s = m_db.run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(part.table, partColumns.join(QStringLiteral(", ")),
                                             marks.join(QStringLiteral(", "))),
                                    partParams, tr("apply the package"));
                !s)
                return s;
        }
    }
    m_arrivals.append({kind.table, uid, isNew});
    if (kind.table == QLatin1String("match_proposals")) {
        const qsizetype at = columns.indexOf(QStringLiteral("request_id"));
        if (at >= 0)
            m_summary.answeredRequests.insert(params[at].toLongLong());
    }
    if (kind.table == QLatin1String("persons")) {
        m_indexed.append(id);
        if (isNew)
            m_newPersons.insert(id);
    }
    return {};
}

Result<bool> PackageApplier::keptHereSinceHandedOver(const QString& kind, qint64 id)
{
    const QString action = tr("apply the package");
    if (!m_handedOver) {
        HandedOver h;
        const auto ids = [&](const QString& sql, QSet<qint64>& into) {
            return m_db.forEachRow(
                sql, {}, [&](const QSqlQuery& q) { into.insert(q.value(0).toLongLong()); }, action);
        };
        const QString kept = QStringLiteral("(SELECT id FROM cases WHERE keeper <> '' AND keeper "
                                            "IN (SELECT site_code FROM sync_identity))");
        for (const auto& [sql, into] :
             {std::pair<QString, QSet<qint64>*>{kept.mid(1, kept.size() - 2), &h.cases},
              {QStringLiteral("SELECT person_id FROM case_members WHERE case_id IN ") + kept,
               &h.persons},
              {QStringLiteral("SELECT id FROM procedures WHERE case_id IN ") + kept, &h.procedures},
              {QStringLiteral("SELECT id FROM screenings WHERE case_id IN ") + kept,
               &h.screenings}}) {
            if (Status s = ids(sql, *into); !s)
                return s.error();
        }
        m_handedOver = h;
    }
    const HandedOver& h = *m_handedOver;
    if (h.cases.isEmpty())
        return false;
    if (kind == QLatin1String("cases"))
        return h.cases.contains(id);
    if (kind == QLatin1String("persons"))
        return h.persons.contains(id);
    static const QSet<QString> belonging{QStringLiteral("person_documents"),
                                         QStringLiteral("case_notes"),
                                         QStringLiteral("conflict_checks"),
                                         QStringLiteral("opposing_parties"),
                                         QStringLiteral("screenings"),
                                         QStringLiteral("screening_actions"),
                                         QStringLiteral("person_specific_needs"),
                                         QStringLiteral("procedures"),
                                         QStringLiteral("procedure_events"),
                                         QStringLiteral("deadlines")};
    if (!belonging.contains(kind))
        return false;
    bool held = false;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(kind), {id},
        [&](const QSqlQuery& q) {
            const QSqlRecord r = q.record();
            const auto in = [&](const char* column, const QSet<qint64>& set) {
                const int at = r.indexOf(QLatin1String(column));
                return at >= 0 && !q.value(at).isNull() && set.contains(q.value(at).toLongLong());
            };
            held = in("case_id", h.cases) || in("person_id", h.persons) ||
                   in("procedure_id", h.procedures) || in("screening_id", h.screenings);
        },
        action);
    if (!read)
        return read.error();
    return held;
}

Result<bool> PackageApplier::referredToHere(const RecordKind& kind, qint64 id)
{
    auto known = m_referrers.find(kind.table);
    if (known == m_referrers.end()) {
        Result<TableGraph> graph = TableGraph::of(m_db);
        if (!graph)
            return graph.error();
        QList<std::pair<QString, QString>> referrers;
        for (const TableGraph::Reference& r : graph->referencesTo(kind.table)) {
            const bool ownPart =
                std::any_of(kind.parts.cbegin(), kind.parts.cend(), [&](const RecordPart& p) {
                    return p.table == r.table && p.parentColumn == r.column;
                });
            if (!ownPart)
                referrers.append({r.table, r.column});
        }
        known = m_referrers.insert(kind.table, referrers);
    }
    for (const auto& [table, column] : std::as_const(*known)) {
        bool found = false;
        if (Status s = m_db.forEachRow(
                QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1")
                    .arg(SqlDialect::identifier(table), SqlDialect::identifier(column)),
                {id}, [&found](const QSqlQuery&) { found = true; }, tr("apply the package"));
            !s)
            return s.error();
        if (found)
            return true;
    }
    return false;
}

Status PackageApplier::removeRecord(const RecordKind& kind, const QByteArray& uid, bool decided)
{
    Result<qint64> id = localId(kind.table, uid);
    if (!id)
        return id.error();
    if (*id == 0 || !kind.naturalKey.isEmpty())
        return {}; // never here, or already gone; sites and users are never removed
    if (!decided) {
        // Removed there, changed here: a person chooses.
        Result<bool> changedHere = changedSinceArrival(kind.table, uid, *id);
        if (!changedHere)
            return changedHere.error();
        if (*changedHere)
            return waitForReview(kind.table, uid, *id, QJsonObject());
        // Removed there, still named by a record made here (a family link to a person the
        // post merged into another): removing it would take this site's record with it, or
        // be refused and hold up every package after. A person decides.
        Result<bool> referred = referredToHere(kind, *id);
        if (!referred)
            return referred.error();
        if (*referred)
            return waitForReview(kind.table, uid, *id, QJsonObject());
    }
    if (kind.table == QLatin1String("match_proposals")) {
        Status read = m_db.forEachRow(
            QStringLiteral("SELECT request_id FROM match_proposals WHERE id = ?"), {*id},
            [&](const QSqlQuery& q) { m_summary.answeredRequests.insert(q.value(0).toLongLong()); },
            tr("apply the package"));
        if (!read)
            return read;
    }
    if (kind.table == QLatin1String("persons")) {
        if (Status s = PersonSearchIndex(m_db).remove(*id); !s)
            return s;
        m_indexed.removeAll(*id);
    }
    if (Status s = m_db.run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(kind.table), {*id},
                            tr("apply the package"));
        !s)
        return s;
    // A record removed may come back with its identifier (a merge undone): it arrives anew.
    if (Status s = m_db.run(QStringLiteral("DELETE FROM sync_arrivals WHERE kind = ? AND uid = ?"),
                            {kind.table, uid}, tr("apply the package"));
        !s)
        return s;
    ++m_summary.removed;
    return {};
}

Status PackageApplier::waitForReview(const QString& kind, const QByteArray& uid, qint64 id,
                                     const QJsonObject& theirs)
{
    const QByteArray json =
        theirs.isEmpty() ? QByteArray() : QJsonDocument(theirs).toJson(QJsonDocument::Compact);
    if (Status s = m_db.run(QStringLiteral("DELETE FROM sync_reviews WHERE kind = ? AND uid = ?"),
                            {kind, uid}, tr("apply the package"));
        !s)
        return s;
    if (Status s =
            m_db.run(QStringLiteral("INSERT INTO sync_reviews (kind, uid, record_id, "
                                    "sender, arrived_at, theirs) VALUES (?, ?, ?, ?, ?, ?)"),
                     {kind, uid, id, m_sender, m_clock.now().toUTC().toString(Qt::ISODateWithMs),
                      json.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(QString::fromUtf8(json))},
                     tr("apply the package"));
        !s)
        return s;
    ++m_summary.waiting;
    return {};
}

Status PackageApplier::finish()
{
    if (Status s = noteArrivals(); !s)
        return s;
    // The search index is this database's own: filled again for every person that arrived.
    PersonRepository persons(m_db, m_clock);
    for (const qint64 id : std::as_const(m_indexed)) {
        Result<Person> person = persons.find(id);
        if (!person)
            return person.error();
        if (Status s = PersonSearchIndex(m_db).index(id, *person, m_newPersons.contains(id)); !s)
            return s;
    }
    return {};
}

Result<PackageApplier::Summary> PackageApplier::apply(const QByteArray& contents,
                                                      const QString& senderCode, bool senderRelays)
{
    m_sender = senderCode;
    m_senderRelays = senderRelays;
    m_summary = {};
    // qUncompress allocates the size written first: checked before, against the limit and
    // against what zlib can give from this many bytes (at most 1,032 to 1).
    constexpr quint64 MostInflated = 1032;
    if (contents.size() < 4)
        return unreadable();
    const quint64 claimed = qFromBigEndian<quint32>(contents.constData());
    if (claimed > quint64(MaxUnpacked) || claimed > quint64(contents.size() - 4) * MostInflated)
        return unreadable();
    const QByteArray json = qUncompress(contents);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject package = document.object();
    if (parseError.error != QJsonParseError::NoError ||
        package.value(QStringLiteral("format")).toInt() != PackageWriter::Format ||
        package.value(QStringLiteral("from")).toString() != senderCode)
        return unreadable();
    if (const QJsonValue confirms = package.value(QStringLiteral("confirms"));
        !confirms.isUndefined()) {
        if (!confirms.isDouble() || confirms.toDouble() < 1 || confirms.toDouble() > 1e15)
            return unreadable();
        m_summary.confirms = quint64(confirms.toDouble());
    }

    for (const QJsonValue& item : package.value(QStringLiteral("audit")).toArray()) {
        const std::optional<AuditEntry> entry = SiteAuditTrail::fromJson(item.toObject());
        if (!entry)
            return unreadable();
        m_summary.audit.append(*entry);
    }
    QHash<QString, QList<QJsonObject>> recordsByKind;
    for (const QJsonValue& item : package.value(QStringLiteral("records")).toArray()) {
        const QJsonObject record = item.toObject();
        recordsByKind[record.value(QStringLiteral("kind")).toString()].append(record);
    }
    for (auto it = recordsByKind.cbegin(); it != recordsByKind.cend(); ++it) {
        if (!RecordCatalogue::find(it.key()))
            return unreadable(); // a kind of record this Amparo does not know
    }
    for (const RecordKind& kind : RecordCatalogue::kinds()) {
        const QList<QJsonObject> records = recordsByKind.value(kind.table);
        QList<QByteArray> uids;
        for (const QJsonObject& record : records)
            uids.append(uidFrom(record.value(QStringLiteral("uid"))));
        if (Status s = prefetch(kind.table, uids); !s)
            return s.error();
        for (const QJsonObject& record : records) {
            if (Status s = applyRecord(kind, record, false); !s)
                return s.error();
        }
    }
    QList<std::pair<const RecordKind*, QByteArray>> removals;
    for (const QJsonValue& item : package.value(QStringLiteral("removed")).toArray()) {
        const QJsonObject gone = item.toObject();
        const RecordKind* kind =
            RecordCatalogue::find(gone.value(QStringLiteral("kind")).toString());
        const QByteArray uid = uidFrom(gone.value(QStringLiteral("uid")));
        if (!kind || uid.isEmpty())
            return unreadable();
        removals.append({kind, uid});
    }
    // What refers to a record goes before it: a merge removed a person and the case that still
    // named them here as its principal, in that order.
    std::stable_sort(removals.begin(), removals.end(), [](const auto& a, const auto& b) {
        return RecordCatalogue::position(a.first->table) >
               RecordCatalogue::position(b.first->table);
    });
    for (const auto& [kind, uid] : std::as_const(removals)) {
        if (Status s = removeRecord(*kind, uid, false); !s)
            return s.error();
    }
    if (Status s = finish(); !s)
        return s.error();
    return m_summary;
}

Status PackageApplier::applyDecided(const QString& kindTable, const QByteArray& uid,
                                    const QString& senderCode, const QJsonObject& theirs)
{
    m_sender = senderCode;
    m_summary = {};
    const RecordKind* kind = RecordCatalogue::find(kindTable);
    if (!kind)
        return unreadable();
    if (theirs.isEmpty()) {
        if (Status s = removeRecord(*kind, uid, true); !s)
            return s;
    } else if (Status s = applyRecord(*kind, theirs, true); !s) {
        return s;
    }
    return finish();
}

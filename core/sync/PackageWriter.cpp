#include "core/sync/PackageWriter.h"

#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
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

// A kind's place in the catalogue's order, asked for every comparison of a sort.
int rank(const QString& kind)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> out;
        const QList<RecordKind>& kinds = RecordCatalogue::kinds();
        for (int i = 0; i < kinds.size(); ++i)
            out.insert(kinds[i].table, i);
        return out;
    }();
    return ranks.value(kind, int(ranks.size()));
}
} // namespace

PackageWriter::PackageWriter(const Database& db)
    : m_db(db)
{
}

Result<QByteArray> PackageWriter::uidOf(const QString& kind, qint64 id)
{
    auto known = m_uids.find(kind);
    if (known == m_uids.end()) {
        QHash<qint64, QByteArray> all;
        Status read = m_db.forEachRow(
            QStringLiteral("SELECT id, uid FROM %1").arg(kind), {},
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

Result<PackageWriter::Written> PackageWriter::write(const QString& senderCode,
                                                    const QString& receiverCode, qint64 mark)
{
    const QString action = tr("make the package");
    Result<ChangeJournal::Reading> reading = ChangeJournal(m_db).since(mark);
    if (!reading)
        return reading.error();
    QList<ChangeJournal::Change> changes = reading->changes;
    // Sites and users travel whole: the receiver needs the ones references point to.
    for (const QString& kind : {QStringLiteral("sites"), QStringLiteral("users")}) {
        Status listed = m_db.forEachRow(
            QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(kind), {},
            [&](const QSqlQuery& q) {
                changes.append({kind, q.value(0).toLongLong(), {}});
            },
            action);
        if (!listed)
            return listed.error();
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ChangeJournal::Change& a, const ChangeJournal::Change& b) {
                         return rank(a.kind) < rank(b.kind);
                     });

    // One row's columns as JSON: references as identifiers, and without what stays here.
    const auto valuesOf = [&](const QSqlQuery& q, const QHash<QString, QString>& references,
                              const QStringList& skipped, QJsonObject& out) -> Status {
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
    };

    Written written;
    QJsonArray records;
    QJsonArray removed;
    QSet<std::pair<QString, qint64>> done;
    std::optional<Error> failure; // from inside a row callback
    for (const ChangeJournal::Change& change : std::as_const(changes)) {
        const RecordKind* kind = RecordCatalogue::find(change.kind);
        if (!kind || done.contains({change.kind, change.recordId}))
            continue;
        done.insert({change.kind, change.recordId});
        if (!change.goneUid.isEmpty())
            removed.append(
                QJsonObject{{QStringLiteral("kind"), change.kind},
                            {QStringLiteral("uid"), QString::fromLatin1(change.goneUid.toHex())}});
        QJsonObject record;
        QStringList skipped = kind->notSent;
        skipped << idColumn << uidColumn << originColumn;
        Status read = m_db.forEachRow(
            QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(kind->table), {change.recordId},
            [&](const QSqlQuery& q) {
                const QString origin = q.record().value(originColumn).toString();
                if (origin == receiverCode)
                    return; // it came from the receiver
                QJsonObject values;
                if (Status s = valuesOf(q, kind->references, skipped, values); !s) {
                    failure = s.error();
                    return;
                }
                record.insert(QStringLiteral("kind"), kind->table);
                record.insert(
                    QStringLiteral("uid"),
                    QString::fromLatin1(q.record().value(uidColumn).toByteArray().toHex()));
                record.insert(QStringLiteral("origin"), origin.isEmpty() ? senderCode : origin);
                record.insert(QStringLiteral("values"), values);
            },
            action);
        if (!read)
            return read.error();
        if (failure)
            return *failure;
        if (record.isEmpty())
            continue;
        QJsonObject parts;
        for (const RecordPart& part : kind->parts) {
            QJsonArray rows;
            Status partRead = m_db.forEachRow(
                QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(part.table, part.parentColumn),
                {change.recordId},
                [&](const QSqlQuery& q) {
                    QJsonObject row;
                    if (Status s = valuesOf(q, part.references, {part.parentColumn}, row); !s)
                        failure = s.error();
                    rows.append(row);
                },
                action);
            if (!partRead)
                return partRead.error();
            if (failure)
                return *failure;
            parts.insert(part.table, rows);
        }
        record.insert(QStringLiteral("parts"), parts);
        records.append(record);
    }
    written.records = int(records.size());
    written.removed = int(removed.size());
    const QJsonObject package{{QStringLiteral("format"), Format},
                              {QStringLiteral("from"), senderCode},
                              {QStringLiteral("to"), receiverCode},
                              {QStringLiteral("records"), records},
                              {QStringLiteral("removed"), removed}};
    written.contents = qCompress(QJsonDocument(package).toJson(QJsonDocument::Compact));
    return written;
}

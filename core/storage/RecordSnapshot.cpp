#include "core/storage/RecordSnapshot.h"

#include "core/storage/Database.h"
#include "core/storage/TableGraph.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {
const QString IdColumn = QStringLiteral("id");

// A value as text that says its type, so that an integer goes back as an integer and a
// global identifier as bytes: "i:42", "r:0.5", "t:María", "b:<base64>"; null stays null.
QJsonValue encode(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QStringLiteral("i:") + QString::number(value.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("r:") + QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toBase64());
    default:
        return QStringLiteral("t:") + value.toString();
    }
}

std::optional<QVariant> decode(const QJsonValue& value)
{
    if (value.isNull())
        return QVariant();
    const QString text = value.toString();
    if (text.size() < 2 || text[1] != u':')
        return std::nullopt;
    const QString rest = text.mid(2);
    bool ok = true;
    switch (text[0].unicode()) {
    case 'i': {
        const qlonglong n = rest.toLongLong(&ok);
        return ok ? std::optional<QVariant>(n) : std::nullopt;
    }
    case 'r': {
        const double d = rest.toDouble(&ok);
        return ok ? std::optional<QVariant>(d) : std::nullopt;
    }
    case 'b':
        return QVariant(QByteArray::fromBase64(rest.toLatin1()));
    case 't':
        return QVariant(rest);
    default:
        return std::nullopt;
    }
}

QJsonArray idsJson(const QList<qint64>& ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(QString::number(id));
    return a;
}

QList<qint64> idsFrom(const QJsonValue& value, bool& ok)
{
    QList<qint64> ids;
    for (const QJsonValue& v : value.toArray()) {
        const qint64 id = v.toString().toLongLong(&ok);
        if (!ok)
            return {};
        ids.append(id);
    }
    return ids;
}

QString textOf(const QVariantList& row)
{
    QJsonArray a;
    for (const QVariant& v : row)
        a.append(encode(v));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

QString RecordSnapshot::condition(const TableGraph& graph, const QString& table, const Scope& scope,
                                  QVariantList& params)
{
    QStringList alternatives;
    const auto in = [&](const QString& column, const QList<qint64>& ids) {
        if (ids.isEmpty())
            return;
        alternatives.append(
            QStringLiteral("%1 IN (%2)")
                .arg(SqlDialect::identifier(column), SqlDialect::placeholders(ids.size())));
        for (qint64 id : ids)
            params.append(id);
    };
    for (const auto& [parent, ids] : {std::pair(QStringLiteral("persons"), scope.personIds),
                                      std::pair(QStringLiteral("cases"), scope.caseIds)}) {
        if (table == parent)
            in(IdColumn, ids);
        for (const TableGraph::Reference& r : graph.referencesTo(parent)) {
            if (r.table == table)
                in(r.column, ids);
        }
    }
    return alternatives.join(QStringLiteral(" OR "));
}

Result<RecordSnapshot> RecordSnapshot::take(const Database& db, const TableGraph& graph,
                                            const Scope& scope)
{
    RecordSnapshot snapshot;
    snapshot.m_scope = scope;
    const QString action = tr("read the records as they are");
    for (const QString& table : graph.inOrder()) {
        QVariantList params;
        const QString where = condition(graph, table, scope, params);
        if (where.isEmpty())
            continue;
        Result<QSqlQuery> q = db.exec(
            QStringLiteral("SELECT * FROM %1 WHERE %2").arg(SqlDialect::identifier(table), where),
            params, action);
        if (!q)
            return q.error();
        Table rows;
        const QSqlRecord record = q.value().record();
        for (int i = 0; i < record.count(); ++i)
            rows.columns.append(record.fieldName(i));
        // The same rows give the same text, whatever order the engine read them in: sorted
        // by their text, made once a row.
        QMultiMap<QString, QVariantList> ordered;
        while (q.value().next()) {
            QVariantList row;
            for (int i = 0; i < record.count(); ++i)
                row.append(q.value().value(i));
            ordered.insert(textOf(row), row);
        }
        rows.rows = ordered.values();
        snapshot.m_tables.insert(table, rows);
    }
    return snapshot;
}

QByteArray RecordSnapshot::toJson() const
{
    QJsonObject tables;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        QJsonArray rows;
        for (const QVariantList& row : it->rows) {
            QJsonArray values;
            for (const QVariant& v : row)
                values.append(encode(v));
            rows.append(values);
        }
        tables.insert(it.key(), QJsonObject{{QStringLiteral("columns"),
                                             QJsonArray::fromStringList(it->columns)},
                                            {QStringLiteral("rows"), rows}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("scope"),
                                      QJsonDocument::fromJson(scopeJson(m_scope)).object()},
                                     {QStringLiteral("tables"), tables}})
        .toJson(QJsonDocument::Compact);
}

Result<RecordSnapshot> RecordSnapshot::fromJson(const QByteArray& json)
{
    const Error broken(Error::Code::Storage,
                       tr("The records kept from before the merge cannot be read."));
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return broken;
    Result<Scope> scope = scopeFromJson(
        QJsonDocument(doc.object().value(QStringLiteral("scope")).toObject()).toJson());
    if (!scope)
        return broken;
    RecordSnapshot snapshot;
    snapshot.m_scope = *scope;
    const QJsonObject tables = doc.object().value(QStringLiteral("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        Table t;
        for (const QJsonValue& c : it->toObject().value(QStringLiteral("columns")).toArray())
            t.columns.append(c.toString());
        for (const QJsonValue& r : it->toObject().value(QStringLiteral("rows")).toArray()) {
            const QJsonArray values = r.toArray();
            if (values.size() != t.columns.size())
                return broken;
            QVariantList row;
            for (const QJsonValue& v : values) {
                std::optional<QVariant> value = decode(v);
                if (!value)
                    return broken;
                row.append(*value);
            }
            t.rows.append(row);
        }
        snapshot.m_tables.insert(it.key(), t);
    }
    return snapshot;
}

QString RecordSnapshot::digest() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(toJson(), QCryptographicHash::Sha256).toHex());
}

qsizetype RecordSnapshot::rowCount(const QString& table) const
{
    return m_tables.value(table).rows.size();
}

Status RecordSnapshot::restore(const Database& db, const TableGraph& graph) const
{
    const QString action = tr("put the records back as they were");
    // Rows added since go first, those that refer to others before what they refer to.
    QStringList reversed = graph.inOrder();
    std::reverse(reversed.begin(), reversed.end());
    for (const QString& table : std::as_const(reversed)) {
        QVariantList params;
        QString where = condition(graph, table, m_scope, params);
        if (where.isEmpty())
            continue;
        where = QLatin1Char('(') + where + QLatin1Char(')');
        const Table kept = m_tables.value(table);
        const qsizetype idAt = kept.columns.indexOf(IdColumn);
        if (idAt >= 0 && !kept.rows.isEmpty()) {
            // Rows with an id of their own are written back in place below, so that the rows
            // under them (a screening's indicators) stay; only the others go.
            where += QStringLiteral(" AND id NOT IN (%1)")
                         .arg(SqlDialect::placeholders(kept.rows.size()));
            for (const QVariantList& row : kept.rows)
                params.append(row[idAt]);
        }
        if (Status s = db.run(
                QStringLiteral("DELETE FROM %1 WHERE %2").arg(SqlDialect::identifier(table), where),
                params, action);
            !s)
            return s;
    }
    for (const QString& table : graph.inOrder()) {
        const auto found = m_tables.constFind(table);
        if (found == m_tables.cend() || found->rows.isEmpty())
            continue;
        QStringList quoted;
        for (const QString& c : found->columns)
            quoted.append(SqlDialect::identifier(c));
        const qsizetype idAt = found->columns.indexOf(IdColumn);
        QStringList assignments;
        for (const QString& c : std::as_const(quoted))
            assignments.append(c + QStringLiteral(" = ?"));
        const QString update = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                   .arg(SqlDialect::identifier(table), assignments.join(u", "));
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(SqlDialect::identifier(table), quoted.join(u", "),
                                        SqlDialect::placeholders(quoted.size()));
        for (const QVariantList& row : found->rows) {
            if (idAt >= 0) {
                Result<QSqlQuery> updated = db.exec(update, QVariantList(row) << row[idAt], action);
                if (!updated)
                    return updated.error();
                if (updated.value().numRowsAffected() > 0)
                    continue;
            }
            if (Status s = db.run(insert, row, action); !s)
                return s;
        }
    }
    return {};
}

QByteArray RecordSnapshot::scopeJson(const Scope& scope)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("persons"), idsJson(scope.personIds)},
                                     {QStringLiteral("cases"), idsJson(scope.caseIds)}})
        .toJson(QJsonDocument::Compact);
}

Result<RecordSnapshot::Scope> RecordSnapshot::scopeFromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    bool ok = true;
    Scope scope;
    scope.personIds = idsFrom(o.value(QStringLiteral("persons")), ok);
    if (ok)
        scope.caseIds = idsFrom(o.value(QStringLiteral("cases")), ok);
    if (!ok)
        return Error(Error::Code::Storage, tr("The records a merge touched cannot be read."));
    return scope;
}

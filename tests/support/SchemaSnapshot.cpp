#include "tests/support/SchemaSnapshot.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace {
// Tables only one engine has: PostgreSQL keeps the application mark and schema version in a
// table where SQLite has its file header; the search index is an FTS5 table in SQLite. The
// change journal is in both, ordered each engine's way (a growing number in a file with one
// writer, transaction ids on a server where transactions commit in any order).
const QStringList onlyOneEngine{QStringLiteral("amparo_meta"), QStringLiteral("sync_journal")};
const QString searchTable = QStringLiteral("person_search");

QString typeClass(const QString& declared)
{
    const QString t = declared.toLower();
    if (t.contains(QLatin1String("int")))
        return QStringLiteral("integer");
    if (t.contains(QLatin1String("real")) || t.contains(QLatin1String("double")) ||
        t.contains(QLatin1String("float")))
        return QStringLiteral("real");
    if (t == QLatin1String("blob") || t == QLatin1String("bytea"))
        return QStringLiteral("bytes");
    if (t.contains(QLatin1String("text")) || t.contains(QLatin1String("char")) ||
        t == QLatin1String("citext"))
        return QStringLiteral("text");
    return t;
}

// "'declared'::text" and "'declared'" are the same default.
QString defaultValue(const QString& sql)
{
    static const QRegularExpression cast(QStringLiteral("::[a-z ]+$"));
    QString v = sql.trimmed();
    v.remove(cast);
    return v;
}

QString column(const QString& type, bool notNull, const QString& defaultSql)
{
    QString out = typeClass(type);
    if (notNull)
        out += QStringLiteral(" not null");
    if (!defaultSql.isEmpty())
        out += QStringLiteral(" default ") + defaultValue(defaultSql);
    return out;
}

QStringList rows(const QSqlDatabase& db, const QString& sql)
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        qFatal("schema snapshot: %s", qPrintable(sql));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields.append(q.value(i).toString());
        out.append(fields.join(QChar(0x1f)));
    }
    return out;
}

QStringList fieldsOf(const QString& row)
{
    return row.split(QChar(0x1f));
}
} // namespace

SchemaSnapshot SchemaSnapshot::ofSqlite(const QSqlDatabase& db)
{
    SchemaSnapshot s;
    for (const QString& view :
         rows(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'view'")))
        s.columns.insert(QStringLiteral("view ") + view, QStringLiteral("view"));
    for (const QString& table :
         rows(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                 "NOT LIKE 'sqlite_%' AND name NOT LIKE 'person_search_%' "
                                 "ORDER BY name"))) {
        if (onlyOneEngine.contains(table))
            continue;
        QStringList pk;
        for (const QString& row : rows(db, QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            const QStringList f = fieldsOf(row); // cid, name, type, notnull, dflt, pk
            if (table == searchTable) {
                s.columns.insert(table + u'.' + f[1], QStringLiteral("search"));
                continue;
            }
            const bool primary = f[5].toInt() > 0;
            s.columns.insert(table + u'.' + f[1], column(f[2], f[3] == u'1' || primary, f[4]));
            if (primary)
                pk.append(f[5] + u':' + f[1]);
        }
        if (table == searchTable)
            continue;
        std::sort(pk.begin(), pk.end());
        for (QString& c : pk)
            c = c.section(u':', 1);
        if (!pk.isEmpty())
            s.primaryKeys.insert(table, pk.join(QStringLiteral(", ")));
        QMap<QString, QStringList> from, to;
        QMap<QString, QString> target, onDelete;
        for (const QString& row :
             rows(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))) {
            const QStringList f = fieldsOf(row); // id, seq, table, from, to, upd, del, match
            from[f[0]].append(f[3]);
            to[f[0]].append(f[4]);
            target[f[0]] = f[2];
            onDelete[f[0]] = f[6].toLower();
        }
        for (auto it = from.cbegin(); it != from.cend(); ++it)
            s.foreignKeys.insert(QStringLiteral("%1 (%2) -> %3 (%4) on delete %5")
                                     .arg(table, it.value().join(QStringLiteral(", ")),
                                          target[it.key()], to[it.key()].join(QStringLiteral(", ")),
                                          onDelete[it.key()]));
        for (const QString& row : rows(db, QStringLiteral("PRAGMA index_list(%1)").arg(table))) {
            const QStringList f = fieldsOf(row); // seq, name, unique, origin, partial
            if (f[3] == QLatin1String("pk"))
                continue;
            QStringList columns;
            for (const QString& c :
                 rows(db, QStringLiteral("PRAGMA index_xinfo(\"%1\")").arg(f[1]))) {
                const QStringList x = fieldsOf(c); // seqno, cid, name, desc, coll, key
                if (x[5] == u'1')
                    columns.append(x[1] == QLatin1String("-2") ? QStringLiteral("<expr>") : x[2]);
            }
            const QString on =
                QStringLiteral("%1 (%2)").arg(table, columns.join(QStringLiteral(", ")));
            if (f[3] == u'u')
                s.uniques.insert(on);
            else
                s.indexes.insert(f[1], (f[2] == u'1' ? QStringLiteral("unique ") : QString()) + on);
        }
    }
    return s;
}

SchemaSnapshot SchemaSnapshot::ofPostgres(const QSqlDatabase& db)
{
    SchemaSnapshot s;
    for (const QString& view : rows(db, QStringLiteral("SELECT table_name FROM "
                                                       "information_schema.views WHERE "
                                                       "table_schema = 'public'")))
        s.columns.insert(QStringLiteral("view ") + view, QStringLiteral("view"));
    const QString columnsOf = QStringLiteral(
        "(SELECT string_agg(CASE WHEN k.attnum = 0 THEN '<expr>' ELSE a.attname::text END, ', ' "
        "ORDER BY k.n) FROM unnest(%1) WITH ORDINALITY k(attnum, n) LEFT JOIN pg_attribute a "
        "ON a.attrelid = %2 AND a.attnum = k.attnum)");
    for (const QString& row :
         rows(db, QStringLiteral("SELECT table_name, column_name, udt_name, is_nullable, "
                                 "coalesce(column_default, ''), is_identity FROM "
                                 "information_schema.columns c WHERE table_schema = 'public' "
                                 "AND EXISTS (SELECT 1 FROM information_schema.tables t WHERE "
                                 "t.table_schema = 'public' AND t.table_name = c.table_name AND "
                                 "t.table_type = 'BASE TABLE') "
                                 "ORDER BY table_name, ordinal_position"))) {
        const QStringList f = fieldsOf(row);
        if (onlyOneEngine.contains(f[0]))
            continue;
        if (f[0] == searchTable) {
            if (f[1] != QLatin1String("rowid") && f[1] != QLatin1String("terms"))
                s.columns.insert(f[0] + u'.' + f[1], QStringLiteral("search"));
            continue;
        }
        s.columns.insert(f[0] + u'.' + f[1], column(f[2], f[3] == QLatin1String("NO"), f[4]));
    }
    const QString tablesOf =
        QStringLiteral("FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN "
                       "pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' AND "
                       "t.relname NOT IN ('amparo_meta', 'person_search') AND ");
    for (const QString& row : rows(
             db, QStringLiteral("SELECT t.relname, c.contype, %1, coalesce((SELECT relname FROM "
                                "pg_class WHERE oid = c.confrelid), ''), coalesce(%2, ''), "
                                "c.confdeltype %3 c.contype IN ('p', 'u', 'f')")
                     .arg(columnsOf.arg(QStringLiteral("c.conkey"), QStringLiteral("c.conrelid")),
                          columnsOf.arg(QStringLiteral("c.confkey"), QStringLiteral("c.confrelid")),
                          tablesOf))) {
        const QStringList f = fieldsOf(row);
        if (f[1] == u'p') {
            s.primaryKeys.insert(f[0], f[2]);
        } else if (f[1] == u'u') {
            s.uniques.insert(QStringLiteral("%1 (%2)").arg(f[0], f[2]));
        } else {
            static const QMap<QString, QString> actions{
                {QStringLiteral("a"), QStringLiteral("no action")},
                {QStringLiteral("c"), QStringLiteral("cascade")},
                {QStringLiteral("r"), QStringLiteral("restrict")},
                {QStringLiteral("n"), QStringLiteral("set null")},
                {QStringLiteral("d"), QStringLiteral("set default")}};
            s.foreignKeys.insert(QStringLiteral("%1 (%2) -> %3 (%4) on delete %5")
                                     .arg(f[0], f[2], f[3], f[4], actions.value(f[5])));
        }
    }
    for (const QString& row : rows(
             db, QStringLiteral("SELECT i.relname, t.relname, ix.indisunique, %1 FROM pg_index ix "
                                "JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON "
                                "t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                                "WHERE n.nspname = 'public' AND t.relname NOT IN ('amparo_meta', "
                                "'person_search') AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                "WHERE c.conindid = ix.indexrelid)")
                     .arg(columnsOf.arg(QStringLiteral("ix.indkey::int2[]"),
                                        QStringLiteral("ix.indrelid"))))) {
        const QStringList f = fieldsOf(row);
        if (onlyOneEngine.contains(f[1]))
            continue;
        s.indexes.insert(f[0],
                         (f[2] == QLatin1String("true") ? QStringLiteral("unique ") : QString()) +
                             QStringLiteral("%1 (%2)").arg(f[1], f[3]));
    }
    return s;
}

QStringList SchemaSnapshot::differences(const SchemaSnapshot& postgres) const
{
    QStringList out;
    const auto compareMaps = [&out](const char* what, const QMap<QString, QString>& a,
                                    const QMap<QString, QString>& b) {
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (!b.contains(it.key()))
                out.append(QStringLiteral("%1 only in SQLite: %2 %3")
                               .arg(QLatin1String(what), it.key(), it.value()));
            else if (b.value(it.key()) != it.value())
                out.append(QStringLiteral("%1 differs: %2 is %3 in SQLite, %4 in PostgreSQL")
                               .arg(QLatin1String(what), it.key(), it.value(), b.value(it.key())));
        }
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            if (!a.contains(it.key()))
                out.append(QStringLiteral("%1 only in PostgreSQL: %2 %3")
                               .arg(QLatin1String(what), it.key(), it.value()));
        }
    };
    const auto compareSets = [&out](const char* what, const QSet<QString>& a,
                                    const QSet<QString>& b) {
        for (const QString& x : a - b)
            out.append(QStringLiteral("%1 only in SQLite: %2").arg(QLatin1String(what), x));
        for (const QString& x : b - a)
            out.append(QStringLiteral("%1 only in PostgreSQL: %2").arg(QLatin1String(what), x));
    };
    compareMaps("column", columns, postgres.columns);
    compareMaps("primary key", primaryKeys, postgres.primaryKeys);
    compareSets("foreign key", foreignKeys, postgres.foreignKeys);
    compareSets("unique", uniques, postgres.uniques);
    compareMaps("index", indexes, postgres.indexes);
    out.sort();
    return out;
}

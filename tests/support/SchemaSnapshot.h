#pragma once

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A database's schema in words both engines share: for each table its columns (type class —
// integer, text, real —, not null, default), primary key, foreign keys, unique constraints
// and the indexes created by name, so that the SQLite and PostgreSQL migrations can be
// compared and cannot drift. What only one engine has (its own bookkeeping tables, the
// search index's internals) is left out.
struct SchemaSnapshot
{
    QMap<QString, QString> columns;     // "table.column" -> "integer not null default 0"
    QMap<QString, QString> primaryKeys; // table -> "a, b"
    QSet<QString> foreignKeys;          // "table (a) -> other (id) on delete cascade"
    QSet<QString> uniques;              // "table (a, b)"
    QMap<QString, QString> indexes;     // name -> "table (a, b)" or "unique table (a, <expr>)"

    static SchemaSnapshot ofSqlite(const QSqlDatabase& db);
    static SchemaSnapshot ofPostgres(const QSqlDatabase& db);
    // One line per difference ("only in PostgreSQL: …", "differs: …"), empty when equal.
    QStringList differences(const SchemaSnapshot& postgres) const;
};

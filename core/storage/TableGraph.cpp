#include "core/storage/TableGraph.h"

#include "core/storage/Database.h"

#include <algorithm>

TableGraph TableGraph::ofTable(const QString& table)
{
    TableGraph graph;
    graph.m_order = {table};
    return graph;
}

Result<TableGraph> TableGraph::of(const Database& db)
{
    const bool server = db.isServer();
    const QString action = tr("list the tables of the database");
    TableGraph graph;
    QStringList names;
    if (Status s = db.forEachRow(
            server ? QStringLiteral("SELECT c.relname, c.relkind = 'v' FROM pg_class c JOIN "
                                    "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                                    "'public' AND c.relkind IN ('r', 'v') ORDER BY c.relname")
                   : QStringLiteral("SELECT name, type = 'view' FROM sqlite_schema WHERE type IN "
                                    "('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT "
                                    "LIKE 'person_search_%' ORDER BY name"),
            {},
            [&](const QSqlQuery& q) {
                (q.value(1).toBool() ? graph.m_views : names).append(q.value(0).toString());
            },
            action);
        !s)
        return s.error();
    if (Status s = db.forEachRow(
            server ? QStringLiteral("SELECT t.relname, r.relname, a.attname FROM pg_constraint c "
                                    "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON "
                                    "r.oid = c.confrelid JOIN pg_namespace n ON n.oid = "
                                    "t.relnamespace JOIN pg_attribute a ON a.attrelid = "
                                    "c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f' "
                                    "AND n.nspname = 'public'")
                   : QStringLiteral("SELECT m.name, f.\"table\", f.\"from\" FROM sqlite_schema "
                                    "m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"),
            {},
            [&](const QSqlQuery& q) {
                const QString table = q.value(0).toString();
                const QString parent = q.value(1).toString();
                graph.m_referrers.insert(parent, {table, q.value(2).toString()});
                if (table != parent)
                    graph.m_refersTo.insert(table, parent);
            },
            action);
        !s)
        return s.error();
    while (graph.m_order.size() < names.size()) {
        const qsizetype before = graph.m_order.size();
        for (const QString& name : std::as_const(names)) {
            if (graph.m_order.contains(name))
                continue;
            const QStringList needs = graph.m_refersTo.values(name);
            if (std::all_of(needs.cbegin(), needs.cend(), [&](const QString& n) {
                    return graph.m_order.contains(n) || !names.contains(n);
                }))
                graph.m_order.append(name);
        }
        if (graph.m_order.size() == before)
            return Error(Error::Code::Storage,
                         tr("The tables of the database refer to each other in a circle."));
    }
    return graph;
}

QSet<QString> TableGraph::lineage(const QString& table) const
{
    QSet<QString> found{table};
    // Up the references, then down them: siblings under one parent share no rows.
    for (bool up : {true, false}) {
        QStringList next{table};
        while (!next.isEmpty()) {
            const QString t = next.takeLast();
            const QStringList linked = up ? m_refersTo.values(t) : m_refersTo.keys(t);
            for (const QString& l : linked) {
                if (!found.contains(l)) {
                    found.insert(l);
                    next.append(l);
                }
            }
        }
    }
    return found;
}

QList<TableGraph::Reference> TableGraph::referencesTo(const QString& table) const
{
    QList<Reference> found = m_referrers.values(table);
    std::sort(found.begin(), found.end(), [](const Reference& a, const Reference& b) {
        return std::pair(a.table, a.column) < std::pair(b.table, b.column);
    });
    return found;
}

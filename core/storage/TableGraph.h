#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QMultiMap>
#include <QSet>
#include <QStringList>

class Database;

// The tables of an Amparo database and the foreign keys between them: the order in which
// rows can be written (each table after the tables it refers to), and which tables a
// statement on one table can depend on.
class TableGraph
{
    Q_DECLARE_TR_FUNCTIONS(TableGraph)

public:
    // Refuses tables that refer to each other in a circle: no order writes them.
    static Result<TableGraph> of(const Database& db);
    // One table that refers to none and that none refers to.
    static TableGraph ofTable(const QString& table);

    // Every table, each after the tables it refers to.
    const QStringList& inOrder() const { return m_order; }
    const QStringList& views() const { return m_views; }
    // `table`, the tables it refers to and the tables referring to it, at any distance: a
    // statement on one may check a key in another or cascade into it.
    QSet<QString> lineage(const QString& table) const;

    // A column holding another table's id (a foreign key of one column).
    struct Reference
    {
        QString table;
        QString column;
        bool operator==(const Reference&) const = default;
    };
    // Every column, in every table, that refers to `table`'s rows: what a merge must move,
    // read from the schema so that a table added later is not forgotten.
    QList<Reference> referencesTo(const QString& table) const;

private:
    QStringList m_order;
    QStringList m_views;
    QMultiMap<QString, QString> m_refersTo;
    QMultiMap<QString, Reference> m_referrers; // referred table -> referring column
};

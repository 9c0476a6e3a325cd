#pragma once

#include "core/storage/TableGraph.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <optional>

// Single-row INSERTs held back to be written together: the rows of one statement as
// multi-row INSERTs, the tables in an order that keeps every foreign key satisfied. On a
// server each statement is a round trip, and an import writes a dozen rows per person.
class InsertQueue
{
public:
    // Values per multi-row INSERT: large enough to make round trips rare, small enough for
    // any driver.
    static constexpr int ValuesPerStatement = 4000;

    explicit InsertQueue(TableGraph graph);

    // The table of a single-row INSERT that can wait ("INSERT INTO t (a, b) VALUES (?, 1)"),
    // or nothing for any other statement.
    static std::optional<QString> tableOf(const QString& sql);
    // The same single-row INSERT with the row's id given first.
    static QString withId(const QString& sql);
    // The multi-row form of a single-row INSERT (whose rows are `(…)` after VALUES).
    static QString forRows(const QString& sql, int rows);
    // How many rows of `sql` one multi-row INSERT holds.
    static int rowsPerStatement(const QString& sql);

    // A single-row INSERT into one of the database's tables: its table, and the statement
    // with the row's id given first (for insert()).
    struct Holdable
    {
        QString table;
        QString withId;
    };
    // What `sql` is, or nothing if it cannot wait; learnt once per statement text, since a
    // batch asks for every row.
    std::optional<Holdable> holdable(const QString& sql) const;
    // Holds one row of `sql` (a statement holdable() accepts).
    void add(const QString& sql, const QVariantList& params, const QString& action);
    qsizetype rows() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    // Whether `sql` may see or change what a waiting row would (it names a table whose rows
    // wait, one that refers to them or that they refer to, or a view): the rows go first.
    bool mustGoBefore(const QString& sql) const;

    struct Statement
    {
        QString sql;
        QVariantList params;
        QString action;
        bool full = false; // a shape that comes back: rowsPerStatement() rows, or one
    };
    // The waiting rows as statements in writing order; the queue is empty afterwards.
    QList<Statement> take();
    void clear();

private:
    struct Waiting
    {
        QString sql;
        QString table;
        QVariantList params;
        int rows = 0;
        QString action;
    };

    TableGraph m_graph;
    mutable QHash<QString, std::optional<Holdable>> m_holdable;
    QList<Waiting> m_waiting;
    QHash<QString, qsizetype> m_bySql;
    // Every table a statement must not touch while rows wait.
    QSet<QString> m_touching;
    mutable QHash<QString, bool> m_goesBefore;
    qsizetype m_rows = 0;
};

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariant>

class Database;
class TableGraph;

// Some persons and cases as stored, with every row of every table that refers to them (their
// documents, memberships, screenings, procedures, deadlines, notes, tracing requests, family
// links…, found from the schema's foreign keys). A merge keeps one taken before it, so that
// undoing it puts every row back exactly, with its id and global identifier.
class RecordSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(RecordSnapshot)

public:
    struct Scope
    {
        QList<qint64> personIds;
        QList<qint64> caseIds;
        bool operator==(const Scope&) const = default;
    };

    static Result<RecordSnapshot> take(const Database& db, const TableGraph& graph,
                                       const Scope& scope);

    const Scope& scope() const { return m_scope; }
    // The rows, the same text for the same rows whatever order they were read in.
    QByteArray toJson() const;
    static Result<RecordSnapshot> fromJson(const QByteArray& json);
    // SHA-256 of toJson(), in hex: whether the rows are still what they were.
    QString digest() const;
    // How many rows of `table` it holds.
    qsizetype rowCount(const QString& table) const;

    // Within the caller's transaction, makes the rows that refer to the scope what they were:
    // rows changed since are written back, rows removed are inserted again, rows added are
    // removed. What is derived from rows outside any table's keys (the search index) is the
    // caller's to rebuild.
    Status restore(const Database& db, const TableGraph& graph) const;

    static QByteArray scopeJson(const Scope& scope);
    static Result<Scope> scopeFromJson(const QByteArray& json);

private:
    struct Table
    {
        QStringList columns;
        QList<QVariantList> rows;
    };
    // "id IN (…) OR person_id IN (…)": the rows of `table` the scope holds, or empty.
    static QString condition(const TableGraph& graph, const QString& table, const Scope& scope,
                             QVariantList& params);

    Scope m_scope;
    QMap<QString, Table> m_tables;
};

#include "core/services/DatabaseCopier.h"

#include "core/audit/AuditVerifier.h"
#include "core/storage/Database.h"
#include "core/storage/InsertQueue.h"
#include "core/storage/StorageError.h"
#include "core/storage/TableGraph.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {
// Tables that hold what one engine keeps for itself (PostgreSQL's application mark and
// schema version live in SQLite's file header) or what the target already holds for itself.
// The change journal is each engine's own too: the target's triggers note every record as
// it arrives, so the copy has everything still to send.
const QStringList engineOwn{QStringLiteral("amparo_meta"), QStringLiteral("sync_journal")};
const QString stateTable = QStringLiteral("app_state");
const QString searchTable = QStringLiteral("person_search");

bool isPlainName(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return plain.match(name).hasMatch();
}
} // namespace

qint64 DatabaseCopier::Report::totalRows() const
{
    qint64 total = 0;
    for (qint64 n : rows)
        total += n;
    return total;
}

DatabaseCopier::DatabaseCopier(const Database& from, const Database& to)
    : m_from(from)
    , m_to(to)
{
}

Result<QStringList> DatabaseCopier::tablesInOrder() const
{
    Result<TableGraph> graph = TableGraph::of(m_from);
    if (!graph)
        return graph.error();
    QStringList names = graph->inOrder();
    names.removeIf([](const QString& name) { return engineOwn.contains(name); });
    return names;
}

Result<QStringList> DatabaseCopier::columnsOf(const QString& table) const
{
    // The target's columns, as written by its own migrations; what it computes itself (the
    // server's search terms) is left for it to compute.
    Result<QSqlQuery> q = m_to.exec(
        m_to.isServer()
            ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                             "table_schema = 'public' AND table_name = ? AND is_generated = "
                             "'NEVER' ORDER BY ordinal_position")
            : QStringLiteral(
                  "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid"),
        {table}, tr("list the columns of %1").arg(table));
    if (!q)
        return q.error();
    QStringList columns;
    while (q.value().next())
        columns.append(q.value().value(0).toString());
    // Each row of the search index is its person's: its row id is copied too.
    if (table == searchTable && !columns.contains(QStringLiteral("rowid")))
        columns.prepend(QStringLiteral("rowid"));
    if (columns.isEmpty())
        return Error(
            Error::Code::Storage,
            tr("The target database has no table %1: it is not on the same schema.").arg(table));
    for (const QString& c : std::as_const(columns)) {
        if (!isPlainName(c))
            return Error(Error::Code::Storage,
                         tr("The column %1 of %2 has a name Amparo does not write.").arg(c, table));
    }
    return columns;
}

Status DatabaseCopier::checkTarget() const
{
    if (m_from.path() == m_to.path())
        return Error(Error::Code::Refused, tr("A database cannot be copied into itself."));
    const Result<int> from = m_from.schemaVersion();
    if (!from)
        return from.error();
    const Result<int> to = m_to.schemaVersion();
    if (!to)
        return to.error();
    if (*from != *to)
        return Error(Error::Code::Refused,
                     tr("%1 is on schema %2 and %3 on schema %4: open both with this version of "
                        "Amparo first, so that both are brought up to date. Nothing was copied.")
                         .arg(m_from.path())
                         .arg(*from)
                         .arg(m_to.path())
                         .arg(*to));
    return {};
}

Result<qint64> DatabaseCopier::copyTable(const QString& table,
                                         const std::function<bool(qint64)>& wantsMore) const
{
    Result<QStringList> columns = columnsOf(table);
    if (!columns)
        return columns.error();
    const QString list = columns->join(QStringLiteral(", "));
    const QString action = tr("copy the table %1").arg(table);
    QSqlQuery source(m_from.connection());
    // Read row by row: a server sends them one at a time, a file reads them as they come.
    source.setForwardOnly(true);
    if (!source.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list, table)))
        return storageError(source.lastError(), action);
    const int width = int(columns->size());
    const QString oneRow =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, list, QStringList(width, QStringLiteral("?")).join(QStringLiteral(", ")));
    // Many rows per INSERT: a round trip per row would make a large copy to a server slow.
    const int perBatch = InsertQueue::rowsPerStatement(oneRow);
    QSqlQuery full(m_to.connection());
    if (!full.prepare(InsertQueue::forRows(oneRow, perBatch)))
        return storageError(full.lastError(), action);
    QVariantList pending;
    qint64 copied = 0;
    auto flush = [&](QSqlQuery& statement) -> Status {
        for (const QVariant& value : std::as_const(pending))
            statement.addBindValue(value);
        if (!statement.exec())
            return storageError(statement.lastError(), action);
        copied += pending.size() / width;
        pending.clear();
        return {};
    };
    while (source.next()) {
        for (int i = 0; i < width; ++i)
            pending.append(source.value(i));
        if (pending.size() == qsizetype(perBatch) * width) {
            if (Status s = flush(full); !s)
                return s.error();
            if (!wantsMore(copied))
                return Error(Error::Code::Cancelled, tr("The copy was cancelled; nothing was "
                                                        "written to the target."));
        }
    }
    if (source.lastError().isValid())
        return storageError(source.lastError(), action);
    if (!pending.isEmpty()) {
        QSqlQuery tail(m_to.connection());
        if (!tail.prepare(InsertQueue::forRows(oneRow, int(pending.size() / width))))
            return storageError(tail.lastError(), action);
        if (Status s = flush(tail); !s)
            return s.error();
    }
    return copied;
}

Status DatabaseCopier::continueIdentities() const
{
    if (!m_to.isServer())
        return {}; // SQLite continues after the largest id it was given.
    Result<QSqlQuery> q = m_to.exec(
        QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                       "table_schema = 'public' AND is_identity = 'YES'"));
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> identities;
    while (q.value().next())
        identities.append({q.value().value(0).toString(), q.value().value(1).toString()});
    for (const auto& [table, column] : std::as_const(identities)) {
        if (!isPlainName(table) || !isPlainName(column))
            continue;
        if (Status s = m_to.run(
                QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), coalesce((SELECT "
                               "max(%2) FROM %1), 0) + 1, false)")
                    .arg(table, column),
                {table, column}, tr("continue the numbering of %1").arg(table));
            !s)
            return s;
    }
    return {};
}

Result<DatabaseCopier::Report> DatabaseCopier::copy(const std::function<bool(int)>& progress) const
{
    if (Status s = checkTarget(); !s)
        return s.error();
    Result<QStringList> tables = tablesInOrder();
    if (!tables)
        return tables.error();

    Transaction reading(m_from);
    if (Status s = reading.beginRead(); !s)
        return s.error();
    Transaction writing(m_to);
    if (Status s = writing.begin(); !s)
        return s.error();

    auto countOf = [](const Database& db, const QString& table) -> Result<qint64> {
        Result<QSqlQuery> q = db.exec(QStringLiteral("SELECT count(*) FROM ") + table, {},
                                      tr("count the rows of %1").arg(table));
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    };
    // The source is read in one snapshot: its counts hold for the whole copy.
    QHash<QString, qint64> sourceRows;
    qint64 total = 0;
    for (const QString& table : std::as_const(*tables)) {
        if (!isPlainName(table))
            return Error(Error::Code::Storage,
                         tr("The table %1 has a name Amparo does not write.").arg(table));
        Result<qint64> there = countOf(m_to, table);
        if (!there)
            return there.error();
        if (*there > 0 && table != stateTable)
            return Error(Error::Code::Refused,
                         tr("%1 is not empty (its table %2 holds rows): Amparo copies only into "
                            "an empty database, so that nothing there is mixed or overwritten. "
                            "Nothing was copied.")
                             .arg(m_to.path(), table));
        Result<qint64> here = countOf(m_from, table);
        if (!here)
            return here.error();
        sourceRows.insert(table, *here);
        total += *here;
    }
    // What the target noted for itself on opening is replaced by the source's own notes.
    if (Status s = m_to.run(QStringLiteral("DELETE FROM ") + stateTable); !s)
        return s.error();

    Report report;
    qint64 done = 0;
    for (const QString& table : std::as_const(*tables)) {
        Result<qint64> copied = copyTable(table, [&](qint64 rows) {
            return !progress || progress(int(1000 * (done + rows) / std::max<qint64>(1, total)));
        });
        if (!copied)
            return copied.error();
        report.rows.insert(table, *copied);
        done += *copied;
        Result<qint64> arrived = countOf(m_to, table);
        if (!arrived)
            return arrived.error();
        const qint64 expected = sourceRows.value(table);
        if (*arrived != expected || *copied != expected)
            return Error(Error::Code::Storage,
                         tr("The copy of %1 is incomplete (%2 rows of %3); nothing was copied.")
                             .arg(table)
                             .arg(*arrived)
                             .arg(expected));
        if (progress && !progress(int(1000 * done / std::max<qint64>(1, total))))
            return Error(Error::Code::Cancelled,
                         tr("The copy was cancelled; nothing was written to the target."));
    }
    if (Status s = continueIdentities(); !s)
        return s.error();

    const Result<AuditVerifier::Report> source = AuditVerifier(m_from).verify();
    if (!source)
        return source.error();
    const Result<AuditVerifier::Report> target = AuditVerifier(m_to).verify();
    if (!target)
        return target.error();
    if (target->entries != source->entries || target->headHash != source->headHash ||
        target->problems.size() != source->problems.size())
        return Error(Error::Code::Storage,
                     tr("The audit trail did not arrive as it was (%1 entries of %2); nothing "
                        "was copied.")
                         .arg(target->entries)
                         .arg(source->entries));
    report.auditEntries = target->entries;
    if (Status s = writing.commit(); !s)
        return s.error();
    // A server plans its first queries on the copied rows as well as on rows it grew itself
    // (statistics), and reads lists from its indexes alone (visibility map).
    if (m_to.isServer()) {
        if (Status s = m_to.run(QStringLiteral("VACUUM (ANALYZE)"), {},
                                tr("prepare the copied database for use"));
            !s)
            return s.error();
    }
    return report;
}

#include "core/services/PersonEraser.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/PersonSearchIndex.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/TableGraph.h"

#include <QSqlQuery>

PersonEraser::PersonEraser(const Database& db, const Clock& clock, const TableGraph& graph)
    : m_db(db)
    , m_clock(clock)
    , m_graph(graph)
{
}

Status PersonEraser::passPrincipal(qint64 caseId, qint64 personId) const
{
    const QString action = tr("give the case to its next member");
    Result<QSqlQuery> next = m_db.exec(QStringLiteral("SELECT person_id FROM case_members WHERE "
                                                      "case_id = ? AND person_id <> ? ORDER BY "
                                                      "position LIMIT 1"),
                                       {caseId, personId}, action);
    if (!next)
        return next.error();
    if (!next.value().next())
        return Error(Error::Code::Storage, tr("The case has no other member."));
    const qint64 heir = next.value().value(0).toLongLong();
    Result<Person> person = PersonRepository(m_db, m_clock).find(heir);
    if (!person)
        return person.error();
    const QString sortName = person->sortKey();
    if (Status s = m_db.run(QStringLiteral("UPDATE cases SET principal_id = ?, sort_name = ? "
                                           "WHERE id = ?"),
                            {heir, sortName, caseId}, action);
        !s)
        return s;
    return m_db.run(QStringLiteral("UPDATE case_members SET relationship = 'principal' WHERE "
                                   "case_id = ? AND person_id = ?"),
                    {caseId, heir}, action);
}

Result<PersonEraser::Outcome> PersonEraser::erase(qint64 personId, const QByteArray& personUid,
                                                  const QStringList& values) const
{
    const QString action = tr("erase the person");
    Outcome out;
    struct Membership
    {
        qint64 caseId;
        qint64 principalId;
        int members;
    };
    QList<Membership> memberships;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT c.id, c.principal_id, c.case_number, (SELECT count(*) FROM "
                       "case_members o WHERE o.case_id = c.id) FROM case_members m JOIN cases c "
                       "ON c.id = m.case_id WHERE m.person_id = ? ORDER BY c.id"),
        {personId},
        [&](const QSqlQuery& q) {
            memberships.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toInt()});
            out.caseNumbers.append(q.value(2).toString());
        },
        action);
    if (!read)
        return read.error();
    for (const Membership& m : memberships)
        (m.members <= 1 ? out.casesRemoved : out.casesKept).append(m.caseId);

    QVariantList requestParams{personId, personId};
    QString removedCases;
    if (!out.casesRemoved.isEmpty()) {
        removedCases = QStringLiteral(" OR case_id IN (%1)")
                           .arg(SqlDialect::placeholders(out.casesRemoved.size()));
        for (qint64 id : out.casesRemoved)
            requestParams.append(id);
    }
    read = m_db.forEachRow(
        QStringLiteral("SELECT id FROM tracing_requests WHERE inquirer_person_id = ? OR "
                       "found_person_id = ?%1 ORDER BY id")
            .arg(removedCases),
        requestParams,
        [&](const QSqlQuery& q) { out.tracingRequestsRemoved.append(q.value(0).toLongLong()); },
        action);
    if (!read)
        return read.error();

    for (const Membership& m : memberships) {
        if (m.members > 1 && m.principalId == personId) {
            if (Status s = passPrincipal(m.caseId, personId); !s)
                return s.error();
        }
    }
    for (qint64 caseId : out.casesRemoved) {
        if (Status s = m_db.run(QStringLiteral("DELETE FROM cases WHERE id = ?"), {caseId}, action);
            !s)
            return s.error();
    }
    for (qint64 requestId : out.tracingRequestsRemoved) {
        if (Status s = m_db.run(QStringLiteral("DELETE FROM tracing_requests WHERE id = ?"),
                                {requestId}, action);
            !s)
            return s.error();
    }

    // Every other row the schema ties to the person, read from its foreign keys so that a
    // table added later is not forgotten; a table that refers to another of them first.
    QList<TableGraph::Reference> references = m_graph.referencesTo(QStringLiteral("persons"));
    const QStringList order = m_graph.inOrder();
    std::stable_sort(references.begin(), references.end(),
                     [&order](const TableGraph::Reference& a, const TableGraph::Reference& b) {
                         return order.indexOf(a.table) > order.indexOf(b.table);
                     });
    for (const TableGraph::Reference& ref : references) {
        if (ref.table == QLatin1String("cases"))
            continue; // a principal's place passed on, or the case went, above
        const QString table = SqlDialect::identifier(ref.table);
        const QString column = SqlDialect::identifier(ref.column);
        // A deadline belongs to its procedure, which other members may share.
        const QString sql = ref.table == QLatin1String("deadlines")
                                ? QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %2 = ?")
                                : QStringLiteral("DELETE FROM %1 WHERE %2 = ?");
        if (Status s = m_db.run(sql.arg(table, column), {personId}, action); !s)
            return s.error();
    }
    if (Status s = PersonSearchIndex(m_db).remove(personId); !s)
        return s.error();
    if (Status s = m_db.run(QStringLiteral("DELETE FROM persons WHERE id = ?"), {personId}, action);
        !s)
        return s.error();

    if (!out.casesKept.isEmpty()) {
        QVariantList params{m_clock.now().toUTC().toString(Qt::ISODateWithMs)};
        for (qint64 id : out.casesKept)
            params.append(id);
        if (Status s = m_db.run(QStringLiteral("UPDATE cases SET revision = revision + 1, "
                                               "updated_at = ? WHERE id IN (%1)")
                                    .arg(SqlDialect::placeholders(out.casesKept.size())),
                                params, action);
            !s)
            return s.error();
    }

    // Copies of the person outside their records: a merge's undo state and labels, a
    // record from another site waiting for review.
    for (const QString& v : values) {
        if (v.trimmed().size() < 4)
            continue;
        const QString mentions =
            QStringLiteral("(%1 > 0 OR %2 > 0 OR %3 > 0)")
                .arg(m_db.dialect().position(QStringLiteral("?"), QStringLiteral("kept_label")),
                     m_db.dialect().position(QStringLiteral("?"), QStringLiteral("removed_label")),
                     m_db.dialect().position(QStringLiteral("?"),
                                             QStringLiteral("coalesce(before_state, '')")));
        if (Status s = m_db.run(
                QStringLiteral("UPDATE merges SET before_state = NULL, kept_label = '', "
                               "removed_label = '', state = CASE WHEN state = 'open' THEN "
                               "'closed' ELSE state END, decided_by = CASE WHEN state = 'open' "
                               "THEN ? ELSE decided_by END WHERE ") +
                    mentions,
                {tr("(erasure)"), v, v, v}, action);
            !s)
            return s.error();
        if (Status s =
                m_db.run(QStringLiteral("DELETE FROM sync_reviews WHERE %1 > 0")
                             .arg(m_db.dialect().position(QStringLiteral("?"),
                                                          QStringLiteral("coalesce(theirs, '')"))),
                         {v}, action);
            !s)
            return s.error();
    }
    if (Status s =
            m_db.run(QStringLiteral("DELETE FROM sync_reviews WHERE uid = ?"), {personUid}, action);
        !s)
        return s.error();
    return out;
}

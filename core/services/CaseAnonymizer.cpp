#include "core/services/CaseAnonymizer.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/PersonSearchIndex.h"

#include <QSqlQuery>

CaseAnonymizer::CaseAnonymizer(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QStringList> CaseAnonymizer::anonymize(qint64 caseId) const
{
    const QString action = tr("anonymize the case");
    QList<qint64> personIds;
    QString sharedWith;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT m.person_id, (SELECT min(c.case_number) FROM case_members o JOIN "
                       "cases c ON c.id = o.case_id WHERE o.person_id = m.person_id AND "
                       "o.case_id <> m.case_id) FROM case_members m WHERE m.case_id = ? ORDER BY "
                       "m.position"),
        {caseId},
        [&](const QSqlQuery& q) {
            personIds.append(q.value(0).toLongLong());
            if (!q.value(1).isNull())
                sharedWith = q.value(1).toString();
        },
        action);
    if (!read)
        return read.error();
    // A member of another case keeps their name there: that case decides for itself.
    if (!sharedWith.isEmpty())
        return Error(Error::Code::Refused,
                     tr("A member of this case is also in case %1: erase or anonymize them "
                        "there, or take them out of one of the cases, first.")
                         .arg(sharedWith));

    QStringList values;
    PersonRepository persons(m_db, m_clock);
    for (qint64 id : personIds) {
        Result<Person> p = persons.find(id);
        if (!p)
            return p.error();
        values << p->fullName() << p->otherNames << p->phone << p->location.place;
        for (const IdentityDocument& d : p->documents)
            values << d.number;
        if (Status s = PersonSearchIndex(m_db).remove(id); !s)
            return s.error();
    }
    values.removeAll(QString());

    QList<std::pair<QString, QVariantList>> statements;
    for (qint64 id : personIds) {
        statements.append({QStringLiteral("UPDATE persons SET given_names = '', family_name1 = "
                                          "'', family_name2 = '', phone = '', place = '', "
                                          "updated_at = ? WHERE id = ?"),
                           {m_clock.now().toUTC().toString(Qt::ISODateWithMs), id}});
        for (const char* table : {"person_other_names", "person_documents", "person_name_keys"})
            statements.append(
                {QStringLiteral("DELETE FROM %1 WHERE person_id = ?").arg(QLatin1String(table)),
                 {id}});
    }
    const QVariantList c{caseId};
    statements += {
        {QStringLiteral("UPDATE cases SET closure_reason = '', caseworker = '', return_place = "
                        "'', sort_name = '', revision = revision + 1, updated_at = ? WHERE id = ?"),
         {m_clock.now().toUTC().toString(Qt::ISODateWithMs), caseId}},
        {QStringLiteral("DELETE FROM case_notes WHERE case_id = ?"), c},
        {QStringLiteral("DELETE FROM case_plan_steps WHERE case_id = ?"), c},
        {QStringLiteral("DELETE FROM case_goals WHERE case_id = ?"), c},
        {QStringLiteral("DELETE FROM opposing_parties WHERE case_id = ?"), c},
        {QStringLiteral("DELETE FROM conflict_checks WHERE case_id = ?"), c},
        {QStringLiteral("UPDATE screenings SET observations = '' WHERE case_id = ?"), c},
        {QStringLiteral("UPDATE incidents SET narrative = '', recorded_by = '' WHERE case_id = ?"),
         c},
        {QStringLiteral("UPDATE screening_actions SET note = '', status_reason = '' WHERE "
                        "screening_id IN (SELECT id FROM screenings WHERE case_id = ?)"),
         c},
        {QStringLiteral("UPDATE procedures SET file_number = '', responsible = '' WHERE case_id "
                        "= ?"),
         c},
        {QStringLiteral("UPDATE procedure_events SET note = '' WHERE procedure_id IN (SELECT id "
                        "FROM procedures WHERE case_id = ?)"),
         c},
        {QStringLiteral("UPDATE referrals SET reasons = '', state_note = '', consent_override = "
                        "'' WHERE case_id = ?"),
         c},
        {QStringLiteral("UPDATE tracing_requests SET inquirer_name = '', contact = '', "
                        "sought_given_names = '', sought_family_name1 = '', sought_family_name2 "
                        "= '', sought_other_names = '', last_known_place = '', separation = '', "
                        "closure_reason = '' WHERE case_id = ?"),
         c},
        {QStringLiteral("DELETE FROM tracing_request_keys WHERE request_id IN (SELECT id FROM "
                        "tracing_requests WHERE case_id = ?)"),
         c},
    };
    for (const auto& [sql, params] : statements) {
        if (Status s = m_db.run(sql, params, action); !s)
            return s.error();
    }
    return values;
}

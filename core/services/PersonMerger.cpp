#include "core/services/PersonMerger.h"

#include "core/common/Clock.h"
#include "core/common/TextNormalizer.h"
#include "core/domain/Sex.h"
#include "core/storage/CaseMemberRepository.h"
#include "core/storage/CaseRiskRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/PersonSearchIndex.h"
#include "core/storage/TableGraph.h"

namespace {
// Written again from the person as they stay, not moved.
const QStringList Rewritten{QStringLiteral("person_other_names"),
                            QStringLiteral("person_nationalities"),
                            QStringLiteral("person_name_keys")};

QString locationText(const Location& l)
{
    QStringList parts;
    for (const QString& p : {l.place, l.admin1, l.country}) {
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(QStringLiteral(", "));
}

void appendNew(QStringList& into, const QStringList& more)
{
    for (const QString& m : more) {
        const QString folded = TextNormalizer::fold(m);
        if (!m.trimmed().isEmpty() &&
            std::none_of(into.cbegin(), into.cend(),
                         [&](const QString& i) { return TextNormalizer::fold(i) == folded; }))
            into.append(m);
    }
}
QString yesNo(bool b)
{
    return b ? PersonMerger::tr("Yes") : PersonMerger::tr("No");
}

// Each field a person chooses between in a merge, in the order shown: its key (what a choice
// names), its label, how it reads, and how the kept person takes it from the removed one.
struct FieldRule
{
    const char* key;
    const char* label;
    QString (*text)(const Person&, QDate today);
    void (*take)(Person& into, const Person& from);
};

const FieldRule FieldRules[] = {
    {"given_names", QT_TRANSLATE_NOOP("PersonMerger", "Given names"),
     [](const Person& p, QDate) { return p.givenNames; },
     [](Person& into, const Person& from) { into.givenNames = from.givenNames; }},
    {"family_name1", QT_TRANSLATE_NOOP("PersonMerger", "First family name"),
     [](const Person& p, QDate) { return p.familyName1; },
     [](Person& into, const Person& from) { into.familyName1 = from.familyName1; }},
    {"family_name2", QT_TRANSLATE_NOOP("PersonMerger", "Second family name"),
     [](const Person& p, QDate) { return p.familyName2; },
     [](Person& into, const Person& from) { into.familyName2 = from.familyName2; }},
    {"sex", QT_TRANSLATE_NOOP("PersonMerger", "Sex"),
     [](const Person& p, QDate) { return sexCodes().label(p.sex); },
     [](Person& into, const Person& from) { into.sex = from.sex; }},
    {"birth", QT_TRANSLATE_NOOP("PersonMerger", "Date of birth"),
     [](const Person& p, QDate today) { return p.birthDate.displayText(today); },
     [](Person& into, const Person& from) { into.birthDate = from.birthDate; }},
    {"birth_country", QT_TRANSLATE_NOOP("PersonMerger", "Country of birth"),
     [](const Person& p, QDate) { return p.birthCountry; },
     [](Person& into, const Person& from) { into.birthCountry = from.birthCountry; }},
    {"phone", QT_TRANSLATE_NOOP("PersonMerger", "Phone"),
     [](const Person& p, QDate) { return p.phone; },
     [](Person& into, const Person& from) { into.phone = from.phone; }},
    {"location", QT_TRANSLATE_NOOP("PersonMerger", "Where they are now"),
     [](const Person& p, QDate) { return locationText(p.location); },
     [](Person& into, const Person& from) { into.location = from.location; }},
    {"no_document", QT_TRANSLATE_NOOP("PersonMerger", "Has no identity document at all"),
     [](const Person& p, QDate) { return yesNo(p.hasNoDocument); },
     [](Person& into, const Person& from) { into.hasNoDocument = from.hasNoDocument; }},
};
} // namespace

PersonMerger::PersonMerger(const Database& db, const Clock& clock, const TableGraph& graph)
    : m_db(db)
    , m_clock(clock)
    , m_graph(graph)
{
}

QList<MergeField> PersonMerger::fields(const Person& kept, const Person& removed, QDate today)
{
    QList<MergeField> lines;
    for (const FieldRule& f : FieldRules)
        lines.append(MergeField{QString::fromLatin1(f.key), tr(f.label), f.text(kept, today),
                                f.text(removed, today)});
    return lines;
}

Person PersonMerger::combined(const Person& kept, const Person& removed, const QSet<QString>& take)
{
    Person p = kept;
    for (const FieldRule& f : FieldRules) {
        if (take.contains(QString::fromLatin1(f.key)))
            f.take(p, removed);
    }
    p.documents = kept.documents + removed.documents;
    if (!p.documents.isEmpty())
        p.hasNoDocument = false;
    p.otherNames.clear();
    appendNew(p.otherNames, kept.otherNames + removed.otherNames);
    QStringList spellings;
    appendNew(spellings, {kept.fullName(), removed.fullName()});
    spellings.removeIf([&](const QString& s) {
        return TextNormalizer::fold(s) == TextNormalizer::fold(p.fullName());
    });
    appendNew(p.otherNames, spellings);
    p.nationalities = kept.nationalities;
    for (const QString& n : removed.nationalities) {
        if (!p.nationalities.contains(n))
            p.nationalities.append(n);
    }
    return p;
}

Status PersonMerger::merge(const Person& kept, qint64 removedId)
{
    const qint64 k = kept.id;
    const qint64 r = removedId;
    const QString action = tr("merge the records of %1").arg(kept.fullName());
    // What would say the same thing twice once r is k: a link between the two, a link to a
    // relative both have, a membership of a case both belong to (the one nearer the top of
    // the family group stays: a principal stays the principal), a procedure or a tracing
    // request's proposal both are in.
    const QList<std::pair<QString, QVariantList>> duplicates{
        {QStringLiteral("DELETE FROM family_links WHERE (person_id = ? AND relative_id = ?) OR "
                        "(person_id = ? AND relative_id = ?)"),
         {k, r, r, k}},
        {QStringLiteral("DELETE FROM family_links WHERE (person_id = ? OR relative_id = ?) AND "
                        "CASE WHEN person_id = ? THEN relative_id ELSE person_id END IN (SELECT "
                        "CASE WHEN person_id = ? THEN relative_id ELSE person_id END FROM "
                        "family_links WHERE person_id = ? OR relative_id = ?)"),
         {r, r, r, k, k, k}},
        {QStringLiteral("UPDATE case_members SET relationship = (SELECT o.relationship FROM "
                        "case_members o WHERE o.case_id = case_members.case_id AND o.person_id = "
                        "?), position = (SELECT o.position FROM case_members o WHERE o.case_id = "
                        "case_members.case_id AND o.person_id = ?) WHERE person_id = ? AND case_id "
                        "IN (SELECT o.case_id FROM case_members o WHERE o.person_id = ? AND "
                        "o.position < case_members.position)"),
         {r, r, k, r}},
        {QStringLiteral("DELETE FROM case_members WHERE person_id = ? AND case_id IN (SELECT "
                        "o.case_id FROM case_members o WHERE o.person_id = ?)"),
         {r, k}},
        {QStringLiteral("DELETE FROM procedure_persons WHERE person_id = ? AND procedure_id IN "
                        "(SELECT o.procedure_id FROM procedure_persons o WHERE o.person_id = ?)"),
         {r, k}},
        {QStringLiteral("DELETE FROM match_proposals WHERE person_id = ? AND request_id IN "
                        "(SELECT o.request_id FROM match_proposals o WHERE o.person_id = ?)"),
         {r, k}},
    };
    for (const auto& [sql, params] : duplicates) {
        if (Status s = m_db.run(sql, params, action); !s)
            return s;
    }
    for (const TableGraph::Reference& ref : m_graph.referencesTo(QStringLiteral("persons"))) {
        const QString table = SqlDialect::identifier(ref.table);
        const QString column = SqlDialect::identifier(ref.column);
        const QString sql =
            Rewritten.contains(ref.table)
                ? QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column)
                : QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, column);
        if (Status s = m_db.run(
                sql, Rewritten.contains(ref.table) ? QVariantList{r} : QVariantList{k, r}, action);
            !s)
            return s;
    }
    if (Status s = PersonSearchIndex(m_db).remove(r); !s)
        return s;
    if (Status s = m_db.run(QStringLiteral("DELETE FROM persons WHERE id = ?"), {r}, action); !s)
        return s;

    PersonRepository persons(m_db, m_clock);
    Result<Person> stored = persons.find(k);
    if (!stored)
        return stored.error();
    Person staying = kept;
    staying.documents = stored->documents;
    if (Status s = persons.updateKeepingDocuments(staying); !s)
        return s;
    // The cases the person is in changed under whoever has them open, and a principal's name
    // sorts the list.
    if (Status s = m_db.run(QStringLiteral("UPDATE cases SET sort_name = ? WHERE principal_id = ?"),
                            {staying.sortKey(), k}, action);
        !s)
        return s;
    if (Status s =
            m_db.run(QStringLiteral("UPDATE cases SET revision = revision + 1, updated_at = ? "
                                    "WHERE id IN (SELECT case_id FROM case_members WHERE "
                                    "person_id = ?)"),
                     {m_clock.now().toUTC().toString(Qt::ISODateWithMs), k}, action);
        !s)
        return s;
    // Screenings moved: the risk of each case the person is in is read again.
    Result<QList<std::pair<qint64, qint64>>> cases = CaseMemberRepository(m_db).casesOf({k});
    if (!cases)
        return cases.error();
    for (const auto& [caseId, personId] : *cases) {
        if (Status s = CaseRiskRepository(m_db).refresh(caseId, m_clock); !s)
            return s;
    }
    return {};
}

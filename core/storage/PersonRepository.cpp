#include "core/storage/PersonRepository.h"

#include "core/common/Clock.h"
#include "core/common/TextNormalizer.h"
#include "core/storage/Database.h"
#include "core/storage/PersonNameKeyIndex.h"
#include "core/storage/PersonSearchIndex.h"
#include "core/storage/RecordUid.h"

namespace {
QVariant nullableDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString timestamp(const Clock& clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

PersonRepository::PersonRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> PersonRepository::insert(const Person& p)
{
    const QString now = timestamp(m_clock);
    Result<qint64> id = m_db.insert(
        QStringLiteral(
            "INSERT INTO persons (uid, given_names, family_name1, family_name2, sex, "
            "birth_precision, birth_date, birth_country, no_document, phone, country, "
            "admin1, place, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), p.givenNames, p.familyName1, p.familyName2, sexCodes().code(p.sex),
         p.birthDate.precisionCode(), nullableText(p.birthDate.storageValue()), p.birthCountry,
         p.hasNoDocument ? 1 : 0, p.phone, p.location.country, p.location.admin1, p.location.place,
         now, now},
        tr("save the person %1").arg(p.fullName()));
    if (!id)
        return id.error();
    if (Status s = writeDetails(*id, p, true); !s)
        return s.error();
    return id;
}

Status PersonRepository::update(const Person& p)
{
    if (Status s = updateRow(p); !s)
        return s;
    return writeDetails(p.id, p, false);
}

Status PersonRepository::updateKeepingDocuments(const Person& p)
{
    if (Status s = updateRow(p); !s)
        return s;
    return writeDetails(p.id, p, false, Documents::AsStored);
}

Status PersonRepository::updateRow(const Person& p)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("UPDATE persons SET given_names = ?, family_name1 = ?, family_name2 = ?, "
                       "sex = ?, birth_precision = ?, birth_date = ?, birth_country = ?, "
                       "no_document = ?, phone = ?, "
                       "country = ?, admin1 = ?, place = ?, updated_at = ? WHERE id = ?"),
        {p.givenNames, p.familyName1, p.familyName2, sexCodes().code(p.sex),
         p.birthDate.precisionCode(), nullableText(p.birthDate.storageValue()), p.birthCountry,
         p.hasNoDocument ? 1 : 0, p.phone, p.location.country, p.location.admin1, p.location.place,
         timestamp(m_clock), p.id},
        tr("save the person %1").arg(p.fullName()));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error(
            Error::Code::NotFound,
            tr("The person %1 no longer exists; someone may have removed them.").arg(p.fullName()));
    return {};
}

Status PersonRepository::writeDetails(qint64 id, const Person& p, bool isNew, Documents documents)
{
    const QString action = tr("save the details of %1").arg(p.fullName());
    QStringList replaced;
    if (!isNew) {
        replaced = {QStringLiteral("person_other_names"), QStringLiteral("person_nationalities")};
        if (documents == Documents::Rewrite)
            replaced.append(QStringLiteral("person_documents"));
    }
    for (const QString& table : std::as_const(replaced)) {
        if (Status s = m_db.run(QStringLiteral("DELETE FROM %1 WHERE person_id = ?").arg(table),
                                {id}, action);
            !s)
            return s;
    }
    for (int i = 0; i < p.otherNames.size(); ++i) {
        if (Status s = m_db.run(
                QStringLiteral("INSERT INTO person_other_names (person_id, position, name) "
                               "VALUES (?, ?, ?)"),
                {id, i, p.otherNames[i]}, action);
            !s)
            return s;
    }
    for (int i = 0; i < p.nationalities.size(); ++i) {
        if (Status s = m_db.run(
                QStringLiteral("INSERT INTO person_nationalities (person_id, position, country) "
                               "VALUES (?, ?, ?)"),
                {id, i, p.nationalities[i]}, action);
            !s)
            return s;
    }
    for (const IdentityDocument& d :
         documents == Documents::Rewrite ? p.documents : QList<IdentityDocument>()) {
        if (Status s = m_db.run(
                QStringLiteral("INSERT INTO person_documents (uid, person_id, doc_type, number, "
                               "number_key, issuing_country, expiry) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {RecordUid::make(), id, documentTypeCodes().code(d.type), d.number,
                 TextNormalizer::documentNumber(d.number), d.issuingCountry,
                 nullableDate(d.expiry)},
                action);
            !s)
            return s;
    }
    if (Status s = PersonSearchIndex(m_db).index(id, p, isNew); !s)
        return s;
    return PersonNameKeyIndex(m_db).index(id, p, isNew);
}

Result<Person> PersonRepository::find(qint64 id, Detail detail) const
{
    const bool everything = detail == Detail::Everything;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT id, given_names, family_name1, family_name2, sex, birth_precision, "
                       "birth_date, no_document, %1, country, admin1, place, birth_country "
                       "FROM persons WHERE id = ?")
            .arg(everything ? QStringLiteral("phone") : QStringLiteral("''")),
        {id});
    if (!q)
        return q.error();
    QSqlQuery& row = q.value();
    if (!row.next())
        return Error(Error::Code::NotFound, tr("The person no longer exists."));
    Person p;
    p.id = row.value(0).toLongLong();
    p.givenNames = row.value(1).toString();
    p.familyName1 = row.value(2).toString();
    p.familyName2 = row.value(3).toString();
    p.sex = sexCodes().fromCode(row.value(4).toString()).value_or(Sex::Unknown);
    p.birthDate = PartialDate::fromStorage(row.value(5).toString(), row.value(6).toString())
                      .value_or(PartialDate());
    p.hasNoDocument = row.value(7).toBool();
    p.phone = row.value(8).toString();
    p.location =
        Location{row.value(9).toString(), row.value(10).toString(), row.value(11).toString()};
    p.birthCountry = row.value(12).toString();

    Result<QSqlQuery> names = m_db.exec(
        QStringLiteral("SELECT name FROM person_other_names WHERE person_id = ? ORDER BY position"),
        {id});
    if (!names)
        return names.error();
    while (names.value().next())
        p.otherNames.append(names.value().value(0).toString());

    Result<QSqlQuery> nats = m_db.exec(
        QStringLiteral(
            "SELECT country FROM person_nationalities WHERE person_id = ? ORDER BY position"),
        {id});
    if (!nats)
        return nats.error();
    while (nats.value().next())
        p.nationalities.append(nats.value().value(0).toString());

    if (!everything)
        return p;
    Result<QSqlQuery> docs =
        m_db.exec(QStringLiteral("SELECT id, doc_type, number, issuing_country, expiry "
                                 "FROM person_documents WHERE person_id = ? ORDER BY id"),
                  {id});
    if (!docs)
        return docs.error();
    while (docs.value().next()) {
        const QSqlQuery& d = docs.value();
        p.documents.append(IdentityDocument{
            d.value(0).toLongLong(),
            documentTypeCodes().fromCode(d.value(1).toString()).value_or(DocumentType::Other),
            d.value(2).toString(), d.value(3).toString(),
            QDate::fromString(d.value(4).toString(), Qt::ISODate)});
    }
    return p;
}

Status PersonRepository::remove(qint64 id)
{
    if (Status s = PersonSearchIndex(m_db).remove(id); !s)
        return s;
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("DELETE FROM persons WHERE id = ?"), {id},
                                    tr("remove the person"));
    if (!q)
        return q.error();
    return {};
}

Result<bool> PersonRepository::hasHistory(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM screenings WHERE person_id = ?) "
            "OR EXISTS (SELECT 1 FROM procedure_persons WHERE person_id = ?) "
            "OR EXISTS (SELECT 1 FROM deadlines WHERE person_id = ? AND kind <> 'document')"),
        {id, id, id});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

QString PersonSummary::fullName() const
{
    return QStringList{givenNames, familyName1, familyName2}.join(QLatin1Char(' ')).simplified();
}

Result<QList<PersonSummary>> PersonRepository::summaries(const QList<qint64>& ids,
                                                         bool namesOnly) const
{
    QList<PersonSummary> out;
    constexpr int batch = 400;
    for (int start = 0; start < ids.size(); start += batch) {
        const QList<qint64> part = ids.mid(start, batch);
        QStringList marks;
        QVariantList params;
        for (qint64 id : part) {
            marks.append(QStringLiteral("?"));
            params.append(id);
        }
        const SqlDialect& sql = m_db.dialect();
        const QString nationalities =
            namesOnly
                ? QStringLiteral("''")
                : QStringLiteral("(SELECT %1 FROM person_nationalities n WHERE n.person_id "
                                 "= p.id)")
                      .arg(sql.groupConcat(QStringLiteral("n.country"), QStringLiteral("' '")));
        const QString caseNumbers =
            namesOnly
                ? QStringLiteral("''")
                : QStringLiteral("(SELECT %1 FROM case_members m JOIN cases c ON c.id = "
                                 "m.case_id WHERE m.person_id = p.id)")
                      .arg(sql.groupConcat(QStringLiteral("c.case_number"), QStringLiteral("' '")));
        Result<QSqlQuery> q = m_db.exec(
            QStringLiteral("SELECT p.id, p.given_names, p.family_name1, p.family_name2, "
                           "p.sex, p.birth_precision, "
                           "p.birth_date, p.country, p.admin1, p.place, "
                           "(SELECT %2 FROM person_other_names o WHERE o.person_id = p.id), "
                           "%3, %4 FROM persons p WHERE p.id IN (%1)")
                .arg(marks.join(QStringLiteral(", ")),
                     sql.groupConcat(QStringLiteral("o.name"), sql.newline()), nationalities,
                     caseNumbers),
            params);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            PersonSummary s;
            s.id = r.value(0).toLongLong();
            s.givenNames = r.value(1).toString();
            s.familyName1 = r.value(2).toString();
            s.familyName2 = r.value(3).toString();
            s.sex = sexCodes().fromCode(r.value(4).toString()).value_or(Sex::Unknown);
            s.birthDate = PartialDate::fromStorage(r.value(5).toString(), r.value(6).toString())
                              .value_or(PartialDate());
            s.location =
                Location{r.value(7).toString(), r.value(8).toString(), r.value(9).toString()};
            s.otherNames = r.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            s.nationalities = r.value(11).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            s.caseNumbers = r.value(12).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            out.append(s);
        }
    }
    return out;
}

Result<QList<qint64>> PersonRepository::holdersOfNumber(const QString& number) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT DISTINCT person_id FROM person_documents WHERE number_key = ?"),
        {TextNormalizer::documentNumber(number)});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

Result<qint64> PersonRepository::holderOfDocument(const IdentityDocument& d) const
{
    qint64 holder = 0;
    if (Status s = m_db.forEachRow(
            QStringLiteral("SELECT person_id FROM person_documents "
                           "WHERE issuing_country = ? AND doc_type = ? AND number_key = ?"),
            {d.issuingCountry, documentTypeCodes().code(d.type),
             TextNormalizer::documentNumber(d.number)},
            [&holder](const QSqlQuery& q) { holder = q.value(0).toLongLong(); });
        !s)
        return s.error();
    return holder;
}

Result<qint64> PersonRepository::holderOfNumber(const QString& issuingCountry,
                                                const QString& number) const
{
    qint64 holder = 0;
    if (Status s =
            m_db.forEachRow(QStringLiteral("SELECT person_id FROM person_documents "
                                           "WHERE number_key = ? AND issuing_country = ? LIMIT 1"),
                            {TextNormalizer::documentNumber(number), issuingCountry},
                            [&holder](const QSqlQuery& q) { holder = q.value(0).toLongLong(); });
        !s)
        return s.error();
    return holder;
}

Result<QList<qint64>> PersonRepository::holdersOfNumberKeys(const QStringList& keys) const
{
    QList<qint64> holders;
    if (keys.isEmpty())
        return holders;
    QVariantList params;
    for (const QString& key : keys)
        params.append(key);
    if (Status s = m_db.forEachRow(
            QStringLiteral("SELECT DISTINCT person_id FROM person_documents WHERE number_key IN "
                           "(%1) ORDER BY person_id")
                .arg(SqlDialect::placeholders(keys.size())),
            params, [&holders](const QSqlQuery& q) { holders.append(q.value(0).toLongLong()); });
        !s)
        return s.error();
    return holders;
}

Result<QList<qint64>> PersonRepository::withPhoneEnding(const QString& lastDigits) const
{
    QList<qint64> persons;
    if (Status s = m_db.forEachRow(
            QStringLiteral("SELECT id FROM persons WHERE %1 = ? ORDER BY id")
                .arg(m_db.dialect().phoneEnd()),
            {lastDigits},
            [&persons](const QSqlQuery& q) { persons.append(q.value(0).toLongLong()); });
        !s)
        return s.error();
    return persons;
}

#include "core/storage/PersonNameKeyIndex.h"

#include "core/domain/Person.h"
#include "core/domain/Sex.h"
#include "core/matching/NameKeys.h"
#include "core/matching/NameMatcher.h"
#include "core/matching/PhoneticKey.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSet>

namespace {
const QString versionKey = QStringLiteral("name_keys_version");
// Keys change when either the phonetic rules or the filing rules change.
constexpr int KeysVersion = PhoneticKey::Version * 100 + NameKeys::Version;
// The birth year filed for a person whose birth is not known at all.
constexpr int UnknownYear = 0;

} // namespace

PersonNameKeyIndex::PersonNameKeyIndex(const Database& db)
    : m_db(db)
{
}

Status PersonNameKeyIndex::index(qint64 personId, const Person& person, bool isNew)
{
    if (!isNew) {
        if (Status s = m_db.run(QStringLiteral("DELETE FROM person_name_keys WHERE person_id = ?"),
                                {personId});
            !s)
            return s;
    }
    const NameKeys keys =
        NameKeys::of(person.givenNames, person.familyName1, person.familyName2, person.otherNames);
    const QString sex = sexCodes().code(person.sex);
    const int born = person.birthDate.isKnown() ? person.birthDate.year() : UnknownYear;
    for (const QString& key : keys.filingPairs()) {
        if (Status s = m_db.run(QStringLiteral("INSERT INTO person_name_keys "
                                               "(key, sex, birth_year, person_id) "
                                               "VALUES (?, ?, ?, ?)"),
                                {key, sex, born, personId});
            !s)
            return s;
    }
    return {};
}

Status PersonNameKeyIndex::rebuildIfStale()
{
    AppStateRepository state(m_db);
    Result<QString> version = state.value(versionKey);
    if (!version)
        return version.error();
    if (version->toInt() == KeysVersion)
        return {};
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = m_db.run(QStringLiteral("DELETE FROM person_name_keys")); !s)
        return s;
    const SqlDialect& sql = m_db.dialect();
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT p.id, p.given_names, p.family_name1, p.family_name2, "
                                 "(SELECT %1 FROM person_other_names o WHERE o.person_id = p.id), "
                                 "p.sex, p.birth_precision, p.birth_date FROM persons p")
                      .arg(sql.groupConcat(QStringLiteral("name"), sql.newline())));
    if (!q)
        return q.error();
    while (q.value().next()) {
        Person p;
        p.givenNames = q.value().value(1).toString();
        p.familyName1 = q.value().value(2).toString();
        p.familyName2 = q.value().value(3).toString();
        p.otherNames = q.value().value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        p.sex = sexCodes().fromCode(q.value().value(5).toString()).value_or(Sex::Unknown);
        p.birthDate =
            PartialDate::fromStorage(q.value().value(6).toString(), q.value().value(7).toString())
                .value_or(PartialDate());
        if (Status s = index(q.value().value(0).toLongLong(), p); !s)
            return s;
    }
    if (Status s = state.setValue(versionKey, QString::number(KeysVersion)); !s)
        return s;
    return transaction.commit();
}

Result<QList<qint64>> PersonNameKeyIndex::candidates(const PersonName& name, const Filter& filter,
                                                     int limit) const
{
    QStringList exact;
    QStringList ranges;
    for (const QString& pair : NameKeys::of(name).lookupPairs())
        (pair.startsWith(NameKeys::PairMark) || !pair.endsWith(NameKeys::PairMark) ? exact : ranges)
            .append(pair);
    if (exact.isEmpty() && ranges.isEmpty())
        return QList<qint64>();

    // Sex and year are index columns after the key: with every value spelled out, SQLite
    // seeks straight to the few entries of each pair instead of scanning its sexes and years.
    QStringList sexes;
    if (filter.sex != Sex::Unknown)
        sexes = {sexCodes().code(filter.sex), sexCodes().code(Sex::Unknown)};
    else if (filter.bornBetween) {
        for (Sex sex : sexCodes().values())
            sexes.append(sexCodes().code(sex));
    }
    QStringList years;
    if (filter.bornBetween && filter.strict)
        years = {QStringLiteral("birth_year BETWEEN ? AND ?")};
    else if (filter.bornBetween)
        years = {QStringLiteral("birth_year BETWEEN ? AND ?"), QStringLiteral("birth_year = ?")};
    else
        years = {QString()};
    if (filter.strict)
        ranges.clear();

    // One look-up over some of the pairs: persons filed under more of them come first.
    const auto lookUp = [&](const QStringList& pairs) -> Result<QList<qint64>> {
        QStringList selects;
        QVariantList params;
        const auto add = [&](const QString& keyCondition, const QVariantList& keyParams,
                             const QString& yearCondition) {
            QStringList where{keyCondition};
            params += keyParams;
            if (!sexes.isEmpty()) {
                where.append(
                    QStringLiteral("sex IN (%1)").arg(SqlDialect::placeholders(sexes.size())));
                for (const QString& sex : sexes)
                    params.append(sex);
            }
            if (!yearCondition.isEmpty()) {
                where.append(yearCondition);
                if (yearCondition.contains(QStringLiteral("BETWEEN")))
                    params += QVariantList{filter.bornBetween->first, filter.bornBetween->second};
                else
                    params.append(UnknownYear);
            }
            selects.append(QStringLiteral("SELECT person_id FROM person_name_keys WHERE ") +
                           where.join(QStringLiteral(" AND ")));
        };
        for (const QString& year : years) {
            if (!pairs.isEmpty()) {
                QVariantList keyParams;
                for (const QString& key : pairs)
                    keyParams.append(key);
                add(QStringLiteral("key IN (%1)").arg(SqlDialect::placeholders(pairs.size())),
                    keyParams, year);
            }
            // "GNSL|" stands for every pair that begins with it: the keys up to the next mark.
            for (const QString& prefix : ranges) {
                QString after = prefix;
                after.back() = QChar(after.back().unicode() + 1);
                add(QStringLiteral("key >= ? AND key < ?"), {prefix, after}, year);
            }
        }
        if (selects.isEmpty())
            return QList<qint64>();
        params.append(limit);
        QList<qint64> ids;
        if (Status s = m_db.forEachRow(
                QStringLiteral("SELECT person_id FROM (%1) AS candidates GROUP BY person_id "
                               "ORDER BY count(*) DESC, person_id LIMIT ?")
                    .arg(selects.join(QStringLiteral(" UNION ALL "))),
                params, [&ids](const QSqlQuery& q) { ids.append(q.value(0).toLongLong()); });
            !s)
            return s.error();
        return ids;
    };
    // The names as written first; the pairs that allow a typo only when those leave room: a
    // common name fills the limit by itself, and a misspelled one would rank below it anyway.
    QStringList whole;
    for (const QString& pair : exact) {
        if (!pair.contains(NameKeys::PrefixMark))
            whole.append(pair);
    }
    if (filter.strict)
        return lookUp(whole);
    // A key alone ("|IOS": every José) is shared by tens of thousands at a million persons,
    // and whoever is filed under a pair of the name (family with given) ranks above those who
    // share only a key alone: the pairs first, the keys alone only when those leave room.
    QStringList paired;
    for (const QString& pair : std::as_const(whole)) {
        if (!pair.startsWith(NameKeys::PairMark) && !pair.endsWith(NameKeys::PairMark))
            paired.append(pair);
    }
    if (!paired.isEmpty() && paired.size() < whole.size()) {
        Result<QList<qint64>> first = lookUp(paired);
        if (!first || first->size() >= limit)
            return first;
    }
    if (whole.size() < exact.size()) {
        Result<QList<qint64>> first = lookUp(whole);
        if (!first || first->size() >= limit)
            return first;
    }
    return lookUp(exact);
}

#include "PersonNameKeyIndex.h"

#include "AppStateRepository.h"
#include "Database.h"
#include "Transaction.h"
#include "domain/Person.h"
#include "matching/NameKeys.h"
#include "matching/NameMatcher.h"
#include "matching/PhoneticKey.h"

#include <QSet>

namespace {
const QString versionKey = QStringLiteral("name_keys_version");
// Keys change when either the phonetic rules or the filing rules change.
constexpr int KeysVersion = PhoneticKey::Version * 100 + NameKeys::Version;
} // namespace

PersonNameKeyIndex::PersonNameKeyIndex(const Database& db)
    : m_db(db)
{
}

Status PersonNameKeyIndex::index(qint64 personId, const Person& person)
{
    if (Status s = m_db.run(QStringLiteral("DELETE FROM person_name_keys WHERE person_id = ?"),
                            {personId});
        !s)
        return s;
    const NameKeys keys =
        NameKeys::of(person.givenNames, person.familyName1, person.familyName2, person.otherNames);
    for (const auto& [part, set] :
         {std::pair{QStringLiteral("family"), keys.family + keys.familyPrefixes},
          std::pair{QStringLiteral("given"), keys.given + keys.givenPrefixes}}) {
        for (const QString& key : set) {
            if (Status s = m_db.run(
                    QStringLiteral("INSERT OR IGNORE INTO person_name_keys (person_id, part, key) "
                                   "VALUES (?, ?, ?)"),
                    {personId, part, key});
                !s)
                return s;
        }
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
    Result<QSqlQuery> q = m_db.exec(QStringLiteral(
        "SELECT p.id, p.given_names, p.family_name1, p.family_name2, "
        "(SELECT group_concat(name, char(10)) FROM person_other_names o WHERE o.person_id = p.id) "
        "FROM persons p"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        Person p;
        p.givenNames = q.value().value(1).toString();
        p.familyName1 = q.value().value(2).toString();
        p.familyName2 = q.value().value(3).toString();
        p.otherNames = q.value().value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (Status s = index(q.value().value(0).toLongLong(), p); !s)
            return s;
    }
    if (Status s = state.setValue(versionKey, QString::number(KeysVersion)); !s)
        return s;
    return transaction.commit();
}

Result<QList<qint64>> PersonNameKeyIndex::candidates(const PersonName& name, int limit) const
{
    const NameKeys keys = NameKeys::of(name);
    QVariantList params;
    const auto list = [&params](const QSet<QString>& set) {
        QStringList marks;
        for (const QString& k : set) {
            marks.append(QStringLiteral("?"));
            params.append(k);
        }
        return marks.join(QStringLiteral(", "));
    };
    // Persons filed under one of the family keys and one of the given keys (in either field,
    // for names written in the wrong one); a key's first letters stand in for it on one side
    // at a time, for a typo further on.
    const auto both = [&list](const QSet<QString>& a, const QSet<QString>& b) {
        return QStringLiteral("SELECT a.person_id FROM person_name_keys a "
                              "JOIN person_name_keys b ON b.person_id = a.person_id "
                              "WHERE a.key IN (%1) AND b.key IN (%2)")
            .arg(list(a), list(b));
    };
    QStringList selects;
    if (!keys.family.isEmpty() && !keys.given.isEmpty()) {
        selects.append(both(keys.family, keys.given));
        if (!keys.familyPrefixes.isEmpty())
            selects.append(both(keys.familyPrefixes, keys.given));
        if (!keys.givenPrefixes.isEmpty())
            selects.append(both(keys.family, keys.givenPrefixes));
    } else if (!keys.family.isEmpty() || !keys.given.isEmpty()) {
        selects.append(QStringLiteral("SELECT person_id FROM person_name_keys WHERE key IN (%1)")
                           .arg(list(keys.family.isEmpty() ? keys.given : keys.family)));
    } else {
        return QList<qint64>();
    }
    params.append(limit);
    Result<QSqlQuery> q =
        m_db.exec(selects.join(QStringLiteral(" UNION ")) + QStringLiteral(" LIMIT ?"), params);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

#include "PersonNameKeyIndex.h"

#include "AppStateRepository.h"
#include "Database.h"
#include "Transaction.h"
#include "domain/Person.h"
#include "matching/NameMatcher.h"
#include "matching/PhoneticKey.h"

#include <QSet>

namespace {
const QString versionKey = QStringLiteral("name_keys_version");

QSet<QString> keysOf(const QStringList& words)
{
    QSet<QString> keys;
    for (const QString& w : words) {
        const QString k = PhoneticKey::of(w);
        if (k.size() >= 2)
            keys.insert(k);
    }
    return keys;
}
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
    const PersonName name = PersonName::of(person);
    QStringList given = name.given;
    for (const QString& other : person.otherNames)
        given += PersonName::fromFullName(other).given;
    QStringList family = name.family;
    for (const QString& other : person.otherNames)
        family += PersonName::fromFullName(other).family;
    for (const auto& [part, keys] : {std::pair{QStringLiteral("family"), keysOf(family)},
                                     std::pair{QStringLiteral("given"), keysOf(given)}}) {
        for (const QString& key : keys) {
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
    if (version->toInt() == PhoneticKey::Version)
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
    if (Status s = state.setValue(versionKey, QString::number(PhoneticKey::Version)); !s)
        return s;
    return transaction.commit();
}

Result<QList<qint64>> PersonNameKeyIndex::candidates(const PersonName& name, int limit) const
{
    const bool byFamily = !name.family.isEmpty();
    const QSet<QString> keys = keysOf(byFamily ? name.family : name.given);
    if (keys.isEmpty())
        return QList<qint64>();
    QStringList marks;
    QVariantList params{byFamily ? QStringLiteral("family") : QStringLiteral("given")};
    for (const QString& k : keys) {
        marks.append(QStringLiteral("?"));
        params.append(k);
    }
    params.append(limit);
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT DISTINCT person_id FROM person_name_keys WHERE part = ? "
                                 "AND key IN (%1) LIMIT ?")
                      .arg(marks.join(QStringLiteral(", "))),
                  params);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

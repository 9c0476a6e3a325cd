#include "core/storage/PersonSearchIndex.h"

#include "core/common/TextNormalizer.h"
#include "core/domain/Person.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace {
QString indexedDocuments(const Person& person)
{
    QStringList tokens;
    for (const IdentityDocument& d : person.documents) {
        const QString key = TextNormalizer::documentNumber(d.number);
        tokens.append(key);
        QString digits;
        for (const QChar c : key) {
            if (c.isDigit())
                digits.append(c);
        }
        if (!digits.isEmpty() && digits != key)
            tokens.append(digits);
    }
    return tokens.join(QLatin1Char(' '));
}

QString indexedNames(const Person& person)
{
    QStringList parts{person.givenNames, person.familyName1, person.familyName2};
    parts += person.otherNames;
    return TextNormalizer::words(parts.join(QLatin1Char(' '))).join(QLatin1Char(' '));
}
} // namespace

PersonSearchIndex::PersonSearchIndex(const Database& db)
    : m_db(db)
{
}

Status PersonSearchIndex::index(qint64 personId, const Person& person, bool isNew)
{
    const QString action =
        QCoreApplication::translate("PersonSearchIndex", "update the search index");
    if (!isNew) {
        if (Status s = remove(personId); !s)
            return s;
    }
    return m_db.run(QStringLiteral("INSERT INTO person_search (rowid, names, documents) "
                                   "VALUES (?, ?, ?)"),
                    {personId, indexedNames(person), indexedDocuments(person)}, action);
}

Status PersonSearchIndex::remove(qint64 personId)
{
    return m_db.run(QStringLiteral("DELETE FROM person_search WHERE rowid = ?"), {personId});
}

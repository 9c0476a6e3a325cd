#pragma once

#include "core/common/Result.h"
#include "core/domain/Person.h"

#include <QCoreApplication>

class Clock;

// What comparing two persons needs, without their documents or contact details.
struct PersonSummary
{
    qint64 id = 0;
    QString givenNames;
    QString familyName1;
    QString familyName2;
    QStringList otherNames;
    Sex sex = Sex::Unknown;
    PartialDate birthDate;
    Location location;
    QStringList nationalities;
    QStringList caseNumbers;
    QString fullName() const;
};
class Database;

// Persons with their other names, nationalities and documents, and their entry in the
// search index. Callers wrap writes in a Transaction.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    PersonRepository(const Database& db, const Clock& clock);

    Result<qint64> insert(const Person& person);
    Status update(const Person& person);
    // The same, leaving the person's documents as stored (with their global identifiers): a
    // merge moves them from the other record; the search index still gets `person.documents`.
    Status updateKeepingDocuments(const Person& person);
    // What a read leaves out for a role that may not see it (the server refuses the columns
    // to that role's account).
    enum class Detail
    {
        Everything,
        WithoutDocumentsAndContact
    };
    Result<Person> find(qint64 id, Detail detail = Detail::Everything) const;
    Status remove(qint64 id);
    // Whether records other than case membership point at the person (screenings…), so that
    // removing them would lose history.
    Result<bool> hasHistory(qint64 id) const;
    // Names, sex, date of birth, place and case numbers of many persons at once (for
    // comparing names), by id. `namesOnly`: the id, names and other names alone — two reads a
    // person rather than five, which is what counts for persons scattered over a large file.
    Result<QList<PersonSummary>> summaries(const QList<qint64>& ids, bool namesOnly = false) const;

    // The person holding a document (same country, type and number, ignoring spaces,
    // dots and dashes), or 0 when nobody does.
    Result<qint64> holderOfDocument(const IdentityDocument& document) const;
    // The same, whatever type of document the number was recorded as.
    Result<qint64> holderOfNumber(const QString& issuingCountry, const QString& number) const;
    // The persons holding a document under any of these number keys, of any type or country.
    Result<QList<qint64>> holdersOfNumberKeys(const QStringList& keys) const;
    // The persons whose phone number ends in these digits (SqlDialect::phoneEndOf).
    Result<QList<qint64>> withPhoneEnding(const QString& lastDigits) const;
    // Everyone with a document of this number, whatever its country or type.
    Result<QList<qint64>> holdersOfNumber(const QString& number) const;

private:
    Status updateRow(const Person& person);
    enum class Documents
    {
        Rewrite,
        AsStored
    };
    // `isNew`: nothing is stored yet to be replaced.
    Status writeDetails(qint64 id, const Person& person, bool isNew,
                        Documents documents = Documents::Rewrite);

    const Database& m_db;
    const Clock& m_clock;
};

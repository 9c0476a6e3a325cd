#include "core/services/PersonValidator.h"

#include "core/common/Clock.h"
#include "core/common/TextNormalizer.h"
#include "core/domain/Person.h"
#include "core/reference/CountryCatalog.h"

#include <QRegularExpression>
#include <QSet>

namespace {
bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
               c.category() == QChar::Other_NotAssigned;
    });
}
} // namespace

PersonValidator::PersonValidator(const Clock& clock)
    : m_clock(clock)
{
}

QList<FieldError> PersonValidator::validate(const Person& person) const
{
    QList<FieldError> errors;
    if (person.givenNames.trimmed().isEmpty())
        errors.append({QStringLiteral("givenNames"), tr("Enter the person's given name.")});
    checkName(errors, QStringLiteral("givenNames"), person.givenNames);
    checkName(errors, QStringLiteral("familyName1"), person.familyName1);
    checkName(errors, QStringLiteral("familyName2"), person.familyName2);
    if (person.otherNames.size() > MaxOtherNames)
        errors.append({QStringLiteral("otherNames"),
                       tr("At most %1 other names can be recorded.").arg(MaxOtherNames)});
    for (const QString& other : person.otherNames) {
        if (other.trimmed().isEmpty())
            errors.append({QStringLiteral("otherNames"), tr("An other name is empty.")});
        checkName(errors, QStringLiteral("otherNames"), other);
    }
    checkBirthDate(errors, QStringLiteral("birthDate"), person.birthDate);
    checkNationalities(errors, person);
    checkDocuments(errors, person);
    checkContactAndLocation(errors, person);
    return errors;
}

void PersonValidator::checkName(QList<FieldError>& errors, const QString& field,
                                const QString& name) const
{
    if (name.size() > MaxNameLength) {
        errors.append({field, tr("A name can have at most %1 characters.").arg(MaxNameLength)});
    } else if (hasControlCharacters(name)) {
        errors.append({field, tr("The name contains characters that cannot be part of a name.")});
    }
}

void PersonValidator::checkBirthDate(QList<FieldError>& errors, const QString& field,
                                     const PartialDate& born) const
{
    if (!born.isKnown())
        return;
    if (!born.isValid()) {
        errors.append({field, tr("This date of birth does not exist.")});
        return;
    }
    const QDate today = m_clock.today();
    const bool inFuture = born.precision() == PartialDate::Precision::Estimated
                              ? born.year() > today.year()
                              : born.earliest() > today;
    if (inFuture) {
        errors.append({field, tr("The date of birth is in the future.")});
    } else if (born.year() < EarliestBirthYear) {
        errors.append(
            {field, tr("The date of birth is before %1; check the year.").arg(EarliestBirthYear)});
    }
}

void PersonValidator::checkNationalities(QList<FieldError>& errors, const Person& person) const
{
    const QString field = QStringLiteral("nationalities");
    QSet<QString> seen;
    for (const QString& code : person.nationalities) {
        if (!CountryCatalog::instance().isNationality(code)) {
            errors.append({field, tr("“%1” is not a known country code. Use a three-letter ISO "
                                     "code such as VEN or COL.")
                                      .arg(code.left(10))});
        } else if (seen.contains(code)) {
            errors.append({field, tr("The nationality %1 is listed twice.").arg(code)});
        }
        seen.insert(code);
    }
}

void PersonValidator::checkDocuments(QList<FieldError>& errors, const Person& person) const
{
    if (person.hasNoDocument && !person.documents.isEmpty()) {
        errors.append({QStringLiteral("documents"),
                       tr("The person is marked as having no document, but documents are "
                          "listed. Remove the documents or clear “no document”.")});
    }
    QSet<QString> seen;
    for (int i = 0; i < person.documents.size(); ++i) {
        const IdentityDocument& d = person.documents[i];
        const QString prefix = QStringLiteral("documents/%1/").arg(i);
        const QString key = TextNormalizer::documentNumber(d.number);
        if (d.number.size() > MaxDocumentNumberLength) {
            errors.append({prefix + QStringLiteral("number"),
                           tr("A document number can have at most %1 characters.")
                               .arg(MaxDocumentNumberLength)});
        } else if (key.isEmpty()) {
            errors.append({prefix + QStringLiteral("number"), tr("Enter the document number.")});
        }
        if (!CountryCatalog::instance().isCountry(d.issuingCountry)) {
            errors.append({prefix + QStringLiteral("issuingCountry"),
                           tr("Choose the country that issued the document.")});
        }
        const QString identity = documentTypeCodes().code(d.type) + d.issuingCountry + key;
        if (!key.isEmpty() && seen.contains(identity)) {
            errors.append({prefix + QStringLiteral("number"),
                           tr("The document %1 is listed twice.").arg(d.number)});
        }
        seen.insert(identity);
    }
}

void PersonValidator::checkContactAndLocation(QList<FieldError>& errors, const Person& person) const
{
    static const QRegularExpression phone(QStringLiteral("^[0-9 +()./-]*$"));
    if (person.phone.size() > MaxPhoneLength || !phone.match(person.phone).hasMatch()) {
        errors.append({QStringLiteral("phone"),
                       tr("A phone number can only contain digits, spaces and + - ( ) "
                          "(at most %1 characters).")
                           .arg(MaxPhoneLength)});
    }
    if (!person.birthCountry.isEmpty() &&
        !CountryCatalog::instance().isCountry(person.birthCountry)) {
        errors.append({QStringLiteral("birthCountry"),
                       tr("“%1” is not a known country code.").arg(person.birthCountry.left(10))});
    }
    const Location& l = person.location;
    const CountryCatalog& catalog = CountryCatalog::instance();
    if (!l.country.isEmpty() && !catalog.isCountry(l.country)) {
        errors.append({QStringLiteral("location/country"),
                       tr("“%1” is not a known country code.").arg(l.country.left(10))});
    }
    if (!l.admin1.isEmpty() && !catalog.isSubdivisionOf(l.admin1, l.country)) {
        errors.append({QStringLiteral("location/admin1"),
                       tr("Choose a department, state or province of the chosen country.")});
    }
    if (l.place.size() > MaxPlaceLength || hasControlCharacters(l.place)) {
        errors.append({QStringLiteral("location/place"),
                       tr("The place can have at most %1 characters, without control "
                          "characters.")
                           .arg(MaxPlaceLength)});
    }
}

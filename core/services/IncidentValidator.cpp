#include "core/services/IncidentValidator.h"

#include "core/domain/Person.h"
#include "core/reference/CountryCatalog.h"
#include "core/reference/IncidentCatalogue.h"

QList<FieldError> IncidentValidator::validate(const IncidentFacts& f, QDate today)
{
    const IncidentCatalogue& catalogue = IncidentCatalogue::current();
    const CountryCatalog& countries = CountryCatalog::instance();
    QList<FieldError> errors;
    if (!IncidentCatalogue::find(catalogue.types(), f.type))
        errors.append({QStringLiteral("type"), tr("Choose what happened.")});
    if (!IncidentCatalogue::find(catalogue.perpetrators(), f.perpetrator))
        errors.append(
            {QStringLiteral("perpetrator"), tr("Choose who did it (“Unknown” if not known).")});
    if (!f.month.isValid())
        errors.append({QStringLiteral("month"), tr("Enter the month it happened.")});
    else if (f.month > QDate(today.year(), today.month(), 1))
        errors.append({QStringLiteral("month"), tr("The month it happened is in the future.")});
    if (!countries.isCountry(f.country))
        errors.append({QStringLiteral("country"), tr("Choose the country where it happened.")});
    else if (!f.admin1.isEmpty() && !countries.isSubdivisionOf(f.admin1, f.country))
        errors.append(
            {QStringLiteral("admin1"),
             tr("“%1” is not a department of %2.").arg(f.admin1, countries.name(f.country))});
    if (!IncidentCatalogue::find(catalogue.places(), f.place))
        errors.append({QStringLiteral("place"), tr("Choose the kind of place where it happened.")});
    checkDiversity(f.diversity, errors);
    if (f.reported == IncidentReported::Yes &&
        !IncidentCatalogue::find(catalogue.institutions(), f.institution))
        errors.append(
            {QStringLiteral("institution"), tr("Choose the institution it was reported to.")});
    if (!IncidentCatalogue::find(catalogue.stateResponses(), f.stateResponse))
        errors.append({QStringLiteral("stateResponse"),
                       tr("Choose what the state did (“Unknown” if not known).")});
    return errors;
}

void IncidentValidator::checkDiversity(const QStringList& codes, QList<FieldError>& errors)
{
    for (const QString& code : codes) {
        if (!diversityCodes().fromCode(code))
            errors.append({QStringLiteral("diversity"),
                           tr("“%1” is not one of the choices offered.").arg(code)});
    }
}

IncidentFacts IncidentValidator::normalized(IncidentFacts f)
{
    for (QString* text : {&f.type, &f.perpetrator, &f.country, &f.admin1, &f.place, &f.institution,
                          &f.stateResponse})
        *text = text->trimmed();
    f.diversity.removeDuplicates();
    if (f.reported != IncidentReported::Yes)
        f.institution.clear();
    if (f.month.isValid())
        f.month = QDate(f.month.year(), f.month.month(), 1);
    return f;
}

IncidentFacts IncidentValidator::about(const Person& person, QDate month)
{
    IncidentFacts f;
    f.month = month;
    f.sex = person.sex;
    const QDate lastDay = month.isValid() ? month.addMonths(1).addDays(-1) : QDate();
    const std::optional<int> age = person.birthDate.ageOn(lastDay);
    f.ageGroup = age ? ageGroupOf(*age) : AgeGroup::Unknown;
    return f;
}

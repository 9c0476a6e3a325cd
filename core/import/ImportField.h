#pragma once

#include "core/common/EnumTable.h"

#include <QStringList>

// What a column of an imported file holds, as Amparo understands it.
enum class ImportField
{
    Ignore,
    FullName, // all names in one column: given names, then family names
    GivenNames,
    FamilyNames, // both family names in one column
    FamilyName1,
    FamilyName2,
    OtherNames,
    Sex,
    BirthDate,
    Age, // an age in years when no date of birth is known
    Nationality,
    BirthCountry,
    DocumentType,
    DocumentNumber,
    DocumentCountry,
    DocumentExpiry, // the document is valid until this date
    Phone,
    Country,
    Admin1,
    Place,
    Household,    // rows with the same value form one family group (one case)
    Relationship, // to the head of the household
    RegisteredOn,
    Site,
    TracingConsent, // the household agrees to be contacted about family tracing (yes/no)
    Note            // remarks: a dated note on the case, kept as written
};

// Codes (saved in mappings) and labels of ImportField.
const EnumTable<ImportField>& importFieldCodes();

// Column names that mean the field, in English, Spanish and Portuguese, folded (lower case,
// no accents): "fecha de nacimiento", "data de nascimento", "date of birth".
QStringList importFieldHeaders(ImportField field);

#pragma once

#include "core/domain/DocumentType.h"
#include "core/domain/Relationship.h"
#include "core/domain/Sex.h"

#include <QString>

#include <optional>

// What the values people write in spreadsheets mean, in English, Spanish and Portuguese:
// "F", "Mujer", "Feminino" are female; "Jefa de hogar", "Titular" the head of household;
// "Cédula", "PEP" documents; "Venezolana", "Venezuela", "VE" the country VEN. Values are
// compared folded (no accents, any case).
class ValueDictionary
{
public:
    static std::optional<Sex> sex(const QString& value);
    static std::optional<Relationship> relationship(const QString& value);
    static std::optional<DocumentType> documentType(const QString& value);
    // ISO 3166-1 alpha-3 for a country name, code or nationality adjective; empty if none.
    static QString country(const QString& value);
    // "sí", "sim", "yes", "x", "1" and "no", "não", "0" in the three languages.
    static std::optional<bool> yesNo(const QString& value);
    // The ISO 3166-2 code of a first-level division of `country`, by name or code.
    static QString admin1(const QString& value, const QString& country);
};

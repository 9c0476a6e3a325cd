#pragma once

#include "core/domain/Person.h"

#include <QJsonObject>

// A person as named fields, written once: what amparo-cli prints as JSON and what the audit
// trail compares when a case changes. A field added to Person is added here, and both follow.
class PersonJson
{
public:
    static QJsonObject of(const Person& person);
    // One field's value as a person reads it in the audit trail ("VEN, COL").
    static QString text(const QJsonValue& value);
};

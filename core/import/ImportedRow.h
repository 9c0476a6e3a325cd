#pragma once

#include "core/domain/Person.h"
#include "core/domain/Relationship.h"

#include <QDate>
#include <QString>

#include <optional>

// A row of an imported file read as a person of a family group.
struct ImportedRow
{
    int number = 0;
    Person person;
    QString household; // rows with the same value form one case; empty: a case of its own
    std::optional<Relationship> relationship; // to the head of household, when the file says
    QDate registeredOn;
    qint64 siteId = 0;
    // Whether the household agrees to be contacted about family tracing, when the file says;
    // the head of household's row decides for the case.
    std::optional<bool> tracingConsent;
    QString note; // remarks, as written
};

// Why a row (or one of its cells) cannot be imported.
struct RowIssue
{
    int row = 0;
    QString column; // the column's name in the file, or empty for the whole row
    QString value;  // what the cell holds (cut short), or empty
    QString reason;

    bool operator==(const RowIssue&) const = default;
};

#pragma once

#include <QString>

// Where a person is now: country (ISO 3166-1 alpha-3), first-level division (ISO 3166-2
// code) and a free-text place (town, shelter, neighbourhood).
struct Location
{
    QString country;
    QString admin1;
    QString place;

    bool operator==(const Location&) const = default;
};

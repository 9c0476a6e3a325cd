#pragma once

#include <QString>

// A place where the organisation registers cases: a border post, shelter or clinic.
// Its code starts every case number registered there ("CUC-2026-00042").
struct Site
{
    qint64 id = 0;
    QString code;
    QString name;
    QString country; // ISO 3166-1 alpha-3
    QString admin1;  // ISO 3166-2 code, may be empty

    bool operator==(const Site&) const = default;
};

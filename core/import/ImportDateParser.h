#pragma once

#include "core/domain/PartialDate.h"
#include "core/import/ImportMapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// Reads the dates and ages of imported files: "31/12/2020" in the file's order, "2020-12-31"
// always (spreadsheet dates arrive so), "12/2020", "2020", two-digit years; ages as "35",
// "35 años", "6 meses". Says why a text is not a date ("there is no 31 February 2020").
class ImportDateParser
{
    Q_DECLARE_TR_FUNCTIONS(ImportDateParser)

public:
    struct Parsed
    {
        std::optional<PartialDate> date;
        QString problem; // set when date is empty
    };

    ImportDateParser(ImportMapping::DateOrder order, QDate today);

    Parsed date(const QString& text) const;
    // An age in whole years (months and weeks count as 0), 0 to 120.
    std::optional<int> age(const QString& text) const;
    // A number alone that is a plausible age: someone typed an age where a date belongs.
    static bool looksLikeAge(const QString& text);

private:
    Parsed dayMonthYear(int day, int month, int year, const QString& text) const;
    int fullYear(int year, int digits) const;

    ImportMapping::DateOrder m_order;
    QDate m_today;
};

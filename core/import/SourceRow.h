#pragma once

#include <QString>
#include <QStringList>

// One row of a spreadsheet or CSV file as read, before any meaning is given to it.
struct SourceRow
{
    int number = 0;    // as a spreadsheet shows it: the header is row 1
    QStringList cells; // in column order; missing trailing cells are absent
    QString problem;   // why the row cannot be read as it is, or empty
};

#pragma once

#include "core/import/DuplicateFinder.h"
#include "core/import/ImportField.h"
#include "core/import/ImportedRow.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// What an import would do, found by reading the whole file once and writing nothing: shown
// to the person as the preview, then followed by the import itself.
struct ImportPlan
{
    // Lists shown are cut here; the counts are always whole.
    static constexpr int MaxListedIssues = 10000;
    static constexpr int MaxListedDuplicates = 10000;
    static constexpr int MaxListedValues = 300;

    QString fileDescription;
    QStringList mappingProblems; // when not empty, nothing can be imported
    int rows = 0;                // rows after the header, blank rows not counted
    QList<RowIssue> issues;      // the first MaxListedIssues
    int issueCount = 0;
    // Rows that will be imported but deserve a look (a name with a semicolon): the first
    // MaxListedIssues.
    QList<RowIssue> warnings;
    int warningCount = 0;
    QList<DuplicateMatch> duplicates; // the first MaxListedDuplicates
    int duplicateCount = 0;
    // The values found in columns whose values are codes, with how often each appears.
    QMap<ImportField, QMap<QString, int>> values;

    // For the import: rows that cannot be imported, and the first reason of each.
    QHash<int, QString> failedRows;
    // Every duplicate by row (the list above may be cut).
    QHash<int, DuplicateMatch> duplicateByRow;
    // Household key -> the row of its head and how many of its rows can be imported.
    struct Household
    {
        int principalRow = 0;
        int importableRows = 0;
        QList<int> rows;
    };
    QHash<QString, Household> households;

    int importableRows() const { return rows - int(failedRows.size()); }
    // Cases the importable rows make (before choices about duplicates).
    int caseCount() const;
    bool canImport() const { return mappingProblems.isEmpty() && importableRows() > 0; }

    // The key that groups a row with its household ("#12" for a row on its own).
    static QString householdKey(const QString& household, int row);
};

#pragma once

#include "core/common/EnumTable.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What an import did with every row, to be read on screen and saved as CSV.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Outcome
    {
        Imported,   // a new person, in a new case
        Linked,     // the registered person was used instead of a copy
        Skipped,    // left out by the person's choice
        NotImported // the row has a problem
    };
    struct Row
    {
        int row = 0;
        Outcome outcome = Outcome::Imported;
        QString caseNumber;
        QString note;
    };

    QString file;
    int imported = 0;
    int linked = 0;
    int skipped = 0;
    int notImported = 0;
    int casesCreated = 0;
    qint64 milliseconds = 0;
    QList<Row> rows; // in the file's order

    void add(int row, Outcome outcome, const QString& caseNumber, const QString& note);
    // "Imported: 19,963 rows, in 12,001 new cases. Not imported because of a problem: 37…"
    QString summary() const;
    Status saveCsv(const QString& path) const;

    static const EnumTable<Outcome>& outcomeCodes();
};

#pragma once

#include "core/common/Result.h"
#include "core/domain/Partner.h"
#include "core/import/SourceRow.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The directory of partner organisations as a spreadsheet (CSV or Excel) gives it: one
// organisation per row, its columns found by their headers in Spanish, Portuguese or English
// (name, services, areas, contact, language). Services are codes or names of the referral
// form's services, separated by commas or semicolons; the language is a code or its name.
// A row that cannot be read says why, with its number.
class PartnerSheet
{
    Q_DECLARE_TR_FUNCTIONS(PartnerSheet)

public:
    static constexpr int MaxRows = 5000;

    struct Row
    {
        int number = 0; // as the spreadsheet shows it
        Partner partner;
        QString problem;
    };

    static Result<QList<Row>> read(const QString& path);
    // The same from rows already read (the header first).
    static Result<QList<Row>> fromRows(const QStringList& header, const QList<SourceRow>& rows);
};

#pragma once

#include "core/common/Result.h"
#include "core/import/ImportField.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// How the columns of a file become records: which field each column fills, how its dates
// are written, what its values mean where Amparo would not guess, and what to do by default
// with a person who seems to be registered already. Saved as a small JSON file to be used
// again for next month's file (and by `amparo-cli import --mapping`).
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    enum class DateOrder
    {
        DayMonthYear, // 31/12/2020, the way Latin America writes dates
        MonthDayYear, // 12/31/2020
        YearMonthDay  // 2020-12-31
    };
    enum class DuplicateChoice
    {
        Skip,          // the person is not imported
        ImportAsNew,   // they are someone else after all
        LinkToExisting // the row is that person: their record is used, not copied
    };

    static constexpr int FormatVersion = 1;

    // Column name as in the file -> field. Columns not listed are not imported.
    QList<std::pair<QString, ImportField>> columns;
    DateOrder dateOrder = DateOrder::DayMonthYear;
    // The site of rows that do not name one (its code).
    QString defaultSiteCode;
    DuplicateChoice onDuplicate = DuplicateChoice::Skip;
    // The person's own meaning for values: field -> folded value as written -> code
    // ("1" -> "F"; "Oficina Norte" -> "CUC").
    QMap<ImportField, QHash<QString, QString>> values;

    ImportField fieldOf(const QString& header) const;
    void setField(const QString& header, ImportField field);
    void setValue(ImportField field, const QString& written, const QString& code);

    // What is missing or contradictory for a file with this header, as sentences; empty
    // when the mapping can be used.
    QStringList problems(const QStringList& header) const;

    QByteArray toJson() const;
    static Result<ImportMapping> fromJson(const QByteArray& json);
    static Result<ImportMapping> load(const QString& path);
    Status save(const QString& path) const;

    static const EnumTable<DateOrder>& dateOrderCodes();
    static const EnumTable<DuplicateChoice>& duplicateChoiceCodes();
};

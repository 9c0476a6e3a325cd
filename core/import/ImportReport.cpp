#include "core/import/ImportReport.h"

#include "core/common/CsvWriter.h"

#include <QLocale>
#include <QSaveFile>

const EnumTable<ImportReport::Outcome>& ImportReport::outcomeCodes()
{
    static const EnumTable<Outcome> table(
        "ImportReport",
        {
            {Outcome::Imported, "imported", QT_TRANSLATE_NOOP("ImportReport", "Imported")},
            {Outcome::Linked, "linked",
             QT_TRANSLATE_NOOP("ImportReport", "Linked to the registered person")},
            {Outcome::Skipped, "skipped", QT_TRANSLATE_NOOP("ImportReport", "Skipped")},
            {Outcome::NotImported, "not_imported",
             QT_TRANSLATE_NOOP("ImportReport", "Not imported")},
        });
    return table;
}

void ImportReport::add(int row, Outcome outcome, const QString& caseNumber, const QString& note)
{
    rows.append({row, outcome, caseNumber, note});
    switch (outcome) {
    case Outcome::Imported:
        ++imported;
        break;
    case Outcome::Linked:
        ++linked;
        break;
    case Outcome::Skipped:
        ++skipped;
        break;
    case Outcome::NotImported:
        ++notImported;
        break;
    }
}

QString ImportReport::summary() const
{
    const QLocale locale;
    return tr("Imported: %1 rows, in %2 new cases. Not imported because of a problem: %3. "
              "Skipped as already registered: %4. Linked to registered persons: %5.")
        .arg(locale.toString(imported), locale.toString(casesCreated), locale.toString(notImported),
             locale.toString(skipped), locale.toString(linked));
}

Status ImportReport::saveCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io,
                     tr("The report could not be saved to %1: %2").arg(path, file.errorString()));
    CsvWriter csv(file);
    bool ok = csv.writeRow({tr("Row"), tr("Outcome"), tr("Case"), tr("Note")});
    for (const Row& r : rows) {
        if (!ok)
            break;
        ok = csv.writeRow(
            {QString::number(r.row), outcomeCodes().label(r.outcome), r.caseNumber, r.note});
    }
    if (!ok || !file.commit())
        return Error(Error::Code::Io,
                     tr("The report could not be saved to %1: %2").arg(path, file.errorString()));
    return {};
}

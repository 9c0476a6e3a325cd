#include "core/import/MappingProposer.h"

#include "core/common/TextNormalizer.h"
#include "core/import/TabularSource.h"

#include <QRegularExpression>
#include <QSet>

ImportField MappingProposer::fieldForHeader(const QString& header)
{
    const QString words = TextNormalizer::words(header).join(u' ');
    if (words.isEmpty())
        return ImportField::Ignore;
    // The exact name first, then the longest known name the header starts with
    // ("fecha de nacimiento dd mm aaaa").
    ImportField best = ImportField::Ignore;
    qsizetype bestLength = 0;
    for (const ImportField field : importFieldCodes().values()) {
        for (const QString& synonym : importFieldHeaders(field)) {
            const QString known = TextNormalizer::words(synonym).join(u' ');
            if (known == words)
                return field;
            if (known.size() > bestLength && words.startsWith(known + u' ')) {
                best = field;
                bestLength = known.size();
            }
        }
    }
    return best;
}

ImportMapping::DateOrder MappingProposer::dateOrderFor(const QStringList& dates)
{
    static const QRegularExpression parts(
        QStringLiteral("^\\s*(\\d{1,4})[/.\\- ](\\d{1,2})[/.\\- ](\\d{1,4})"));
    int dayFirst = 0;
    int monthFirst = 0;
    int yearFirst = 0;
    for (const QString& d : dates) {
        const auto m = parts.match(d);
        if (!m.hasMatch())
            continue;
        if (m.captured(1).size() == 4) {
            ++yearFirst;
            continue;
        }
        if (m.captured(1).toInt() > 12)
            ++dayFirst;
        else if (m.captured(2).toInt() > 12)
            ++monthFirst;
    }
    if (yearFirst > dayFirst && yearFirst > monthFirst)
        return ImportMapping::DateOrder::YearMonthDay;
    // Day first unless the file clearly says otherwise: that is how the region writes.
    return monthFirst > dayFirst ? ImportMapping::DateOrder::MonthDayYear
                                 : ImportMapping::DateOrder::DayMonthYear;
}

ImportMapping MappingProposer::propose(const QStringList& header, const QList<SourceRow>& sample)
{
    ImportMapping mapping;
    QSet<ImportField> taken;
    QList<int> dateColumns;
    for (int i = 0; i < header.size(); ++i) {
        ImportField field = fieldForHeader(header[i]);
        if (field != ImportField::Ignore && taken.contains(field))
            field = ImportField::Ignore;
        taken.insert(field);
        if (!header[i].trimmed().isEmpty())
            mapping.columns.append({header[i], field});
        if (field == ImportField::BirthDate || field == ImportField::RegisteredOn)
            dateColumns.append(i);
    }
    // A "Nombre" column beside "Apellidos" holds given names; alone it holds everything.
    const bool hasFamily =
        taken.contains(ImportField::FamilyNames) || taken.contains(ImportField::FamilyName1);
    if (!hasFamily && taken.contains(ImportField::GivenNames) &&
        !taken.contains(ImportField::FullName)) {
        for (auto& column : mapping.columns) {
            if (column.second == ImportField::GivenNames &&
                TextNormalizer::words(column.first).size() == 1 &&
                (TextNormalizer::fold(column.first) == QLatin1String("nombre") ||
                 TextNormalizer::fold(column.first) == QLatin1String("nome")))
                column.second = ImportField::FullName;
        }
    }
    QStringList dates;
    for (const SourceRow& row : sample) {
        for (int c : dateColumns)
            dates.append(row.cells.value(c));
    }
    mapping.dateOrder = dateOrderFor(dates);
    return mapping;
}

Result<ImportMapping> MappingProposer::proposeFor(TabularSource& source)
{
    QList<SourceRow> sample;
    SourceRow row;
    while (sample.size() < SampleRows) {
        Result<bool> got = source.next(row);
        if (!got)
            return got.error();
        if (!*got)
            break;
        sample.append(row);
    }
    if (Status s = source.rewind(); !s)
        return s.error();
    return propose(source.header(), sample);
}

#include "core/statistics/AggregateXlsxWriter.h"

#include "core/statistics/AggregateTable.h"
#include "core/statistics/StatisticsReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <xlsxwriter.h>

#include <functional>

namespace {
struct Formats
{
    lxw_format* bold;
    lxw_format* wrap;
};

void text(lxw_worksheet* sheet, int row, int col, const QString& value, lxw_format* format)
{
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(),
                           format);
}

// The counts of `table` in a new sheet, a header row first.
void countsSheet(lxw_workbook* book, const QString& name, const AggregateTable& table,
                 const Formats& f)
{
    lxw_worksheet* data = workbook_add_worksheet(book, name.toUtf8().constData());
    const QStringList headers = table.headers(false);
    for (int c = 0; c < headers.size(); ++c)
        text(data, 0, c, headers[c], f.bold);
    worksheet_set_column(data, 0, lxw_col_t(headers.size() - 1), 22, nullptr);
    worksheet_freeze_panes(data, 1, 0);
    int row = 1;
    for (const AggregateTable::Cell& cell : table.cells) {
        const QStringList labels = table.rowLabels(cell, false);
        lxw_format* format = cell.isTotal() ? f.bold : nullptr;
        for (int c = 0; c < labels.size(); ++c)
            text(data, row, c, labels[c], format);
        if (cell.suppressed)
            text(data, row, int(labels.size()), QStringLiteral("—"), format);
        else
            worksheet_write_number(data, lxw_row_t(row), lxw_col_t(labels.size()), cell.count,
                                   format);
        ++row;
    }
}

// A sheet of "what: value" lines.
void aboutSheet(lxw_workbook* book, const QString& name,
                const QList<std::pair<QString, QString>>& lines, const Formats& f)
{
    lxw_worksheet* about = workbook_add_worksheet(book, name.toUtf8().constData());
    worksheet_set_column(about, 0, 0, 28, f.bold);
    worksheet_set_column(about, 1, 1, 90, f.wrap);
    for (int i = 0; i < lines.size(); ++i) {
        text(about, i, 0, lines[i].first, nullptr);
        text(about, i, 1, lines[i].second, nullptr);
    }
}

// Written beside the target and moved into place: never a half-written workbook.
Status writeWorkbook(const QString& path,
                     const std::function<void(lxw_workbook*, const Formats&)>& fill)
{
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook* book = workbook_new(QFile::encodeName(partial).constData());
    if (!book)
        return Error(Error::Code::Io, AggregateXlsxWriter::tr("Could not write %1.").arg(path));
    Formats f{workbook_add_format(book), workbook_add_format(book)};
    format_set_bold(f.bold);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    fill(book, f);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error(Error::Code::Io, AggregateXlsxWriter::tr("Could not write %1: %2")
                                          .arg(path, QString::fromUtf8(lxw_strerror(result))));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error(Error::Code::Io, AggregateXlsxWriter::tr("Could not write %1.").arg(path));
    }
    return {};
}

QString madeWith()
{
    return QStringLiteral("Amparo %1").arg(QCoreApplication::applicationVersion());
}
} // namespace

Status AggregateXlsxWriter::writeTable(const AggregateTable& table, const QString& path) const
{
    return writeWorkbook(path, [&table](lxw_workbook* book, const Formats& f) {
        countsSheet(book, tr("Counts"), table, f);
        const AggregateDefinition& d = table.definition;
        QStringList by;
        for (Dimension dim : d.dimensions)
            by.append(dimensionCodes().label(dim));
        aboutSheet(book, tr("Definition"),
                   {
                       {tr("Title"), d.title.isEmpty() ? d.describe() : d.title},
                       {tr("What is counted"), measureCodes().label(d.measure)},
                       {tr("Broken down by"),
                        by.isEmpty() ? tr("Nothing (one total)") : by.join(QStringLiteral("; "))},
                       {tr("From"), d.fromMonth.isEmpty() ? tr("The first record") : d.fromMonth},
                       {tr("To"), d.toMonth.isEmpty() ? tr("The day it was made") : d.toMonth},
                       {tr("Sites"),
                        d.siteCodes.isEmpty() ? tr("All") : d.siteCodes.join(QStringLiteral(", "))},
                       {tr("Country"), d.country.isEmpty() ? tr("All") : d.country},
                       {tr("Smallest count shown"), QString::number(table.threshold)},
                       {tr("Protection"), table.protectionStatement()},
                       {tr("“—” means"), tr("hidden to protect the people counted")},
                       {tr("Made on"), QDate::currentDate().toString(Qt::ISODate)},
                       {tr("Made with"), madeWith()},
                   },
                   f);
    });
}

Status AggregateXlsxWriter::writeReport(const StatisticsReport& report, const QString& title,
                                        const QString& path) const
{
    return writeWorkbook(path, [&](lxw_workbook* book, const Formats& f) {
        QList<std::pair<QString, QString>> lines{
            {tr("Title"), title},
            {tr("Period"), report.periodText()},
            {tr("Sites"),
             report.siteCodes.isEmpty() ? tr("All") : report.siteCodes.join(QStringLiteral(", "))},
        };
        QString protection;
        for (int i = 0; i < report.sections.size(); ++i) {
            const StatisticsReport::Section& s = report.sections[i];
            const QString sheet = QString::number(i + 1);
            QString what = s.title;
            if (!s.table)
                what += QStringLiteral(" — ") + s.refusal;
            else if (!s.coarser.isEmpty())
                what += QStringLiteral(" — ") + s.coarser;
            lines.append({tr("Sheet %1").arg(sheet), what});
            if (s.table)
                protection = s.table->protectionStatement();
        }
        lines += {
            {tr("Protection"),
             protection.isEmpty() ? tr("Nothing could be shown safely.") : protection},
            {tr("“—” means"), tr("hidden to protect the people counted")},
            {tr("Made on"), QDate::currentDate().toString(Qt::ISODate)},
            {tr("Made with"), madeWith()},
        };
        aboutSheet(book, tr("Report"), lines, f);
        for (int i = 0; i < report.sections.size(); ++i) {
            if (report.sections[i].table)
                countsSheet(book, QString::number(i + 1), *report.sections[i].table, f);
        }
    });
}

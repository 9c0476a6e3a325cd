#include "core/statistics/AggregateXlsxWriter.h"

#include "core/statistics/AggregateTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <xlsxwriter.h>

namespace {
void text(lxw_worksheet* sheet, int row, int col, const QString& value, lxw_format* format)
{
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(),
                           format);
}
} // namespace

Status AggregateXlsxWriter::writeTable(const AggregateTable& table, const QString& path) const
{
    // Written beside the target and moved into place: never a half-written workbook.
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook* book = workbook_new(QFile::encodeName(partial).constData());
    if (!book)
        return Error(Error::Code::Io, tr("Could not write %1.").arg(path));
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    lxw_worksheet* data = workbook_add_worksheet(book, tr("Counts").toUtf8().constData());
    const QStringList headers = table.headers(false);
    for (int c = 0; c < headers.size(); ++c)
        text(data, 0, c, headers[c], bold);
    worksheet_set_column(data, 0, lxw_col_t(headers.size() - 1), 22, nullptr);
    worksheet_freeze_panes(data, 1, 0);
    int row = 1;
    for (const AggregateTable::Cell& cell : table.cells) {
        const QStringList labels = table.rowLabels(cell, false);
        lxw_format* format = cell.isTotal() ? bold : nullptr;
        for (int c = 0; c < labels.size(); ++c)
            text(data, row, c, labels[c], format);
        if (cell.suppressed)
            text(data, row, int(labels.size()), QStringLiteral("—"), format);
        else
            worksheet_write_number(data, lxw_row_t(row), lxw_col_t(labels.size()), cell.count,
                                   format);
        ++row;
    }

    lxw_worksheet* about = workbook_add_worksheet(book, tr("Definition").toUtf8().constData());
    worksheet_set_column(about, 0, 0, 28, bold);
    worksheet_set_column(about, 1, 1, 90, wrap);
    const AggregateDefinition& d = table.definition;
    QStringList by;
    for (Dimension dim : d.dimensions)
        by.append(dimensionCodes().label(dim));
    const QList<std::pair<QString, QString>> lines{
        {tr("Title"), d.title.isEmpty() ? d.describe() : d.title},
        {tr("What is counted"), measureCodes().label(d.measure)},
        {tr("Broken down by"),
         by.isEmpty() ? tr("Nothing (one total)") : by.join(QStringLiteral("; "))},
        {tr("From"), d.fromMonth.isEmpty() ? tr("The first record") : d.fromMonth},
        {tr("To"), d.toMonth.isEmpty() ? tr("The day it was made") : d.toMonth},
        {tr("Sites"), d.siteCodes.isEmpty() ? tr("All") : d.siteCodes.join(QStringLiteral(", "))},
        {tr("Country"), d.country.isEmpty() ? tr("All") : d.country},
        {tr("Smallest count shown"), QString::number(table.threshold)},
        {tr("Protection"), table.protectionStatement()},
        {tr("“—” means"), tr("hidden to protect the people counted")},
        {tr("Made on"), QDate::currentDate().toString(Qt::ISODate)},
        {tr("Made with"), QStringLiteral("Amparo %1").arg(QCoreApplication::applicationVersion())},
    };
    for (int i = 0; i < lines.size(); ++i) {
        text(about, i, 0, lines[i].first, nullptr);
        text(about, i, 1, lines[i].second, nullptr);
    }

    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error(
            Error::Code::Io,
            tr("Could not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result))));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error(Error::Code::Io, tr("Could not write %1.").arg(path));
    }
    return {};
}

#include "ui/statistics/ReportFormatComboBox.h"

ReportFormatComboBox::ReportFormatComboBox(QWidget* parent)
    : QComboBox(parent)
{
    addItem(tr("PDF with charts"), QStringLiteral("pdf"));
    addItem(tr("XLSX workbook (a sheet per table)"), QStringLiteral("xlsx"));
    addItem(tr("HXL CSV (the most detailed table)"), QStringLiteral("csv"));
}

QString ReportFormatComboBox::format() const
{
    return currentData().toString();
}

QString ReportFormatComboBox::fileFilter() const
{
    const QString f = format();
    return f == QLatin1String("pdf")    ? tr("PDF files (*.pdf)")
           : f == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)")
                                        : tr("CSV files (*.csv)");
}

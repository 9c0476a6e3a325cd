#pragma once

#include <QComboBox>

// Chooses how a report is written: a PDF with charts, an XLSX workbook (a sheet per table) or
// HXL CSV (its most detailed table); its value is the StatisticsFormats name.
class ReportFormatComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ReportFormatComboBox(QWidget* parent = nullptr);
    QString format() const;
    // For the file chooser: "PDF files (*.pdf)"…
    QString fileFilter() const;
};

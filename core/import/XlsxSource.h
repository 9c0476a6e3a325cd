#pragma once

#include "core/import/TabularSource.h"

class XlsxWorkbook;
class XlsxSheetReader;

// One sheet of an Excel workbook read as TabularSource.
class XlsxSource : public TabularSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSource)

public:
    static Result<std::unique_ptr<TabularSource>> open(std::unique_ptr<XlsxWorkbook> book,
                                                       int sheetIndex);
    ~XlsxSource() override;

    QStringList header() const override { return m_header; }
    Result<bool> next(SourceRow& row) override;
    Status rewind() override;
    int progressPerMille() const override;
    QString description() const override;
    QStringList sheetNames() const override;

private:
    XlsxSource(std::unique_ptr<XlsxWorkbook> book, int sheetIndex);
    Result<bool> readRow(SourceRow& row);

    std::unique_ptr<XlsxWorkbook> m_book;
    int m_sheetIndex;
    std::unique_ptr<XlsxSheetReader> m_sheet;
    QStringList m_header;
};

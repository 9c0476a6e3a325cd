#include "core/import/XlsxSource.h"

#include "core/import/XlsxSheetReader.h"
#include "core/import/XlsxWorkbook.h"

XlsxSource::XlsxSource(std::unique_ptr<XlsxWorkbook> book, int sheetIndex)
    : m_book(std::move(book))
    , m_sheetIndex(sheetIndex)
{
}

XlsxSource::~XlsxSource() = default;

Result<std::unique_ptr<TabularSource>> XlsxSource::open(std::unique_ptr<XlsxWorkbook> book,
                                                        int sheetIndex)
{
    std::unique_ptr<XlsxSource> source(new XlsxSource(std::move(book), sheetIndex));
    if (Status s = source->rewind(); !s)
        return s.error();
    return std::unique_ptr<TabularSource>(std::move(source));
}

Status XlsxSource::rewind()
{
    m_sheet.reset();
    Result<std::unique_ptr<XlsxSheetReader>> sheet = m_book->openSheet(m_sheetIndex);
    if (!sheet)
        return sheet.error();
    m_sheet = std::move(sheet).value();
    SourceRow header;
    Result<bool> got = readRow(header);
    if (!got)
        return got.error();
    const QString name = m_book->sheetNames().value(m_sheetIndex);
    if (!*got)
        return Error(Error::Code::Refused,
                     tr("The sheet %1 is empty: there is nothing to import.").arg(name));
    if (!header.problem.isEmpty())
        return Error(Error::Code::Refused,
                     tr("The first row of the sheet %1 cannot be read as column names: %2")
                         .arg(name, header.problem));
    m_header.clear();
    for (const QString& cell : header.cells)
        m_header.append(cell.trimmed());
    return {};
}

Result<bool> XlsxSource::readRow(SourceRow& row)
{
    for (;;) {
        Result<bool> got = m_sheet->next(row);
        if (!got || !*got)
            return got;
        if (!isBlank(row))
            return true;
    }
}

Result<bool> XlsxSource::next(SourceRow& row)
{
    return readRow(row);
}

int XlsxSource::progressPerMille() const
{
    if (!m_sheet || m_sheet->size() <= 0)
        return 0;
    return int(std::min<qint64>(1000, m_sheet->bytesRead() * 1000 / m_sheet->size()));
}

QString XlsxSource::description() const
{
    return tr("Excel workbook, sheet %1").arg(m_book->sheetNames().value(m_sheetIndex));
}

QStringList XlsxSource::sheetNames() const
{
    return m_book->sheetNames();
}

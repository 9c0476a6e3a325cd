#include "core/import/TabularSource.h"

#include "core/import/CsvSource.h"
#include "core/import/XlsxSource.h"
#include "core/import/XlsxWorkbook.h"

#include <QFile>
#include <QFileInfo>

bool TabularSource::isBlank(const SourceRow& row)
{
    if (!row.problem.isEmpty())
        return false;
    for (const QString& cell : row.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

Result<std::unique_ptr<TabularSource>> TabularSource::open(const QString& path, int sheetIndex)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     tr("%1 could not be opened: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return Error(Error::Code::Refused,
                     tr("%1 is empty: there is nothing to import.").arg(path));
    if (file.size() > MaxFileBytes)
        return Error(
            Error::Code::Refused,
            tr("%1 is larger than 2 GB. Split it into smaller files and import each.").arg(path));
    const QByteArray magic = file.peek(8);
    file.close();
    if (magic.startsWith("PK\x03\x04")) {
        Result<std::unique_ptr<XlsxWorkbook>> book = XlsxWorkbook::open(path);
        if (!book)
            return book.error();
        return XlsxSource::open(std::move(book).value(), sheetIndex);
    }
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return Error(Error::Code::Refused,
                     tr("%1 is an old Excel 97–2003 workbook (.xls). Open it in your spreadsheet "
                        "program, save it as .xlsx or CSV, and import that.")
                         .arg(QFileInfo(path).fileName()));
    return CsvSource::open(path);
}

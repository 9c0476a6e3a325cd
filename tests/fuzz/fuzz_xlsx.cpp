#include "core/import/XlsxSheetReader.h"
#include "core/import/XlsxWorkbook.h"
#include "tests/fuzz/FuzzSupport.h"

// Excel workbooks as the import reads them: the ZIP, the workbook, shared strings, styles,
// every sheet's rows, then their meaning.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    Result<std::unique_ptr<XlsxWorkbook>> book =
        XlsxWorkbook::fromData(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!book)
        return 0;
    const int sheets = int(std::min<qsizetype>(3, (*book)->sheetNames().size()));
    for (int s = 0; s < sheets; ++s) {
        Result<std::unique_ptr<XlsxSheetReader>> sheet = (*book)->openSheet(s);
        if (!sheet)
            continue;
        QList<SourceRow> rows;
        SourceRow row;
        while (rows.size() < 10000) {
            Result<bool> got = (*sheet)->next(row);
            if (!got || !*got)
                break;
            rows.append(row);
        }
        if (!rows.isEmpty()) {
            const QStringList header = rows.takeFirst().cells;
            FuzzSupport::convert(header, rows);
        }
    }
    return 0;
}

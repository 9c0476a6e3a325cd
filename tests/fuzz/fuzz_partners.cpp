#include "core/import/CsvParser.h"
#include "core/referrals/PartnerSheet.h"
#include "tests/fuzz/FuzzSupport.h"

// A directory of partner organisations as a CSV sheet: rows, then their meaning as partners.
// (Excel workbooks reach PartnerSheet through the same rows: fuzz_xlsx covers their reading.)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    CsvParser parser(CsvParser::detectDelimiter(text));
    parser.feed(text);
    parser.finish();
    QList<SourceRow> rows;
    while (parser.hasRow())
        rows.append(parser.takeRow());
    if (rows.isEmpty())
        return 0;
    const QStringList header = rows.takeFirst().cells;
    (void)PartnerSheet::fromRows(header, rows);
    return 0;
}

#include "core/import/CsvParser.h"
#include "core/import/TextFileDecoder.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QStringDecoder>

// CSV bytes as the import reads them: encoding, delimiter, rows, then their meaning.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString checked = utf8.decode(bytes);
    const auto encoding = TextFileDecoder::detect(bytes.first(std::min<qsizetype>(4, bytes.size())),
                                                  !utf8.hasError());
    const int bom = TextFileDecoder::bomLength(bytes);
    TextFileDecoder decoder(encoding);
    // Fed in two pieces, so characters and quotes split across reads are exercised.
    const QByteArrayView body = bytes.sliced(bom);
    const qsizetype half = body.size() / 2;
    const QString first = decoder.decode(body.first(half));
    const QString second = decoder.decode(body.sliced(half));
    CsvParser parser(CsvParser::detectDelimiter(first + second));
    parser.feed(first);
    parser.feed(second);
    parser.finish();
    QList<SourceRow> rows;
    while (parser.hasRow())
        rows.append(parser.takeRow());
    if (rows.isEmpty())
        return 0;
    const QStringList header = rows.takeFirst().cells;
    FuzzSupport::convert(header, rows);
    return 0;
}

#pragma once

#include "core/common/Result.h"
#include "core/import/SourceRow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QXmlStreamReader>

class XlsxWorkbook;
typedef struct zip_file zip_file_t;

// Reads one sheet of an XlsxWorkbook row by row, streaming its XML, so a sheet of a million
// rows takes little memory. Cells become text: shared and inline strings as written,
// numbers without exponent, date-styled numbers as ISO dates; a formula gives its computed
// value, and a formula without one, or with an error, is reported for its row.
class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    XlsxSheetReader(const XlsxWorkbook& book, zip_file_t* file, qint64 size);
    ~XlsxSheetReader();
    XlsxSheetReader(const XlsxSheetReader&) = delete;
    XlsxSheetReader& operator=(const XlsxSheetReader&) = delete;

    // The next row with any cell; false at the end of the sheet.
    Result<bool> next(SourceRow& row);
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }

    // "B" -> 1, "AA" -> 26; -1 when the reference has no column letters.
    static int columnIndex(QStringView cellReference);
    // The text of a date-styled serial number: "2012-05-03", or empty if out of range.
    static QString serialToIsoDate(double serial, bool date1904);
    // A number as a person would type it: no exponent, no trailing ".0".
    static QString numberText(const QString& raw);

private:
    bool feedMore();
    void startCell();
    void endCell();

    const XlsxWorkbook& m_book;
    zip_file_t* m_file;
    qint64 m_size;
    qint64 m_bytesRead = 0;
    bool m_exhausted = false;
    QXmlStreamReader m_xml;

    SourceRow m_row;
    int m_lastRowNumber = 0;
    bool m_inRow = false;
    // The cell being read.
    int m_column = -1;
    QString m_type;
    qsizetype m_style = -1;
    QString m_reference;
    QString m_value;
    QString m_inlineText;
    bool m_hasFormula = false;
    bool m_inValue = false;
    bool m_inInlineText = false;
    int m_phoneticDepth = 0;
};

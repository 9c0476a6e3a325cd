#include "core/import/XlsxSheetReader.h"

#include "core/import/CsvParser.h"
#include "core/import/XlsxWorkbook.h"

#include <QDate>

#include <zip.h>

#include <cmath>

XlsxSheetReader::XlsxSheetReader(const XlsxWorkbook& book, zip_file_t* file, qint64 size)
    : m_book(book)
    , m_file(file)
    , m_size(size)
{
}

XlsxSheetReader::~XlsxSheetReader()
{
    zip_fclose(m_file);
}

int XlsxSheetReader::columnIndex(QStringView ref)
{
    int index = 0;
    int letters = 0;
    for (const QChar c : ref) {
        if (c < u'A' || c > u'Z')
            break;
        index = index * 26 + (c.unicode() - u'A' + 1);
        // Excel stops at XFD (16,384 columns); anything longer is not a real reference.
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : index - 1;
}

QString XlsxSheetReader::serialToIsoDate(double serial, bool date1904)
{
    // Day 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was: from day 61
    // on, counting from 1899-12-30 is right. No one alive was born before March 1900.
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465)
        return {};
    const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    return base.addDays(qint64(std::floor(serial))).toString(Qt::ISODate);
}

QString XlsxSheetReader::numberText(const QString& raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

bool XlsxSheetReader::feedMore()
{
    if (m_exhausted)
        return false;
    char buffer[64 * 1024];
    const zip_int64_t n = zip_fread(m_file, buffer, sizeof buffer);
    if (n <= 0) {
        m_exhausted = true;
        return false;
    }
    m_bytesRead += n;
    m_xml.addData(QByteArray(buffer, qsizetype(n)));
    return true;
}

void XlsxSheetReader::startCell()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    m_reference = attributes.value(QLatin1String("r")).toString();
    const int fromReference = columnIndex(m_reference);
    m_column = fromReference >= 0 ? fromReference : int(m_row.cells.size());
    m_type = attributes.value(QLatin1String("t")).toString();
    bool ok = false;
    m_style = attributes.value(QLatin1String("s")).toLongLong(&ok);
    if (!ok)
        m_style = -1;
    m_value.clear();
    m_inlineText.clear();
    m_hasFormula = false;
}

void XlsxSheetReader::endCell()
{
    const QString where = m_reference.isEmpty() ? tr("column %1").arg(m_column + 1) : m_reference;
    auto report = [this](const QString& problem) {
        if (m_row.problem.isEmpty())
            m_row.problem = problem;
    };
    QString text;
    if (m_type == QLatin1String("s")) {
        bool ok = false;
        const QString* shared = m_book.sharedString(m_value.trimmed().toLongLong(&ok));
        if (ok && shared)
            text = *shared;
        else
            report(tr("Cell %1 refers to a text the workbook does not contain.").arg(where));
    } else if (m_type == QLatin1String("inlineStr")) {
        text = m_inlineText;
    } else if (m_type == QLatin1String("e")) {
        report(
            tr("Cell %1 holds a formula that failed in the spreadsheet (%2).").arg(where, m_value));
    } else if (m_type == QLatin1String("b")) {
        text = m_value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (m_type == QLatin1String("str")) {
        text = m_value;
    } else if (!m_value.isEmpty()) {
        if (m_book.isDateStyle(m_style)) {
            text = serialToIsoDate(m_value.toDouble(), m_book.uses1904Dates());
            if (text.isEmpty())
                report(tr("Cell %1 holds a date the spreadsheet cannot show (%2).")
                           .arg(where, m_value));
        } else {
            text = numberText(m_value);
        }
    }
    if (m_hasFormula && m_value.isEmpty() && m_type != QLatin1String("inlineStr"))
        report(tr("Cell %1 holds a formula whose result is not saved in the file. Open the file "
                  "in your spreadsheet program, save it, and import it again.")
                   .arg(where));
    if (text.size() > CsvParser::MaxFieldChars) {
        report(tr("Cell %1 holds more than %L2 characters; no field of a record is this long.")
                   .arg(where)
                   .arg(CsvParser::MaxFieldChars));
        text.truncate(CsvParser::MaxFieldChars);
    }
    if (m_column >= CsvParser::MaxFields) {
        if (!text.isEmpty())
            report(tr("The row has more than %L1 columns.").arg(CsvParser::MaxFields));
        return;
    }
    if (text.isEmpty())
        return;
    while (m_row.cells.size() <= m_column)
        m_row.cells.append(QString());
    m_row.cells[m_column] = text;
}

Result<bool> XlsxSheetReader::next(SourceRow& row)
{
    if (m_bytesRead == 0)
        feedMore();
    for (;;) {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Invalid)
                break;
            if (token == QXmlStreamReader::StartElement) {
                const QStringView name = m_xml.name();
                if (name == QLatin1String("row")) {
                    m_row = SourceRow();
                    bool ok = false;
                    const int number = m_xml.attributes().value(QLatin1String("r")).toInt(&ok);
                    m_row.number = ok && number > m_lastRowNumber ? number : m_lastRowNumber + 1;
                    m_lastRowNumber = m_row.number;
                    m_inRow = true;
                } else if (m_inRow && name == QLatin1String("c")) {
                    startCell();
                } else if (name == QLatin1String("v")) {
                    m_inValue = true;
                } else if (name == QLatin1String("f")) {
                    m_hasFormula = true;
                } else if (name == QLatin1String("rPh")) {
                    ++m_phoneticDepth;
                } else if (name == QLatin1String("t")) {
                    m_inInlineText = m_phoneticDepth == 0;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                const QStringView name = m_xml.name();
                if (name == QLatin1String("v")) {
                    m_inValue = false;
                } else if (name == QLatin1String("t")) {
                    m_inInlineText = false;
                } else if (name == QLatin1String("rPh")) {
                    --m_phoneticDepth;
                } else if (m_inRow && name == QLatin1String("c")) {
                    endCell();
                } else if (name == QLatin1String("row")) {
                    m_inRow = false;
                    if (!m_row.cells.isEmpty() || !m_row.problem.isEmpty()) {
                        row = std::move(m_row);
                        m_row = SourceRow();
                        return true;
                    }
                }
            } else if (token == QXmlStreamReader::Characters) {
                if (m_inValue && m_value.size() <= CsvParser::MaxFieldChars)
                    m_value.append(m_xml.text());
                else if (m_inInlineText && m_inlineText.size() <= CsvParser::MaxFieldChars)
                    m_inlineText.append(m_xml.text());
            }
        }
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            if (feedMore())
                continue;
            return Error(Error::Code::Refused,
                         tr("The sheet ends in the middle of row %1: the file is cut short or "
                            "damaged.")
                             .arg(m_lastRowNumber));
        }
        if (m_xml.hasError())
            return Error(Error::Code::Refused,
                         tr("The sheet cannot be read after row %1 (%2): the file is damaged.")
                             .arg(m_lastRowNumber)
                             .arg(m_xml.errorString()));
        return false;
    }
}

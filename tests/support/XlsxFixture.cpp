#include "tests/support/XlsxFixture.h"

#include <QFile>

#include <zip.h>

namespace XlsxFixture {

QString column(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString rows(const QList<QStringList>& rows)
{
    QString xml;
    for (int r = 0; r < rows.size(); ++r) {
        xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows[r].size(); ++c) {
            if (rows[r][c].isEmpty())
                continue;
            xml += QStringLiteral("<c r=\"%1%2\" t=\"inlineStr\"><is><t>%3</t></is></c>")
                       .arg(column(c))
                       .arg(r + 1)
                       .arg(rows[r][c].toHtmlEscaped());
        }
        xml += QStringLiteral("</row>");
    }
    return xml;
}

bool write(const QString& path, const Parts& parts)
{
    const QString ns = QStringLiteral(
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");
    QList<std::pair<QByteArray, QByteArray>> files;
    using Part = std::pair<QByteArray, QByteArray>;
    files.append(Part{"[Content_Types].xml",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
    files.append(Part{"xl/_rels/workbook.xml.rels",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                      "worksheet\"/></Relationships>"});
    files.append(
        {"xl/workbook.xml",
         QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook %1>%2<sheets><sheet "
                        "name=\"%3\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
             .arg(ns, parts.date1904 ? QStringLiteral("<workbookPr date1904=\"1\"/>") : QString(),
                  parts.sheetName.toHtmlEscaped())
             .toUtf8()});
    files.append(Part{"xl/worksheets/sheet1.xml",
                      QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                     "%1><sheetData>%2</sheetData></worksheet>")
                          .arg(ns, parts.sheetData)
                          .toUtf8()});
    if (!parts.sharedStrings.isEmpty()) {
        QString sst;
        for (const QString& s : parts.sharedStrings)
            sst += QStringLiteral("<si><t>%1</t></si>").arg(s.toHtmlEscaped());
        files.append(
            Part{"xl/sharedStrings.xml",
                 QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst %1>%2</sst>")
                     .arg(ns, sst)
                     .toUtf8()});
    }
    if (!parts.cellXfs.isEmpty()) {
        files.append(
            Part{"xl/styles.xml",
                 QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet "
                                "%1><numFmts>%2</numFmts><cellXfs>%3</cellXfs></styleSheet>")
                     .arg(ns, parts.numFmts, parts.cellXfs)
                     .toUtf8()});
    }
    QFile::remove(path);
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (const auto& [name, data] : files) {
        zip_source_t* source =
            zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(zip, name.constData(), source, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    // The buffers above stay alive until the archive is written here.
    return zip_close(zip) == 0;
}
} // namespace XlsxFixture

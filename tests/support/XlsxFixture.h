#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Writes small .xlsx files for tests, part by part, so that tests can hold exactly the XML
// a spreadsheet program writes (or a damaged one).
namespace XlsxFixture {
struct Parts
{
    QString sheetData;         // the content of <sheetData>
    QStringList sharedStrings; // <si> texts
    QString cellXfs;           // the <xf> elements of styles.xml, empty for no styles part
    QString numFmts;           // the <numFmt> elements
    QString sheetName = QStringLiteral("Casos");
    bool date1904 = false;
};

// Rows of inline strings (empty cells left out), numbered from 1.
QString rows(const QList<QStringList>& rows);
// "B" for column 1.
QString column(int index);
bool write(const QString& path, const Parts& parts);
} // namespace XlsxFixture

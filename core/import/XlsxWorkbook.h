#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class XlsxSheetReader;
typedef struct zip zip_t;

// An Excel workbook (.xlsx: a ZIP of XML parts) opened for reading values: its sheets, the
// texts they share and which cell styles are dates. Reads only what it needs, with a bound
// on every part it holds in memory, so a hostile or damaged file is refused, not obeyed.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    static constexpr qint64 MaxPartBytes = 16 * 1024 * 1024;
    static constexpr qint64 MaxSharedStringBytes = 512 * 1024 * 1024;

    static Result<std::unique_ptr<XlsxWorkbook>> open(const QString& path);
    // The same from bytes in memory (the file's whole content).
    static Result<std::unique_ptr<XlsxWorkbook>> fromData(const QByteArray& data);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    QStringList sheetNames() const;
    Result<std::unique_ptr<XlsxSheetReader>> openSheet(int index) const;

    // For XlsxSheetReader: what a cell's shared-string index and style index mean.
    const QString* sharedString(qsizetype index) const;
    bool isDateStyle(qsizetype styleIndex) const;
    bool uses1904Dates() const { return m_date1904; }

private:
    XlsxWorkbook() = default;
    static Result<std::unique_ptr<XlsxWorkbook>> load(std::unique_ptr<XlsxWorkbook> book);
    Result<QByteArray> readPart(const QString& name, qint64 maxBytes, bool required) const;
    Status readWorkbook();
    Status readSharedStrings();
    Status readStyles();
    Error damaged(const QString& what) const;

    struct Sheet
    {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml"
    };

    zip_t* m_zip = nullptr;
    QByteArray m_data; // kept alive while libzip reads from it
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles;
    bool m_date1904 = false;

    friend class XlsxSheetReader;
};

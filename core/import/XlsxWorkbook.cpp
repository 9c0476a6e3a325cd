#include "core/import/XlsxWorkbook.h"

#include "core/import/CsvParser.h"
#include "core/import/XlsxSheetReader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zip.h>

namespace {
QString zipErrorText(zip_error_t* error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

// Built-in number formats that show a date (ECMA-376, 18.8.30), Western and East Asian.
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

// A custom format shows a date when, outside quoted text and [colour] sections, it has a
// day or year code ("dd/mm/yyyy"); "mm:ss" alone is a time.
bool isDateFormatCode(QString code)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    code.remove(quoted);
    code = code.toLower();
    return code.contains(u'd') || code.contains(u'y');
}

// Part names in relationships are relative to xl/ unless they start with a slash.
QString partPath(const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    path.replace(QStringLiteral("/./"), QStringLiteral("/"));
    return path;
}
} // namespace

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_zip)
        zip_discard(m_zip);
}

Error XlsxWorkbook::damaged(const QString& what) const
{
    return Error(Error::Code::Refused,
                 tr("This spreadsheet is damaged or not an Excel workbook (%1). Open it in your "
                    "spreadsheet program and save it again as .xlsx, or as CSV.")
                     .arg(what));
}

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::open(const QString& path)
{
    int code = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = zipErrorText(&error);
        zip_error_fini(&error);
        return Error(Error::Code::Refused,
                     tr("%1 could not be opened as an Excel workbook (%2).").arg(path, reason));
    }
    std::unique_ptr<XlsxWorkbook> book(new XlsxWorkbook);
    book->m_zip = zip;
    return load(std::move(book));
}

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::fromData(const QByteArray& data)
{
    std::unique_ptr<XlsxWorkbook> book(new XlsxWorkbook);
    book->m_data = data;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(book->m_data.constData(),
                                                    zip_uint64_t(book->m_data.size()), 0, &error);
    if (source)
        book->m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!book->m_zip) {
        const QString reason = zipErrorText(&error);
        if (source)
            zip_source_free(source);
        zip_error_fini(&error);
        return Error(Error::Code::Refused,
                     tr("This file could not be opened as an Excel workbook (%1).").arg(reason));
    }
    zip_error_fini(&error);
    return load(std::move(book));
}

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::load(std::unique_ptr<XlsxWorkbook> book)
{
    if (Status s = book->readWorkbook(); !s)
        return s.error();
    if (Status s = book->readSharedStrings(); !s)
        return s.error();
    if (Status s = book->readStyles(); !s)
        return s.error();
    return book;
}

Result<QByteArray> XlsxWorkbook::readPart(const QString& name, qint64 maxBytes, bool required) const
{
    const QByteArray entry = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip, entry.constData(), 0, &stat) != 0) {
        if (!required)
            return QByteArray();
        return damaged(tr("%1 is missing").arg(name));
    }
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(maxBytes))
        return damaged(tr("%1 is too large").arg(name));
    zip_file_t* file = zip_fopen(m_zip, entry.constData(), 0);
    if (!file)
        return damaged(QString::fromLocal8Bit(zip_strerror(m_zip)));
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const QString reason = QString::fromLocal8Bit(zip_file_strerror(file));
            zip_fclose(file);
            return damaged(reason);
        }
        if (n == 0)
            break;
        // The size in the directory may lie; what is unpacked may not.
        if (bytes.size() + n > maxBytes) {
            zip_fclose(file);
            return damaged(tr("%1 is too large").arg(name));
        }
        bytes.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    return bytes;
}

Status XlsxWorkbook::readWorkbook()
{
    Result<QByteArray> rels =
        readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), MaxPartBytes, true);
    if (!rels)
        return rels.error();
    QHash<QString, QString> targets;
    QXmlStreamReader r(*rels);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("Relationship"))
            targets.insert(r.attributes().value(QLatin1String("Id")).toString(),
                           r.attributes().value(QLatin1String("Target")).toString());
    }
    if (r.hasError())
        return damaged(r.errorString());

    Result<QByteArray> workbook = readPart(QStringLiteral("xl/workbook.xml"), MaxPartBytes, true);
    if (!workbook)
        return workbook.error();
    QXmlStreamReader w(*workbook);
    while (!w.atEnd()) {
        w.readNext();
        if (!w.isStartElement())
            continue;
        if (w.name() == QLatin1String("workbookPr")) {
            const QStringView v = w.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (w.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute& a : w.attributes()) {
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            }
            const QString target = targets.value(id);
            if (!target.isEmpty())
                m_sheets.append(
                    {w.attributes().value(QLatin1String("name")).toString(), partPath(target)});
        }
    }
    if (w.hasError())
        return damaged(w.errorString());
    if (m_sheets.isEmpty())
        return damaged(tr("it has no sheets"));
    return {};
}

Status XlsxWorkbook::readSharedStrings()
{
    Result<QByteArray> bytes =
        readPart(QStringLiteral("xl/sharedStrings.xml"), MaxSharedStringBytes, false);
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty())
        return {};
    QXmlStreamReader r(*bytes);
    QString current;
    bool inItem = false;
    bool inText = false;
    int phoneticDepth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (r.name() == QLatin1String("rPh")) {
                ++phoneticDepth;
            } else if (r.name() == QLatin1String("t")) {
                inText = inItem && phoneticDepth == 0;
            }
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("si")) {
                m_sharedStrings.append(current);
                inItem = false;
            } else if (r.name() == QLatin1String("rPh")) {
                --phoneticDepth;
            } else if (r.name() == QLatin1String("t")) {
                inText = false;
            }
        } else if (r.isCharacters() && inText && current.size() <= CsvParser::MaxFieldChars) {
            current.append(r.text());
        }
    }
    if (r.hasError())
        return damaged(r.errorString());
    return {};
}

Status XlsxWorkbook::readStyles()
{
    Result<QByteArray> bytes = readPart(QStringLiteral("xl/styles.xml"), MaxPartBytes, false);
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty())
        return {};
    QHash<int, bool> customFormats;
    QXmlStreamReader r(*bytes);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("numFmt")) {
                customFormats.insert(
                    r.attributes().value(QLatin1String("numFmtId")).toInt(),
                    isDateFormatCode(r.attributes().value(QLatin1String("formatCode")).toString()));
            } else if (r.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && r.name() == QLatin1String("xf")) {
                const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(customFormats.contains(id) ? customFormats.value(id)
                                                               : isBuiltInDateFormat(id));
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (r.hasError())
        return damaged(r.errorString());
    return {};
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const Sheet& s : m_sheets)
        names.append(s.name);
    return names;
}

const QString* XlsxWorkbook::sharedString(qsizetype index) const
{
    if (index < 0 || index >= m_sharedStrings.size())
        return nullptr;
    return &m_sharedStrings[index];
}

bool XlsxWorkbook::isDateStyle(qsizetype styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_dateStyles.size() && m_dateStyles[styleIndex];
}

Result<std::unique_ptr<XlsxSheetReader>> XlsxWorkbook::openSheet(int index) const
{
    if (index < 0 || index >= m_sheets.size())
        return Error(Error::Code::NotFound, tr("The workbook has no sheet %1.").arg(index + 1));
    const QByteArray entry = m_sheets[index].part.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip, entry.constData(), 0, &stat) != 0)
        return damaged(tr("the sheet %1 is missing").arg(m_sheets[index].name));
    zip_file_t* file = zip_fopen(m_zip, entry.constData(), 0);
    if (!file)
        return damaged(QString::fromLocal8Bit(zip_strerror(m_zip)));
    const qint64 size = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
    return std::make_unique<XlsxSheetReader>(*this, file, size);
}

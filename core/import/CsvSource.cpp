#include "core/import/CsvSource.h"

#include <QStringDecoder>

namespace {
constexpr qint64 ChunkBytes = 256 * 1024;
} // namespace

CsvSource::CsvSource(const QString& path)
    : m_file(path)
{
}

Result<std::unique_ptr<TabularSource>> CsvSource::open(const QString& path)
{
    std::unique_ptr<CsvSource> source(new CsvSource(path));
    if (Status s = source->inspect(); !s)
        return s.error();
    if (Status s = source->rewind(); !s)
        return s.error();
    return std::unique_ptr<TabularSource>(std::move(source));
}

Status CsvSource::inspect()
{
    const QString path = m_file.fileName();
    if (!m_file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     tr("%1 could not be read: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
    const QByteArray head = m_file.peek(4096);
    m_bomLength = TextFileDecoder::bomLength(head);
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    // One pass over the bytes: is it text at all, and is it UTF-8?
    QStringDecoder utf8(QStringConverter::Utf8);
    bool hasText = false;
    while (!m_file.atEnd()) {
        const QByteArray chunk = m_file.read(ChunkBytes);
        if (chunk.isEmpty() && m_file.error() != QFileDevice::NoError)
            return Error(Error::Code::Io,
                         tr("%1 could not be read: %2").arg(path, m_file.errorString()));
        if (!utf16 && chunk.contains('\0'))
            return Error(Error::Code::Refused,
                         tr("%1 is not a CSV file: it holds binary data. Choose the CSV or "
                            ".xlsx file exported from your spreadsheet.")
                             .arg(path));
        if (!utf16)
            QString(utf8.decode(chunk));
        hasText = hasText || !chunk.trimmed().isEmpty();
    }
    if (!hasText || m_size <= m_bomLength)
        return Error(Error::Code::Refused,
                     tr("%1 is empty: there is nothing to import.").arg(path));
    m_encoding = TextFileDecoder::detect(head, !utf8.hasError());

    // The delimiter from the first lines.
    m_file.seek(m_bomLength);
    TextFileDecoder sampleDecoder(m_encoding);
    const QString sample = sampleDecoder.decode(m_file.read(64 * 1024));
    m_delimiter = CsvParser::detectDelimiter(sample);
    return {};
}

Status CsvSource::rewind()
{
    if (!m_file.seek(m_bomLength))
        return Error(
            Error::Code::Io,
            tr("%1 could not be read again: %2").arg(m_file.fileName(), m_file.errorString()));
    m_decoder.emplace(m_encoding);
    m_parser.emplace(m_delimiter);
    m_finished = false;
    SourceRow header;
    Result<bool> got = readRow(header);
    if (!got)
        return got.error();
    if (!*got)
        return Error(Error::Code::Refused,
                     tr("%1 has no rows: there is nothing to import.").arg(m_file.fileName()));
    if (!header.problem.isEmpty())
        return Error(Error::Code::Refused,
                     tr("The first row of %1 cannot be read as column names: %2")
                         .arg(m_file.fileName(), header.problem));
    m_header.clear();
    for (const QString& name : header.cells)
        m_header.append(name.trimmed());
    return {};
}

Result<bool> CsvSource::readRow(SourceRow& row)
{
    for (;;) {
        while (m_parser->hasRow()) {
            row = m_parser->takeRow();
            if (!isBlank(row))
                return true;
        }
        if (m_finished)
            return false;
        const QByteArray chunk = m_file.read(ChunkBytes);
        if (chunk.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError)
                return Error(
                    Error::Code::Io,
                    tr("%1 could not be read: %2").arg(m_file.fileName(), m_file.errorString()));
            m_parser->feed(m_decoder->decode(QByteArrayView()));
            m_parser->finish();
            m_finished = true;
            continue;
        }
        m_parser->feed(m_decoder->decode(chunk));
    }
}

Result<bool> CsvSource::next(SourceRow& row)
{
    return readRow(row);
}

int CsvSource::progressPerMille() const
{
    return m_size > 0 ? int(m_file.pos() * 1000 / m_size) : 1000;
}

QString CsvSource::description() const
{
    QString delimiter = QString(m_delimiter);
    if (m_delimiter == u'\t')
        delimiter = tr("tab");
    return tr("CSV text, %1, columns separated by %2")
        .arg(TextFileDecoder::name(m_encoding), delimiter);
}

#pragma once

#include "core/import/CsvParser.h"
#include "core/import/TabularSource.h"
#include "core/import/TextFileDecoder.h"

#include <QFile>

#include <optional>

// A CSV (or tab-separated) file read as TabularSource: its encoding and delimiter found
// from its content.
class CsvSource : public TabularSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvSource)

public:
    // Opens and checks the whole file: refused if it is not text.
    static Result<std::unique_ptr<TabularSource>> open(const QString& path);

    QStringList header() const override { return m_header; }
    Result<bool> next(SourceRow& row) override;
    Status rewind() override;
    int progressPerMille() const override;
    QString description() const override;

private:
    explicit CsvSource(const QString& path);
    Status inspect();
    Result<bool> readRow(SourceRow& row);

    QFile m_file;
    qint64 m_size = 0;
    int m_bomLength = 0;
    TextFileDecoder::Encoding m_encoding = TextFileDecoder::Encoding::Utf8;
    QChar m_delimiter = u',';
    std::optional<TextFileDecoder> m_decoder;
    std::optional<CsvParser> m_parser;
    bool m_finished = false;
    QStringList m_header;
};

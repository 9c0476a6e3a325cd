#pragma once

#include "core/import/SourceRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

// Splits delimited text into rows of fields, as spreadsheets and form tools really write it:
// one of , ; tab |, fields in double quotes with doubled quotes and line breaks inside,
// CRLF, LF or CR line ends. It is fed decoded text in pieces, so a large file is never held
// whole, and it never lets one cell grow without bound.
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvParser)

public:
    // A longer cell is cut and its row reported: nobody's name or document is this long.
    static constexpr int MaxFieldChars = 32 * 1024;
    static constexpr int MaxFields = 1000;

    explicit CsvParser(QChar delimiter);

    // Adds text; the rows it completes can then be taken.
    void feed(QStringView text);
    // The input has ended: the last row may have no line break.
    void finish();
    bool hasRow() const { return !m_ready.isEmpty(); }
    SourceRow takeRow();
    // A quoted field still open at the end of the input: the row it started on, or 0.
    int unclosedQuoteRow() const { return m_unclosedQuoteRow; }

    // The delimiter that splits a sample of the file most consistently (comma when none
    // does, as in a file of one column).
    static QChar detectDelimiter(QStringView sample);

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: the end, or the first of two
        AfterCr
    };

    void endField();
    void endRow();
    void append(QChar c);

    QChar m_delimiter;
    State m_state = State::FieldStart;
    QString m_field;
    bool m_fieldTooLong = false;
    SourceRow m_row;
    int m_rowNumber = 1;
    int m_quoteStartRow = 0;
    int m_unclosedQuoteRow = 0;
    bool m_rowHasContent = false;
    QList<SourceRow> m_ready;
};

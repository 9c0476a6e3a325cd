#include "core/import/CsvParser.h"

#include <algorithm>
#include <array>

CsvParser::CsvParser(QChar delimiter)
    : m_delimiter(delimiter)
{
}

void CsvParser::append(QChar c)
{
    if (m_field.size() < MaxFieldChars) {
        m_field.append(c);
        return;
    }
    if (!m_fieldTooLong && m_row.problem.isEmpty())
        m_row.problem = tr("Column %1 holds more than %L2 characters; no field of a record is "
                           "this long. Check that quotation marks are closed.")
                            .arg(m_row.cells.size() + 1)
                            .arg(MaxFieldChars);
    m_fieldTooLong = true;
}

void CsvParser::endField()
{
    if (m_row.cells.size() < MaxFields) {
        m_row.cells.append(m_field);
    } else if (m_row.problem.isEmpty()) {
        m_row.problem = tr("The row has more than %L1 columns.").arg(MaxFields);
    }
    m_field.clear();
    m_fieldTooLong = false;
    m_state = State::FieldStart;
}

void CsvParser::endRow()
{
    endField();
    m_row.number = m_rowNumber++;
    m_ready.append(std::move(m_row));
    m_row = SourceRow();
    m_rowHasContent = false;
}

void CsvParser::feed(QStringView text)
{
    for (const QChar c : text) {
        switch (m_state) {
        case State::AfterCr:
            m_state = State::FieldStart;
            if (c == u'\n')
                continue;
            [[fallthrough]];
        case State::FieldStart:
            if (c == u'"') {
                m_state = State::Quoted;
                m_quoteStartRow = m_rowNumber;
                m_rowHasContent = true;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == m_delimiter) {
                m_rowHasContent = true;
                endField();
            } else if (c == u'\n' || c == u'\r') {
                // A line with nothing on it is not a record.
                if (m_rowHasContent || !m_field.isEmpty() || !m_row.cells.isEmpty())
                    endRow();
                else
                    ++m_rowNumber;
                m_state = c == u'\r' ? State::AfterCr : State::FieldStart;
            } else {
                m_rowHasContent = true;
                append(c);
            }
            break;
        case State::Quoted:
            if (c == u'"')
                m_state = State::QuoteInQuoted;
            else
                append(c);
            break;
        case State::QuoteInQuoted:
            if (c == u'"') {
                append(c);
                m_state = State::Quoted;
            } else if (c == m_delimiter) {
                endField();
            } else if (c == u'\n' || c == u'\r') {
                endRow();
                m_state = c == u'\r' ? State::AfterCr : State::FieldStart;
            } else {
                // Text after a closing quote ("abc"def): kept, as spreadsheets do.
                append(c);
                m_state = State::Unquoted;
            }
            break;
        }
    }
}

void CsvParser::finish()
{
    if (m_state == State::Quoted) {
        m_unclosedQuoteRow = m_quoteStartRow;
        if (m_row.problem.isEmpty())
            m_row.problem = tr("A quotation mark opened in this row is never closed: the rest "
                               "of the file was read as one cell.");
    }
    if (m_rowHasContent || !m_field.isEmpty() || !m_row.cells.isEmpty())
        endRow();
}

SourceRow CsvParser::takeRow()
{
    return m_ready.takeFirst();
}

QChar CsvParser::detectDelimiter(QStringView sample)
{
    static constexpr std::array<char16_t, 4> candidates{u',', u';', u'\t', u'|'};
    QChar best = u',';
    double bestScore = 0;
    for (const char16_t candidate : candidates) {
        CsvParser parser{QChar(candidate)};
        parser.feed(sample);
        QList<int> counts;
        while (parser.hasRow() && counts.size() < 50)
            counts.append(int(parser.takeRow().cells.size()));
        // The last line of a sample may be cut short.
        if (counts.size() > 1)
            counts.removeLast();
        if (counts.isEmpty())
            continue;
        QList<int> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        const int typical = sorted.at(sorted.size() / 2);
        if (typical < 2)
            continue;
        const auto agreeing = std::count(counts.cbegin(), counts.cend(), typical);
        // Rows that agree matter most; more columns break ties (a comma inside a name
        // splits fewer rows than the real delimiter).
        const double score = double(agreeing) / double(counts.size()) * 1000.0 + typical;
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

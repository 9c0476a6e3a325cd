#pragma once

#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV in UTF-8: fields quoted when they hold a comma, quote or line break.
// Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an
// apostrophe, so an exported file cannot attack whoever opens it.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& out);
    bool writeRow(const QStringList& fields);
    static QString escape(const QString& field);

private:
    QIODevice& m_out;
};

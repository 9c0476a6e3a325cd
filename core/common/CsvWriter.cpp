#include "core/common/CsvWriter.h"

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice& out)
    : m_out(out)
{
}

QString CsvWriter::escape(const QString& field)
{
    QString value = field;
    // A cell a spreadsheet would take for a formula is kept as text.
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value[0]))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& f : fields)
        escaped.append(escape(f));
    const QByteArray line = (escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    return m_out.write(line) == line.size();
}

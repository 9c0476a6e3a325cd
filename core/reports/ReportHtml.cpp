#include "core/reports/ReportHtml.h"

#include "core/common/DateFormats.h"

namespace ReportHtml {
QString pageStart()
{
    return QStringLiteral("<html><head><style>"
                          "body { font-family: sans-serif; font-size: 10pt; }"
                          "h1 { font-size: 16pt; margin-bottom: 2px; }"
                          "h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }"
                          "td { padding: 2px 8px 2px 0; vertical-align: top; }"
                          "td.label { color: #444444; font-weight: bold; }"
                          ".next { font-weight: bold; color: #8a0015; }"
                          ".muted { color: #666666; }"
                          "</style></head><body>");
}

QString pageEnd()
{
    return QStringLiteral("</body></html>");
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString date(QDate day)
{
    return day.isValid() ? DateFormats::numeric(day) : QString();
}

QString row(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td class='label' width='32%'>%1</td><td>%2</td></tr>")
        .arg(escaped(label), escaped(value));
}
} // namespace ReportHtml

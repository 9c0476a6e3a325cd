#include "app/cli/commands/OutputFormat.h"

#include <QCoreApplication>

void OutputFormat::define(QCommandLineParser& parser, const QStringList& allowed)
{
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("OutputFormat", "Output format: %1.")
                          .arg(allowed.join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT"), allowed.constFirst()});
}

std::optional<OutputFormat::Format> OutputFormat::read(const QCommandLineParser& parser,
                                                       const QStringList& allowed)
{
    const QString value = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (!allowed.contains(value))
        return std::nullopt;
    if (value == QLatin1String("json"))
        return Json;
    if (value == QLatin1String("csv"))
        return Csv;
    return Text;
}

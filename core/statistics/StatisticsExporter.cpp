#include "core/statistics/StatisticsExporter.h"

#include "core/audit/AuditLog.h"
#include "core/common/Translations.h"
#include "core/security/AccessPolicy.h"
#include "core/statistics/AggregateService.h"
#include "core/statistics/StatisticsFileWriter.h"

#include <QFile>
#include <QJsonDocument>

#include <optional>

StatisticsExporter::StatisticsExporter(const Database& db, const Clock& clock,
                                       const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<AggregateTable> StatisticsExporter::exportTable(const AggregateDefinition& definition,
                                                       const StatisticsFileWriter& writer,
                                                       const QString& path) const
{
    Result<AggregateTable> table = AggregateService(m_db, m_clock, m_session).compute(definition);
    if (!table)
        return table.error();
    if (Status written = writer.writeTable(*table, path); !written)
        return written.error();
    // Who exported what, in which format: the definition only, never a count.
    const QByteArray compact =
        QJsonDocument::fromJson(table->definition.toJson()).toJson(QJsonDocument::Compact);
    if (Status s = record({QStringLiteral("statistics.export"),
                           QStringLiteral("export"),
                           writer.format(),
                           table->definition.describe(),
                           {},
                           QString::fromUtf8(compact)},
                          path);
        !s)
        return s.error();
    return table;
}

Result<StatisticsReport>
StatisticsExporter::exportReport(const QString& period, const QStringList& siteCodes,
                                 const QString& language, const StatisticsFileWriter& writer,
                                 const QString& path, StatisticsReport::Kind kind) const
{
    const auto months = StatisticsReport::periodMonths(period);
    if (!months)
        return Error(Error::Code::Invalid,
                     tr("Write the period as a month (2026-03) or a quarter (2026-Q1)."));
    const Result<StatisticsReport> report = [&]() -> Result<StatisticsReport> {
        // Everything in the report, labels included, in the language chosen for it.
        std::optional<LanguageScope> scope;
        if (!language.isEmpty())
            scope.emplace(language);
        Result<StatisticsReport> built =
            StatisticsReport::build(AggregateService(m_db, m_clock, m_session), months->first,
                                    months->second, siteCodes, kind);
        if (!built)
            return built;
        if (Status written = writer.writeReport(
                *built, StatisticsReport::titleOf(kind) + QStringLiteral(" · ") + period, path);
            !written)
            return written.error();
        return built;
    }();
    if (!report)
        return report;
    if (Status s = record(
            {QStringLiteral("statistics.export"),
             QStringLiteral("report"),
             writer.format(),
             StatisticsReport::titleOf(kind) + QLatin1Char(' ') + period,
             {},
             tr("sites: %1")
                 .arg(siteCodes.isEmpty() ? tr("all") : siteCodes.join(QStringLiteral(", ")))},
            path);
        !s)
        return s.error();
    return report;
}

Status StatisticsExporter::exportRegional(const StatisticsReport& report,
                                          const QStringList& organisations, const QString& title,
                                          const StatisticsFileWriter& writer,
                                          const QString& path) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::NetworkCounts); !s)
        return s;
    if (Status written = writer.writeReport(report, title, path); !written)
        return written;
    return record({QStringLiteral("statistics.export"),
                   QStringLiteral("regional"),
                   writer.format(),
                   title,
                   {},
                   tr("organisations: %1").arg(organisations.join(QStringLiteral(", ")))},
                  path);
}

Status StatisticsExporter::record(const AuditEvent& event, const QString& path) const
{
    Status logged = AuditLog(m_db, m_clock).recordAlone(m_session, event);
    if (!logged)
        QFile::remove(path);
    return logged;
}

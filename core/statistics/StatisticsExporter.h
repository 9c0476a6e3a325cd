#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"
#include "core/security/UserSession.h"
#include "core/statistics/AggregateTable.h"
#include "core/statistics/StatisticsReport.h"

#include <QCoreApplication>

class Clock;
class Database;
class StatisticsFileWriter;

// Every statistics file Amparo writes, whatever asks for it (the export window, the report
// window, amparo-cli export): the counts are computed and protected by AggregateService,
// written whole by the chosen format's writer and recorded in the audit trail, in one call.
// A file whose export cannot be recorded is removed: there is no unaudited export.
class StatisticsExporter
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsExporter)

public:
    StatisticsExporter(const Database& db, const Clock& clock, const UserSession& session);

    // The protected table of `definition`, as written.
    Result<AggregateTable> exportTable(const AggregateDefinition& definition,
                                       const StatisticsFileWriter& writer,
                                       const QString& path) const;
    // A standard report for a month ("2026-03") or a quarter ("2026-Q1") and sites (none:
    // all), labels included in `language` ("es", "pt_BR", "en"; empty: the one in use).
    Result<StatisticsReport>
    exportReport(const QString& period, const QStringList& siteCodes, const QString& language,
                 const StatisticsFileWriter& writer, const QString& path,
                 StatisticsReport::Kind kind = StatisticsReport::Kind::Activity) const;

    // A regional report added up from several organisations' counts (CountsPackageService),
    // labels in `language`; the organisations are named in the audit trail.
    Status exportRegional(const StatisticsReport& report, const QStringList& organisations,
                          const QString& title, const StatisticsFileWriter& writer,
                          const QString& path) const;

private:
    // Records what was written; removes the file when that fails.
    Status record(const AuditEvent& event, const QString& path) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

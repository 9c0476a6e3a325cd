#include "core/statistics/StatisticsReport.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

Result<StatisticsReport> StatisticsReport::build(const AggregateService& service,
                                                 const QString& fromMonth, const QString& toMonth,
                                                 const QStringList& siteCodes, Kind kind)
{
    return build(
        [&service](const AggregateDefinition& d, AggregateService::SmallValues small) {
            return service.compute(d, small);
        },
        fromMonth, toMonth, siteCodes, kind);
}

Result<StatisticsReport> StatisticsReport::build(const Compute& compute, const QString& fromMonth,
                                                 const QString& toMonth,
                                                 const QStringList& siteCodes, Kind kind)
{
    StatisticsReport report;
    report.kind = kind;
    report.fromMonth = fromMonth;
    report.toMonth = toMonth;
    report.siteCodes = siteCodes;
    report.sections = sectionsOf(kind, fromMonth, toMonth, siteCodes);
    for (Section& s : report.sections) {
        if (Status computed = fill(compute, s); !computed)
            return computed.error();
    }
    return report;
}

QList<StatisticsReport::Section> StatisticsReport::sectionsOf(Kind kind, const QString& fromMonth,
                                                              const QString& toMonth,
                                                              const QStringList& siteCodes)
{
    QList<Section> sections;
    const auto add = [&](const QString& title, Measure m, const QList<Dimension>& by, Chart chart) {
        Section s;
        s.title = title;
        s.definition.measure = m;
        s.definition.dimensions = by;
        s.definition.fromMonth = fromMonth;
        s.definition.toMonth = toMonth;
        s.definition.siteCodes = siteCodes;
        s.definition.title = title;
        s.chart = chart;
        sections.append(s);
    };
    if (kind == Kind::Advocacy) {
        add(tr("Incidents by what happened"), Measure::Incidents, {Dimension::IncidentType},
            Chart::Bars);
        add(tr("Incidents by who did it"), Measure::Incidents, {Dimension::Perpetrator},
            Chart::Bars);
        add(tr("Incidents by country and quarter"), Measure::Incidents,
            {Dimension::Country, Dimension::Quarter}, Chart::Pyramid);
        add(tr("Incidents by what happened, country, who did it and quarter"), Measure::Incidents,
            {Dimension::IncidentType, Dimension::Country, Dimension::Perpetrator,
             Dimension::Quarter},
            Chart::TableOnly);
        add(tr("To whom: incidents by sex and age"), Measure::Incidents,
            {Dimension::Sex, Dimension::AgeGroup}, Chart::Pyramid);
        add(tr("Where: incidents by kind of place"), Measure::Incidents, {Dimension::Place},
            Chart::Bars);
        add(tr("Denials of asylum and of services"), Measure::ServiceBarriers,
            {Dimension::IncidentType}, Chart::Bars);
        add(tr("Reported to an institution"), Measure::Incidents, {Dimension::Reported},
            Chart::Columns);
        add(tr("What the state did"), Measure::Incidents, {Dimension::StateResponse}, Chart::Bars);
        add(tr("Monitoring interviews by legal status"), Measure::MonitoringInterviews,
            {Dimension::LegalStatus}, Chart::Bars);
        add(tr("Monitoring interviews by intentions"), Measure::MonitoringInterviews,
            {Dimension::Intention}, Chart::Bars);
        add(tr("Risks upon return named in monitoring interviews"), Measure::MonitoringInterviews,
            {Dimension::ReturnRisk}, Chart::Bars);
        add(tr("Needs named in monitoring interviews"), Measure::MonitoringInterviews,
            {Dimension::MonitoringNeed}, Chart::Bars);
    } else {
        add(tr("Persons registered per month"), Measure::Persons, {Dimension::Month},
            Chart::Columns);
        add(tr("Persons registered by sex and age"), Measure::Persons,
            {Dimension::Sex, Dimension::AgeGroup}, Chart::Pyramid);
        add(tr("Persons registered by nationality"), Measure::Persons, {Dimension::Nationality},
            Chart::Bars);
        add(tr("Risk screenings by category"), Measure::Screenings, {Dimension::RiskCategory},
            Chart::Bars);
        add(tr("Legal procedures by outcome"), Measure::Procedures, {Dimension::ProcedureOutcome},
            Chart::Columns);
        add(tr("Recognitions and permits granted"), Measure::PermitsGranted,
            {Dimension::ProcedureType}, Chart::Bars);
        add(tr("Open deadlines"), Measure::OpenDeadlines, {Dimension::DeadlineDue}, Chart::Columns);
        add(tr("Tracing requests by status"), Measure::TracingRequests, {Dimension::TracingStatus},
            Chart::Columns);
        add(tr("Families reunited per month"), Measure::Reunifications, {Dimension::Month},
            Chart::Columns);
        add(tr("Screenings by overall risk rating"), Measure::Screenings,
            {Dimension::OverallRiskLevel}, Chart::Columns);
        add(tr("Referrals by service"), Measure::Referrals, {Dimension::ReferralService},
            Chart::Bars);
        add(tr("Referrals by priority and where they stand"), Measure::Referrals,
            {Dimension::ReferralPriority, Dimension::ReferralState}, Chart::Bars);
        add(tr("Referrals by time to answer"), Measure::Referrals, {Dimension::AnswerTime},
            Chart::Columns);
    }
    return sections;
}

Status StatisticsReport::fill(const Compute& compute, Section& section)
{
    Result<AggregateTable> asked =
        compute(section.definition, AggregateService::SmallValues::KeepApart);
    if (asked) {
        section.table = *asked;
        return {};
    }
    if (asked.error().code() != Error::Code::Invalid)
        return asked.error();
    section.refusal = asked.error().message();
    // Coarser, in this order: children and adults; small values as "Other"; both; children
    // and adults alone.
    AggregateDefinition banded = section.definition;
    const qsizetype age = banded.dimensions.indexOf(Dimension::AgeGroup);
    if (age >= 0)
        banded.dimensions[age] = Dimension::AgeBand;
    const QString bandNote =
        tr("Shown for children (0–17) and adults (18+): five age groups would single people out.");
    const QString otherNote = tr("Values with too few records to count apart are counted "
                                 "together as “Other”.");
    struct Try
    {
        AggregateDefinition definition;
        AggregateService::SmallValues small;
        QString note;
    };
    QList<Try> tries;
    if (age >= 0)
        tries.append({banded, AggregateService::SmallValues::KeepApart, bandNote});
    tries.append({section.definition, AggregateService::SmallValues::GroupAsOther, otherNote});
    if (age >= 0) {
        tries.append({banded, AggregateService::SmallValues::GroupAsOther,
                      bandNote + QLatin1Char(' ') + otherNote});
        if (banded.dimensions.size() > 1) {
            AggregateDefinition bandOnly = banded;
            bandOnly.dimensions = {Dimension::AgeBand};
            tries.append({bandOnly, AggregateService::SmallValues::KeepApart,
                          tr("Shown for children (0–17) and adults (18+) only: any finer "
                             "breakdown would single people out.")});
        }
    }
    for (const Try& t : tries) {
        Result<AggregateTable> coarser = compute(t.definition, t.small);
        // A coarser table must show something besides its grand total.
        const bool showsSomething = coarser && !coarser->cells.isEmpty() &&
                                    std::any_of(coarser->cells.cbegin(), coarser->cells.cend() - 1,
                                                [](const AggregateTable::Cell& cell) {
                                                    return !cell.suppressed && cell.count > 0;
                                                });
        if (showsSomething) {
            section.table = *coarser;
            section.coarser = t.note;
            section.refusal.clear();
            return {};
        }
        if (!coarser && coarser.error().code() != Error::Code::Invalid)
            return coarser.error();
    }
    return {};
}

QString StatisticsReport::titleOf(Kind kind)
{
    return kind == Kind::Advocacy ? tr("Human rights documentation report")
                                  : tr("Statistics report");
}

QString StatisticsReport::periodText() const
{
    if (fromMonth.isEmpty() && toMonth.isEmpty())
        return tr("All records up to today");
    if (fromMonth == toMonth)
        return fromMonth;
    return tr("%1 to %2")
        .arg(fromMonth.isEmpty() ? tr("the beginning") : fromMonth,
             toMonth.isEmpty() ? tr("today") : toMonth);
}

std::optional<std::pair<QString, QString>> StatisticsReport::periodMonths(const QString& period)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    if (const auto m = month.match(period); m.hasMatch())
        return std::pair{period, period};
    if (const auto q = quarter.match(period); q.hasMatch()) {
        const int first = (q.captured(2).toInt() - 1) * 3 + 1;
        const QString year = q.captured(1);
        return std::pair{QStringLiteral("%1-%2").arg(year).arg(first, 2, 10, QLatin1Char('0')),
                         QStringLiteral("%1-%2").arg(year).arg(first + 2, 2, 10, QLatin1Char('0'))};
    }
    return std::nullopt;
}

QString StatisticsReport::Section::nothingToDraw() const
{
    return StatisticsReport::tr(
               "Every count here is below %1 and hidden, so there is nothing to draw.")
        .arg(table ? table->threshold : int(AggregateDefinition::MinimumThreshold));
}

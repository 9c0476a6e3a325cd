#include "core/statistics/AggregateQuery.h"

#include "core/domain/Referral.h"
#include "core/reference/IncidentCatalogue.h"
#include "core/storage/IncidentFactsRow.h"
#include "core/storage/SqlDialect.h"

#include <QHash>

namespace {
// Ages in whole years on the reference date (ref.y, ref.md = "MM-DD", ref.mm = "MM"), from
// dates of birth kept as "YYYY-MM-DD", "YYYY-MM" or "YYYY" (a year or an estimate).
const QString age =
    QStringLiteral("(CASE p.birth_precision WHEN 'unknown' THEN NULL "
                   "WHEN 'exact' THEN ref.y - CAST(substr(p.birth_date, 1, 4) AS INTEGER) "
                   "- (CASE WHEN ref.md < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END) "
                   "WHEN 'month' THEN ref.y - CAST(substr(p.birth_date, 1, 4) AS INTEGER) "
                   "- (CASE WHEN ref.mm < substr(p.birth_date, 6, 2) THEN 1 ELSE 0 END) "
                   "ELSE ref.y - CAST(substr(p.birth_date, 1, 4) AS INTEGER) END)");

QString ageGroup()
{
    return QStringLiteral("(CASE WHEN %1 IS NULL OR %1 < 0 THEN 'unknown' WHEN %1 < 5 THEN '0-4' "
                          "WHEN %1 < 12 THEN '5-11' WHEN %1 < 18 THEN '12-17' "
                          "WHEN %1 < 60 THEN '18-59' ELSE '60+' END)")
        .arg(age);
}

QString ageBand()
{
    return QStringLiteral("(CASE WHEN %1 IS NULL OR %1 < 0 THEN 'unknown' WHEN %1 < 18 THEN "
                          "'0-17' ELSE '18+' END)")
        .arg(age);
}

// Where a count is: what the source says about the person, else the site's.
QHash<Dimension, QString> personDimensions()
{
    return {
        {Dimension::Sex, QStringLiteral("p.sex")},
        {Dimension::AgeGroup, ageGroup()},
        {Dimension::AgeBand, ageBand()},
        {Dimension::Nationality,
         QStringLiteral("coalesce((SELECT n.country FROM person_nationalities n "
                        "WHERE n.person_id = p.id ORDER BY n.position LIMIT 1), 'XXX')")},
        {Dimension::Country,
         QStringLiteral("(CASE WHEN p.country <> '' THEN p.country ELSE s.country END)")},
        {Dimension::Admin1,
         QStringLiteral("(CASE WHEN p.country <> '' THEN p.admin1 ELSE s.admin1 END)")},
        {Dimension::Site, QStringLiteral("s.code")},
    };
}

QHash<Dimension, QString> siteDimensions()
{
    return {
        {Dimension::Country, QStringLiteral("s.country")},
        {Dimension::Admin1, QStringLiteral("s.admin1")},
        {Dimension::Site, QStringLiteral("s.code")},
    };
}

struct Source
{
    QString from;  // FROM … WHERE-less joins
    QString where; // always applied ("" for none)
    QString date;  // the date a record is counted on, "YYYY-MM-DD"
    QHash<Dimension, QString> dimensions;
    QHash<Dimension, QString> joins; // what a dimension needs joined when it is asked for
};

// Codes as rows, to count a record under each of the codes it lists (a referral under every
// service it asks for). The codes are Amparo's own or the catalogue's, checked to be
// lower-case words when it was loaded: safe to write into the statement.
QString codeRows(const QStringList& codes)
{
    QStringList rows;
    for (const QString& code : codes)
        rows.append(QStringLiteral("SELECT '%1' AS code").arg(code));
    if (rows.isEmpty())
        rows.append(QStringLiteral("SELECT '' AS code WHERE 1 = 0"));
    return rows.join(QStringLiteral(" UNION ALL "));
}

QString referralServiceRows()
{
    QStringList codes;
    for (ReferralServiceType s : referralServiceCodes().values())
        codes.append(referralServiceCodes().code(s));
    return codeRows(codes);
}

QStringList codesOf(const QList<IncidentCode>& list)
{
    QStringList out;
    for (const IncidentCode& c : list)
        out.append(c.code);
    return out;
}

// Counted under each code of a comma-separated column.
QString eachCodeOf(const QString& column, const QList<IncidentCode>& list, const QString& alias)
{
    return QStringLiteral(" JOIN (%1) %2 ON ',' || %3 || ',' LIKE '%,' || %2.code || ',%'")
        .arg(codeRows(codesOf(list)), alias, column);
}

// The incidents of cases and of monitoring interviews together, in the same columns, each
// with the site it was recorded at.
QString incidentRows()
{
    return QStringLiteral("(SELECT c.site_id AS site_id, 'case' AS source, %1 FROM incidents i "
                          "JOIN cases c ON c.id = i.case_id UNION ALL "
                          "SELECT r.site_id, 'monitoring', %2 FROM interview_incidents ii "
                          "JOIN monitoring_interviews mi ON mi.id = ii.interview_id "
                          "JOIN monitoring_rounds r ON r.id = mi.round_id) inc "
                          "JOIN sites s ON s.id = inc.site_id")
        .arg(IncidentFactsRow::columns(QStringLiteral("i.")),
             IncidentFactsRow::columns(QStringLiteral("ii.")));
}

// An incident type's group, from the catalogue.
QString incidentGroup()
{
    QString cases;
    for (const IncidentCode& t : IncidentCatalogue::current().types())
        cases += QStringLiteral(" WHEN '%1' THEN '%2'").arg(t.code, t.group);
    return QStringLiteral("(CASE inc.incident_type%1 ELSE 'other' END)").arg(cases);
}

// The incident types that deny asylum or a service.
QString barrierCondition()
{
    QStringList types;
    for (const IncidentCode& t : IncidentCatalogue::current().types()) {
        if (t.group == QLatin1String("asylum") || t.group == QLatin1String("services"))
            types.append(QStringLiteral("'%1'").arg(t.code));
    }
    return types.isEmpty()
               ? QStringLiteral("1 = 0")
               : QStringLiteral("inc.incident_type IN (%1)").arg(types.join(QStringLiteral(", ")));
}

Source sourceOf(Measure measure, const SqlDialect& sql)
{
    const QString personFrom = QStringLiteral(
        "case_members m JOIN cases c ON c.id = m.case_id JOIN sites s ON s.id = c.site_id "
        "JOIN persons p ON p.id = m.person_id");
    const QString deadlineDue =
        QStringLiteral("(CASE WHEN d.due_on < ref.today THEN 'overdue' "
                       "WHEN d.due_on <= ref.week THEN 'this_week' ELSE 'later' END)");
    Source s;
    switch (measure) {
    case Measure::Persons:
        s = {personFrom, {}, QStringLiteral("c.registered_on"), personDimensions(), {}};
        break;
    case Measure::Cases:
        s = {QStringLiteral("cases c JOIN sites s ON s.id = c.site_id "
                            "LEFT JOIN case_risk r ON r.case_id = c.id"),
             {},
             QStringLiteral("c.registered_on"),
             siteDimensions(),
             {}};
        s.dimensions.insert(Dimension::CaseStatus, QStringLiteral("c.status"));
        s.dimensions.insert(Dimension::RiskLevel, QStringLiteral("coalesce(r.max_level, 0)"));
        break;
    case Measure::Screenings:
        s = {QStringLiteral(
                 "screenings sc JOIN cases c ON c.id = sc.case_id "
                 "JOIN sites s ON s.id = c.site_id JOIN persons p ON p.id = sc.person_id"),
             {},
             QStringLiteral("sc.screened_on"),
             personDimensions(),
             {}};
        s.dimensions.insert(Dimension::RiskCategory, QStringLiteral("sl.category_code"));
        s.dimensions.insert(Dimension::RiskLevel, QStringLiteral("sl.level"));
        s.dimensions.insert(Dimension::OverallRiskLevel, QStringLiteral("sc.overall_level"));
        for (Dimension d : {Dimension::RiskCategory, Dimension::RiskLevel})
            s.joins.insert(d,
                           QStringLiteral(" JOIN screening_levels sl ON sl.screening_id = sc.id"));
        break;
    case Measure::SpecificNeeds:
        s = {QStringLiteral("person_specific_needs sn JOIN persons p ON p.id = sn.person_id "
                            "JOIN case_members m ON m.person_id = p.id "
                            "JOIN cases c ON c.id = m.case_id JOIN sites s ON s.id = c.site_id"),
             QStringLiteral("sn.removed_on IS NULL"),
             QStringLiteral("sn.attached_on"),
             personDimensions(),
             {}};
        s.dimensions.insert(
            Dimension::SpecificNeedCategory,
            QStringLiteral("substr(sn.code, 1, %1 - 1)")
                .arg(sql.position(QStringLiteral("'-'"), QStringLiteral("sn.code || '-'"))));
        break;
    case Measure::Procedures:
    case Measure::PermitsGranted:
        s = {QStringLiteral("procedures pr JOIN cases c ON c.id = pr.case_id "
                            "JOIN sites s ON s.id = c.site_id"),
             {},
             QStringLiteral("pr.opened_on"),
             siteDimensions(),
             {}};
        s.dimensions.insert(Dimension::Country, QStringLiteral("pr.country"));
        s.dimensions.insert(Dimension::ProcedureType, QStringLiteral("pr.type_code"));
        if (measure == Measure::PermitsGranted) {
            s.where = QStringLiteral("pr.outcome IN ('recognized', 'granted')");
            s.date = QStringLiteral("(SELECT max(e.occurred_on) FROM procedure_events e "
                                    "WHERE e.procedure_id = pr.id)");
        } else {
            s.dimensions.insert(Dimension::ProcedureOutcome,
                                QStringLiteral("(CASE pr.outcome WHEN '' THEN 'pending' "
                                               "ELSE pr.outcome END)"));
        }
        break;
    case Measure::TracingRequests:
    case Measure::Reunifications:
        s = {QStringLiteral("tracing_requests t JOIN sites s ON s.id = t.site_id"),
             {},
             QStringLiteral("t.requested_on"),
             siteDimensions(),
             {}};
        s.dimensions.insert(Dimension::Sex, QStringLiteral("t.sought_sex"));
        if (measure == Measure::Reunifications) {
            s.where = QStringLiteral("t.status = 'reunited'");
            s.date = QStringLiteral("t.closed_on");
        } else {
            s.dimensions.insert(Dimension::TracingStatus, QStringLiteral("t.status"));
        }
        break;
    case Measure::DeadlinesMissed:
    case Measure::OpenDeadlines:
        s = {QStringLiteral("deadlines d JOIN cases c ON c.id = d.case_id "
                            "JOIN sites s ON s.id = c.site_id "
                            "LEFT JOIN procedures pr ON pr.id = d.procedure_id"),
             measure == Measure::OpenDeadlines
                 ? QStringLiteral("d.done = 0")
                 : QStringLiteral("((d.done = 0 AND d.due_on < ref.today) OR "
                                  "(d.done = 1 AND d.done_on > d.due_on))"),
             QStringLiteral("d.due_on"),
             siteDimensions(),
             {}};
        s.dimensions.insert(Dimension::ProcedureType,
                            QStringLiteral("coalesce(pr.type_code, 'none')"));
        if (measure == Measure::OpenDeadlines)
            s.dimensions.insert(Dimension::DeadlineDue, deadlineDue);
        break;
    case Measure::Referrals: {
        s = {QStringLiteral("referrals rf JOIN cases c ON c.id = rf.case_id "
                            "JOIN sites s ON s.id = c.site_id"),
             {},
             QStringLiteral("rf.made_on"),
             siteDimensions(),
             {}};
        s.dimensions.insert(Dimension::ReferralDirection, QStringLiteral("rf.direction"));
        s.dimensions.insert(Dimension::ReferralPriority, QStringLiteral("rf.priority"));
        s.dimensions.insert(Dimension::ReferralState, QStringLiteral("rf.state"));
        s.dimensions.insert(Dimension::ReferralService, QStringLiteral("sv.code"));
        s.joins.insert(Dimension::ReferralService,
                       QStringLiteral(" JOIN (%1) sv ON ',' || rf.services || ',' LIKE "
                                      "'%,' || sv.code || ',%'")
                           .arg(referralServiceRows()));
        // The priorities' own times, from the inter-agency form.
        const auto within = [&sql](int days) {
            return QStringLiteral("rf.answered_on <= ") +
                   sql.plusDays(QStringLiteral("rf.made_on"), days);
        };
        s.dimensions.insert(Dimension::AnswerTime,
                            QStringLiteral("(CASE WHEN rf.direction <> 'outgoing' THEN 'received' "
                                           "WHEN rf.answered_on IS NULL THEN 'no_answer' "
                                           "WHEN %1 THEN 'within_24h' WHEN %2 THEN 'within_72h' "
                                           "WHEN %3 THEN 'within_2_weeks' ELSE 'later' END)")
                                .arg(within(1), within(3), within(14)));
        break;
    }
    case Measure::Incidents:
    case Measure::ServiceBarriers:
        s = {incidentRows(),
             measure == Measure::ServiceBarriers ? barrierCondition() : QString(),
             QStringLiteral("(inc.occurred_month || '-01')"),
             {},
             {}};
        s.dimensions = {
            {Dimension::Sex, QStringLiteral("inc.sex")},
            {Dimension::AgeGroup, QStringLiteral("inc.age_group")},
            {Dimension::AgeBand,
             QStringLiteral("(CASE WHEN inc.age_group IN ('0-4', '5-11', '12-17') THEN '0-17' "
                            "WHEN inc.age_group IN ('18-59', '60+') THEN '18+' "
                            "ELSE 'unknown' END)")},
            {Dimension::Country, QStringLiteral("inc.country")},
            {Dimension::Admin1, QStringLiteral("inc.admin1")},
            {Dimension::Site, QStringLiteral("s.code")},
            {Dimension::IncidentType, QStringLiteral("inc.incident_type")},
            {Dimension::IncidentGroup, incidentGroup()},
            {Dimension::Perpetrator, QStringLiteral("inc.perpetrator")},
            {Dimension::StateResponse, QStringLiteral("inc.state_response")},
            {Dimension::Reported, QStringLiteral("inc.reported")},
            {Dimension::Place, QStringLiteral("inc.place")},
            {Dimension::IncidentSource, QStringLiteral("inc.source")},
        };
        break;
    case Measure::MonitoringInterviews: {
        const IncidentCatalogue& catalogue = IncidentCatalogue::current();
        s = {QStringLiteral("monitoring_interviews mi JOIN monitoring_rounds r ON r.id = "
                            "mi.round_id JOIN sites s ON s.id = r.site_id"),
             {},
             QStringLiteral("mi.held_on"),
             siteDimensions(),
             {}};
        s.dimensions.insert(Dimension::Sex, QStringLiteral("mi.sex"));
        s.dimensions.insert(Dimension::AgeGroup, QStringLiteral("mi.age_group"));
        s.dimensions.insert(Dimension::LegalStatus, QStringLiteral("mi.legal_status"));
        s.dimensions.insert(Dimension::Intention, QStringLiteral("mi.intention"));
        s.dimensions.insert(Dimension::ReturnRisk, QStringLiteral("rr.code"));
        s.joins.insert(Dimension::ReturnRisk,
                       eachCodeOf(QStringLiteral("mi.return_risks"), catalogue.returnRisks(),
                                  QStringLiteral("rr")));
        s.dimensions.insert(Dimension::MonitoringNeed, QStringLiteral("nd.code"));
        s.joins.insert(
            Dimension::MonitoringNeed,
            eachCodeOf(QStringLiteral("mi.needs"), catalogue.needs(), QStringLiteral("nd")));
        break;
    }
    }
    s.dimensions.insert(Dimension::Month, QStringLiteral("substr(%1, 1, 7)").arg(s.date));
    s.dimensions.insert(
        Dimension::Quarter,
        QStringLiteral("substr(%1, 1, 4) || '-Q' || ((CAST(substr(%1, 6, 2) AS INTEGER) + 2) / 3)")
            .arg(s.date));
    s.dimensions.insert(Dimension::Year, QStringLiteral("substr(%1, 1, 4)").arg(s.date));
    return s;
}
} // namespace

QList<Dimension> AggregateQuery::dimensionsOf(Measure measure)
{
    // Which dimensions there are does not depend on the engine.
    const Source s = sourceOf(measure, SqlDialect(SqlDialect::Engine::Sqlite));
    QList<Dimension> out;
    for (Dimension d : dimensionCodes().values()) {
        if (s.dimensions.contains(d))
            out.append(d);
    }
    return out;
}

QDate AggregateQuery::referenceDate(const AggregateDefinition& definition, QDate today)
{
    if (definition.toMonth.isEmpty())
        return today;
    const QDate first = QDate::fromString(definition.toMonth + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = first.addMonths(1).addDays(-1);
    return last < today ? last : today;
}

Result<AggregateQuery> AggregateQuery::build(const AggregateDefinition& definition, QDate today,
                                             const SqlDialect& sql)
{
    if (Status s = definition.validate(); !s)
        return s.error();
    const Source source = sourceOf(definition.measure, sql);
    QStringList select;
    QStringList joins;
    for (Dimension d : definition.dimensions) {
        if (!source.dimensions.contains(d)) {
            QStringList possible;
            for (Dimension ok : dimensionsOf(definition.measure))
                possible.append(dimensionCodes().label(ok).section(QStringLiteral(" ("), 0, 0));
            return Error(Error::Code::Invalid,
                         tr("%1 cannot be broken down by “%2”. They can be by: %3.")
                             .arg(measureCodes().label(definition.measure),
                                  dimensionCodes().label(d), possible.join(QStringLiteral(", "))));
        }
        if (const QString join = source.joins.value(d); !join.isEmpty() && !joins.contains(join))
            joins.append(join);
        select.append(source.dimensions.value(d));
    }
    AggregateQuery q;
    const QDate ref = referenceDate(definition, today);
    q.params = {ref.year(), ref.toString(QStringLiteral("MM-dd")),
                ref.toString(QStringLiteral("MM")), today.toString(Qt::ISODate),
                today.addDays(7).toString(Qt::ISODate)};
    QStringList where;
    if (!source.where.isEmpty())
        where.append(source.where);
    if (!definition.fromMonth.isEmpty()) {
        where.append(source.date + QStringLiteral(" >= ?"));
        q.params.append(definition.fromMonth + QStringLiteral("-01"));
    }
    if (!definition.toMonth.isEmpty()) {
        // Before the first day of the next month.
        const QDate next =
            QDate::fromString(definition.toMonth + QStringLiteral("-01"), Qt::ISODate).addMonths(1);
        where.append(source.date + QStringLiteral(" < ?"));
        q.params.append(next.toString(Qt::ISODate));
    }
    if (!definition.siteCodes.isEmpty()) {
        QStringList marks;
        for (const QString& code : definition.siteCodes) {
            marks.append(QStringLiteral("?"));
            q.params.append(code);
        }
        where.append(QStringLiteral("s.code IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    if (!definition.country.isEmpty()) {
        where.append(source.dimensions.value(Dimension::Country) + QStringLiteral(" = ?"));
        q.params.append(definition.country);
    }
    QStringList groups;
    for (int i = 1; i <= select.size(); ++i)
        groups.append(QString::number(i));
    q.sql =
        QStringLiteral("WITH ref(y, md, mm, today, week) AS (SELECT CAST(? AS INTEGER), "
                       "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)) "
                       "SELECT ") +
        (select.isEmpty() ? QString() : select.join(QStringLiteral(", ")) + QStringLiteral(", ")) +
        QStringLiteral("count(*) FROM ref CROSS JOIN ") + source.from + joins.join(QString()) +
        (where.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        (groups.isEmpty() ? QString()
                          : QStringLiteral(" GROUP BY ") + groups.join(QStringLiteral(", ")));
    return q;
}

#include "core/statistics/AggregateDefinition.h"

#include "core/reference/CountryCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

const EnumTable<Measure>& measureCodes()
{
    static const EnumTable<Measure> table(
        "Measure",
        {
            {Measure::Persons, "persons", QT_TRANSLATE_NOOP("Measure", "Persons registered")},
            {Measure::Cases, "cases", QT_TRANSLATE_NOOP("Measure", "Cases (family groups)")},
            {Measure::Screenings, "screenings", QT_TRANSLATE_NOOP("Measure", "Risk screenings")},
            {Measure::SpecificNeeds, "specific_needs",
             QT_TRANSLATE_NOOP("Measure", "Specific needs in force")},
            {Measure::Procedures, "procedures", QT_TRANSLATE_NOOP("Measure", "Legal procedures")},
            {Measure::PermitsGranted, "permits_granted",
             QT_TRANSLATE_NOOP("Measure", "Recognitions and permits granted")},
            {Measure::TracingRequests, "tracing_requests",
             QT_TRANSLATE_NOOP("Measure", "Tracing requests")},
            {Measure::Reunifications, "reunifications",
             QT_TRANSLATE_NOOP("Measure", "Families reunited")},
            {Measure::DeadlinesMissed, "deadlines_missed",
             QT_TRANSLATE_NOOP("Measure", "Deadlines missed")},
            {Measure::OpenDeadlines, "open_deadlines",
             QT_TRANSLATE_NOOP("Measure", "Open deadlines")},
            {Measure::Referrals, "referrals", QT_TRANSLATE_NOOP("Measure", "Referrals")},
            {Measure::Incidents, "incidents", QT_TRANSLATE_NOOP("Measure", "Incidents documented")},
            {Measure::ServiceBarriers, "service_barriers",
             QT_TRANSLATE_NOOP("Measure", "Denials of asylum and of services")},
            {Measure::MonitoringInterviews, "monitoring_interviews",
             QT_TRANSLATE_NOOP("Measure", "Monitoring interviews")},
        });
    return table;
}

const EnumTable<Dimension>& dimensionCodes()
{
    static const EnumTable<Dimension> table(
        "Dimension",
        {
            {Dimension::Sex, "sex", QT_TRANSLATE_NOOP("Dimension", "Sex")},
            {Dimension::AgeGroup, "age_group",
             QT_TRANSLATE_NOOP("Dimension", "Age group (0–4, 5–11, 12–17, 18–59, 60+)")},
            {Dimension::AgeBand, "age_band",
             QT_TRANSLATE_NOOP("Dimension", "Children and adults (0–17, 18+)")},
            {Dimension::Nationality, "nationality", QT_TRANSLATE_NOOP("Dimension", "Nationality")},
            {Dimension::Country, "country", QT_TRANSLATE_NOOP("Dimension", "Country")},
            {Dimension::Admin1, "admin1",
             QT_TRANSLATE_NOOP("Dimension", "Department, state or province")},
            {Dimension::Site, "site", QT_TRANSLATE_NOOP("Dimension", "Site")},
            {Dimension::Month, "month", QT_TRANSLATE_NOOP("Dimension", "Month")},
            {Dimension::Quarter, "quarter", QT_TRANSLATE_NOOP("Dimension", "Quarter")},
            {Dimension::Year, "year", QT_TRANSLATE_NOOP("Dimension", "Year")},
            {Dimension::RiskCategory, "risk_category",
             QT_TRANSLATE_NOOP("Dimension", "Risk category")},
            {Dimension::RiskLevel, "risk_level", QT_TRANSLATE_NOOP("Dimension", "Risk level")},
            {Dimension::SpecificNeedCategory, "specific_need_category",
             QT_TRANSLATE_NOOP("Dimension", "Specific-needs category")},
            {Dimension::ProcedureType, "procedure_type",
             QT_TRANSLATE_NOOP("Dimension", "Procedure")},
            {Dimension::ProcedureOutcome, "procedure_outcome",
             QT_TRANSLATE_NOOP("Dimension", "Outcome")},
            {Dimension::CaseStatus, "case_status", QT_TRANSLATE_NOOP("Dimension", "Case status")},
            {Dimension::TracingStatus, "tracing_status",
             QT_TRANSLATE_NOOP("Dimension", "Request status")},
            {Dimension::DeadlineDue, "deadline_due", QT_TRANSLATE_NOOP("Dimension", "Due")},
            {Dimension::OverallRiskLevel, "overall_risk_level",
             QT_TRANSLATE_NOOP("Dimension", "Overall risk rating")},
            {Dimension::ReferralDirection, "referral_direction",
             QT_TRANSLATE_NOOP("Dimension", "Made or received")},
            {Dimension::ReferralService, "referral_service",
             QT_TRANSLATE_NOOP("Dimension", "Service")},
            {Dimension::ReferralPriority, "referral_priority",
             QT_TRANSLATE_NOOP("Dimension", "Priority")},
            {Dimension::ReferralState, "referral_state",
             QT_TRANSLATE_NOOP("Dimension", "Where the referral stands")},
            {Dimension::AnswerTime, "answer_time",
             QT_TRANSLATE_NOOP("Dimension", "Time to answer")},
            {Dimension::IncidentType, "incident_type",
             QT_TRANSLATE_NOOP("Dimension", "What happened")},
            {Dimension::IncidentGroup, "incident_group",
             QT_TRANSLATE_NOOP("Dimension", "Kind of incident")},
            {Dimension::Perpetrator, "perpetrator", QT_TRANSLATE_NOOP("Dimension", "By whom")},
            {Dimension::StateResponse, "state_response",
             QT_TRANSLATE_NOOP("Dimension", "What the state did")},
            {Dimension::Reported, "reported",
             QT_TRANSLATE_NOOP("Dimension", "Reported to an institution")},
            {Dimension::Place, "place", QT_TRANSLATE_NOOP("Dimension", "Kind of place")},
            {Dimension::IncidentSource, "incident_source",
             QT_TRANSLATE_NOOP("Dimension", "Told in a case or an interview")},
            {Dimension::LegalStatus, "legal_status",
             QT_TRANSLATE_NOOP("Dimension", "Legal status")},
            {Dimension::Intention, "intention", QT_TRANSLATE_NOOP("Dimension", "Intentions")},
            {Dimension::ReturnRisk, "return_risk",
             QT_TRANSLATE_NOOP("Dimension", "Risks upon return")},
            {Dimension::MonitoringNeed, "monitoring_need", QT_TRANSLATE_NOOP("Dimension", "Needs")},
        });
    return table;
}

namespace {
const QRegularExpression monthPattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
} // namespace

bool AggregateDefinition::isMonth(const QString& text)
{
    return monthPattern.match(text).hasMatch();
}

bool AggregateDefinition::isPeriod(Dimension d)
{
    return d == Dimension::Month || d == Dimension::Quarter || d == Dimension::Year;
}

Status AggregateDefinition::validate() const
{
    if (title.size() > 200)
        return Error(Error::Code::Invalid, tr("The title can have at most 200 characters."));
    if (dimensions.size() > MaximumDimensions)
        return Error(
            Error::Code::Invalid,
            tr("Break the counts down by at most %1 things at once.").arg(MaximumDimensions));
    QSet<Dimension> seen;
    int periods = 0;
    int ages = 0;
    for (Dimension d : dimensions) {
        if (seen.contains(d))
            return Error(Error::Code::Invalid,
                         tr("“%1” is chosen twice.").arg(dimensionCodes().label(d)));
        seen.insert(d);
        periods += isPeriod(d) ? 1 : 0;
        ages += d == Dimension::AgeGroup || d == Dimension::AgeBand ? 1 : 0;
    }
    if (periods > 1)
        return Error(Error::Code::Invalid,
                     tr("Choose one of month, quarter or year, not several."));
    if (ages > 1)
        return Error(Error::Code::Invalid, tr("Choose one kind of age group, not both."));
    for (const QString& month : {fromMonth, toMonth}) {
        if (!month.isEmpty() && !isMonth(month))
            return Error(Error::Code::Invalid,
                         tr("“%1” is not a month; write it as 2026-03.").arg(month.left(40)));
    }
    if (!fromMonth.isEmpty() && !toMonth.isEmpty() && fromMonth > toMonth)
        return Error(Error::Code::Invalid, tr("The period ends before it begins."));
    if (!country.isEmpty() && !CountryCatalog::instance().isCountry(country))
        return Error(
            Error::Code::Invalid,
            tr("“%1” is not a country code (use three letters, like COL).").arg(country.left(40)));
    for (const QString& site : siteCodes) {
        if (site.isEmpty() || site.size() > 20)
            return Error(Error::Code::Invalid, tr("A site code is empty or too long."));
    }
    if (threshold < MinimumThreshold || threshold > MaximumThreshold)
        return Error(Error::Code::Invalid, tr("The smallest count shown must be between %1 and %2.")
                                               .arg(MinimumThreshold)
                                               .arg(MaximumThreshold));
    return {};
}

Result<AggregateDefinition> AggregateDefinition::fromJson(const QByteArray& json)
{
    const auto bad = [](const QString& why) {
        return Error(Error::Code::Invalid,
                     tr("This is not a usable export definition: %1").arg(why));
    };
    if (json.size() > 64 * 1024)
        return bad(tr("the file is far too large."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("it is not JSON."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("amparo_export")).toInt(-1) != FormatVersion)
        return bad(tr("it is not an Amparo export definition of a version this Amparo reads."));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        static const QSet<QString> known{QStringLiteral("amparo_export"), QStringLiteral("title"),
                                         QStringLiteral("measure"),       QStringLiteral("by"),
                                         QStringLiteral("from"),          QStringLiteral("to"),
                                         QStringLiteral("sites"),         QStringLiteral("country"),
                                         QStringLiteral("threshold")};
        if (!known.contains(it.key()))
            return bad(tr("it has an unknown entry “%1”.").arg(it.key().left(40)));
    }
    AggregateDefinition d;
    const auto text = [&o](const char* key, QString& into) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return false;
        into = v.toString();
        return true;
    };
    QString measure;
    if (!text("title", d.title) || !text("measure", measure) || !text("from", d.fromMonth) ||
        !text("to", d.toMonth) || !text("country", d.country))
        return bad(tr("an entry that should be text is not."));
    const std::optional<Measure> m = measureCodes().fromCode(measure);
    if (!m)
        return bad(tr("“%1” is not something Amparo counts.").arg(measure.left(40)));
    d.measure = *m;
    const QJsonValue by = o.value(QStringLiteral("by"));
    if (!by.isUndefined() && !by.isArray())
        return bad(tr("“by” must be a list."));
    for (const QJsonValue& v : by.toArray()) {
        const std::optional<Dimension> dim = dimensionCodes().fromCode(v.toString());
        if (!v.isString() || !dim)
            return bad(tr("“%1” is not something counts can be broken down by.")
                           .arg(v.toString().left(40)));
        d.dimensions.append(*dim);
    }
    const QJsonValue sites = o.value(QStringLiteral("sites"));
    if (!sites.isUndefined() && !sites.isArray())
        return bad(tr("“sites” must be a list."));
    for (const QJsonValue& v : sites.toArray()) {
        if (!v.isString())
            return bad(tr("a site code is not text."));
        d.siteCodes.append(v.toString());
    }
    const QJsonValue threshold = o.value(QStringLiteral("threshold"));
    if (!threshold.isUndefined()) {
        if (!threshold.isDouble() || threshold.toDouble() != double(threshold.toInt()))
            return bad(tr("the smallest count shown must be a whole number."));
        d.threshold = threshold.toInt();
    }
    if (Status s = d.validate(); !s)
        return s.error();
    return d;
}

QByteArray AggregateDefinition::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("amparo_export"), FormatVersion);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("measure"), measureCodes().code(measure));
    QJsonArray by;
    for (Dimension d : dimensions)
        by.append(dimensionCodes().code(d));
    o.insert(QStringLiteral("by"), by);
    if (!fromMonth.isEmpty())
        o.insert(QStringLiteral("from"), fromMonth);
    if (!toMonth.isEmpty())
        o.insert(QStringLiteral("to"), toMonth);
    if (!siteCodes.isEmpty())
        o.insert(QStringLiteral("sites"), QJsonArray::fromStringList(siteCodes));
    if (!country.isEmpty())
        o.insert(QStringLiteral("country"), country);
    o.insert(QStringLiteral("threshold"), threshold);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString AggregateDefinition::describe() const
{
    QString text = measureCodes().label(measure);
    if (!dimensions.isEmpty()) {
        QStringList by;
        for (Dimension d : dimensions)
            by.append(dimensionCodes().label(d).section(QStringLiteral(" ("), 0, 0).toLower());
        text += QLatin1Char(' ') + tr("by %1").arg(by.join(QStringLiteral(", ")));
    }
    if (!fromMonth.isEmpty() || !toMonth.isEmpty())
        text +=
            QStringLiteral(", ") + tr("%1 to %2")
                                       .arg(fromMonth.isEmpty() ? tr("the beginning") : fromMonth,
                                            toMonth.isEmpty() ? tr("now") : toMonth);
    if (!siteCodes.isEmpty())
        text += QStringLiteral(", ") + tr("sites %1").arg(siteCodes.join(QStringLiteral(", ")));
    if (!country.isEmpty())
        text += QStringLiteral(", ") + CountryCatalog::instance().name(country);
    return text;
}

#include "core/statistics/AggregateTable.h"

#include "core/domain/CaseStatus.h"
#include "core/domain/Incident.h"
#include "core/domain/Referral.h"
#include "core/domain/Sex.h"
#include "core/domain/TracingStatus.h"
#include "core/reference/CountryCatalog.h"
#include "core/reference/IncidentCatalogue.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/reference/RiskCatalogue.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace {
// The incident catalogue's list a dimension's codes come from, if any.
const QList<IncidentCode>* catalogueList(Dimension d)
{
    const IncidentCatalogue& c = IncidentCatalogue::current();
    switch (d) {
    case Dimension::IncidentType:
        return &c.types();
    case Dimension::IncidentGroup:
        return &c.groups();
    case Dimension::Perpetrator:
        return &c.perpetrators();
    case Dimension::StateResponse:
        return &c.stateResponses();
    case Dimension::Place:
        return &c.places();
    case Dimension::LegalStatus:
        return &c.legalStatuses();
    case Dimension::Intention:
        return &c.intentions();
    case Dimension::ReturnRisk:
        return &c.returnRisks();
    case Dimension::MonitoringNeed:
        return &c.needs();
    default:
        return nullptr;
    }
}

// Categories in the order a reader expects: ages and periods by time, the catalogue's in its
// order, the rest by code.
int orderOf(Dimension d, const QString& code)
{
    if (code == QLatin1String(AggregateTable::OtherCode))
        return std::numeric_limits<int>::max();
    static const QStringList ages{QStringLiteral("0-4"),   QStringLiteral("5-11"),
                                  QStringLiteral("12-17"), QStringLiteral("0-17"),
                                  QStringLiteral("18-59"), QStringLiteral("18+"),
                                  QStringLiteral("60+"),   QStringLiteral("unknown")};
    static const QStringList sexes{QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("X"),
                                   QStringLiteral("U")};
    static const QStringList due{QStringLiteral("overdue"), QStringLiteral("this_week"),
                                 QStringLiteral("later")};
    switch (d) {
    case Dimension::AgeGroup:
    case Dimension::AgeBand:
        return int(ages.indexOf(code));
    case Dimension::Sex:
        return int(sexes.indexOf(code));
    case Dimension::DeadlineDue:
        return int(due.indexOf(code));
    default:
        break;
    }
    if (const QList<IncidentCode>* list = catalogueList(d)) {
        for (int i = 0; i < list->size(); ++i) {
            if ((*list)[i].code == code)
                return i;
        }
    }
    return -1;
}

void enumerate(const QList<QStringList>& values, int depth, QStringList& key,
               QList<QStringList>& out)
{
    if (depth == values.size()) {
        out.append(key);
        return;
    }
    for (const QString& v : values[depth]) {
        key[depth] = v;
        enumerate(values, depth + 1, key, out);
    }
}
} // namespace

AggregateTable AggregateTable::fromCounts(const AggregateDefinition& definition,
                                          const QList<std::pair<QStringList, int>>& counts)
{
    AggregateTable t;
    t.definition = definition;
    t.threshold = definition.threshold;
    const int n = int(definition.dimensions.size());
    QList<QSet<QString>> seen(n);
    QHash<QStringList, int> byKey;
    for (const auto& [key, count] : counts) {
        for (int i = 0; i < n; ++i)
            seen[i].insert(key.value(i));
        byKey[key] += count;
    }
    for (int i = 0; i < n; ++i) {
        QStringList v(seen[i].cbegin(), seen[i].cend());
        const Dimension d = definition.dimensions[i];
        std::sort(v.begin(), v.end(), [d](const QString& a, const QString& b) {
            const int oa = orderOf(d, a), ob = orderOf(d, b);
            return oa != ob ? oa < ob : a < b;
        });
        t.values.append(v);
    }
    QList<QStringList> keys;
    if (n > 0 && !counts.isEmpty()) {
        QStringList key(n);
        enumerate(t.values, 0, key, keys);
    }
    int grand = 0;
    for (const QStringList& key : keys) {
        const int c = byKey.value(key);
        t.cells.append({key, c, false});
        grand += c;
    }
    if (n == 0)
        grand = counts.isEmpty() ? 0 : counts.constFirst().second;
    // One-way totals only make sense beside two or more dimensions; with one, the cells are
    // those totals.
    if (n >= 2) {
        for (int i = 0; i < n; ++i) {
            for (const QString& v : t.values[i]) {
                QStringList key(n);
                key[i] = v;
                int sum = 0;
                for (const QStringList& k : keys) {
                    if (k[i] == v)
                        sum += byKey.value(k);
                }
                t.cells.append({key, sum, false});
            }
        }
    }
    t.cells.append({QStringList(n), grand, false});
    return t;
}

QString AggregateTable::shown(const Cell& cell)
{
    return cell.suppressed ? QString() : QString::number(cell.count);
}

QString AggregateTable::label(int dimension, const QString& code) const
{
    if (code.isEmpty())
        return tr("Total");
    if (code == QLatin1String(OtherCode))
        return tr("Other (fewer than %1 each)").arg(threshold);
    switch (definition.dimensions.value(dimension)) {
    case Dimension::Sex:
        return sexCodes().label(sexCodes().fromCode(code).value_or(Sex::Unknown));
    case Dimension::AgeGroup:
    case Dimension::AgeBand:
        return code == QLatin1String("unknown")
                   ? tr("Age unknown")
                   : QString(code).replace(QLatin1Char('-'), QChar(0x2013));
    case Dimension::Nationality:
    case Dimension::Country:
        return CountryCatalog::instance().name(code);
    case Dimension::Admin1: {
        const QString name = CountryCatalog::instance().subdivisionName(code);
        return code.isEmpty() || name.isEmpty() ? tr("Not recorded") : name;
    }
    case Dimension::Site:
        return siteNames.value(code, code);
    case Dimension::RiskCategory:
        if (const RiskCategory* c = RiskCatalogue::current().category(code))
            return c->label.text();
        return code;
    case Dimension::RiskLevel:
        return code == QLatin1String("0") ? tr("Not screened")
                                          : RiskCatalogue::current().levelLabel(code.toInt());
    case Dimension::SpecificNeedCategory:
        for (const SpecificNeedCategory& c : RiskCatalogue::current().specificNeeds()) {
            if (c.code == code)
                return c.label.text();
        }
        return code;
    case Dimension::ProcedureType:
        if (code == QLatin1String("none"))
            return tr("No procedure");
        if (const ProcedureType* p = ProcedureCatalogue::current().type(code))
            return p->name.text();
        return code;
    case Dimension::ProcedureOutcome:
        return code == QLatin1String("pending") ? tr("No decision yet")
                                                : ProcedureCatalogue::outcomeLabel(code);
    case Dimension::CaseStatus:
        return caseStatusCodes().label(caseStatusCodes().fromCode(code).value_or(CaseStatus::Open));
    case Dimension::TracingStatus:
        return tracingStatusCodes().label(
            tracingStatusCodes().fromCode(code).value_or(TracingStatus::Open));
    case Dimension::DeadlineDue:
        return code == QLatin1String("overdue")     ? tr("Overdue")
               : code == QLatin1String("this_week") ? tr("Within a week")
                                                    : tr("Later");
    case Dimension::OverallRiskLevel:
        return code == QLatin1String("0") ? tr("Not at heightened risk")
                                          : RiskCatalogue::current().levelLabel(code.toInt());
    case Dimension::ReferralDirection:
        return referralDirectionCodes().label(
            referralDirectionCodes().fromCode(code).value_or(ReferralDirection::Outgoing));
    case Dimension::ReferralService:
        if (const auto s = referralServiceCodes().fromCode(code))
            return referralServiceCodes().label(*s);
        return code;
    case Dimension::ReferralPriority:
        return referralPriorityCodes().label(
            referralPriorityCodes().fromCode(code).value_or(ReferralPriority::Normal));
    case Dimension::ReferralState:
        return referralStateCodes().label(
            referralStateCodes().fromCode(code).value_or(ReferralState::Sent));
    case Dimension::AnswerTime:
        return code == QLatin1String("received")         ? tr("Received from others")
               : code == QLatin1String("no_answer")      ? tr("No answer yet")
               : code == QLatin1String("within_24h")     ? tr("Within 24 hours")
               : code == QLatin1String("within_72h")     ? tr("Within 72 hours")
               : code == QLatin1String("within_2_weeks") ? tr("Within 2 weeks")
                                                         : tr("After 2 weeks");
    case Dimension::IncidentType:
    case Dimension::IncidentGroup:
    case Dimension::Perpetrator:
    case Dimension::StateResponse:
    case Dimension::Place:
    case Dimension::LegalStatus:
    case Dimension::Intention:
    case Dimension::ReturnRisk:
    case Dimension::MonitoringNeed:
        return IncidentCatalogue::label(*catalogueList(definition.dimensions.value(dimension)),
                                        code);
    case Dimension::Reported:
        return incidentReportedCodes().label(
            incidentReportedCodes().fromCode(code).value_or(IncidentReported::NotSaid));
    case Dimension::IncidentSource:
        return code == QLatin1String("case") ? tr("Told in a case")
                                             : tr("Told in a monitoring interview");
    case Dimension::Month:
    case Dimension::Quarter:
    case Dimension::Year:
        break;
    }
    return code;
}

QString AggregateTable::protectionStatement() const
{
    return tr("Counts from 1 to %1 are hidden (primary suppression: %2 cells); where a hidden "
              "count could be worked out from a total, the next smallest count in that total "
              "is hidden too (complementary suppression: %3 cells). Totals are computed before "
              "anything is hidden and are hidden by the same rule. Zeros are shown. No name, "
              "document, date of birth, contact, note, case number or record identifier is "
              "exported; periods are never finer than a month.")
        .arg(threshold - 1)
        .arg(primarySuppressed)
        .arg(complementarySuppressed);
}

namespace {
bool hasCode(Dimension d)
{
    return d == Dimension::Nationality || d == Dimension::Country || d == Dimension::Admin1 ||
           d == Dimension::Site;
}

// Codes a machine reads: ISO country and division codes, site codes, category codes.
QString hxlOf(Dimension d, bool code)
{
    switch (d) {
    case Dimension::Sex:
        return QStringLiteral("#sex");
    case Dimension::AgeGroup:
    case Dimension::AgeBand:
        return QStringLiteral("#age+range");
    case Dimension::Nationality:
        return code ? QStringLiteral("#country+code+nationality")
                    : QStringLiteral("#country+name+nationality");
    case Dimension::Country:
        return code ? QStringLiteral("#country+code") : QStringLiteral("#country+name");
    case Dimension::Admin1:
        return code ? QStringLiteral("#adm1+code") : QStringLiteral("#adm1+name");
    case Dimension::Site:
        return code ? QStringLiteral("#loc+code") : QStringLiteral("#loc+name");
    case Dimension::Month:
        return QStringLiteral("#date+month");
    case Dimension::Quarter:
        return QStringLiteral("#date+quarter");
    case Dimension::Year:
        return QStringLiteral("#date+year");
    case Dimension::RiskCategory:
        return QStringLiteral("#indicator+risk+name");
    case Dimension::RiskLevel:
        return QStringLiteral("#severity");
    case Dimension::SpecificNeedCategory:
        return QStringLiteral("#indicator+need+name");
    case Dimension::ProcedureType:
        return QStringLiteral("#activity+procedure+name");
    case Dimension::ProcedureOutcome:
        return QStringLiteral("#status+outcome");
    case Dimension::CaseStatus:
        return QStringLiteral("#status+case");
    case Dimension::TracingStatus:
        return QStringLiteral("#status+tracing");
    case Dimension::DeadlineDue:
        return QStringLiteral("#status+due");
    case Dimension::OverallRiskLevel:
        return QStringLiteral("#severity+overall");
    case Dimension::ReferralDirection:
        return QStringLiteral("#direction+referral");
    case Dimension::ReferralService:
        return QStringLiteral("#service+referral+name");
    case Dimension::ReferralPriority:
        return QStringLiteral("#priority+referral");
    case Dimension::ReferralState:
        return QStringLiteral("#status+referral");
    case Dimension::AnswerTime:
        return QStringLiteral("#status+answer_time");
    case Dimension::IncidentType:
        return QStringLiteral("#event+type+name");
    case Dimension::IncidentGroup:
        return QStringLiteral("#event+category+name");
    case Dimension::Perpetrator:
        return QStringLiteral("#event+perpetrator");
    case Dimension::StateResponse:
        return QStringLiteral("#event+response+state");
    case Dimension::Reported:
        return QStringLiteral("#event+reported");
    case Dimension::Place:
        return QStringLiteral("#loc+type");
    case Dimension::IncidentSource:
        return QStringLiteral("#meta+source");
    case Dimension::LegalStatus:
        return QStringLiteral("#status+legal");
    case Dimension::Intention:
        return QStringLiteral("#indicator+intention");
    case Dimension::ReturnRisk:
        return QStringLiteral("#indicator+risk+return");
    case Dimension::MonitoringNeed:
        return QStringLiteral("#indicator+need+name");
    }
    return {};
}
} // namespace

QStringList AggregateTable::headers(bool withCodes) const
{
    QStringList out;
    for (Dimension d : definition.dimensions) {
        const QString name = dimensionCodes().label(d).section(QStringLiteral(" ("), 0, 0);
        if (withCodes && hasCode(d))
            out.append(tr("%1 (code)").arg(name));
        out.append(name);
    }
    out.append(measureCodes().label(definition.measure));
    // The file states its protection where tools keep it: in the header.
    if (withCodes)
        out.append(
            tr("Hidden (counts below %1, and counts that would reveal them)").arg(threshold));
    return out;
}

QStringList AggregateTable::hxlTags() const
{
    QStringList out;
    for (Dimension d : definition.dimensions) {
        if (hasCode(d))
            out.append(hxlOf(d, true));
        out.append(hxlOf(d, false));
    }
    switch (definition.measure) {
    case Measure::Persons:
    case Measure::Screenings:
    case Measure::SpecificNeeds:
        out.append(QStringLiteral("#affected+ind"));
        break;
    case Measure::Cases:
        out.append(QStringLiteral("#affected+hh"));
        break;
    case Measure::Incidents:
    case Measure::ServiceBarriers:
        out.append(QStringLiteral("#event+num"));
        break;
    default:
        out.append(QStringLiteral("#output+num"));
        break;
    }
    out.append(QStringLiteral("#meta+suppressed"));
    return out;
}

QStringList AggregateTable::rowLabels(const Cell& cell, bool withCodes) const
{
    QStringList out;
    for (int i = 0; i < definition.dimensions.size(); ++i) {
        const QString code = cell.key.value(i);
        if (withCodes && hasCode(definition.dimensions[i]))
            out.append(code.isEmpty() ? tr("Total") : code);
        out.append(label(i, code));
    }
    return out;
}

#include "core/statistics/AggregateService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/statistics/AggregateQuery.h"
#include "core/statistics/CellSuppressor.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/Database.h"

namespace {
const QString thresholdKey = QStringLiteral("aggregate_threshold");
} // namespace

AggregateService::AggregateService(const Database& db, const Clock& clock,
                                   const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<int> AggregateService::organisationThreshold() const
{
    Result<QString> stored = AppStateRepository(m_db).value(thresholdKey);
    if (!stored)
        return stored.error();
    return std::max(stored->toInt(), int(AggregateDefinition::MinimumThreshold));
}

Status AggregateService::setOrganisationThreshold(int threshold) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::SetCountThreshold); !s)
        return s;
    if (threshold < AggregateDefinition::MinimumThreshold ||
        threshold > AggregateDefinition::MaximumThreshold)
        return Error(Error::Code::Invalid, tr("The smallest count shown must be between %1 and %2.")
                                               .arg(AggregateDefinition::MinimumThreshold)
                                               .arg(AggregateDefinition::MaximumThreshold));
    Result<int> before = organisationThreshold();
    if (!before)
        return before.error();
    if (Status s = AppStateRepository(m_db).setValue(thresholdKey, QString::number(threshold)); !s)
        return s;
    return AuditLog(m_db, m_clock)
        .recordAlone(m_session, {QStringLiteral("statistics.threshold"),
                                 QStringLiteral("settings"),
                                 {},
                                 {},
                                 {{QStringLiteral("threshold"), QString::number(*before),
                                   QString::number(threshold)}},
                                 {}});
}

void AggregateService::groupSmallValues(const AggregateDefinition& definition,
                                        QList<std::pair<QStringList, int>>& counts,
                                        QList<QSet<QString>>& distinct)
{
    // The categorical breakdown with the most values; ordered ones (time, age, sex, due) keep
    // their values, as "other months" would mean nothing.
    static const QList<Dimension> ordered{
        Dimension::Sex,     Dimension::AgeGroup, Dimension::AgeBand,    Dimension::Month,
        Dimension::Quarter, Dimension::Year,     Dimension::DeadlineDue};
    int widest = -1;
    for (int i = 0; i < definition.dimensions.size(); ++i) {
        if (!ordered.contains(definition.dimensions[i]) &&
            (widest < 0 || distinct[i].size() > distinct[widest].size()))
            widest = i;
    }
    if (widest < 0)
        return;
    QHash<QString, int> totals;
    for (const auto& [key, count] : counts)
        totals[key[widest]] += count;
    QSet<QString> small;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.value() < definition.threshold)
            small.insert(it.key());
    }
    // One small value alone gains nothing from a new name.
    if (small.size() < 2)
        return;
    const QString other = QLatin1String(AggregateTable::OtherCode);
    QHash<QStringList, int> merged;
    QList<QStringList> order;
    for (auto& [key, count] : counts) {
        if (small.contains(key[widest]))
            key[widest] = other;
        if (!merged.contains(key))
            order.append(key);
        merged[key] += count;
    }
    counts.clear();
    for (const QStringList& key : order)
        counts.append({key, merged.value(key)});
    distinct[widest].subtract(small);
    distinct[widest].insert(other);
}

QList<Dimension> AggregateService::dimensionsOf(Measure measure)
{
    return AggregateQuery::dimensionsOf(measure);
}

Result<AggregateTable> AggregateService::compute(const AggregateDefinition& asked,
                                                 SmallValues small) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewAggregates); !s)
        return s.error();
    Result<int> floor = organisationThreshold();
    if (!floor)
        return floor.error();
    AggregateDefinition definition = asked;
    definition.threshold = std::max(asked.threshold, *floor);
    // The most sensitive needs (violence, torture, legal protection) never go below the
    // first-level division: a site is a building where everybody knows everybody.
    if (definition.dimensions.contains(Dimension::SpecificNeedCategory) &&
        (definition.dimensions.contains(Dimension::Site) || !definition.siteCodes.isEmpty()))
        return Error(Error::Code::Invalid,
                     tr("Specific needs are never counted per site. Count them by department, "
                        "state or province, or by country."));
    Result<QList<std::pair<QStringList, int>>> counts = rawCounts(definition);
    if (!counts)
        return counts.error();
    Result<AggregateTable> protectedTable = protect(definition, *std::move(counts), small);
    if (!protectedTable)
        return protectedTable;
    AggregateTable table = *std::move(protectedTable);
    if (definition.dimensions.contains(Dimension::Site)) {
        Result<QSqlQuery> sites = m_db.exec(QStringLiteral("SELECT code, name FROM sites"));
        if (!sites)
            return sites.error();
        while (sites.value().next())
            table.siteNames.insert(sites.value().value(0).toString(),
                                   sites.value().value(1).toString());
    }
    return table;
}

Result<QList<std::pair<QStringList, int>>>
AggregateService::rawCounts(const AggregateDefinition& definition) const
{
    Result<AggregateQuery> query =
        AggregateQuery::build(definition, m_clock.today(), m_db.dialect());
    if (!query)
        return query.error();
    const int n = int(definition.dimensions.size());
    QList<std::pair<QStringList, int>> counts;
    Status s = m_db.forEachRow(query->sql, query->params, [&](const QSqlQuery& row) {
        QStringList key;
        for (int i = 0; i < n; ++i)
            key.append(row.value(i).toString());
        counts.append({key, row.value(n).toInt()});
    });
    if (!s)
        return s.error();
    return counts;
}

Result<AggregateTable> AggregateService::protect(const AggregateDefinition& definition,
                                                 QList<std::pair<QStringList, int>> counts,
                                                 SmallValues small)
{
    const int n = int(definition.dimensions.size());
    QList<QSet<QString>> distinct(n);
    for (const auto& [key, count] : counts) {
        for (int i = 0; i < n; ++i)
            distinct[i].insert(key.value(i));
    }
    if (small == SmallValues::GroupAsOther)
        groupSmallValues(definition, counts, distinct);
    qint64 combinations = 1;
    for (const QSet<QString>& d : distinct)
        combinations *= std::max<qsizetype>(d.size(), 1);
    int widest = -1;
    for (int i = 0; i < n; ++i) {
        if (widest < 0 || distinct[i].size() > distinct[widest].size())
            widest = i;
    }
    const auto suggestion = [&]() {
        return widest >= 0 ? tr("Leave out “%1” (%2 different values), or widen the period or "
                                "the sites.")
                                 .arg(dimensionCodes().label(definition.dimensions[widest]))
                                 .arg(distinct[widest].size())
                           : tr("Widen the period or the sites.");
    };
    if (combinations > MaximumCells)
        return Error(Error::Code::Invalid,
                     tr("This breakdown would have %L1 combinations: too fine to read or to "
                        "publish safely. %2")
                         .arg(combinations)
                         .arg(suggestion()));

    AggregateTable table = AggregateTable::fromCounts(definition, counts);
    CellSuppressor::apply(table);
    int nonZero = 0;
    int hidden = 0;
    for (const AggregateTable::Cell& c : table.cells) {
        if (c.isTotal() && n > 0)
            continue;
        nonZero += c.count > 0 ? 1 : 0;
        hidden += c.count > 0 && c.count < table.threshold ? 1 : 0;
    }
    if (nonZero > 0 && hidden * 2 > nonZero)
        return Error(Error::Code::Invalid,
                     tr("Too fine to publish: %1 of the %2 counts are below %3 and would be "
                        "hidden. %4")
                         .arg(hidden)
                         .arg(nonZero)
                         .arg(table.threshold)
                         .arg(suggestion()));

    return table;
}

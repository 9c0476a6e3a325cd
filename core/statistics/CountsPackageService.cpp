#include "core/statistics/CountsPackageService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/domain/AgeGroup.h"
#include "core/referrals/PartnerPackages.h"
#include "core/security/AccessPolicy.h"
#include "core/statistics/AggregateService.h"
#include "core/storage/PartnerRepository.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>

namespace {
using Counts = QList<std::pair<QStringList, int>>;

// A table's place among a report's: what it counts and by what.
QString tableKey(Measure measure, const QList<Dimension>& dimensions)
{
    QStringList parts{measureCodes().code(measure)};
    for (Dimension d : dimensions)
        parts.append(dimensionCodes().code(d));
    return parts.join(QLatin1Char('/'));
}

// The band (0-17, 18+) of an age group's code, as the statistics count them.
QString ageBandOf(const QString& ageGroup)
{
    const std::optional<AgeGroup> group = ageGroupCodes().fromCode(ageGroup);
    if (!group || *group == AgeGroup::Unknown)
        return QStringLiteral("unknown");
    return isAdult(*group) ? QStringLiteral("18+") : QStringLiteral("0-17");
}

QList<StatisticsReport::Section> advocacySections(const QString& from, const QString& to)
{
    return StatisticsReport::sectionsOf(StatisticsReport::Kind::Advocacy, from, to, {});
}
} // namespace

CountsPackageService::CountsPackageService(const Database& db, const Clock& clock,
                                           const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<QList<Partner>> CountsPackageService::coordinators() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::NetworkCounts); !s)
        return s.error();
    Result<QList<Partner>> partners = PartnerRepository(m_db, m_clock).list(false);
    if (!partners)
        return partners.error();
    QList<Partner> out;
    for (const Partner& p : *partners) {
        if (p.usesAmparo())
            out.append(p);
    }
    return out;
}

Result<Partner> CountsPackageService::coordinator(qint64 partnerId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::NetworkCounts); !s)
        return s.error();
    return PartnerRepository(m_db, m_clock).find(partnerId);
}

Result<QByteArray> CountsPackageService::seal(const QString& period, qint64 partnerId) const
{
    Result<Partner> partner = coordinator(partnerId);
    if (!partner)
        return partner.error();
    return sealFor(period, *partner);
}

Result<QByteArray> CountsPackageService::sealFor(const QString& period,
                                                 const Partner& partner) const
{
    const auto months = StatisticsReport::periodMonths(period);
    if (!months)
        return Error(Error::Code::Invalid,
                     tr("Write the period as a month (2026-03) or a quarter (2026-Q1)."));
    CountsPackage package;
    package.fromMonth = months->first;
    package.toMonth = months->second;
    // Counted as the report counts, without the protection: the coordinator protects the sum.
    const AggregateService counts(m_db, m_clock, m_session);
    for (const StatisticsReport::Section& s : advocacySections(months->first, months->second)) {
        Result<Counts> raw = counts.rawCounts(s.definition);
        if (!raw)
            return raw.error();
        CountsPackage::Table t{s.definition.measure, s.definition.dimensions, {}};
        for (const auto& [key, count] : *raw) {
            if (count > 0)
                t.counts.append({key, count});
        }
        package.tables.append(t);
    }
    return PartnerPackages::seal(m_db, partner, quint64(m_clock.now().toMSecsSinceEpoch()),
                                 package.toJson());
}

Status CountsPackageService::write(const QString& period, qint64 partnerId,
                                   const QString& path) const
{
    Result<Partner> partner = coordinator(partnerId);
    if (!partner)
        return partner.error();
    Result<QByteArray> sealed = sealFor(period, *partner);
    if (!sealed)
        return sealed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() || !file.commit())
        return Error(
            Error::Code::Io,
            tr("The counts package could not be written to %1: %2").arg(path, file.errorString()));
    // What left and for whom; a package whose sending cannot be recorded is removed.
    Status logged = AuditLog(m_db, m_clock)
                        .recordAlone(m_session, {QStringLiteral("statistics.counts_package"),
                                                 QStringLiteral("export"),
                                                 QStringLiteral("counts"),
                                                 period,
                                                 {},
                                                 partner->name});
    if (!logged)
        QFile::remove(path);
    return logged;
}

Result<CountsPackageService::Received> CountsPackageService::open(const QByteArray& package) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::NetworkCounts); !s)
        return s.error();
    Result<PartnerPackages::Opened> opened = PartnerPackages::open(m_db, m_clock, package);
    if (!opened)
        return opened.error();
    Result<CountsPackage> counts = CountsPackage::fromJson(opened->contents);
    if (!counts)
        return counts.error();
    return Received{opened->from, *counts};
}

Result<CountsPackageService::Received> CountsPackageService::openFile(const QString& path) const
{
    Result<QByteArray> bytes = PartnerPackages::readFile(path, MaxPackageSize);
    if (!bytes)
        return bytes.error();
    return open(*bytes);
}

Result<StatisticsReport> CountsPackageService::consolidate(const QList<Received>& packages) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::NetworkCounts); !s)
        return s.error();
    if (packages.isEmpty())
        return Error(Error::Code::Invalid, tr("Open the organisations' counts packages first."));
    const QString from = packages.constFirst().counts.fromMonth;
    const QString to = packages.constFirst().counts.toMonth;
    const QList<StatisticsReport::Section> sections = advocacySections(from, to);
    QSet<QString> expected;
    for (const StatisticsReport::Section& s : sections)
        expected.insert(tableKey(s.definition.measure, s.definition.dimensions));
    QSet<qint64> senders;
    QHash<QString, QHash<QStringList, int>> sums;
    for (const Received& r : packages) {
        if (r.counts.fromMonth != from || r.counts.toMonth != to)
            return Error(Error::Code::Invalid,
                         tr("%1 sent the counts of %2 to %3, the others of %4 to %5: add up one "
                            "period at a time.")
                             .arg(r.from.name, r.counts.fromMonth, r.counts.toMonth, from, to));
        if (senders.contains(r.from.id))
            return Error(
                Error::Code::Invalid,
                tr("There are two packages from %1: keep only the newer.").arg(r.from.name));
        senders.insert(r.from.id);
        QSet<QString> tables;
        for (const CountsPackage::Table& t : r.counts.tables)
            tables.insert(tableKey(t.measure, t.dimensions));
        if (tables != expected || r.counts.tables.size() != sections.size())
            return Error(Error::Code::Invalid,
                         tr("The package from %1 does not answer this version's report: ask "
                            "them to send it again from an up-to-date Amparo.")
                             .arg(r.from.name));
        for (const CountsPackage::Table& t : r.counts.tables) {
            QHash<QStringList, int>& sum = sums[tableKey(t.measure, t.dimensions)];
            for (const auto& [key, count] : t.counts)
                sum[key] += count;
        }
    }
    Result<int> threshold = AggregateService(m_db, m_clock, m_session).organisationThreshold();
    if (!threshold)
        return threshold.error();
    const auto compute = [&](const AggregateDefinition& asked,
                             AggregateService::SmallValues small) -> Result<AggregateTable> {
        // Children and adults, the report's coarser way to show ages, from the age groups.
        const qsizetype band = asked.dimensions.indexOf(Dimension::AgeBand);
        QList<Dimension> held = asked.dimensions;
        if (band >= 0)
            held[band] = Dimension::AgeGroup;
        const auto it = sums.constFind(tableKey(asked.measure, held));
        if (it == sums.constEnd())
            return Error(Error::Code::Invalid,
                         tr("The organisations' packages do not hold this breakdown."));
        QHash<QStringList, int> merged;
        for (auto c = it->cbegin(); c != it->cend(); ++c) {
            QStringList key = c.key();
            if (band >= 0)
                key[band] = ageBandOf(key[band]);
            merged[key] += c.value();
        }
        Counts counts;
        for (auto c = merged.cbegin(); c != merged.cend(); ++c)
            counts.append({c.key(), c.value()});
        AggregateDefinition definition = asked;
        definition.threshold = std::max(asked.threshold, *threshold);
        return AggregateService::protect(definition, counts, small);
    };
    return StatisticsReport::build(compute, from, to, {}, StatisticsReport::Kind::Advocacy);
}

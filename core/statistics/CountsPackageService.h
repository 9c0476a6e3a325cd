#pragma once

#include "core/common/Result.h"
#include "core/domain/Partner.h"
#include "core/security/UserSession.h"
#include "core/statistics/CountsPackage.h"
#include "core/statistics/StatisticsReport.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// The regional picture across organisations (issue 26). Each organisation sends its
// network's coordinator — a partner in its directory that uses Amparo — the counts of the
// human rights documentation report for a month or quarter, before any protection, sealed
// for the coordinator and signed by the organisation. The coordinator opens only packages
// from organisations in its own directory, adds their counts up cell by cell and only then
// protects the total, so a count small at one organisation is hidden or not by the total,
// and no organisation's own small numbers can be read from what is published.
class CountsPackageService
{
    Q_DECLARE_TR_FUNCTIONS(CountsPackageService)

public:
    static constexpr qint64 MaxPackageSize = 16 * 1024 * 1024;

    struct Received
    {
        Partner from;
        CountsPackage counts;
    };

    CountsPackageService(const Database& db, const Clock& clock, const UserSession& session);

    // The partners a package can be sealed for: those that use Amparo.
    Result<QList<Partner>> coordinators() const;
    // This organisation's counts for a month ("2026-03") or quarter ("2026-Q1"), sealed for
    // the partner; written to `path` whole or not at all, and audited.
    Status write(const QString& period, qint64 partnerId, const QString& path) const;
    Result<QByteArray> seal(const QString& period, qint64 partnerId) const;
    // A package sealed for this database by an organisation in its directory.
    Result<Received> open(const QByteArray& package) const;
    Result<Received> openFile(const QString& path) const;
    // The regional report: the packages' counts added up, then protected with this
    // organisation's smallest count. All must answer the same report for the same period,
    // one per organisation.
    Result<StatisticsReport> consolidate(const QList<Received>& packages) const;

private:
    // The partner a package is for, to whom may send one.
    Result<Partner> coordinator(qint64 partnerId) const;
    Result<QByteArray> sealFor(const QString& period, const Partner& partner) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

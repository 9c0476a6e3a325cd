#pragma once

#include "core/common/Result.h"
#include "core/statistics/AggregateDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <utility>

// What an organisation sends its network's coordinator (issue 26): for one period, the
// counts of each table of a standard report before any protection — one number per
// combination of codes, never a record — so that the coordinator adds several
// organisations' counts up and protects the total. It says which report it answers, so the
// coordinator can ask for nothing finer. JSON inside a sealed partner package:
//
//   {"format": 1, "kind": "amparo-counts", "report": "advocacy",
//    "from": "2026-01", "to": "2026-03",
//    "tables": [{"measure": "incidents", "dimensions": ["incident_type", "quarter"],
//                "counts": [[["extortion", "2026-Q1"], 12], …]}, …]}
struct CountsPackage
{
    Q_DECLARE_TR_FUNCTIONS(CountsPackage)

public:
    static constexpr int Format = 1;
    static constexpr int MaxTables = 64;
    static constexpr int MaxCountsPerTable = 20000;
    static constexpr int MaxCount = 10000000;
    static constexpr int MaxCodeLength = 64;

    struct Table
    {
        Measure measure = Measure::Incidents;
        QList<Dimension> dimensions;
        QList<std::pair<QStringList, int>> counts; // each key once, every count above zero

        bool operator==(const Table&) const = default;
    };

    QString report = QStringLiteral("advocacy");
    QString fromMonth;
    QString toMonth;
    QList<Table> tables;

    QByteArray toJson() const;
    // Checks everything: a value that is not a code, a count out of range, a key twice, a
    // table of an unknown measure — the whole package is refused with what is wrong.
    static Result<CountsPackage> fromJson(const QByteArray& json);
    bool operator==(const CountsPackage&) const = default;
};

#pragma once

#include "core/statistics/AggregateDefinition.h"

#include <QHash>
#include <QList>
#include <QStringList>

// Counts broken down by the definition's dimensions, with every total a reader will see.
// A cell's key holds one category code per dimension; an empty code stands for "all" (the
// cell is then a total). Counts are exact until CellSuppressor hides the small ones.
struct AggregateTable
{
    Q_DECLARE_TR_FUNCTIONS(AggregateTable)

public:
    // The category of values too few to count apart ("Other").
    static constexpr const char* OtherCode = "_other";

    struct Cell
    {
        QStringList key;
        int count = 0;
        bool suppressed = false;
        bool isTotal() const { return key.contains(QString()); }
    };

    AggregateDefinition definition;
    int threshold = AggregateDefinition::MinimumThreshold;
    // The categories of each dimension, in the order they are shown.
    QList<QStringList> values;
    // Every combination of categories (zeros included), then the one-way totals (one category
    // given, all of the others), then the grand total (last).
    QList<Cell> cells;
    int primarySuppressed = 0;
    int complementarySuppressed = 0;
    // Site codes to names, for labels.
    QHash<QString, QString> siteNames;

    // Builds the full table from GROUP BY rows (codes..., count).
    static AggregateTable fromCounts(const AggregateDefinition& definition,
                                     const QList<std::pair<QStringList, int>>& counts);
    const Cell& grandTotal() const { return cells.constLast(); }
    // What a reader sees for a category: "Female", "18–59", "Colombia", "2026-03".
    QString label(int dimension, const QString& code) const;
    // The count as shown: the number, or empty where it is hidden.
    static QString shown(const Cell& cell);
    // Columns as exported: one per dimension (with codes, a code column before the name of
    // places and nationalities), then the count.
    QStringList headers(bool withCodes) const;
    // The HXL hashtag of each header, in the same order.
    QStringList hxlTags() const;
    QStringList rowLabels(const Cell& cell, bool withCodes) const;
    // One sentence on the protection applied, for every output format.
    QString protectionStatement() const;
};

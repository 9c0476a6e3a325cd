#pragma once

struct AggregateTable;

// Small-cell protection. Primary: every count from 1 to threshold − 1 is hidden, totals
// included. Complementary: wherever a shown total adds up hidden counts, at least two of them
// are hidden and together they reach the threshold — otherwise a reader could subtract the
// shown counts from the total and find a hidden one — so the smallest counts still shown in
// that total are hidden as well, or the total itself when nothing else can be. Repeated until
// nothing changes: one hiding can expose another total.
class CellSuppressor
{
public:
    static void apply(AggregateTable& table);
};

#include "core/statistics/CellSuppressor.h"

#include "core/statistics/AggregateTable.h"

namespace {
struct Group
{
    int total;
    QList<int> members;
};

// Which cells add up to which shown total: each one-way total is the sum of the combinations
// with its category; the grand total the sum of each dimension's one-way totals (or, with
// one dimension, of the cells).
QList<Group> groupsOf(const AggregateTable& t)
{
    QList<Group> groups;
    const int n = int(t.definition.dimensions.size());
    const int grand = int(t.cells.size()) - 1;
    if (n == 0)
        return groups;
    QList<int> interior;
    for (int i = 0; i < grand; ++i) {
        if (!t.cells[i].isTotal())
            interior.append(i);
    }
    if (n == 1) {
        groups.append({grand, interior});
        return groups;
    }
    for (int i = 0; i < grand; ++i) {
        const AggregateTable::Cell& margin = t.cells[i];
        if (!margin.isTotal())
            continue;
        int dim = 0;
        while (margin.key[dim].isEmpty())
            ++dim;
        Group g{i, {}};
        for (int c : interior) {
            if (t.cells[c].key[dim] == margin.key[dim])
                g.members.append(c);
        }
        groups.append(g);
    }
    for (int d = 0; d < n; ++d) {
        Group g{grand, {}};
        for (int i = 0; i < grand; ++i) {
            const AggregateTable::Cell& c = t.cells[i];
            if (c.isTotal() && !c.key[d].isEmpty())
                g.members.append(i);
        }
        groups.append(g);
    }
    return groups;
}
} // namespace

void CellSuppressor::apply(AggregateTable& t)
{
    t.primarySuppressed = 0;
    t.complementarySuppressed = 0;
    for (AggregateTable::Cell& c : t.cells) {
        c.suppressed = c.count > 0 && c.count < t.threshold;
        t.primarySuppressed += c.suppressed ? 1 : 0;
    }
    const QList<Group> groups = groupsOf(t);
    bool changed = true;
    while (changed) {
        changed = false;
        for (const Group& g : groups) {
            if (t.cells[g.total].suppressed)
                continue;
            int hidden = 0;
            int hiddenSum = 0;
            int smallest = -1;
            for (int m : g.members) {
                const AggregateTable::Cell& c = t.cells[m];
                if (c.suppressed) {
                    ++hidden;
                    hiddenSum += c.count;
                } else if (c.count > 0 && (smallest < 0 || c.count < t.cells[smallest].count)) {
                    smallest = m;
                }
            }
            // Safe: nothing hidden, or two or more hidden counts that a reader can only know
            // together, and whose sum does not pin each down.
            if (hidden == 0 || (hidden >= 2 && hiddenSum >= t.threshold))
                continue;
            const int next = smallest >= 0 ? smallest : g.total;
            t.cells[next].suppressed = true;
            ++t.complementarySuppressed;
            changed = true;
        }
    }
}

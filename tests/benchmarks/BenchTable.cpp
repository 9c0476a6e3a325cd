#include "tests/benchmarks/BenchTable.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype index = std::clamp<qsizetype>(
        qsizetype(std::ceil(p * double(samples.size()))) - 1, 0, samples.size() - 1);
    return samples[index];
}

QString milliseconds(double ms)
{
    if (ms >= 10000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    if (ms >= 100)
        return QStringLiteral("%1 ms").arg(qRound(ms));
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

QString shown(const BenchTable::Row& row, double value)
{
    return row.megabytes ? QStringLiteral("%1 MB").arg(value, 0, 'f', 0) : milliseconds(value);
}
} // namespace

double BenchTable::Row::median() const
{
    return percentile(samplesMs, 0.5);
}

double BenchTable::Row::p95() const
{
    return percentile(samplesMs, 0.95);
}

double BenchTable::Entry::median() const
{
    return percentile(medians, 0.5);
}

double BenchTable::Entry::p95() const
{
    return percentile(p95s, 0.5);
}

double BenchTable::Entry::floor() const
{
    QList<double> measured;
    std::copy_if(floors.begin(), floors.end(), std::back_inserter(measured),
                 [](double f) { return f > 0; });
    return percentile(measured, 0.5);
}

void BenchTable::add(Row row)
{
    row.measurement.prepend(m_prefix);
    qsizetype at = indexOf(row.measurement, row.persons);
    if (at < 0) {
        m_entries.append(Entry{row, {}, {}, {}});
        at = m_entries.size() - 1;
    }
    Entry* entry = &m_entries[at];
    entry->row.targetMs = row.targetMs;
    entry->row.targetText = row.targetText;
    entry->medians.append(row.median());
    entry->p95s.append(row.p95());
    entry->floors.append(row.floorMs);
}

qsizetype BenchTable::indexOf(const QString& measurement, int persons) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].row.measurement == measurement && m_entries[i].row.persons == persons)
            return i;
    }
    return -1;
}

double BenchTable::medianOf(const QString& measurement, int persons) const
{
    const qsizetype at = indexOf(measurement, persons);
    return at < 0 ? 0 : m_entries[at].median();
}

QString BenchTable::ratio(const Entry& entry) const
{
    // "Encrypted: X" or "PostgreSQL: X" against X on the same size, median to median.
    const qsizetype colon = entry.row.measurement.indexOf(QStringLiteral(": "));
    if (colon < 0)
        return QStringLiteral("—");
    const double plain = medianOf(entry.row.measurement.mid(colon + 2), entry.row.persons);
    return plain > 0 ? QStringLiteral("%1×").arg(entry.median() / plain, 0, 'f', 2)
                     : QStringLiteral("—");
}

QString BenchTable::markdown() const
{
    QStringList lines{
        QStringLiteral("| Measurement | Persons | Samples | Median | p95 | Spread of p95 | "
                       "Floor | p95 ÷ floor | Target | Met | Ratio |"),
        QStringLiteral("|---|---:|---:|---:|---:|---:|---|---:|---|---|---:|")};
    const QLocale english(QLocale::English);
    for (const Entry& e : m_entries) {
        const Row& r = e.row;
        const qsizetype runs = e.p95s.size();
        const QString samples =
            runs > 1 ? QStringLiteral("%1 × %2 runs").arg(r.samplesMs.size()).arg(runs)
                     : QString::number(r.samplesMs.size());
        const QString spread = runs > 1
                                   ? shown(r, *std::min_element(e.p95s.begin(), e.p95s.end())) +
                                         QStringLiteral("–") +
                                         shown(r, *std::max_element(e.p95s.begin(), e.p95s.end()))
                                   : QStringLiteral("—");
        const double floor = e.floor();
        lines.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |")
                         .arg(r.measurement, english.toString(r.persons), samples,
                              shown(r, e.median()), shown(r, e.p95()), spread,
                              floor > 0 ? shown(r, floor) + QStringLiteral(" (") + r.floorText +
                                              QLatin1Char(')')
                                        : QStringLiteral("—"),
                              floor > 0 ? QStringLiteral("%1×").arg(e.p95() / floor, 0, 'f', 2)
                                        : QStringLiteral("—"),
                              r.targetText.isEmpty() ? QStringLiteral("—") : r.targetText)
                         .arg(r.targetMs <= 0 ? QStringLiteral("—")
                              : e.met()       ? QStringLiteral("yes")
                                              : QStringLiteral("**no**"),
                              ratio(e)));
    }
    return lines.join(QLatin1Char('\n'));
}

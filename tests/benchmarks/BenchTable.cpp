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

QString BenchTable::ratio(const Row& row) const
{
    // "Encrypted: X" or "PostgreSQL: X" against X on the same size, median to median.
    const qsizetype colon = row.measurement.indexOf(QStringLiteral(": "));
    if (colon < 0)
        return QStringLiteral("—");
    const double plain = medianOf(row.measurement.mid(colon + 2), row.persons);
    return plain > 0 ? QStringLiteral("%1×").arg(row.median() / plain, 0, 'f', 2)
                     : QStringLiteral("—");
}

QString BenchTable::markdown() const
{
    QStringList lines{
        QStringLiteral("| Measurement | Persons | Runs | Median | p95 | Target | Met | Ratio |"),
        QStringLiteral("|---|---:|---:|---:|---:|---|---|---:|")};
    const QLocale english(QLocale::English);
    for (const Row& r : m_rows) {
        lines.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                         .arg(r.measurement, english.toString(r.persons))
                         .arg(r.samplesMs.size())
                         .arg(shown(r, r.median()), shown(r, r.p95()),
                              r.targetText.isEmpty() ? QStringLiteral("—") : r.targetText,
                              r.targetMs <= 0 ? QStringLiteral("—")
                              : r.met()       ? QStringLiteral("yes")
                                              : QStringLiteral("**no**"),
                              ratio(r)));
    }
    return lines.join(QLatin1Char('\n'));
}

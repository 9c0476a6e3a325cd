#pragma once

#include <QList>
#include <QString>

// The benchmark's results: per measurement and size, the median and 95th percentile of
// repeated runs against the target, printed as one table.
class BenchTable
{
public:
    struct Row
    {
        QString measurement;
        int persons = 0;
        QList<double> samplesMs;
        double targetMs = 0; // 0: no target, reported only
        QString targetText;
        bool megabytes = false; // samples are memory in MB, not times

        double median() const;
        double p95() const;
        bool met() const { return targetMs <= 0 || p95() <= targetMs; }
    };

    void add(Row row) { m_rows.append(std::move(row)); }
    int size() const { return int(m_rows.size()); }
    // The median of a row already measured, or 0.
    double medianOf(const QString& measurement, int persons) const
    {
        for (const Row& r : m_rows) {
            if (r.measurement == measurement && r.persons == persons)
                return r.median();
        }
        return 0;
    }
    // Names the rows from `first` on as measured elsewhere ("PostgreSQL: …").
    void prefixFrom(int first, const QString& prefix)
    {
        for (int i = first; i < m_rows.size(); ++i)
            m_rows[i].measurement.prepend(prefix);
    }
    // Markdown, so that the same text goes into docs/performance.md. A row measured elsewhere
    // ("Encrypted: …", "PostgreSQL: …") shows its median's ratio to the same row's here.
    QString markdown() const;

private:
    QString ratio(const Row& row) const;

    QList<Row> m_rows;
};

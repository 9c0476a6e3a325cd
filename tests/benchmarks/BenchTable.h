#pragma once

#include <QList>
#include <QString>

// The benchmark's results: per measurement and size, the median and 95th percentile of
// repeated samples against the target and beside the floor, printed as one table. The same
// measurement added again (the benchmark run several times) is another run of it: the table
// then gives the median of the runs' figures and their spread.
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
        // What the same work costs done the plainest way on this machine (the bare index
        // look-up, the engine's own shell), in the same unit as p95; 0: none.
        double floorMs = 0;
        QString floorText = QString();

        double median() const;
        double p95() const;
    };

    // Rows added from now on are named as measured elsewhere ("Encrypted: …", "PostgreSQL:
    // …"); an empty prefix ends it.
    void setPrefix(const QString& prefix) { m_prefix = prefix; }
    void add(Row row);
    // The median of a row already measured (over its runs), or 0.
    double medianOf(const QString& measurement, int persons) const;
    // Markdown, so that the same text goes into docs/performance.md. A row measured elsewhere
    // shows its median's ratio to the same row's here.
    QString markdown() const;

private:
    struct Entry
    {
        Row row; // the first run's, with the latest target
        QList<double> medians;
        QList<double> p95s;
        QList<double> floors;

        double median() const;
        double p95() const;
        double floor() const;
        bool met() const { return row.targetMs <= 0 || p95() <= row.targetMs; }
    };

    qsizetype indexOf(const QString& measurement, int persons) const; // -1: not measured yet
    QString ratio(const Entry& entry) const;

    QList<Entry> m_entries;
    QString m_prefix;
};

#include "ui/render/AggregateChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {
// The count of the cell with this key, or nullopt when it is hidden.
std::optional<int> countOf(const AggregateTable& t, const QStringList& key)
{
    for (const AggregateTable::Cell& c : t.cells) {
        if (c.key == key)
            return c.suppressed ? std::nullopt : std::optional<int>(c.count);
    }
    return 0;
}
} // namespace

int AggregateChart::wholeStep(int largest)
{
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        for (const int s : {1, 2, 5}) {
            step = s * scale;
            if (largest <= 5 * step)
                return step;
        }
    }
}

QChart* AggregateChart::create(const StatisticsReport::Section& section)
{
    if (!section.table)
        return nullptr;
    const AggregateTable& t = *section.table;
    auto* chart = new QChart;
    chart->setTitle(section.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const bool horizontal = section.chart != StatisticsReport::Chart::Columns;

    QAbstractBarSeries* series = horizontal
                                     ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QBarSeries);
    QStringList categories;
    int largest = 0;
    if (t.definition.dimensions.size() == 2 && section.chart == StatisticsReport::Chart::Pyramid) {
        // Sex by age: one bar per sex in each age group.
        const QStringList& ages = t.values.value(1);
        for (const QString& sex : t.values.value(0)) {
            auto* set = new QBarSet(t.label(0, sex));
            for (const QString& age : ages) {
                const std::optional<int> n = countOf(t, {sex, age});
                set->append(n.value_or(0));
                largest = std::max(largest, n.value_or(0));
            }
            series->append(set);
        }
        for (const QString& age : ages) {
            bool hidden = false;
            for (const QString& sex : t.values.value(0))
                hidden = hidden || !countOf(t, {sex, age});
            categories.append(t.label(1, age) + (hidden ? QStringLiteral(" —") : QString()));
        }
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
    } else if (t.definition.dimensions.size() == 1) {
        auto* set = new QBarSet(measureCodes().label(t.definition.measure));
        for (const QString& v : t.values.value(0)) {
            const std::optional<int> n = countOf(t, {v});
            set->append(n.value_or(0));
            largest = std::max(largest, n.value_or(0));
            categories.append(t.label(0, v) + (n ? QString() : QStringLiteral(" —")));
        }
        series->append(set);
    }
    if (largest == 0) {
        // Every count is zero or hidden: an empty chart would only repeat the table's dashes.
        delete series;
        delete chart;
        return nullptr;
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    // Whole numbers only, each once: a step of 1, 2, 5, 10, 20, 50… with at most five steps.
    const int step = wholeStep(largest);
    valueAxis->setRange(0, ((largest + step - 1) / step) * step);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    // Many months side by side only fit standing up.
    if (!horizontal && categories.size() > 8) {
        categoryAxis->setLabelsAngle(-90);
        QFont small = categoryAxis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        categoryAxis->setLabelsFont(small);
        categoryAxis->setTruncateLabels(false);
        series->setLabelsVisible(categories.size() <= 16);
    }
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    return chart;
}

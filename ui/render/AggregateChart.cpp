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
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(largest, 1) * 1.1);
    valueAxis->applyNiceNumbers();
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

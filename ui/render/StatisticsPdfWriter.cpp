#include "ui/render/StatisticsPdfWriter.h"

#include "ui/render/AggregateChart.h"
#include "ui/render/PdfDocumentWriter.h"

#include <QChart>
#include <QDate>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace {
// Lays out text, charts and tables down A4 pages, starting a new page when one is full.
class PageFlow
{
public:
    PageFlow(QPdfWriter& writer, QPainter& painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_width(painter.viewport().width())
        , m_height(painter.viewport().height())
    {
    }

    int width() const { return m_width; }
    // Millimetres to device pixels.
    int mm(double v) const { return int(v * m_writer.resolution() / 25.4); }

    void ensure(int height)
    {
        if (m_y + height > m_height && m_y > 0) {
            m_writer.newPage();
            m_y = 0;
        }
    }

    void text(const QString& s, double points, bool bold = false, const QColor& color = Qt::black)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        m_painter.setFont(f);
        m_painter.setPen(color);
        const QRect bounds =
            m_painter.boundingRect(QRect(0, 0, m_width, m_height), Qt::TextWordWrap, s);
        ensure(bounds.height());
        m_painter.drawText(QRect(0, m_y, m_width, bounds.height()), Qt::TextWordWrap, s);
        m_y += bounds.height() + mm(1.5);
    }

    void chart(QChart* chart, double heightMm)
    {
        const int h = mm(heightMm);
        ensure(h);
        // Laid out at a screen-like size, then drawn scaled: fonts keep their proportions.
        const QSizeF logical(900, 900.0 * h / m_width);
        chart->resize(logical);
        QGraphicsScene scene;
        scene.addItem(chart);
        scene.setSceneRect(QRectF(QPointF(0, 0), logical));
        scene.render(&m_painter, QRectF(0, m_y, m_width, h), scene.sceneRect());
        scene.removeItem(chart);
        m_y += h + mm(2);
    }

    void table(const QList<QStringList>& rows, const QList<bool>& bold)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(8.5);
        const int rowHeight = mm(5);
        const int columns = rows.isEmpty() ? 1 : int(rows[0].size());
        const int first = m_width * 2 / 5;
        const int other = columns > 1 ? (m_width - first) / (columns - 1) : 0;
        for (int r = 0; r < rows.size(); ++r) {
            ensure(rowHeight);
            f.setBold(bold.value(r));
            m_painter.setFont(f);
            m_painter.setPen(Qt::black);
            for (int c = 0; c < rows[r].size(); ++c) {
                const QRect cell = c == 0 ? QRect(0, m_y, first, rowHeight)
                                          : QRect(first + (c - 1) * other, m_y, other, rowHeight);
                m_painter.drawText(cell.adjusted(mm(1), 0, -mm(1), 0),
                                   Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignRight),
                                   rows[r][c]);
            }
            m_painter.setPen(QPen(QColor(200, 200, 200), 1));
            m_painter.drawLine(0, m_y + rowHeight, m_width, m_y + rowHeight);
            m_y += rowHeight;
        }
        m_y += mm(4);
    }

    void space(double v) { m_y += mm(v); }

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    int m_width;
    int m_height;
    int m_y = 0;
};

QString shown(const AggregateTable& t, const QStringList& key)
{
    for (const AggregateTable::Cell& c : t.cells) {
        if (c.key == key)
            return c.suppressed ? QStringLiteral("—") : QLocale().toString(c.count);
    }
    return QLocale().toString(0);
}

// One dimension: a row per category and the total. Two: categories of the second down, of the
// first across, with totals both ways. More: a line per combination.
QList<QStringList> rowsOf(const AggregateTable& t, QList<bool>& bold)
{
    QList<QStringList> rows;
    const int n = int(t.definition.dimensions.size());
    if (n == 1) {
        for (const QString& v : t.values[0]) {
            rows.append({t.label(0, v), shown(t, {v})});
            bold.append(false);
        }
        rows.append({t.label(0, {}), shown(t, {QString()})});
        bold.append(true);
    } else if (n == 2) {
        QStringList header{
            dimensionCodes().label(t.definition.dimensions[1]).section(QStringLiteral(" ("), 0, 0)};
        for (const QString& a : t.values[0])
            header.append(t.label(0, a));
        header.append(t.label(0, {}));
        rows.append(header);
        bold.append(true);
        QStringList across = t.values[0];
        across.append(QString());
        QStringList down = t.values[1];
        down.append(QString());
        for (const QString& b : down) {
            QStringList row{t.label(1, b)};
            for (const QString& a : across)
                row.append(shown(t, {a, b}));
            rows.append(row);
            bold.append(b.isEmpty());
        }
    } else {
        // Three or four breakdowns: one line per combination that has records (zeros left
        // out, or the table would be mostly zeros), then the total.
        QStringList header;
        for (Dimension d : t.definition.dimensions)
            header.append(dimensionCodes().label(d).section(QStringLiteral(" ("), 0, 0));
        header.append(StatisticsPdfWriter::tr("Number"));
        rows.append(header);
        bold.append(true);
        for (const AggregateTable::Cell& c : t.cells) {
            if (c.isTotal() || (!c.suppressed && c.count == 0))
                continue;
            QStringList row;
            for (int i = 0; i < n; ++i)
                row.append(t.label(i, c.key[i]));
            row.append(shown(t, c.key));
            rows.append(row);
            bold.append(false);
        }
        QStringList total(n + 1);
        total[0] = t.label(0, {});
        total[n] = shown(t, QStringList(n));
        rows.append(total);
        bold.append(true);
    }
    return rows;
}
} // namespace

Status StatisticsPdfWriter::writeTable(const AggregateTable& table, const QString& path) const
{
    const AggregateDefinition& definition = table.definition;
    StatisticsReport single;
    single.fromMonth = definition.fromMonth;
    single.toMonth = definition.toMonth;
    single.siteCodes = definition.siteCodes;
    StatisticsReport::Section section;
    section.title = definition.title.isEmpty() ? definition.describe() : definition.title;
    section.definition = definition;
    section.chart = definition.dimensions.size() == 2 ? StatisticsReport::Chart::Pyramid
                                                      : StatisticsReport::Chart::Bars;
    section.table = table;
    single.sections.append(section);
    return writeReport(single, section.title, path);
}

Status StatisticsPdfWriter::writeReport(const StatisticsReport& report, const QString& title,
                                        const QString& path) const
{
    return PdfDocumentWriter::draw(path, title, QMarginsF(18, 16, 18, 16), [&](QPdfWriter& writer) {
        QPainter painter(&writer);
        PageFlow flow(writer, painter);
        flow.text(title, 17, true);
        QStringList about{tr("Period: %1").arg(report.periodText()),
                          tr("Sites: %1")
                              .arg(report.siteCodes.isEmpty()
                                       ? tr("all")
                                       : report.siteCodes.join(QStringLiteral(", "))),
                          tr("Made on %1 with Amparo")
                              .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))};
        flow.text(about.join(QStringLiteral(" · ")), 9, false, QColor(80, 80, 80));
        int threshold = AggregateDefinition::MinimumThreshold;
        QString statement;
        for (const StatisticsReport::Section& s : report.sections) {
            if (s.table) {
                threshold = s.table->threshold;
                statement = s.table->protectionStatement();
            }
        }
        flow.text(tr("Counts below %1 are hidden and shown as “—” so that nobody can be singled "
                     "out.")
                      .arg(threshold),
                  9, false, QColor(80, 80, 80));
        flow.space(3);
        for (const StatisticsReport::Section& s : report.sections) {
            if (!s.table || s.table->grandTotal().count == 0) {
                flow.text(s.title, 12, true);
                flow.text(s.table ? tr("Nothing recorded in this period.") : s.refusal, 9, false,
                          QColor(120, 60, 0));
                flow.space(2);
                continue;
            }
            if (s.chart == StatisticsReport::Chart::TableOnly) {
                flow.text(s.title, 12, true);
            } else if (std::unique_ptr<QChart> chart(AggregateChart::create(s)); chart) {
                flow.chart(chart.get(), s.chart == StatisticsReport::Chart::Columns ? 62 : 72);
            } else {
                flow.text(s.title, 12, true);
                flow.text(s.nothingToDraw(), 9, false, QColor(120, 60, 0));
            }
            if (!s.coarser.isEmpty())
                flow.text(s.coarser, 8.5, false, QColor(80, 80, 80));
            QList<bool> bold;
            const QList<QStringList> rows = rowsOf(*s.table, bold);
            flow.table(rows, bold);
        }
        flow.text(tr("How the people counted are protected"), 12, true);
        flow.text(statement.isEmpty() ? tr("Nothing could be shown safely.") : statement, 9);
        return painter.end();
    });
}

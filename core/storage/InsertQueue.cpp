#include "core/storage/InsertQueue.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
// One row of plain values: placeholders and bare literals, nothing that calls or quotes.
const QRegularExpression& singleRow()
{
    static const QRegularExpression shape(
        QStringLiteral("^\\s*INSERT\\s+INTO\\s+([a-z_][a-z0-9_]*)\\s*\\(([a-z0-9_,\\s]+)\\)\\s*"
                       "VALUES\\s*\\(([^()';]*)\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return shape;
}
} // namespace

InsertQueue::InsertQueue(TableGraph graph)
    : m_graph(std::move(graph))
{
}

std::optional<QString> InsertQueue::tableOf(const QString& sql)
{
    const QRegularExpressionMatch m = singleRow().match(sql);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLower();
}

QString InsertQueue::withId(const QString& sql)
{
    const QRegularExpressionMatch m = singleRow().match(sql);
    return QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)")
        .arg(m.captured(1), m.captured(2).trimmed(), m.captured(3).trimmed());
}

QString InsertQueue::forRows(const QString& sql, int rows)
{
    const QRegularExpressionMatch m = singleRow().match(sql);
    const QString row = QLatin1Char('(') + m.captured(3).trimmed() + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m.captured(1), m.captured(2).trimmed(),
             QStringList(rows, row).join(QStringLiteral(", ")));
}

int InsertQueue::rowsPerStatement(const QString& sql)
{
    const QRegularExpressionMatch m = singleRow().match(sql);
    const int width = std::max<int>(1, int(m.captured(3).count(QLatin1Char('?'))));
    return std::max(1, ValuesPerStatement / width);
}

std::optional<InsertQueue::Holdable> InsertQueue::holdable(const QString& sql) const
{
    auto known = m_holdable.constFind(sql);
    if (known == m_holdable.cend()) {
        const std::optional<QString> table = tableOf(sql);
        std::optional<Holdable> shape;
        if (table && m_graph.inOrder().contains(*table))
            shape = Holdable{*table, withId(sql)};
        known = m_holdable.insert(sql, shape);
    }
    return *known;
}

void InsertQueue::add(const QString& sql, const QVariantList& params, const QString& action)
{
    auto found = m_bySql.constFind(sql);
    if (found == m_bySql.cend()) {
        const QString table = holdable(sql)->table;
        found = m_bySql.insert(sql, m_waiting.size());
        m_waiting.append({sql, table, {}, 0, action});
        m_touching.unite(m_graph.lineage(table));
        m_goesBefore.clear();
    }
    Waiting& w = m_waiting[*found];
    w.params.append(params);
    ++w.rows;
    ++m_rows;
}

bool InsertQueue::mustGoBefore(const QString& sql) const
{
    if (m_rows == 0)
        return false;
    // Asked before every statement while rows wait: learnt once per statement text for the
    // tables waiting now.
    auto known = m_goesBefore.constFind(sql);
    if (known != m_goesBefore.cend())
        return *known;
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    bool touches = false;
    for (auto it = word.globalMatch(sql); it.hasNext() && !touches;) {
        const QString name = it.next().captured(0).toLower();
        touches = m_touching.contains(name) || m_graph.views().contains(name);
    }
    m_goesBefore.insert(sql, touches);
    return touches;
}

QList<InsertQueue::Statement> InsertQueue::take()
{
    // Each table after those it refers to: a row never waits for the row its key names.
    const QStringList& order = m_graph.inOrder();
    std::stable_sort(m_waiting.begin(), m_waiting.end(), [&](const Waiting& a, const Waiting& b) {
        return order.indexOf(a.table) < order.indexOf(b.table);
    });
    QList<Statement> statements;
    for (const Waiting& w : std::as_const(m_waiting)) {
        const qsizetype width = w.params.size() / w.rows;
        const int perStatement = rowsPerStatement(w.sql);
        for (int first = 0; first < w.rows; first += perStatement) {
            const int rows = std::min(perStatement, w.rows - first);
            statements.append({rows == 1 ? w.sql : forRows(w.sql, rows),
                               w.params.mid(first * width, rows * width), w.action,
                               rows == perStatement || rows == 1});
        }
    }
    clear();
    return statements;
}

void InsertQueue::clear()
{
    m_waiting.clear();
    m_bySql.clear();
    m_touching.clear();
    m_goesBefore.clear();
    m_rows = 0;
}

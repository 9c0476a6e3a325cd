#include "core/storage/SqlDialect.h"

#include "core/common/TextNormalizer.h"

#include <QStringList>

#include <algorithm>

QString SqlDialect::beginWrite() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::beginRead() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("BEGIN DEFERRED")
                                      : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ "
                                                       "READ ONLY");
}

QString SqlDialect::forUpdate() const
{
    return m_engine == Engine::Sqlite ? QString() : QStringLiteral(" FOR UPDATE");
}

QString SqlDialect::groupConcat(const QString& expression, const QString& separator) const
{
    return m_engine == Engine::Sqlite
               ? QStringLiteral("group_concat(%1, %2)").arg(expression, separator)
               : QStringLiteral("string_agg(CAST(%1 AS TEXT), %2)").arg(expression, separator);
}

QString SqlDialect::newline() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("char(10)") : QStringLiteral("chr(10)");
}

QString SqlDialect::least(const QString& a, const QString& b) const
{
    return (m_engine == Engine::Sqlite ? QStringLiteral("min(%1, %2)")
                                       : QStringLiteral("LEAST(%1, %2)"))
        .arg(a, b);
}

QString SqlDialect::greatest(const QString& a, const QString& b) const
{
    return (m_engine == Engine::Sqlite ? QStringLiteral("max(%1, %2)")
                                       : QStringLiteral("GREATEST(%1, %2)"))
        .arg(a, b);
}

QString SqlDialect::equalsIgnoringCase(const QString& column) const
{
    return (m_engine == Engine::Sqlite ? QStringLiteral("%1 = ? COLLATE NOCASE")
                                       : QStringLiteral("lower(%1) = lower(?)"))
        .arg(column);
}

QString SqlDialect::position(const QString& needle, const QString& haystack) const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("instr(%1, %2)").arg(haystack, needle)
                                      : QStringLiteral("strpos(%1, %2)").arg(haystack, needle);
}

QString SqlDialect::plusDays(const QString& isoDate, int days) const
{
    return m_engine == Engine::Sqlite
               ? QStringLiteral("date(%1, '%2%3 days')")
                     .arg(isoDate, days < 0 ? QString() : QStringLiteral("+"))
                     .arg(days)
               : QStringLiteral("to_char(CAST(%1 AS date) + %2, 'YYYY-MM-DD')")
                     .arg(isoDate)
                     .arg(days);
}

QString SqlDialect::insertOrIgnorePrefix() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("INSERT OR IGNORE INTO")
                                      : QStringLiteral("INSERT INTO");
}

QString SqlDialect::insertOrIgnoreSuffix() const
{
    return m_engine == Engine::Sqlite ? QString() : QStringLiteral(" ON CONFLICT DO NOTHING");
}

QString SqlDialect::personsMatching() const
{
    return m_engine == Engine::Sqlite
               ? QStringLiteral("SELECT rowid FROM person_search WHERE person_search MATCH ?")
               : QStringLiteral("SELECT rowid FROM person_search WHERE terms @@ "
                                "to_tsquery('simple', ?)");
}

QString SqlDialect::phoneEnd() const
{
    const QString digits = QStringLiteral(
        "replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '+', ''), "
        "'(', ''), ')', ''), '.', ''), '/', ''), '-', '')");
    return m_engine == Engine::Sqlite ? QStringLiteral("substr(%1, -9)").arg(digits)
                                      : QStringLiteral("right(%1, 9)").arg(digits);
}

QString SqlDialect::phoneEndOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.right(9);
}

QString SqlDialect::searchParameter(const QString& typed) const
{
    QStringList terms;
    for (const QString& chunk : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool hasDigit =
            std::any_of(chunk.begin(), chunk.end(), [](QChar c) { return c.isDigit(); });
        const QStringList tokens = hasDigit ? QStringList{TextNormalizer::documentNumber(chunk)}
                                            : TextNormalizer::words(chunk);
        for (const QString& token : tokens) {
            if (token.isEmpty())
                continue;
            // Both index the words folded already: no operator can reach the engine's parser.
            terms.append(m_engine == Engine::Sqlite
                             ? QLatin1Char('"') + token.toLower() + QStringLiteral("\"*")
                             : token.toLower() + QStringLiteral(":*"));
        }
    }
    return terms.join(m_engine == Engine::Sqlite ? QStringLiteral(" ") : QStringLiteral(" & "));
}

QString SqlDialect::identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString SqlDialect::placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

#include "core/storage/SqlScript.h"

#include <QRegularExpression>

namespace {
bool isTriggerStatement(const QString& statement)
{
    static const QRegularExpression trigger(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEnd(const QString& statement)
{
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}
} // namespace

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    QChar quote;
    QString dollarTag; // inside $tag$ … $tag$ (a PostgreSQL function body)
    bool lineComment = false;
    bool blockComment = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < script.size() ? script[i + 1] : QChar();
        if (lineComment) {
            if (c == QLatin1Char('\n'))
                lineComment = false;
            continue;
        }
        if (blockComment) {
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                blockComment = false;
                ++i;
            }
            continue;
        }
        if (!dollarTag.isEmpty()) {
            if (script.mid(i, dollarTag.size()) == dollarTag) {
                current.append(dollarTag);
                i += dollarTag.size() - 1;
                dollarTag.clear();
            } else {
                current.append(c);
            }
            continue;
        }
        if (!quote.isNull()) {
            current.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            lineComment = true;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            blockComment = true;
            continue;
        }
        if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(QStringLiteral("\\$[A-Za-z_]*\\$"));
            const QRegularExpressionMatch m =
                tag.match(script, i, QRegularExpression::NormalMatch,
                          QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                dollarTag = m.captured();
                current.append(dollarTag);
                i += dollarTag.size() - 1;
                continue;
            }
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
            current.append(c);
            continue;
        }
        if (c == QLatin1Char(';') && (!isTriggerStatement(current) || endsWithEnd(current))) {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

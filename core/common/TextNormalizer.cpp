#include "core/common/TextNormalizer.h"

QString TextNormalizer::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c.toLower());
    }
    return out;
}

QStringList TextNormalizer::words(const QString& text)
{
    const QString folded = fold(text);
    QStringList result;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString TextNormalizer::documentNumber(const QString& number)
{
    QString out;
    for (const QChar c : fold(number)) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

#include "core/import/NameSplitter.h"

#include "core/common/TextNormalizer.h"
#include "core/matching/NameMatcher.h"

#include <QSet>

QStringList NameSplitter::units(const QString& text)
{
    static const QSet<QString> particles{
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("la"),  QStringLiteral("las"),
        QStringLiteral("los"), QStringLiteral("da"),  QStringLiteral("das"), QStringLiteral("do"),
        QStringLiteral("dos"), QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("y")};
    QStringList result;
    QString pending;
    for (const QString& word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (particles.contains(TextNormalizer::fold(word))) {
            pending += (pending.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            continue;
        }
        result.append(pending.isEmpty() ? word : pending + u' ' + word);
        pending.clear();
    }
    // Particles at the very end ("Juan de") stay with the last word.
    if (!pending.isEmpty()) {
        if (result.isEmpty())
            result.append(pending);
        else
            result.last() += u' ' + pending;
    }
    return result;
}

NameSplitter::Parts NameSplitter::familyNames(const QString& text)
{
    const QStringList u = units(text);
    Parts parts;
    if (u.isEmpty())
        return parts;
    parts.familyName1 = u.first();
    parts.familyName2 = u.mid(1).join(u' ');
    return parts;
}

NameSplitter::Parts NameSplitter::fullName(const QString& text)
{
    const qsizetype comma = text.indexOf(u',');
    if (comma >= 0) {
        Parts parts = familyNames(text.left(comma));
        parts.givenNames = text.mid(comma + 1).simplified();
        return parts;
    }
    // The same rule as names typed in one line elsewhere, on words with their particles.
    const auto [given, family] = PersonName::split(units(text));
    Parts parts;
    parts.givenNames = given.join(u' ');
    parts.familyName1 = family.value(0);
    parts.familyName2 = family.mid(1).join(u' ');
    return parts;
}

#include "core/matching/NameMatcher.h"

#include "core/common/TextNormalizer.h"
#include "core/domain/Person.h"
#include "core/matching/PhoneticKey.h"

#include <algorithm>

namespace {
int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            // A swap of two neighbouring letters counts as one typo.
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], previous[j - 1] - cost + 1);
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

struct Alignment
{
    double score = 0;  // average best similarity of the shorter list's words
    bool exact = true; // every aligned word equal once folded
    bool reordered = false;
};

// Aligns each word of the shorter list with its best match in the other.
Alignment align(const QStringList& a, const QStringList& b)
{
    Alignment result;
    if (a.isEmpty() || b.isEmpty())
        return {0, false, false};
    const QStringList& shorter = a.size() <= b.size() ? a : b;
    const QStringList& longer = a.size() <= b.size() ? b : a;
    double total = 0;
    for (int i = 0; i < shorter.size(); ++i) {
        double best = 0;
        int bestIndex = -1;
        for (int j = 0; j < longer.size(); ++j) {
            const double s = NameMatcher::wordSimilarity(shorter[i], longer[j]);
            if (s > best) {
                best = s;
                bestIndex = j;
            }
        }
        total += best;
        result.exact = result.exact && best >= 1.0;
        if (bestIndex != i)
            result.reordered = true;
    }
    result.score = total / shorter.size();
    return result;
}
} // namespace

PersonName PersonName::of(const Person& p)
{
    return of(p.givenNames, p.familyName1, p.familyName2);
}

PersonName PersonName::of(const QString& given, const QString& family1, const QString& family2)
{
    PersonName n;
    n.given = TextNormalizer::words(given);
    n.family = TextNormalizer::words(family1) + TextNormalizer::words(family2);
    return n;
}

PersonName PersonName::fromFullName(const QString& fullName)
{
    const auto [given, family] = split(TextNormalizer::words(fullName));
    return PersonName{given, family};
}

std::pair<QStringList, QStringList> PersonName::split(const QStringList& words)
{
    const qsizetype familyCount = words.size() >= 3 ? 2 : words.size() == 2 ? 1 : 0;
    return {words.mid(0, words.size() - familyCount), words.mid(words.size() - familyCount)};
}

double NameMatcher::wordSimilarity(const QString& a, const QString& b)
{
    const QString fa = TextNormalizer::fold(a), fb = TextNormalizer::fold(b);
    if (fa == fb)
        return 1.0;
    // The feminine and masculine of a name are two names, however alike they sound: Luis and
    // Luisa, Juan and Juana, Mario and Maria.
    const auto gendered = [](const QString& x, const QString& y) {
        if (x.size() + 1 == y.size() && y.startsWith(x) && y.endsWith(u'a'))
            return true;
        const bool ao =
            (x.endsWith(u'a') && y.endsWith(u'o')) || (x.endsWith(u'o') && y.endsWith(u'a'));
        return x.size() == y.size() && x.size() > 2 && ao && x.chopped(1) == y.chopped(1);
    };
    if (gendered(fa, fb) || gendered(fb, fa))
        return 0.5;
    const QString ka = PhoneticKey::of(fa), kb = PhoneticKey::of(fb);
    if (!ka.isEmpty() && ka == kb)
        return 0.95;
    // Typos are counted on the spelling and on the sound; the kinder of the two counts.
    const auto similarity = [](const QString& x, const QString& y) {
        const int longest = std::max(x.size(), y.size());
        return longest == 0 ? 0.0 : 1.0 - double(editDistance(x, y)) / longest;
    };
    const double best = std::max(similarity(fa, fb), similarity(ka, kb));
    return std::clamp(best * 0.9, 0.0, 0.9);
}

NameMatcher::Comparison NameMatcher::compare(const PersonName& a, const PersonName& b)
{
    Comparison c;
    if (a.isEmpty() || b.isEmpty())
        return c;
    // Names may have been written in the wrong fields: compare all words too.
    const Alignment family = align(a.family, b.family);
    const Alignment given = align(a.given, b.given);
    const Alignment whole = align(a.given + a.family, b.given + b.family);

    double familyScore =
        a.family.isEmpty() || b.family.isEmpty() ? whole.score * 0.8 : family.score;
    double givenScore = a.given.isEmpty() || b.given.isEmpty() ? whole.score * 0.8 : given.score;
    double score = 0.55 * familyScore + 0.45 * givenScore;
    if (whole.score * 0.9 > score) {
        score = whole.score * 0.9;
        c.reasons.append(tr("names in different fields or order"));
    }

    if (!a.family.isEmpty() && !b.family.isEmpty()) {
        if (family.exact)
            c.reasons.append(tr("family name equal"));
        else if (family.score >= 0.94)
            c.reasons.append(tr("family name spelt differently"));
        else if (family.score >= 0.7)
            c.reasons.append(tr("family name similar"));
        if (a.family.size() != b.family.size())
            c.reasons.append(tr("one family name missing on one side"));
        else if (family.reordered && family.score >= 0.7)
            c.reasons.append(tr("family names in a different order"));
    }
    if (!a.given.isEmpty() && !b.given.isEmpty()) {
        if (given.exact)
            c.reasons.append(tr("given name equal"));
        else if (given.score >= 0.94)
            c.reasons.append(tr("given name spelt differently"));
        else if (given.score >= 0.7)
            c.reasons.append(tr("given name similar"));
        if (a.given.size() != b.given.size() && given.score >= 0.7)
            c.reasons.append(tr("compound given name on one side"));
    }
    c.score = std::clamp(score, 0.0, 1.0);
    return c;
}

QStringList NameMatcher::differences(const Comparison& comparison)
{
    QStringList out = comparison.reasons;
    out.removeAll(tr("family name equal"));
    out.removeAll(tr("given name equal"));
    return out;
}

QString NameMatcher::alikeText(const Comparison& comparison)
{
    const QStringList differ = differences(comparison);
    return differ.isEmpty() ? tr("the same name")
                            : tr("a similar name (%1)").arg(differ.join(QStringLiteral(", ")));
}

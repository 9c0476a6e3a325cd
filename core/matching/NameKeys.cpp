#include "core/matching/NameKeys.h"

#include "core/matching/NameMatcher.h"
#include "core/matching/PhoneticKey.h"

namespace {
// One-letter keys (initials) would file half the population together.
void addKeys(QSet<QString>& keys, QSet<QString>& prefixes, const QStringList& words)
{
    for (const QString& w : words) {
        const QString k = PhoneticKey::of(w);
        if (k.size() < 2)
            continue;
        keys.insert(k);
        if (k.size() > NameKeys::PrefixLength)
            prefixes.insert(NameKeys::PrefixMark + k.left(NameKeys::PrefixLength));
    }
}
} // namespace

NameKeys NameKeys::of(const QString& givenNames, const QString& familyName1,
                      const QString& familyName2, const QStringList& otherNames)
{
    NameKeys keys = of(PersonName::of(givenNames, familyName1, familyName2));
    for (const QString& other : otherNames) {
        const PersonName n = PersonName::fromFullName(other);
        addKeys(keys.family, keys.familyPrefixes, n.family);
        addKeys(keys.given, keys.givenPrefixes, n.given);
    }
    return keys;
}

NameKeys NameKeys::of(const PersonName& name)
{
    NameKeys keys;
    addKeys(keys.family, keys.familyPrefixes, name.family);
    addKeys(keys.given, keys.givenPrefixes, name.given);
    return keys;
}

namespace {
void addPairs(QSet<QString>& pairs, const QSet<QString>& first, const QSet<QString>& second)
{
    for (const QString& a : first) {
        for (const QString& b : second)
            pairs.insert(a + NameKeys::PairMark + b);
    }
}
} // namespace

QSet<QString> NameKeys::filingPairs() const
{
    QSet<QString> pairs;
    // A given key alone too: someone may be looked for by a first name only.
    addPairs(pairs, {QString()}, given);
    if (given.isEmpty()) {
        addPairs(pairs, family, {QString()});
        return pairs;
    }
    addPairs(pairs, family, given);
    addPairs(pairs, familyPrefixes, given);
    addPairs(pairs, family, givenPrefixes);
    return pairs;
}

QSet<QString> NameKeys::lookupPairs() const
{
    QSet<QString> pairs;
    if (family.isEmpty() || given.isEmpty()) {
        const QSet<QString> all = family + given;
        addPairs(pairs, all, {QString()});
        addPairs(pairs, {QString()}, all);
        return pairs;
    }
    pairs = filingPairs();
    addPairs(pairs, given, family);
    addPairs(pairs, given, familyPrefixes);
    addPairs(pairs, givenPrefixes, family);
    return pairs;
}

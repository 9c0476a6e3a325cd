#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

struct PersonName;

// The phonetic keys under which a name is filed (see PhoneticKey), family and given names
// apart, other names included. Persons and the names sought by tracing requests are filed
// the same way, so that each finds the other.
struct NameKeys
{
    // Bump when the rules change: stored keys are rebuilt.
    static constexpr int Version = 3;
    // Keys of a name's first letters ("~MEN" for Mendoza) find it despite a typo further on.
    static constexpr int PrefixLength = 3;
    static inline const QString PrefixMark = QStringLiteral("~");

    QSet<QString> family;
    QSet<QString> given;
    QSet<QString> familyPrefixes;
    QSet<QString> givenPrefixes;

    static inline const QString PairMark = QStringLiteral("|");

    // The pairs a person is filed under: each family key with each given key, and with a
    // typo in one of the two, its prefix key ("GNSL|MR", "~GON|MR", "GNSL|~MAR"); each given
    // key alone ("|MR"); family keys alone when there is no given name ("GNSL|").
    QSet<QString> filingPairs() const;
    // The pairs to look up for a name sought: the filing pairs, and the same with family
    // and given names swapped (written in the wrong field). With one part only, each of its
    // keys alone on either side ("GNSL|", "|GNSL"); a pair ending in the mark stands for
    // every pair that begins with it.
    QSet<QString> lookupPairs() const;

    static NameKeys of(const QString& givenNames, const QString& familyName1,
                       const QString& familyName2, const QStringList& otherNames);
    static NameKeys of(const PersonName& name);
    bool isEmpty() const { return family.isEmpty() && given.isEmpty(); }
};

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
    static constexpr int Version = 2;
    // Keys of a name's first letters ("~MEN" for Mendoza) find it despite a typo further on.
    static constexpr int PrefixLength = 3;
    static inline const QString PrefixMark = QStringLiteral("~");

    QSet<QString> family;
    QSet<QString> given;
    QSet<QString> familyPrefixes;
    QSet<QString> givenPrefixes;

    static NameKeys of(const QString& givenNames, const QString& familyName1,
                       const QString& familyName2, const QStringList& otherNames);
    static NameKeys of(const PersonName& name);
    bool isEmpty() const { return family.isEmpty() && given.isEmpty(); }
};

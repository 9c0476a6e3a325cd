#pragma once

#include <QString>
#include <QStringList>

// A spelling-independent key for a name as it is spelt across Venezuela, Colombia and
// Brazil: accents and case ignored, silent h dropped, and the letters people swap when
// they write a name they heard folded together (v/b, s/z/c before e and i, ll/y, y/i, j/y at
// the start, qu/k, gu/g, lh/ll, nh/ñ, doubled letters). "Yohandry" and "Johandry",
// "Gonzales" and "González", "Valencia" and "Balencia" get the same key.
class PhoneticKey
{
public:
    // Bump when the rules change: stored keys are rebuilt.
    static constexpr int Version = 1;

    static QString of(const QString& word);
};

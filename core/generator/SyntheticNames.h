#pragma once

#include <QString>
#include <QStringList>

// Made-up people's names drawn from Venezuelan and Colombian naming patterns (never a real
// person's data): given names by sex, family names, and the spellings people write for a
// name they heard (Yohandry/Johandry, González/Gonzales).
class SyntheticNames
{
public:
    static const QStringList& femaleGiven();
    static const QStringList& maleGiven();
    static const QStringList& family();
    // A spelling someone might write for `name` instead, or `name` when none is known.
    static QString variant(const QString& name, quint64 choice);
};

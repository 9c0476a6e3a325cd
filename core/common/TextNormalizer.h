#pragma once

#include <QString>
#include <QStringList>

// Folds text for comparison and sorting: no accents, lower case, single spaces.
// "  José   PÉREZ " and "jose perez" fold to the same string.
class TextNormalizer
{
public:
    static QString fold(const QString& text);
    // The folded words of a text, split on anything that is not a letter or a digit.
    static QStringList words(const QString& text);
    // A document number as it is compared: upper case letters and digits only ("V-12.345" ->
    // "V12345").
    static QString documentNumber(const QString& number);
};

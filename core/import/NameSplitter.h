#pragma once

#include <QString>
#include <QStringList>

// Splits names written in one column the way Latin American names are built: given names
// first, then the father's and the mother's family names, particles ("de la", "da", "del")
// kept with the name they belong to. "Pérez Gómez, María José" (family names first, then a
// comma) is understood too. What cannot be known for sure — three words may be two given
// names and one family name — follows the commonest pattern; the preview shows the result.
class NameSplitter
{
public:
    struct Parts
    {
        QString givenNames;
        QString familyName1;
        QString familyName2;
    };

    static Parts fullName(const QString& text);
    // "Pérez Gómez" -> ("Pérez", "Gómez"); "de la Cruz Rojas" -> ("de la Cruz", "Rojas").
    static Parts familyNames(const QString& text);

private:
    // Words with their particles attached: "de la Cruz" is one unit.
    static QStringList units(const QString& text);
};

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct Person;

// The names to compare: given names and family names as separate lists of words.
struct PersonName
{
    QStringList given;
    QStringList family;

    static PersonName of(const Person& person);
    static PersonName of(const QString& given, const QString& family1, const QString& family2 = {});
    // From one line ("Johandry Pérez Gómez"): the last two words taken as family names when
    // there are three or more, the last one when there are two. Names split otherwise are
    // still compared well: the matcher also compares all words regardless of field.
    static PersonName fromFullName(const QString& fullName);
    // The rule above on words as typed: (given names, family names).
    static std::pair<QStringList, QStringList> split(const QStringList& words);
    bool isEmpty() const { return given.isEmpty() && family.isEmpty(); }
};

// Compares two names the way a person reading two registers would: accents, case and word
// order do not matter; typos, a missing second family name, compound given names and the
// usual spelling variants (see PhoneticKey) are tolerated. The score is between 0 and 1,
// with the reasons in words.
class NameMatcher
{
    Q_DECLARE_TR_FUNCTIONS(NameMatcher)

public:
    struct Comparison
    {
        double score = 0;
        QStringList reasons;
    };

    static Comparison compare(const PersonName& a, const PersonName& b);
    // The reasons that say what differs: what is equal goes without saying.
    static QStringList differences(const Comparison& comparison);
    // For a person deciding whether two are one: "the same name", or "a similar name (given
    // name spelt differently)".
    static QString alikeText(const Comparison& comparison);
    // Similarity of two single words, 0..1: 1 when equal once folded, 0.95 when they sound
    // alike, otherwise by edit distance; a name and its feminine or masculine (Luis, Luisa)
    // are two names.
    static double wordSimilarity(const QString& a, const QString& b);
};

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The other side in a case (custody, violence), checked for conflicts like persons are.
struct OpposingParty
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString name;
    QString documentNumber;
    QString note;
};

// A name (and documents) to check against everyone already known.
struct ConflictSubject
{
    QString name;
    QStringList documentNumbers;
};

// Someone already in the database who may be the same as a subject.
struct ConflictFinding
{
    QString subject;
    QString foundName;
    QString caseNumber;
    QString role;   // "person" or "opposing party"
    QString reason; // "same document V123…", "family name equal, given name similar"
    double score = 0;
};

// A conflict check as recorded on a case: what was checked, what was found, and what was
// decided.
struct ConflictCheck
{
    enum class Decision
    {
        NoConflict,
        Waived,
        Declined
    };

    qint64 id = 0;
    qint64 caseId = 0;
    QDate checkedOn;
    QString checkedBy;
    QString subject;
    QString findings;
    Decision decision = Decision::NoConflict;
    QString note;
};

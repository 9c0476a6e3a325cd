#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One field of a record that differs between this database's version and another site's.
struct SyncReviewField
{
    QString name;  // the column, or the part ("person_nationalities")
    QString label; // the same in words, in the user's language
    QString here;  // as this database has it
    QString there; // as the other site sent it
};

// A record changed here and at another site (issue 20): the other site's version waits in the
// review list until a person keeps this one or takes that one.
struct SyncReview
{
    qint64 id = 0;
    QString kind;  // the record's table
    QString label; // what a person recognises: a name, a case number
    QString sender;
    QDateTime arrivedAt;
    bool removedThere = false; // the other site removed it
    bool goneHere = false;     // removed here since
    QList<SyncReviewField> differences;
};

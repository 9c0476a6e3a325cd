#pragma once

#include <QDate>
#include <QString>

// Something that must be done by a date.
struct Deadline
{
    enum class Kind
    {
        Procedure,
        Document,
        Manual
    };

    qint64 id = 0;
    qint64 caseId = 0;
    qint64 procedureId = 0;
    qint64 eventId = 0;
    qint64 personId = 0;
    qint64 screeningId = 0; // the follow-up a screening's overall rating asks for
    qint64 referralId = 0;  // the answer a referral asks for
    Kind kind = Kind::Manual;
    QString sourceKey;
    QString what;
    QDate dueOn;
    QDate noticeOn; // flagged from this day on, even if not due within the week
    QString responsible;
    bool done = false;
    QDate doneOn;
    QString doneBy;
};

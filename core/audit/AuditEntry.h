#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One field that changed, with its value before and after (never for passphrases).
struct AuditChange
{
    QString field;
    QString oldValue;
    QString newValue;

    bool operator==(const AuditChange&) const = default;
};

// What happened, to which record, as the caller describes it.
struct AuditEvent
{
    QString action;     // "case.change", "sign_in", "backup.create"…
    QString recordType; // "case", "user", "database"…
    QString recordId;
    QString recordLabel; // what a person recognises: a case number, a user name
    QList<AuditChange> changes;
    QString summary; // a short free description, when changes do not say it all
};

// An entry as stored: the event, who and when, and its place in the hash chain.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0; // 0 when nobody was signed in (a failed sign-in)
    QString username;
    AuditEvent event;
    QString details; // the event's details as stored (JSON), which the hash covers
    QString prevHash;
    QString hash;
};

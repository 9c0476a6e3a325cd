#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// What the database itself noted of every change to a record that travels between a field
// post and its office (schema 11's triggers): which records changed after a mark, each once.
// The mark is the engine's own: the last note's number in a file; on a server, the oldest
// transaction still running, below which every note is committed or gone (so on a server a
// record may come again in the next reading: never missed, sometimes twice).
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    struct Change
    {
        QString kind; // the record's table
        qint64 recordId = 0;
        // The removed record's global identifier; empty while the record was only changed.
        QByteArray goneUid;
        qint64 position = 0; // its last note's place in the journal (as position() gives)
    };
    struct Reading
    {
        QList<Change> changes; // in the order of their last note
        qint64 mark = 0;       // to read from next time
    };

    explicit ChangeJournal(const Database& db);

    // Every record with a note after `mark` (0: every note there is).
    Result<Reading> since(qint64 mark) const;
    // Where the journal stands now, notes of the current transaction included.
    Result<qint64> position() const;
    // Whether the record has a note after `position` (one made since then).
    Result<bool> changedSince(const QString& kind, qint64 recordId, qint64 position) const;
    // Forgets the notes at or before `mark` (as since() gave it), which every site that
    // receives packages from here has confirmed. In a file the last note stays: the next
    // note's number follows it.
    Status forgetUpTo(qint64 mark) const;

private:
    const Database& m_db;
};

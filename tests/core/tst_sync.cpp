#include "core/services/CaseService.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

// Field posts and the office (issue 20): what the database itself notes of every change, so
// that a package can take everything changed since the last one.
class TestSync : public QObject
{
    Q_OBJECT

    static ChangeJournal::Reading read(TestDatabase& t, qint64 mark)
    {
        Result<ChangeJournal::Reading> r = ChangeJournal(t.db()).since(mark);
        if (!r)
            qFatal("%s", qPrintable(r.error().message()));
        return *r;
    }
    static QStringList described(const ChangeJournal::Reading& r)
    {
        QStringList out;
        for (const ChangeJournal::Change& c : r.changes)
            out.append(QStringLiteral("%1 %2%3")
                           .arg(c.kind)
                           .arg(c.recordId)
                           .arg(c.goneUid.isEmpty() ? QString() : QStringLiteral(" removed")));
        return out;
    }

    // In a file a reading holds exactly the records changed after the mark. On a server it
    // may hold again records read before (the mark stays below any transaction still running
    // in the server's other databases, other tests' included): never fewer, sometimes more.
    static bool holdsExactly(const ChangeJournal::Reading& r, const QStringList& expected)
    {
        const QStringList got = described(r);
        bool ok = TestDatabase::onServer() ? true : got == expected;
        for (const QString& e : expected)
            ok = ok && got.contains(e);
        if (!ok)
            qWarning() << "got" << got << "expected" << expected;
        return ok;
    }
    static int notesOf(TestDatabase& t, const QString& kind, qint64 id)
    {
        return t.scalar(QStringLiteral("SELECT count(*) FROM sync_journal WHERE kind = '%1' AND "
                                       "record_id = %2")
                            .arg(kind)
                            .arg(id));
    }

private slots:
    void everyChangeIsNotedByTheDatabaseItself()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord record = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Pérez")));
        CaseNote note;
        note.text = QStringLiteral("Llegó por la trocha con su hijo.");
        note.author = QStringLiteral("Marta");
        record.notes.append(note);
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(record);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        const qint64 personId = saved->members[0].person.id;
        const qint64 noteId = saved->notes[0].id;

        // Everything made so far is still to send, each record once.
        const ChangeJournal::Reading first = read(t, 0);
        const QStringList all = described(first);
        for (const QString& expected :
             {QStringLiteral("sites %1").arg(site.id), QStringLiteral("persons %1").arg(personId),
              QStringLiteral("cases %1").arg(saved->id),
              QStringLiteral("case_notes %1").arg(noteId)})
            QVERIFY2(all.count(expected) == 1, qPrintable(all.join(u", ")));
        QVERIFY(first.mark > 0);
        if (!TestDatabase::onServer())
            QVERIFY(read(t, first.mark).changes.isEmpty());

        // A change to a part of a record (a nationality) is a change to the record, whatever
        // program writes it; so is a change to the record itself.
        QVERIFY(t.db().run(QStringLiteral("INSERT INTO person_nationalities (person_id, position, "
                                          "country) VALUES (?, 9, 'PER')"),
                           {personId}));
        QVERIFY(t.db().run(QStringLiteral("UPDATE cases SET caseworker = 'Marta' WHERE id = ?"),
                           {saved->id}));
        const ChangeJournal::Reading second = read(t, first.mark);
        QVERIFY(holdsExactly(second, {QStringLiteral("persons %1").arg(personId),
                                      QStringLiteral("cases %1").arg(saved->id)}));
        QVERIFY(second.mark >= first.mark);

        // A removed record is noted with its global identifier (its row is gone).
        QByteArray noteUid;
        QVERIFY(t.db().forEachRow(QStringLiteral("SELECT uid FROM case_notes WHERE id = ?"),
                                  {noteId},
                                  [&](const QSqlQuery& q) { noteUid = q.value(0).toByteArray(); }));
        QCOMPARE(noteUid.size(), 16);
        QVERIFY(t.db().run(QStringLiteral("DELETE FROM case_notes WHERE id = ?"), {noteId}));
        const ChangeJournal::Reading third = read(t, second.mark);
        QVERIFY(holdsExactly(third, {QStringLiteral("case_notes %1 removed").arg(noteId)}));
        for (const ChangeJournal::Change& c : third.changes) {
            if (c.kind == QStringLiteral("case_notes"))
                QCOMPARE(c.goneUid, noteUid);
        }

        // A change that is rolled back leaves no note: the note is part of the change.
        const int personNotes = notesOf(t, QStringLiteral("persons"), personId);
        {
            Transaction transaction(t.db());
            QVERIFY(transaction.begin());
            QVERIFY(t.db().run(QStringLiteral("UPDATE persons SET phone = '+57 1' WHERE id = ?"),
                               {personId}));
        }
        QCOMPARE(notesOf(t, QStringLiteral("persons"), personId), personNotes);

        // Another connection (another program; on the server, a caseworker's own account)
        // is noted the same way.
        Result<std::unique_ptr<Database>> other = TestDatabase::onServer()
                                                      ? t.openAs(Role::LegalStaff)
                                                      : Database::open(t.path(), t.clock());
        QVERIFY2(other, other ? "" : qPrintable(other.error().message()));
        QVERIFY((*other)->run(QStringLiteral("UPDATE persons SET phone = '+57 2' WHERE id = ?"),
                              {personId}));
        QCOMPARE(notesOf(t, QStringLiteral("persons"), personId), personNotes + 1);
        QVERIFY(holdsExactly(read(t, third.mark), {QStringLiteral("persons %1").arg(personId)}));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

#include "core/services/CaseService.h"
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

    // The change number noted for a record, 0 when none; -1 when it is noted as removed.
    static int noted(TestDatabase& t, const QString& type, const QString& uid)
    {
        Result<QSqlQuery> q = t.db().exec(
            QStringLiteral("SELECT seq, deleted FROM sync_changes WHERE record_type = ? AND "
                           "uid = ?"),
            {type, uid});
        if (!q || !q.value().next())
            return 0;
        return q.value().value(1).toInt() == 1 ? -1 : q.value().value(0).toInt();
    }
    static QString uidOf(TestDatabase& t, const QString& table, qint64 id)
    {
        Result<QSqlQuery> q =
            t.db().exec(QStringLiteral("SELECT uid FROM %1 WHERE id = ?").arg(table), {id});
        return q && q.value().next() ? q.value().value(0).toString() : QString();
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
        const QString person = uidOf(t, QStringLiteral("persons"), personId);
        const QString theCase = uidOf(t, QStringLiteral("cases"), saved->id);
        const QString theNote = uidOf(t, QStringLiteral("case_notes"), saved->notes[0].id);
        QVERIFY(!person.isEmpty() && !theCase.isEmpty() && !theNote.isEmpty());
        QVERIFY(noted(t, QStringLiteral("persons"), person) > 0);
        QVERIFY(noted(t, QStringLiteral("cases"), theCase) > 0);
        QVERIFY(noted(t, QStringLiteral("case_notes"), theNote) > 0);
        QVERIFY(noted(t, QStringLiteral("sites"), uidOf(t, QStringLiteral("sites"), site.id)) > 0);

        // A change to a part of a record (a nationality) is a change to the record, with a
        // number above every earlier one, whatever writes it.
        const int before = t.scalar(QStringLiteral("SELECT max(seq) FROM sync_changes"));
        QVERIFY(t.db().run(QStringLiteral("INSERT INTO person_nationalities (person_id, position, "
                                          "country) VALUES (?, 9, 'PER')"),
                           {personId}));
        QCOMPARE(noted(t, QStringLiteral("persons"), person), before + 1);
        QVERIFY(t.db().run(QStringLiteral("UPDATE cases SET caseworker = 'Marta' WHERE id = ?"),
                           {saved->id}));
        QCOMPARE(noted(t, QStringLiteral("cases"), theCase), before + 2);

        // Removed records are noted as removed; one row per record, whatever its history.
        QVERIFY(t.db().run(QStringLiteral("DELETE FROM case_notes WHERE id = ?"),
                           {saved->notes[0].id}));
        QCOMPARE(noted(t, QStringLiteral("case_notes"), theNote), -1);
        QCOMPARE(
            t.scalar(
                QStringLiteral("SELECT count(*) FROM sync_changes WHERE uid = '%1'").arg(theCase)),
            1);

        // A change that is rolled back leaves no note: the note is part of the change.
        const int committed = t.scalar(QStringLiteral("SELECT max(seq) FROM sync_changes"));
        {
            Transaction transaction(t.db());
            QVERIFY(transaction.begin());
            QVERIFY(t.db().run(QStringLiteral("UPDATE persons SET phone = '+57 1' WHERE id = ?"),
                               {personId}));
        }
        QCOMPARE(t.scalar(QStringLiteral("SELECT max(seq) FROM sync_changes")), committed);
        QCOMPARE(noted(t, QStringLiteral("persons"), person), before + 1);

        // Another connection (another program) is noted the same way.
        Result<std::unique_ptr<Database>> other = Database::open(t.db().path(), t.clock());
        QVERIFY2(other, other ? "" : qPrintable(other.error().message()));
        QVERIFY((*other)->run(QStringLiteral("UPDATE persons SET phone = '+57 2' WHERE id = ?"),
                              {personId}));
        QCOMPARE(noted(t, QStringLiteral("persons"), person), committed + 1);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditQuery.h"
#include "core/audit/AuditVerifier.h"
#include "core/services/AuditService.h"
#include "core/services/CaseService.h"
#include "core/storage/Transaction.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QTest>

#include <thread>

class TestAudit : public QObject
{
    Q_OBJECT

    // A database with a few entries of each kind.
    static void populate(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        CaseService legal(t.db(), t.clock(), t.legal());
        Result<CaseRecord> saved = legal.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"))));
        QVERIFY(saved);
        CaseRecord changed = *saved;
        changed.members[0].person.familyName2 = QStringLiteral("Mendoza");
        changed.members[0].person.nationalities.append(QStringLiteral("COL"));
        changed.members[0].person.birthCountry = QStringLiteral("VEN");
        changed.members[0].person.documents.append(
            IdentityDocument{0, DocumentType::Passport, QStringLiteral("P-77"),
                             QStringLiteral("VEN"), QDate(2030, 1, 31)});
        changed.caseworker = QStringLiteral("Luis");
        QVERIFY(legal.save(changed));
        QVERIFY(CaseService(t.db(), t.clock(), t.session(Role::Volunteer)).open(saved->id));
    }

    static QList<AuditEntry> all(TestDatabase& t) { return *AuditQuery(t.db()).all(); }

    static void dropGuards(TestDatabase& t)
    {
        // What someone with the file, or the server's superuser, could do.
        const QString on = t.db().isServer() ? QStringLiteral(" ON audit_log") : QString();
        QVERIFY(t.db().run(QStringLiteral("DROP TRIGGER audit_log_no_update") + on));
        QVERIFY(t.db().run(QStringLiteral("DROP TRIGGER audit_log_no_delete") + on));
    }

    static QStringList problems(TestDatabase& t)
    {
        Result<AuditVerifier::Report> report = AuditVerifier(t.db()).verify();
        QStringList out;
        for (const auto& p : report->problems)
            out.append(p.description);
        return out;
    }

private slots:
    void recordsWhoDidWhatToWhich()
    {
        TestDatabase t;
        QVERIFY(t);
        populate(t);
        const QList<AuditEntry> entries = all(t);
        QStringList actions;
        for (const AuditEntry& e : entries)
            actions.append(e.event.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("user.create"), QStringLiteral("site.create"),
                                       QStringLiteral("user.create"), QStringLiteral("case.create"),
                                       QStringLiteral("case.change"), QStringLiteral("user.create"),
                                       QStringLiteral("case.open")}));
        const AuditEntry& change = entries[4];
        QCOMPARE(change.username, QStringLiteral("legal"));
        QCOMPARE(change.event.recordLabel, QStringLiteral("CUC-2026-00001"));
        QVERIFY(change.event.changes.contains(AuditChange{
            QStringLiteral("caseworker"), QStringLiteral("Ana Torres"), QStringLiteral("Luis")}));
        QVERIFY(change.event.changes.contains(AuditChange{
            QStringLiteral("Carmen Rojas: familyName2"), QString(), QStringLiteral("Mendoza")}));
        // Every field of a person, lists and documents included, as a person reads it.
        QVERIFY(change.event.changes.contains(
            AuditChange{QStringLiteral("Carmen Rojas: nationalities"), QStringLiteral("VEN"),
                        QStringLiteral("VEN; COL")}));
        QVERIFY(change.event.changes.contains(AuditChange{
            QStringLiteral("Carmen Rojas: birthCountry"), QString(), QStringLiteral("VEN")}));
        QVERIFY(change.event.changes.contains(
            AuditChange{QStringLiteral("Carmen Rojas: documents"), QString(),
                        QStringLiteral("expiry 2030-01-31 issuingCountry VEN number P-77 type "
                                       "passport")}));
        const AuditEntry& open = entries[6];
        QCOMPARE(open.username, QStringLiteral("volunteer"));
        QCOMPARE(open.event.recordLabel, QStringLiteral("CUC-2026-00001"));
        QCOMPARE(open.at, t.clock().now());
        // Each entry follows the one before.
        for (int i = 1; i < entries.size(); ++i)
            QCOMPARE(entries[i].prevHash, entries[i - 1].hash);
        QVERIFY(AuditVerifier(t.db()).verify()->intact());
    }

    void appendOnlyInTheDatabase()
    {
        TestDatabase t;
        QVERIFY(t);
        populate(t);
        QVERIFY(!t.db().run(QStringLiteral("UPDATE audit_log SET username = 'x'")));
        QVERIFY(!t.db().run(QStringLiteral("DELETE FROM audit_log")));
    }

    void detectsAChangedValue()
    {
        TestDatabase t;
        QVERIFY(t);
        populate(t);
        dropGuards(t);
        QVERIFY(
            t.db().run(QStringLiteral("UPDATE audit_log SET username = 'someone' WHERE id = 7")));
        QCOMPARE(problems(t),
                 QStringList{QStringLiteral("Entry 7 was changed after it was written.")});
    }

    void detectsARemovedEntry()
    {
        TestDatabase t;
        QVERIFY(t);
        populate(t);
        dropGuards(t);
        QVERIFY(t.db().run(QStringLiteral("DELETE FROM audit_log WHERE id = 4")));
        const QStringList found = problems(t);
        QVERIFY2(found.contains(QStringLiteral("Entry 4 is missing: it was removed.")),
                 qPrintable(found.join('|')));
    }

    void detectsReorderedEntries()
    {
        TestDatabase t;
        QVERIFY(t);
        populate(t);
        dropGuards(t);
        // Swap the contents of entries 3 and 5, keeping their ids.
        const QString columns =
            QStringLiteral("at, user_id, username, action, record_type, record_id, "
                           "record_label, details, prev_hash, hash");
        QVERIFY(t.db().run(QStringLiteral(
            "CREATE TEMP TABLE swap AS SELECT * FROM audit_log WHERE id IN (3, 5)")));
        QVERIFY(t.db().run(
            QStringLiteral("UPDATE audit_log SET (%1) = (SELECT %1 FROM swap WHERE swap.id = 8 - "
                           "audit_log.id) WHERE id IN (3, 5)")
                .arg(columns)));
        const QStringList found = problems(t);
        QVERIFY2(found.contains(QStringLiteral("Entry 3 was changed after it was written.")),
                 qPrintable(found.join('|')));
        QVERIFY(found.contains(QStringLiteral("Entry 5 was changed after it was written.")));
    }

    void detectsRemovedNewestEntries()
    {
        TestDatabase t;
        QVERIFY(t);
        populate(t);
        dropGuards(t);
        QVERIFY(t.db().run(QStringLiteral("DELETE FROM audit_log WHERE id >= 6")));
        const QStringList found = problems(t);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.constFirst().contains(QStringLiteral("newest entries were removed")));
    }

    // On a server two people save at the same moment: the second entry is written after the
    // first, never beside it (same number, same predecessor) and never refused for it.
    void entriesWrittenAtOnceFollowEachOther()
    {
        TestDatabase t;
        QVERIFY(t);
        populate(t);
        const UserSession legal = t.legal();
        const qint64 before = t.rowCount(QStringLiteral("audit_log"));
        const AuditEvent event{QStringLiteral("case.open"),
                               QStringLiteral("case"),
                               QStringLiteral("1"),
                               QStringLiteral("CUC-2026-00001"),
                               {},
                               QString()};
        Result<std::unique_ptr<Database>> other = Database::open(t.path(), t.clock());
        QVERIFY(other);
        Transaction first(t.db());
        QVERIFY(first.begin());
        QVERIFY(AuditLog(t.db(), t.clock()).record(legal, event));
        // The second writer, on its own connection, starts while the first has not committed
        // (on a file it waits for the write lock; on a server, for the head of the trail).
        Status second;
        std::thread writer([&] {
            Transaction own(**other);
            second = own.begin();
            if (second)
                second = AuditLog(**other, t.clock()).record(legal, event);
            if (second)
                second = own.commit();
        });
        QTest::qWait(300);
        QVERIFY(first.commit());
        writer.join();
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message()));
        QCOMPARE(t.rowCount(QStringLiteral("audit_log")), before + 2);
        QVERIFY(AuditVerifier(t.db()).verify()->intact());
    }

    void exportIsCsvAndRecorded()
    {
        TestDatabase t;
        QVERIFY(t);
        populate(t);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        AuditFilter caseEntries;
        caseEntries.action = QStringLiteral("case");
        Result<int> written =
            AuditService(t.db(), t.clock(), t.admin()).exportCsv(caseEntries, out);
        QVERIFY(written);
        QCOMPARE(*written, 3);
        const QStringList lines =
            QString::fromUtf8(out.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("id,at,user,action")));
        QVERIFY(lines[1].contains(QStringLiteral("case.open")));
        QCOMPARE(all(t).constLast().event.action, QStringLiteral("audit.export"));
        QVERIFY(AuditVerifier(t.db()).verify()->intact());
    }

    void filters()
    {
        TestDatabase t;
        QVERIFY(t);
        populate(t);
        AuditService audit(t.db(), t.clock(), t.admin());
        AuditFilter byUser;
        byUser.username = QStringLiteral("VOLUNTEER");
        QCOMPARE(*audit.count(byUser), 1);
        AuditFilter byRecord;
        byRecord.record = QStringLiteral("cuc-2026-00001");
        QCOMPARE(*audit.count(byRecord), 3);
        AuditFilter tomorrow;
        tomorrow.from = t.clock().today().addDays(1);
        QCOMPARE(*audit.count(tomorrow), 0);
        AuditFilter today;
        today.from = t.clock().today();
        today.to = t.clock().today();
        QCOMPARE(*audit.count(today), 7);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

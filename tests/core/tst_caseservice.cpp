#include "core/audit/AuditQuery.h"
#include "core/services/CaseService.h"
#include "core/storage/CaseListQuery.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

class TestCaseService : public QObject
{
    Q_OBJECT

    // A mother and her son: the second person of the save is Luis.
    static CaseRecord carmenWithLuis(qint64 siteId)
    {
        CaseRecord record = Fixtures::caseFor(
            siteId, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas")));
        record.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                        Sex::Male, PartialDate::yearOnly(2015)),
                       Relationship::Child});
        return record;
    }

private slots:
    void savesAndLoadsAFamily()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());

        Person principal = Fixtures::person(QStringLiteral("María José"), QStringLiteral("Pérez"),
                                            QStringLiteral("Gómez"), Sex::Female,
                                            PartialDate::exact(QDate(1988, 3, 14)));
        principal.otherNames = {QStringLiteral("Majo")};
        principal.nationalities = {QStringLiteral("VEN"), QStringLiteral("COL")};
        principal.documents = {Fixtures::document(QStringLiteral("V-18.456.789"))};
        principal.phone = QStringLiteral("+57 310 555 0101");
        CaseRecord record = Fixtures::caseFor(site.id, principal);
        Person son = Fixtures::person(QStringLiteral("Johandry"), QStringLiteral("Pérez"),
                                      QStringLiteral("Gómez"), Sex::Male,
                                      PartialDate::estimatedFromAge(12, t.clock().today()));
        son.hasNoDocument = true;
        record.members.append(CaseMember{son, Relationship::Child});
        record.notes.append(CaseNote{0,
                                     {},
                                     QStringLiteral("Ana Torres"),
                                     QStringLiteral("Arrived through the Simón Bolívar bridge.")});
        record.consent =
            Consent{QDate(2026, 6, 1), QStringLiteral("Ana Torres"), true, false, true};

        Result<CaseRecord> saved = service.save(record);
        QVERIFY2(saved, qPrintable(saved.error().message()));
        QCOMPARE(saved->caseNumber, QStringLiteral("CUC-2026-00001"));
        QCOMPARE(saved->revision, 1);
        QCOMPARE(saved->members.size(), 2);
        QVERIFY(saved->members[0].person.id > 0);
        QCOMPARE(saved->members[0].person.documents.size(), 1);
        QCOMPARE(saved->members[0].person.nationalities,
                 (QStringList{QStringLiteral("VEN"), QStringLiteral("COL")}));
        QCOMPARE(saved->members[0].person.otherNames, QStringList{QStringLiteral("Majo")});
        QCOMPARE(saved->members[1].relationship, Relationship::Child);
        QVERIFY(saved->members[1].person.hasNoDocument);
        QCOMPARE(saved->members[1].person.birthDate.precision(), PartialDate::Precision::Estimated);
        QCOMPARE(saved->notes.size(), 1);
        QCOMPARE(saved->notes[0].writtenAt, t.clock().now());
        QCOMPARE(saved->consent, record.consent);

        QVERIFY(t.reopen());
        Result<CaseRecord> reloaded = CaseService(t.db(), t.clock(), t.legal())
                                          .openByNumber(QStringLiteral("cuc-2026-00001"));
        QVERIFY(reloaded);
        QCOMPARE(*reloaded, *saved);
    }

    void numbersAreSequentialPerSiteAndYearAndNeverReused()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        const auto save = [&](const QString& name, QDate on) {
            Result<CaseRecord> r = service.save(
                Fixtures::caseFor(site.id, Fixtures::person(name, QStringLiteral("Díaz")), on));
            return r ? r->caseNumber : r.error().message();
        };
        QCOMPARE(save(QStringLiteral("A"), QDate(2025, 12, 31)), QStringLiteral("CUC-2025-00001"));
        QCOMPARE(save(QStringLiteral("B"), QDate(2026, 1, 2)), QStringLiteral("CUC-2026-00001"));
        QCOMPARE(save(QStringLiteral("C"), QDate(2026, 1, 3)), QStringLiteral("CUC-2026-00002"));
        QVERIFY(
            t.db().exec(QStringLiteral("DELETE FROM cases WHERE case_number = 'CUC-2026-00002'")));
        QCOMPARE(save(QStringLiteral("D"), QDate(2026, 1, 4)), QStringLiteral("CUC-2026-00003"));
    }

    void updatesMembersAndRemovesOrphans()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        CaseRecord record = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas")));
        record.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                        Sex::Male, PartialDate::yearOnly(2015)),
                       Relationship::Child});
        Result<CaseRecord> saved = service.save(record);
        QVERIFY(saved);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 2);

        CaseRecord edited = *saved;
        edited.members.removeLast();
        edited.members[0].person.familyName2 = QStringLiteral("Mendoza");
        edited.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Rosa"), QStringLiteral("Rojas")),
                       Relationship::Sibling});
        edited.notes.append(CaseNote{
            0, {}, QStringLiteral("Ana"), QStringLiteral("Luis moved in with his father.")});
        Result<CaseRecord> updated = service.save(edited);
        QVERIFY2(updated, qPrintable(updated.error().message()));
        QCOMPARE(updated->revision, 2);
        QCOMPARE(updated->members.size(), 2);
        QCOMPARE(updated->members[0].person.familyName2, QStringLiteral("Mendoza"));
        QCOMPARE(updated->members[1].person.givenNames, QStringLiteral("Rosa"));
        QCOMPARE(updated->notes.size(), 1);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 2);
        QCOMPARE(t.rowCount(QStringLiteral("person_search")), 2);
    }

    void concurrentEditIsAConflictNotALoss()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        Result<CaseRecord> saved = service.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"))));
        QVERIFY(saved);
        CaseRecord first = *saved;
        CaseRecord second = *saved;
        first.caseworker = QStringLiteral("Pedro");
        QVERIFY(service.save(first));
        second.caseworker = QStringLiteral("Lucía");
        Result<CaseRecord> late = service.save(second);
        QVERIFY(!late);
        QCOMPARE(late.error().code(), Error::Code::Conflict);
        QCOMPARE(service.load(saved->id)->caseworker, QStringLiteral("Pedro"));
    }

    void invalidCaseWritesNothing()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord record = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas")));
        Person bad = Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"));
        bad.nationalities = {QStringLiteral("ABC")};
        record.members.append(CaseMember{bad, Relationship::Child});
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(record);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), Error::Code::Invalid);
        QCOMPARE(saved.error().fieldErrors().constFirst().field,
                 QStringLiteral("members/1/nationalities"));
        for (const QString& table :
             {QStringLiteral("persons"), QStringLiteral("cases"),
              QStringLiteral("case_number_sequences"), QStringLiteral("person_search")})
            QCOMPARE(t.rowCount(table), 0);
    }

    void aFullDiskIsASentenceAndWritesNothing()
    {
        SKIP_ON_SERVER("a full disk is simulated with SQLite's page limit");
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord record = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas")));
        for (int i = 0; i < 40; ++i)
            record.members.append(CaseMember{
                Fixtures::person(
                    QStringLiteral("Hija%1 con un nombre largo para llenar páginas").arg(i),
                    QStringLiteral("Rojas")),
                Relationship::Child});
        // The disk fills up: the file may not grow by more than a page.
        Result<QSqlQuery> pages = t.db().exec(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages && pages.value().next());
        const int used = pages.value().value(0).toInt();
        pages.value().finish();
        QVERIFY(t.db().run(QStringLiteral("PRAGMA max_page_count = %1").arg(used + 1)));
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(record);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), Error::Code::Storage);
        QVERIFY2(saved.error().message().contains(QStringLiteral("disk is full")),
                 qPrintable(saved.error().message()));
        for (const QString& table :
             {QStringLiteral("persons"), QStringLiteral("cases"), QStringLiteral("person_search")})
            QCOMPARE(t.rowCount(table), 0);
        // Space again: the same record saves.
        QVERIFY(t.db().run(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY(CaseService(t.db(), t.clock(), t.legal()).save(record));
        QVERIFY(t.db().integrityProblems().value().isEmpty());
    }

    void failureHalfWayRollsBackEverything()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        // A trigger makes the second person's insert fail after the first one was written.
        if (t.db().isServer()) {
            QVERIFY(t.db().run(QStringLiteral(
                "CREATE FUNCTION fail_second() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "IF NEW.given_names = 'Luis' THEN RAISE EXCEPTION 'simulated failure'; END IF; "
                "RETURN NEW; END $$")));
            QVERIFY(t.db().run(QStringLiteral("CREATE TRIGGER fail_second BEFORE INSERT ON "
                                              "persons FOR EACH ROW EXECUTE FUNCTION "
                                              "fail_second()")));
        } else {
            QVERIFY(t.db().run(QStringLiteral("CREATE TEMP TRIGGER fail_second BEFORE INSERT ON "
                                              "persons WHEN NEW.given_names = 'Luis' BEGIN "
                                              "SELECT RAISE(ABORT, 'simulated failure'); END")));
        }
        Result<CaseRecord> saved =
            CaseService(t.db(), t.clock(), t.legal()).save(carmenWithLuis(site.id));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), Error::Code::Storage);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("case_number_sequences")), 0);
    }

    void aLostServerConnectionIsASentenceAndWritesNothing()
    {
        if (!TestDatabase::onServer())
            QSKIP("about the connection to a server");
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const UserSession legal = t.legal();
        // The server ends the connection half-way through the save, as a network cut or a
        // restarted server would.
        QVERIFY(t.cutConnectionWhenInserting(QStringLiteral("persons"),
                                             QStringLiteral("NEW.given_names = 'Luis'")));
        const CaseRecord record = carmenWithLuis(site.id);
        CaseService cases(t.db(), t.clock(), legal);
        Result<CaseRecord> saved = cases.save(record);
        QVERIFY(!saved);
        QVERIFY2(
            saved.error().message().contains(QStringLiteral("connection to the server was lost")),
            qPrintable(saved.error().message()));
        // The same connection is opened again by the next use: nothing of the save is there.
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 0);
        // The record, as typed, saves once the server is reachable.
        QVERIFY(t.stopCuttingConnection(QStringLiteral("persons")));
        Result<CaseRecord> again = cases.save(record);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 2);
    }

    void documentAlreadyRegisteredElsewhereIsRefused()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        Person first = Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"));
        first.documents = {Fixtures::document(QStringLiteral("V-12.345.678"))};
        QVERIFY(service.save(Fixtures::caseFor(site.id, first)));

        Person second = Fixtures::person(QStringLiteral("Rosa"), QStringLiteral("Díaz"));
        second.documents = {Fixtures::document(QStringLiteral("v 12345678"))};
        Result<CaseRecord> dup = service.save(Fixtures::caseFor(site.id, second));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code(), Error::Code::Conflict);
        QCOMPARE(dup.error().fieldErrors().constFirst().field,
                 QStringLiteral("members/0/documents/0/number"));
        QVERIFY(dup.error().message().contains(QStringLiteral("Carmen Rojas")));

        // The same number issued by another country, or as another type, is someone else's.
        second.documents = {Fixtures::document(QStringLiteral("12345678"), QStringLiteral("COL"))};
        QVERIFY(service.save(Fixtures::caseFor(site.id, second)));
    }

    void unknownSiteIsRefused()
    {
        TestDatabase t;
        QVERIFY(t);
        Result<CaseRecord> saved =
            CaseService(t.db(), t.clock(), t.legal())
                .save(Fixtures::caseFor(
                    42, Fixtures::person(QStringLiteral("A"), QStringLiteral("B"))));
        QVERIFY(!saved);
        QCOMPARE(saved.error().fieldErrors().constFirst().field, QStringLiteral("site"));
    }

    void listPagesAndSorts()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        const QStringList families{QStringLiteral("Zambrano"), QStringLiteral("Álvarez"),
                                   QStringLiteral("Mendoza")};
        for (const QString& f : families)
            QVERIFY(service.save(
                Fixtures::caseFor(site.id, Fixtures::person(QStringLiteral("Ana"), f))));
        CaseListQuery list(t.db());
        QCOMPARE(*list.count({}), 3);
        Result<QList<CaseListRow>> byName =
            list.fetch({}, CaseListSort::PrincipalName, Qt::AscendingOrder, 0, 10);
        QVERIFY(byName);
        QCOMPARE(byName->size(), 3);
        QCOMPARE(byName->at(0).principalName,
                 QStringLiteral("Ana Álvarez")); // accents sort as letters
        QCOMPARE(byName->at(2).principalName, QStringLiteral("Ana Zambrano"));
        QCOMPARE(byName->at(0).memberCount, 1);
        QCOMPARE(byName->at(0).nationalities, QStringList{QStringLiteral("VEN")});
        QCOMPARE(byName->at(0).siteCode, QStringLiteral("CUC"));
        Result<QList<CaseListRow>> page =
            list.fetch({}, CaseListSort::CaseNumber, Qt::DescendingOrder, 1, 1);
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->at(0).caseNumber, QStringLiteral("CUC-2026-00002"));
        CaseListFilter closed;
        closed.status = CaseStatus::Closed;
        QCOMPARE(*list.count(closed), 0);
    }

    // Closing asks how the case ended; a voluntary return keeps its date, destination and the
    // informed decision, which only those who read closure reasons see.
    void closingAsksForTheOutcome()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        CaseRecord r = *service.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Rosa"), QStringLiteral("Mena"))));
        r.status = CaseStatus::Closed;
        r.closureReason = QStringLiteral("Went home to her mother");
        Result<CaseRecord> refused = service.save(r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fieldErrors().constFirst().field, QStringLiteral("outcome"));
        QCOMPARE(service.load(r.id)->status, CaseStatus::Open); // nothing half-saved

        r.outcome = CaseOutcome::VoluntaryReturn;
        r.voluntaryReturn = VoluntaryReturn{t.clock().today().addDays(5), QStringLiteral("VEN"),
                                            QStringLiteral("Maracaibo"), true};
        Result<CaseRecord> closed = service.save(r);
        QVERIFY2(closed, qPrintable(closed.error().message()));
        const CaseRecord stored = *service.load(r.id);
        QCOMPARE(stored.outcome, std::optional<CaseOutcome>(CaseOutcome::VoluntaryReturn));
        QCOMPARE(stored.voluntaryReturn, r.voluntaryReturn);
        const CaseRecord seen =
            *CaseService(t.db(), t.clock(), t.session(Role::Volunteer)).load(r.id);
        QCOMPARE(seen.outcome, std::optional<CaseOutcome>(CaseOutcome::VoluntaryReturn));
        QVERIFY(seen.voluntaryReturn.isEmpty());
        AuditFilter f;
        f.action = QStringLiteral("case.change");
        const AuditEntry entry = AuditQuery(t.db()).fetch(f, 0, 1)->constFirst();
        QStringList changed;
        for (const AuditChange& c : entry.event.changes)
            changed.append(c.field);
        QVERIFY2(changed.contains(QStringLiteral("outcome")) &&
                     changed.contains(QStringLiteral("returnInformedDecision")),
                 qPrintable(changed.join(u',')));

        // A case closed before outcomes existed is saved again without one.
        QVERIFY(t.db().run(QStringLiteral("UPDATE cases SET outcome = '', return_on = NULL, "
                                          "return_country = '', return_place = '', "
                                          "return_informed = 0 WHERE id = ?"),
                           {r.id}));
        CaseRecord legacy = *service.load(r.id);
        QVERIFY(!legacy.outcome);
        legacy.caseworker = QStringLiteral("Ana");
        QVERIFY(service.save(legacy));
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"

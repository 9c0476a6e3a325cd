#include "core/audit/AuditQuery.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "core/services/FamilyLinkService.h"
#include "core/services/MergeService.h"
#include "core/services/ProcedureService.h"
#include "core/services/ScreeningService.h"
#include "core/services/SpecificNeedService.h"
#include "core/services/TracingService.h"
#include "core/storage/CaseListQuery.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/RecordSnapshot.h"
#include "core/storage/TableGraph.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

// Merging two records of one person and two cases of one family (issue 21): every kind of
// linked record ends up on the one that stays, the merged-away number still finds its case,
// undo puts both back exactly, a merge refused half-way changes nothing, and only legal staff
// and administrators merge.
class TestMerge : public QObject
{
    Q_OBJECT

    struct World
    {
        CaseRecord joselyn; // CUC-…-1: Joselyn Pérez and her son
        CaseRecord yoselin; // CUC-…-2: Yoselin Perez (the same woman) and her sister

        // Both women and both cases: every row a merge of either may touch.
        RecordSnapshot::Scope both() const
        {
            return {{joselyn.members[0].person.id, yoselin.members[0].person.id},
                    {joselyn.id, yoselin.id}};
        }
    };

    static void check(const Status& s) { QVERIFY2(s, s ? "" : qPrintable(s.error().message())); }

    // Two cases of one woman registered twice, the second with everything a case can hold.
    static World world(TestDatabase& t)
    {
        World w;
        const Site site = Fixtures::cucutaSite(t);
        CaseService cases(t.db(), t.clock(), t.legal());
        Person joselyn = Fixtures::person(QStringLiteral("Joselyn"), QStringLiteral("Pérez"), {},
                                          Sex::Female, PartialDate::exact(QDate(1994, 3, 12)));
        joselyn.documents = {Fixtures::document(QStringLiteral("V-12.345.678"))};
        CaseRecord a = Fixtures::caseFor(site.id, joselyn);
        a.members.append({Fixtures::person(QStringLiteral("Kevin"), QStringLiteral("Pérez"), {},
                                           Sex::Male, PartialDate::yearOnly(2015)),
                          Relationship::Child});
        Result<CaseRecord> savedA = cases.save(a);
        if (!savedA)
            qFatal("%s", qPrintable(savedA.error().message()));
        w.joselyn = *savedA;

        Person yoselin = Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Perez"), {},
                                          Sex::Female, PartialDate::exact(QDate(1994, 3, 12)));
        IdentityDocument passport = Fixtures::document(
            QStringLiteral("P-998877"), QStringLiteral("VEN"), DocumentType::Passport);
        passport.expiry = QDate(2027, 1, 15);
        yoselin.documents = {passport};
        yoselin.phone = QStringLiteral("+57 300 555 1234");
        yoselin.otherNames = {QStringLiteral("Yoseline Pérez")};
        yoselin.nationalities = {QStringLiteral("VEN"), QStringLiteral("COL")};
        CaseRecord b = Fixtures::caseFor(site.id, yoselin, QDate(2026, 6, 3));
        b.members.append({Fixtures::person(QStringLiteral("Carla"), QStringLiteral("Perez"), {},
                                           Sex::Female, PartialDate::yearOnly(1998)),
                          Relationship::Sibling});
        b.notes.append({0, t.clock().now(), QStringLiteral("legal"),
                        QStringLiteral("Came through Villa del Rosario.")});
        b.consent = Consent{QDate(2026, 6, 3), QStringLiteral("legal"), true, true, true};
        b.caseworker = QStringLiteral("Ana Ruiz");
        // Registered twice, past the intake check, as happened before it existed.
        Result<CaseRecord> savedB = cases.save(b, QStringLiteral("registered before the check"));
        if (!savedB) {
            for (const FieldError& f : savedB.error().fieldErrors())
                qWarning("%s: %s", qPrintable(f.field), qPrintable(f.message));
            qFatal("%s", qPrintable(savedB.error().message()));
        }
        w.yoselin = *savedB;
        const qint64 yoselinId = w.yoselin.members[0].person.id;
        const qint64 carlaId = w.yoselin.members[1].person.id;

        Screening s;
        s.personId = yoselinId;
        s.screenedOn = t.clock().today();
        if (Result<QList<Screening>> r =
                ScreeningService(t.db(), t.clock(), t.legal()).save(w.yoselin.id, {s});
            !r)
            qFatal("%s", qPrintable(r.error().message()));
        if (Result<SpecificNeed> r = SpecificNeedService(t.db(), t.clock(), t.legal())
                                         .attach(w.yoselin.id, yoselinId, QStringLiteral("WR-SF"));
            !r)
            qFatal("%s", qPrintable(r.error().message()));
        Procedure p;
        p.caseId = w.yoselin.id;
        p.typeCode = QStringLiteral("col_rsd");
        p.country = QStringLiteral("COL");
        p.fileNumber = QStringLiteral("RSD-2026-0042");
        p.responsible = QStringLiteral("Dra. Lucía Méndez");
        p.openedOn = QDate(2026, 6, 4);
        p.personIds = {yoselinId};
        Result<Procedure> opened = ProcedureService(t.db(), t.clock(), t.legal()).open(p);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message()));
        if (Result<qint64> d = DeadlineService(t.db(), t.clock(), t.legal())
                                   .add(w.yoselin.id, opened->id, QStringLiteral("Appeal"),
                                        QDate(2026, 9, 1), QStringLiteral("legal"));
            !d)
            qFatal("%s", qPrintable(d.error().message()));
        if (Result<FamilyLink> l = FamilyLinkService(t.db(), t.clock(), t.legal())
                                       .add(yoselinId, carlaId, Relationship::Sibling, true, {});
            !l)
            qFatal("%s", qPrintable(l.error().message()));
        TracingRequest r;
        r.siteId = site.id;
        r.caseId = w.yoselin.id;
        r.inquirerPersonId = yoselinId;
        r.inquirerName = QStringLiteral("Yoselin Perez");
        r.relationship = Relationship::Parent;
        r.requestedOn = QDate(2026, 6, 3);
        r.sought.givenNames = QStringLiteral("Rosa");
        r.sought.familyName1 = QStringLiteral("Perez");
        r.sought.lastKnownCountry = QStringLiteral("VEN");
        if (Result<TracingRequest> added = TracingService(t.db(), t.clock(), t.legal()).add(r);
            !added)
            qFatal("%s", qPrintable(added.error().message()));
        return w;
    }

    static RecordSnapshot snapshot(TestDatabase& t, const RecordSnapshot::Scope& scope)
    {
        Result<TableGraph> graph = TableGraph::of(t.db());
        if (!graph)
            qFatal("%s", qPrintable(graph.error().message()));
        Result<RecordSnapshot> s = RecordSnapshot::take(t.db(), *graph, scope);
        if (!s)
            qFatal("%s", qPrintable(s.error().message()));
        return *s;
    }

    static QStringList casesFound(TestDatabase& t, const QString& text)
    {
        CaseListFilter filter;
        filter.text = text;
        Result<CaseListPage> page = CaseListQuery(t.db()).firstPage(
            filter, CaseListSort::CaseNumber, Qt::AscendingOrder, 50);
        if (!page)
            qFatal("%s", qPrintable(page.error().message()));
        QStringList numbers;
        for (const CaseListRow& r : page->rows)
            numbers.append(r.caseNumber);
        return numbers;
    }

private slots:
    void mergingPersonsMovesEveryLinkedRecord()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        const qint64 kept = w.joselyn.members[0].person.id;
        const qint64 removed = w.yoselin.members[0].person.id;
        Result<TableGraph> graph = TableGraph::of(t.db());
        QVERIFY(graph);
        // Every column of every table that refers to a person, read from the schema: what
        // both had must all be on the one that stays (the names and keys are written again).
        const QStringList rewritten{QStringLiteral("person_other_names"),
                                    QStringLiteral("person_nationalities"),
                                    QStringLiteral("person_name_keys")};
        QHash<QString, int> before;
        for (const TableGraph::Reference& r : graph->referencesTo(QStringLiteral("persons"))) {
            before[r.table + u'.' + r.column] = t.scalar(
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IN (?, ?)").arg(r.table, r.column),
                {kept, removed});
        }
        QVERIFY(before.value(QStringLiteral("screenings.person_id")) > 0);
        QVERIFY(before.value(QStringLiteral("procedure_persons.person_id")) > 0);
        QVERIFY(before.value(QStringLiteral("deadlines.person_id")) > 0);
        QVERIFY(before.value(QStringLiteral("family_links.person_id")) > 0);
        QVERIFY(before.value(QStringLiteral("tracing_requests.inquirer_person_id")) > 0);
        QVERIFY(before.value(QStringLiteral("person_specific_needs.person_id")) > 0);
        QVERIFY(before.value(QStringLiteral("person_documents.person_id")) == 2);

        MergeService service(t.db(), t.clock(), t.legal());
        Result<MergePreview> preview = service.previewPersons(kept, removed);
        QVERIFY2(preview, preview ? "" : qPrintable(preview.error().message()));
        QStringList differing;
        for (const MergeField& f : preview->fields) {
            if (f.differs())
                differing.append(f.key);
        }
        QCOMPARE(differing, (QStringList{QStringLiteral("given_names"),
                                         QStringLiteral("family_name1"), QStringLiteral("phone")}));

        MergePlan plan;
        plan.keptId = kept;
        plan.removedId = removed;
        plan.takeFromRemoved = {QStringLiteral("phone")};
        Result<MergeRecord> merged = service.merge(plan);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message()));

        for (const TableGraph::Reference& r : graph->referencesTo(QStringLiteral("persons"))) {
            const QString key = r.table + u'.' + r.column;
            QCOMPARE(
                t.scalar(
                    QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(r.table, r.column),
                    {removed}),
                0);
            if (!rewritten.contains(r.table))
                QVERIFY2(t.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                                      .arg(r.table, r.column),
                                  {kept}) == before.value(key),
                         qPrintable(key));
        }
        Result<Person> person = PersonRepository(t.db(), t.clock()).find(kept);
        QVERIFY(person);
        QCOMPARE(person->givenNames, QStringLiteral("Joselyn"));
        QCOMPARE(person->phone, QStringLiteral("+57 300 555 1234"));
        QCOMPARE(person->documents.size(), 2);
        QCOMPARE(person->nationalities,
                 (QStringList{QStringLiteral("VEN"), QStringLiteral("COL")}));
        QVERIFY(person->otherNames.contains(QStringLiteral("Yoseline Pérez")));
        QVERIFY(person->otherNames.contains(QStringLiteral("Yoselin Perez")));
        QVERIFY(!PersonRepository(t.db(), t.clock()).find(removed));
        // She is in both families, the principal of the second; the spelling merged away
        // still finds her.
        QCOMPARE(casesFound(t, QStringLiteral("Yoselin")),
                 (QStringList{w.joselyn.caseNumber, w.yoselin.caseNumber}));
        Result<CaseRecord> second = CaseService(t.db(), t.clock(), t.legal()).load(w.yoselin.id);
        QVERIFY(second);
        QCOMPARE(second->members[0].person.id, kept);

        Result<QList<MergeRecord>> open = service.toReview();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->constFirst().removedLabel,
                 QStringLiteral("Yoselin Perez (%1)").arg(w.yoselin.caseNumber));
        Result<QList<AuditEntry>> audit = AuditQuery(t.db()).fetch({}, 0, 1);
        QVERIFY(audit);
        QCOMPARE(audit->constFirst().event.action, QStringLiteral("person.merge"));
        QCOMPARE(audit->constFirst().event.changes.size(), 1);
        QCOMPARE(audit->constFirst().event.changes.constFirst().field, QStringLiteral("phone"));
    }

    void undoPutsBothPersonsBackExactly()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        const qint64 kept = w.joselyn.members[0].person.id;
        const qint64 removed = w.yoselin.members[0].person.id;
        // What the merge touched; the cases are compared whole below.
        const RecordSnapshot::Scope scope{{kept, removed}, {}};
        const QString before = snapshot(t, scope).digest();
        PersonRepository persons(t.db(), t.clock());
        const Person keptBefore = *persons.find(kept);
        const Person removedBefore = *persons.find(removed);
        const CaseRecord caseBefore = *CaseService(t.db(), t.clock(), t.legal()).load(w.yoselin.id);
        const CaseRecord otherBefore =
            *CaseService(t.db(), t.clock(), t.legal()).load(w.joselyn.id);

        MergeService service(t.db(), t.clock(), t.legal());
        MergePlan plan;
        plan.keptId = kept;
        plan.removedId = removed;
        plan.takeFromRemoved = {QStringLiteral("given_names"), QStringLiteral("phone")};
        Result<MergeRecord> merged = service.merge(plan);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message()));
        QVERIFY(snapshot(t, scope).digest() != before);

        check(service.undo(merged->id));
        QCOMPARE(snapshot(t, scope).digest(), before);
        QCOMPARE(*persons.find(kept), keptBefore);
        QCOMPARE(*persons.find(removed), removedBefore);
        QCOMPARE(*CaseService(t.db(), t.clock(), t.legal()).load(w.yoselin.id), caseBefore);
        QCOMPARE(*CaseService(t.db(), t.clock(), t.legal()).load(w.joselyn.id), otherBefore);
        QCOMPARE(casesFound(t, QStringLiteral("Yoselin")), QStringList{w.yoselin.caseNumber});
        QCOMPARE(casesFound(t, QStringLiteral("Joselyn")), QStringList{w.joselyn.caseNumber});
        QVERIFY(service.toReview()->isEmpty());
        // Once undone, it cannot be undone again.
        QCOMPARE(service.undo(merged->id).error().code(), Error::Code::Conflict);
        Result<QList<AuditEntry>> audit = AuditQuery(t.db()).fetch({}, 0, 1);
        QCOMPARE(audit->constFirst().event.action, QStringLiteral("person.merge_undo"));
    }

    void mergingCasesJoinsFamiliesAndTheOldNumberLeadsToTheKeptCase()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        const RecordSnapshot::Scope scope = w.both();
        const QString before = snapshot(t, scope).digest();
        MergeService service(t.db(), t.clock(), t.legal());
        Result<MergePreview> preview = service.previewCases(w.joselyn.id, w.yoselin.id);
        QVERIFY2(preview, preview ? "" : qPrintable(preview.error().message()));
        QVERIFY(preview->principalsAlike);

        MergePlan plan;
        plan.kind = MergeKind::Case;
        plan.keptId = w.joselyn.id;
        plan.removedId = w.yoselin.id;
        plan.takeFromRemoved = {QStringLiteral("caseworker")};
        plan.mergePrincipals = true;
        Result<MergeRecord> merged = service.merge(plan);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message()));

        CaseService cases(t.db(), t.clock(), t.legal());
        Result<CaseRecord> one = cases.load(w.joselyn.id);
        QVERIFY(one);
        QStringList members;
        for (const CaseMember& m : one->members)
            members.append(m.person.givenNames + u'/' + relationshipCodes().code(m.relationship));
        QCOMPARE(members,
                 (QStringList{QStringLiteral("Joselyn/principal"), QStringLiteral("Kevin/child"),
                              QStringLiteral("Carla/sibling")}));
        QCOMPARE(one->notes.size(), 1);
        QCOMPARE(one->caseworker, QStringLiteral("Ana Ruiz"));
        QVERIFY(one->consent); // the kept case had none: the other's is not lost
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM procedures WHERE case_id = ?"),
                          {w.joselyn.id}),
                 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM tracing_requests WHERE case_id = ?"),
                          {w.joselyn.id}),
                 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM screenings WHERE case_id = ?"),
                          {w.joselyn.id}),
                 1);
        QVERIFY(!CaseService(t.db(), t.clock(), t.legal()).load(w.yoselin.id));
        // The number merged away finds the case that stayed, opened and searched.
        Result<CaseRecord> byOldNumber = cases.openByNumber(w.yoselin.caseNumber);
        QVERIFY2(byOldNumber, byOldNumber ? "" : qPrintable(byOldNumber.error().message()));
        QCOMPARE(byOldNumber->id, w.joselyn.id);
        QCOMPARE(casesFound(t, w.yoselin.caseNumber), QStringList{w.joselyn.caseNumber});

        check(service.undo(merged->id));
        QCOMPARE(snapshot(t, scope).digest(), before);
        QCOMPARE(cases.openByNumber(w.yoselin.caseNumber)->id, w.yoselin.id);
        QCOMPARE(casesFound(t, w.yoselin.caseNumber), QStringList{w.yoselin.caseNumber});
    }

    // A child registered twice in one family stays once; a member merged with the principal
    // registered twice takes the principal's place.
    void aPersonTwiceInOneFamilyStaysOnce()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord family = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Perez"), {},
                                      Sex::Female, PartialDate::exact(QDate(1994, 3, 12))));
        family.members.append({Fixtures::person(QStringLiteral("Kevin"), QStringLiteral("Pérez"),
                                                {}, Sex::Male, PartialDate::yearOnly(2015)),
                               Relationship::Child});
        family.members.append({Fixtures::person(QStringLiteral("Kevin"), QStringLiteral("Perez"),
                                                {}, Sex::Male, PartialDate::yearOnly(2015)),
                               Relationship::Child});
        family.members.append(
            {Fixtures::person(QStringLiteral("Joselyn"), QStringLiteral("Pérez"), {}, Sex::Female,
                              PartialDate::exact(QDate(1994, 3, 12))),
             Relationship::Sibling});
        CaseService cases(t.db(), t.clock(), t.legal());
        Result<CaseRecord> saved =
            cases.save(family, QStringLiteral("registered before the check"));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        const CaseRecord before = *cases.load(saved->id);
        MergeService service(t.db(), t.clock(), t.legal());
        const auto members = [&] {
            QStringList out;
            const CaseRecord now = *cases.load(saved->id);
            for (const CaseMember& m : now.members)
                out.append(m.person.givenNames + u'/' + relationshipCodes().code(m.relationship));
            return out;
        };

        MergePlan twins;
        twins.keptId = saved->members[1].person.id;
        twins.removedId = saved->members[2].person.id;
        Result<MergeRecord> first = service.merge(twins);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message()));
        QCOMPARE(members(),
                 (QStringList{QStringLiteral("Yoselin/principal"), QStringLiteral("Kevin/child"),
                              QStringLiteral("Joselyn/sibling")}));

        MergePlan principal;
        principal.keptId = saved->members[3].person.id; // Joselyn, the sibling row
        principal.removedId = saved->members[0].person.id;
        Result<MergeRecord> second = service.merge(principal);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message()));
        QCOMPARE(members(),
                 (QStringList{QStringLiteral("Joselyn/principal"), QStringLiteral("Kevin/child")}));
        QCOMPARE(cases.load(saved->id)->members[0].person.id, principal.keptId);

        // Undone newest first, the family is as it was; its revision only grows, so that a
        // form opened before reads the case again.
        QVERIFY(service.undo(second->id));
        QVERIFY(service.undo(first->id));
        CaseRecord after = *cases.load(saved->id);
        QVERIFY(after.revision > before.revision);
        after.revision = before.revision;
        QCOMPARE(after, before);
    }

    void aMergeRefusedHalfwayLeavesBothUntouched()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        const RecordSnapshot::Scope scope = w.both();
        const QString before = snapshot(t, scope).digest();
        const int auditBefore = t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"), {});
        // The last step of a case merge, removing the merged case, is refused.
        if (TestDatabase::onServer()) {
            check(t.db().run(QStringLiteral(
                "CREATE FUNCTION refuse_removal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'removal refused'; END $$")));
            check(t.db().run(QStringLiteral("CREATE TRIGGER refuse_removal BEFORE DELETE ON cases "
                                            "FOR EACH ROW EXECUTE FUNCTION refuse_removal()")));
        } else {
            check(t.db().run(QStringLiteral("CREATE TRIGGER refuse_removal BEFORE DELETE ON cases "
                                            "BEGIN SELECT RAISE(ABORT, 'removal refused'); END")));
        }
        MergePlan plan;
        plan.kind = MergeKind::Case;
        plan.keptId = w.joselyn.id;
        plan.removedId = w.yoselin.id;
        plan.mergePrincipals = true;
        MergeService service(t.db(), t.clock(), t.legal());
        Result<MergeRecord> merged = service.merge(plan);
        QVERIFY(!merged);
        QVERIFY(!merged.error().message().isEmpty());
        QCOMPARE(snapshot(t, scope).digest(), before);
        QVERIFY(service.toReview()->isEmpty());
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"), {}), auditBefore);
        QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM merged_case_numbers"), {}), 0);
    }

    void undoIsRefusedOnceTheRecordChangedAndAfterTheReviewCloses()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        MergeService service(t.db(), t.clock(), t.legal());
        MergePlan plan;
        plan.keptId = w.joselyn.members[0].person.id;
        plan.removedId = w.yoselin.members[0].person.id;
        Result<MergeRecord> merged = service.merge(plan);
        QVERIFY(merged);

        CaseService cases(t.db(), t.clock(), t.legal());
        CaseRecord changed = *cases.load(w.joselyn.id);
        changed.members[0].person.location.place = QStringLiteral("Albergue La Parada");
        QVERIFY(cases.save(changed));
        const Status refused = service.undo(merged->id);
        QCOMPARE(refused.error().code(), Error::Code::Conflict);
        QVERIFY2(refused.error().message().contains(w.joselyn.members[0].person.fullName()),
                 qPrintable(refused.error().message()));
        QCOMPARE(PersonRepository(t.db(), t.clock()).find(plan.keptId)->location.place,
                 QStringLiteral("Albergue La Parada"));
        QCOMPARE(service.toReview()->size(), 1);

        check(service.closeReview(merged->id));
        QVERIFY(service.toReview()->isEmpty());
        QCOMPARE(service.undo(merged->id).error().code(), Error::Code::Conflict);
        // What undo needed, the removed record's data, is gone with the review.
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT COUNT(*) FROM merges WHERE before_state IS NULL"), {}),
            1);
    }

    // On an office's server each person signs in with their own account, which reads and
    // writes only what their role may: a merge and its undo must need nothing more.
    void onTheServerLegalStaffMergeWithTheirOwnAccount()
    {
        if (!TestDatabase::onServer())
            QSKIP("about the server's accounts");
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        const UserSession legal = t.legal();
        Result<std::unique_ptr<Database>> opened = t.openAs(Role::LegalStaff);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        MergeService service(*opened.value(), t.clock(), legal);
        MergePlan plan;
        plan.kind = MergeKind::Case;
        plan.keptId = w.joselyn.id;
        plan.removedId = w.yoselin.id;
        plan.mergePrincipals = true;
        QVERIFY(service.previewCases(plan.keptId, plan.removedId));
        Result<MergeRecord> merged = service.merge(plan);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message()));
        check(service.undo(merged->id));
        QCOMPARE(CaseService(t.db(), t.clock(), legal).load(w.yoselin.id)->caseNumber,
                 w.yoselin.caseNumber);
    }

    // A copy of another site's record is changed where it belongs, not merged here.
    void anotherSitesRecordIsNotMergedHere()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        const RecordSnapshot::Scope scope = w.both();
        check(t.db().run(QStringLiteral("UPDATE cases SET origin = 'BOG' WHERE id = ?"),
                         {w.yoselin.id}));
        const QString before = snapshot(t, scope).digest();
        MergeService service(t.db(), t.clock(), t.legal());
        MergePlan plan;
        plan.keptId = w.joselyn.members[0].person.id;
        plan.removedId = w.yoselin.members[0].person.id;
        Result<MergeRecord> merged = service.merge(plan);
        QVERIFY(!merged);
        QVERIFY2(merged.error().message().contains(QStringLiteral("BOG")),
                 qPrintable(merged.error().message()));
        plan.kind = MergeKind::Case;
        plan.keptId = w.joselyn.id;
        plan.removedId = w.yoselin.id;
        QVERIFY(!service.merge(plan));
        QCOMPARE(snapshot(t, scope).digest(), before);
    }

    void onlyLegalStaffAndAdministratorsMerge()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        MergePlan plan;
        plan.keptId = w.joselyn.members[0].person.id;
        plan.removedId = w.yoselin.members[0].person.id;
        for (Role role : {Role::Volunteer, Role::Coordinator}) {
            MergeService service(t.db(), t.clock(), t.session(role));
            QCOMPARE(service.previewPersons(plan.keptId, plan.removedId).error().code(),
                     Error::Code::NotPermitted);
            QCOMPARE(service.previewCases(w.joselyn.id, w.yoselin.id).error().code(),
                     Error::Code::NotPermitted);
            QCOMPARE(service.merge(plan).error().code(), Error::Code::NotPermitted);
            QCOMPARE(service.toReview().error().code(), Error::Code::NotPermitted);
        }
        Result<MergeRecord> merged = MergeService(t.db(), t.clock(), t.admin()).merge(plan);
        QVERIFY(merged);
        for (Role role : {Role::Volunteer, Role::Coordinator}) {
            MergeService service(t.db(), t.clock(), t.session(role));
            QCOMPARE(service.undo(merged->id).error().code(), Error::Code::NotPermitted);
            QCOMPARE(service.closeReview(merged->id).error().code(), Error::Code::NotPermitted);
        }
        check(MergeService(t.db(), t.clock(), t.legal()).undo(merged->id));
        QCOMPARE(MergeService(t.db(), t.clock(), t.legal())
                     .merge(MergePlan{MergeKind::Person,
                                      plan.keptId,
                                      plan.keptId,
                                      {},
                                      false,
                                      {},
                                      Relationship::OtherRelative})
                     .error()
                     .code(),
                 Error::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"

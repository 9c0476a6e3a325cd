#include "core/audit/AuditLog.h"
#include "core/audit/AuditQuery.h"
#include "core/audit/AuditVerifier.h"
#include "core/audit/SiteAuditTrail.h"
#include "core/services/AuditService.h"
#include "core/services/BackupService.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "core/services/ErasureService.h"
#include "core/services/FamilyLinkService.h"
#include "core/services/ProcedureService.h"
#include "core/services/ScreeningService.h"
#include "core/services/SpecificNeedService.h"
#include "core/services/TracingService.h"
#include "core/storage/CaseListQuery.h"
#include "core/storage/DataRequestRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ErasureRepository.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

// The right to erasure (issue 23): a person erased is gone from every record, from the search
// index, from the audit trail's details and from the bytes of the file and its log; the trail
// still verifies; the family stays; a restore of an older backup erases them again; only
// administrators erase, and a refusal is recorded.
class TestErasure : public QObject
{
    Q_OBJECT

    static constexpr const char* BackupPassphrase = "a backup passphrase, long enough";

    struct World
    {
        CaseRecord family; // Yoselin (principal), her son Kevin, her sister Carla
        CaseRecord alone;  // Wilmer, by himself
        qint64 yoselin = 0;
        qint64 kevin = 0;
        qint64 carla = 0;
        qint64 wilmer = 0;
    };

    // What identifies Yoselin and nobody else, as it is written and as the search index
    // folds it.
    static QList<QByteArray> yoselinsValues()
    {
        return {"Yoselin",          "yoselin",          "Quintero",
                "quintero",         "V-27.111.222",     "27111222",
                "+57 300 555 1234", "+57 300 555 9876", "Yoseline Zambrano"};
    }

    static void fail(const Error& e) { qFatal("%s", qPrintable(e.message())); }

    static World world(TestDatabase& t)
    {
        World w;
        const Site site = Fixtures::cucutaSite(t);
        CaseService cases(t.db(), t.clock(), t.legal());
        Person yoselin = Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Zambrano"),
                                          QStringLiteral("Quintero"), Sex::Female,
                                          PartialDate::exact(QDate(1994, 3, 12)));
        yoselin.documents = {Fixtures::document(QStringLiteral("V-27.111.222"))};
        yoselin.phone = QStringLiteral("+57 300 555 1234");
        yoselin.otherNames = {QStringLiteral("Yoseline Zambrano")};
        CaseRecord family = Fixtures::caseFor(site.id, yoselin);
        family.members.append({Fixtures::person(QStringLiteral("Kevin"), QStringLiteral("Zambrano"),
                                                {}, Sex::Male, PartialDate::yearOnly(2015)),
                               Relationship::Child});
        family.members.append({Fixtures::person(QStringLiteral("Carla"), QStringLiteral("Zambrano"),
                                                {}, Sex::Female, PartialDate::yearOnly(1998)),
                               Relationship::Sibling});
        family.consent = Consent{QDate(2026, 6, 1), QStringLiteral("legal"), true, true, true};
        Result<CaseRecord> saved = cases.save(family);
        if (!saved)
            fail(saved.error());
        w.family = *saved;
        w.yoselin = w.family.members[0].person.id;
        w.kevin = w.family.members[1].person.id;
        w.carla = w.family.members[2].person.id;
        // Opened again and changed: the trail holds her values as old and new.
        CaseRecord changed = w.family;
        changed.members[0].person.phone = QStringLiteral("+57 300 555 9876");
        saved = cases.save(changed);
        if (!saved)
            fail(saved.error());
        changed = *saved;
        changed.members[0].person.phone = QStringLiteral("+57 300 555 1234");
        saved = cases.save(changed);
        if (!saved)
            fail(saved.error());
        w.family = *saved;

        Screening s;
        s.personId = w.yoselin;
        s.screenedOn = t.clock().today();
        if (Result<QList<Screening>> r =
                ScreeningService(t.db(), t.clock(), t.legal()).save(w.family.id, {s});
            !r)
            fail(r.error());
        if (Result<SpecificNeed> r = SpecificNeedService(t.db(), t.clock(), t.legal())
                                         .attach(w.family.id, w.yoselin, QStringLiteral("WR-SF"));
            !r)
            fail(r.error());
        Procedure p;
        p.caseId = w.family.id;
        p.typeCode = QStringLiteral("col_rsd");
        p.country = QStringLiteral("COL");
        p.fileNumber = QStringLiteral("RSD-2026-0042");
        p.responsible = QStringLiteral("Dra. Lucía Méndez");
        p.openedOn = QDate(2026, 6, 4);
        p.personIds = {w.yoselin, w.kevin};
        Result<Procedure> opened = ProcedureService(t.db(), t.clock(), t.legal()).open(p);
        if (!opened)
            fail(opened.error());
        if (Result<qint64> d = DeadlineService(t.db(), t.clock(), t.legal())
                                   .add(w.family.id, opened->id, QStringLiteral("Appeal"),
                                        QDate(2026, 9, 1), QStringLiteral("legal"));
            !d)
            fail(d.error());
        if (Result<FamilyLink> l = FamilyLinkService(t.db(), t.clock(), t.legal())
                                       .add(w.yoselin, w.carla, Relationship::Sibling, true, {});
            !l)
            fail(l.error());
        TracingRequest r;
        r.siteId = site.id;
        r.caseId = w.family.id;
        r.inquirerPersonId = w.yoselin;
        r.inquirerName = QStringLiteral("Yoselin Zambrano Quintero");
        r.relationship = Relationship::Parent;
        r.requestedOn = QDate(2026, 6, 3);
        r.sought.givenNames = QStringLiteral("Rosa");
        r.sought.familyName1 = QStringLiteral("Quintero");
        r.sought.lastKnownCountry = QStringLiteral("VEN");
        if (Result<TracingRequest> added = TracingService(t.db(), t.clock(), t.legal()).add(r);
            !added)
            fail(added.error());

        Result<CaseRecord> alone = cases.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Wilmer"), QStringLiteral("Ochoa"))));
        if (!alone)
            fail(alone.error());
        w.alone = *alone;
        w.wilmer = w.alone.members[0].person.id;
        return w;
    }

    static ErasureService::Request request(qint64 personId,
                                           ErasureGround ground = ErasureGround::ConsentWithdrawn)
    {
        ErasureService::Request r;
        r.personId = personId;
        r.ground = ground;
        r.receivedOn = QDate(2026, 6, 14);
        r.identityCheck = QStringLiteral("cédula shown");
        return r;
    }

    static QByteArray fileBytes(const QString& path)
    {
        QByteArray all;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    static QStringList auditText(TestDatabase& t)
    {
        QStringList out;
        for (const AuditEntry& e : AuditQuery(t.db()).all().value())
            out << e.event.recordLabel + QLatin1Char(' ') + e.details;
        return out;
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

    static void verifyTrail(TestDatabase& t, qint64 emptiedAtLeast)
    {
        Result<AuditVerifier::Report> report = AuditVerifier(t.db()).verify();
        QVERIFY(report);
        for (const AuditVerifier::Problem& p : report->problems)
            qWarning("%s", qPrintable(p.description));
        QVERIFY(report->intact());
        QVERIFY2(report->emptied >= emptiedAtLeast, qPrintable(QString::number(report->emptied)));
    }

private slots:
    // A principal erased: every record of hers goes, the family's case stays with her son
    // as principal, her sister loses the link to her, the procedure and its deadline stay
    // for her son; the trail verifies, with every entry about the case emptied.
    void erasingAPrincipalKeepsTheFamily()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        QVERIFY(auditText(t).join(QLatin1Char('\n')).contains(QStringLiteral("Yoselin")));
        ErasureService service(t.db(), t.clock(), t.admin());
        Result<ErasureService::Outcome> done = service.erase(request(w.yoselin));
        QVERIFY2(done, qPrintable(done.error().message()));
        QCOMPARE(done->casesRemoved, 0);
        QCOMPARE(done->casesKept, 1);
        QVERIFY(done->auditEntriesEmptied >= 5);

        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE id = ?"), {w.yoselin}),
                 0);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT principal_id FROM cases WHERE id = ?"), {w.family.id}),
            int(w.kevin));
        Result<CaseRecord> family = CaseService(t.db(), t.clock(), t.legal()).open(w.family.id);
        QVERIFY(family);
        QCOMPARE(family->members.size(), 2);
        QCOMPARE(family->members[0].person.givenNames, QStringLiteral("Kevin"));
        QCOMPARE(family->members[0].relationship, Relationship::Principal);
        QCOMPARE(t.rowCount(QStringLiteral("screenings")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("person_specific_needs")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("family_links")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("tracing_requests")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("person_documents")), 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM procedure_persons")), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM deadlines WHERE person_id IS "
                                         "NULL AND case_id = ?"),
                          {w.family.id}),
                 t.rowCount(QStringLiteral("deadlines")));
        QVERIFY(t.rowCount(QStringLiteral("deadlines")) > 0);
        QCOMPARE(t.brokenReferences(), 0);
        QCOMPARE(casesFound(t, QStringLiteral("Yoselin")), QStringList());
        QCOMPARE(casesFound(t, QStringLiteral("V-27.111.222")), QStringList());
        QCOMPARE(casesFound(t, QStringLiteral("Kevin")), QStringList{w.family.caseNumber});

        const QString trail = auditText(t).join(QLatin1Char('\n'));
        for (const QByteArray& v : yoselinsValues())
            QVERIFY2(!trail.contains(QString::fromUtf8(v)), v.constData());
        verifyTrail(t, done->auditEntriesEmptied);

        // Registered by uid only; the register holds the request, without her words.
        const QList<Erasure> erasures = ErasureRepository(t.db()).all().value();
        QCOMPARE(erasures.size(), 1);
        QCOMPARE(erasures[0].ground, ErasureGround::ConsentWithdrawn);
        QCOMPARE(erasures[0].decidedBy, t.admin().displayName);
        const QList<DataRequest> register_ = DataRequestRepository(t.db()).latest(10).value();
        QCOMPARE(register_.size(), 1);
        QCOMPARE(register_[0].kind, DataRequestKind::Erasure);
        QCOMPARE(register_[0].decision, DataRequestDecision::Granted);
        QCOMPARE(register_[0].caseNumber, w.family.caseNumber);
        QCOMPARE(register_[0].receivedOn, QDate(2026, 6, 14));
        AuditFilter f;
        f.action = QLatin1String(ErasedEntries::EraseAction);
        QCOMPARE(*AuditQuery(t.db()).count(f), 1);
        // The trail's window says what happened to an emptied entry, and names the erasure.
        QCOMPARE(AuditService::actionLabel(f.action), QStringLiteral("Erased a person"));
        for (const AuditEntry& e : AuditQuery(t.db()).all().value()) {
            if (ErasedEntries::isEmptied(e))
                QVERIFY(AuditService::describeChanges(e).contains(QStringLiteral("emptied")));
        }
    }

    // A member erased: the case keeps its principal and other members.
    void erasingAMemberKeepsTheCase()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        QVERIFY(ErasureService(t.db(), t.clock(), t.admin()).erase(request(w.carla)));
        Result<CaseRecord> family = CaseService(t.db(), t.clock(), t.legal()).open(w.family.id);
        QVERIFY(family);
        QCOMPARE(family->members.size(), 2);
        QCOMPARE(family->members[0].person.id, w.yoselin);
        QCOMPARE(family->members[1].person.id, w.kevin);
        QCOMPARE(t.rowCount(QStringLiteral("family_links")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("screenings")), 1);
        QCOMPARE(t.brokenReferences(), 0);
        verifyTrail(t, 1);
    }

    // Alone in the case: the case goes with everything in it, and the other case stays.
    void erasingTheOnlyMemberRemovesTheCase()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        Result<ErasureService::Outcome> done =
            ErasureService(t.db(), t.clock(), t.admin()).erase(request(w.wilmer));
        QVERIFY(done);
        QCOMPARE(done->casesRemoved, 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"), {w.alone.id}),
                 0);
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 1);
        QCOMPARE(t.brokenReferences(), 0);
        QVERIFY(!auditText(t).join(QLatin1Char('\n')).contains(QStringLiteral("Wilmer")));
        verifyTrail(t, 1);
    }

    // On an office's server an administrator erases with their own account, which may
    // empty audit entries and nothing more.
    void onTheServerAnAdministratorErasesWithTheirOwnAccount()
    {
        if (!TestDatabase::onServer())
            QSKIP("about the server's accounts");
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        const UserSession admin = t.admin();
        Result<std::unique_ptr<Database>> opened = t.openAs(Role::Administrator);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        Result<ErasureService::Outcome> done =
            ErasureService(*opened.value(), t.clock(), admin).erase(request(w.yoselin));
        QVERIFY2(done, done ? "" : qPrintable(done.error().message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE id = ?"), {w.yoselin}),
                 0);
        verifyTrail(t, done->auditEntriesEmptied);
    }

    // The file and its log hold her values before, and none of them after: deleted content
    // and free pages are overwritten, the search index rewritten, the log emptied.
    void leavesNothingInTheFileOrItsLog()
    {
        SKIP_ON_SERVER("the bytes of the file and its write-ahead log");
        if (TestDatabase::encrypted())
            QSKIP("an encrypted file shows no value in clear, before or after");
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        const QByteArray before = fileBytes(t.path());
        for (const QByteArray& v : yoselinsValues())
            QVERIFY2(before.contains(v), v.constData());
        Result<ErasureService::Outcome> done =
            ErasureService(t.db(), t.clock(), t.admin()).erase(request(w.yoselin));
        QVERIFY2(done, qPrintable(done.error().message()));
        QVERIFY(done->logEmptied);
        const QByteArray after = fileBytes(t.path());
        for (const QByteArray& v : yoselinsValues())
            QVERIFY2(!after.contains(v), v.constData());
        QVERIFY(after.contains("Kevin"));
    }

    // Only administrators erase; a refusal needs its reason and is recorded, erasing nothing.
    void onlyAdministratorsAnswerAndRefusalsAreRecorded()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        for (Role role : {Role::LegalStaff, Role::Volunteer, Role::Coordinator}) {
            ErasureService theirs(t.db(), t.clock(), t.session(role));
            QCOMPARE(theirs.erase(request(w.yoselin)).error().code(), Error::Code::NotPermitted);
            QCOMPARE(theirs.refuse(w.yoselin, QDate(2026, 6, 14), {}, QStringLiteral("hold"))
                         .error()
                         .code(),
                     Error::Code::NotPermitted);
        }
        ErasureService admin(t.db(), t.clock(), t.admin());
        QCOMPARE(Fixtures::fieldsOf(
                     admin.refuse(w.yoselin, QDate(2026, 6, 14), {}, QStringLiteral(" ")).error()),
                 QStringList{"answer"});
        ErasureService::Request future = request(w.yoselin);
        future.receivedOn = t.clock().today().addDays(1);
        QCOMPARE(admin.erase(future).error().code(), Error::Code::Invalid);
        Result<qint64> refused =
            admin.refuse(w.yoselin, QDate(2026, 6, 14), QStringLiteral("passport"),
                         QStringLiteral("Legal hold: the appeal is pending."));
        QVERIFY(refused);
        const DataRequest r = DataRequestRepository(t.db()).find(*refused).value();
        QCOMPARE(r.decision, DataRequestDecision::Refused);
        QCOMPARE(r.answer, QStringLiteral("Legal hold: the appeal is pending."));
        QCOMPARE(r.kind, DataRequestKind::Erasure);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE id = ?"), {w.yoselin}),
                 1);
        QCOMPARE(t.rowCount(QStringLiteral("erasures")), 0);
        verifyTrail(t, 0);
    }

    // Emptying an entry without an erasure, or changing an emptied entry, shows.
    void theTrailStillShowsTampering()
    {
        SKIP_ON_SERVER("tampering by hand with the file");
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        QVERIFY(ErasureService(t.db(), t.clock(), t.admin()).erase(request(w.wilmer)));
        verifyTrail(t, 1);
        // An entry about Kevin's case, emptied by hand as an erasure would.
        QVERIFY(t.db().run(QStringLiteral("UPDATE audit_log SET details = ? WHERE id = (SELECT "
                                          "min(id) FROM audit_log WHERE action = 'case.create')"),
                           {ErasedEntries::marker()}));
        Result<AuditVerifier::Report> report = AuditVerifier(t.db()).verify();
        QCOMPARE(report->problems.size(), 1);
        QVERIFY(report->problems[0].description.contains(QStringLiteral("no erasure")));

        // An entry the erasure emptied, its user changed afterwards.
        TestDatabase u;
        QVERIFY(u);
        const World v = world(u);
        QVERIFY(ErasureService(u.db(), u.clock(), u.admin()).erase(request(v.wilmer)));
        QVERIFY(u.db().run(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(u.db().run(QStringLiteral("UPDATE audit_log SET username = 'someone' WHERE id = "
                                          "(SELECT min(id) FROM audit_log WHERE details = ?)"),
                           {ErasedEntries::marker()}));
        report = AuditVerifier(u.db()).verify();
        QCOMPARE(report->problems.size(), 1);
        // The trigger lets nothing but an erasure's marker in.
        TestDatabase x;
        QVERIFY(x);
        world(x);
        QVERIFY(!x.db().run(QStringLiteral("UPDATE audit_log SET details = 'x' WHERE id = 1")));
        QVERIFY(!x.db().run(
            QStringLiteral("UPDATE audit_log SET username = 'x', details = ? WHERE id = 1"),
            {ErasedEntries::marker()}));
    }

    // A backup made before the erasure, restored after it, does not bring her back.
    void aRestoreErasesAgain()
    {
        SKIP_ON_SERVER("a restore replaces the file (a server is restored into an empty one)");
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        const QString backup = t.folder() + QStringLiteral("/before.amparobackup");
        QVERIFY(BackupService(t.db(), t.clock(), t.admin())
                    .createBackup(backup, QLatin1String(BackupPassphrase)));
        QVERIFY(ErasureService(t.db(), t.clock(), t.admin()).erase(request(w.yoselin)));

        const QString path = t.path();
        Result<BackupService::PreparedRestore> prepared =
            BackupService::prepareRestore(t.admin(), backup, QLatin1String(BackupPassphrase), path);
        QVERIFY2(prepared, qPrintable(prepared.error().message()));
        prepared.value().erasures = ErasureRepository(t.db()).all().value();
        QCOMPARE(prepared->erasures.size(), 1);
        t.close();
        Result<QString> previous = BackupService::completeRestore(*prepared, path, t.clock());
        QVERIFY(previous);
        QVERIFY(t.reopen());
        const Status recorded = BackupService::recordRestore(
            t.db(), t.clock(), QStringLiteral("admin"), *prepared, *previous);
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE id = ?"), {w.yoselin}),
                 0);
        QCOMPARE(t.rowCount(QStringLiteral("erasures")), 1);
        QCOMPARE(casesFound(t, QStringLiteral("Kevin")), QStringList{w.family.caseNumber});
        verifyTrail(t, 1);
        AuditFilter f;
        f.action = QStringLiteral("backup.restore");
        const QList<AuditEntry> restore = AuditQuery(t.db()).fetch(f, 0, 1).value();
        QVERIFY(restore[0].event.summary.contains(QStringLiteral("erased again")));
        if (!TestDatabase::encrypted()) {
            const QByteArray after = fileBytes(path);
            for (const QByteArray& v : yoselinsValues())
                QVERIFY2(!after.contains(v), v.constData());
        }
        // Restoring the same backup again finds her erasure in what it replaces.
    }

    // A post's trail at its office: entries the post emptied arrive vouched for by the
    // erasure's entry; copies the office already had are emptied too; both verify.
    void aPostsErasureReachesItsTrailAtTheOffice()
    {
        TestDatabase post;
        QVERIFY(post);
        const World w = world(post);
        TestDatabase office;
        QVERIFY(office);
        const QList<AuditEntry> first = AuditQuery(post.db()).all().value();
        QVERIFY(SiteAuditTrail(office.db()).append(QStringLiteral("CUC"), first));
        QVERIFY(ErasureService(post.db(), post.clock(), post.admin()).erase(request(w.yoselin)));
        const QList<AuditEntry> all = AuditQuery(post.db()).all().value();
        // Sent again from the first entry, as before a confirmation, and from the last one.
        QVERIFY2(SiteAuditTrail(office.db()).append(QStringLiteral("CUC"), all.mid(first.size())),
                 "the new entries");
        Result<AuditVerifier::Report> report =
            AuditVerifier(office.db()).verifySite(QStringLiteral("CUC"));
        QVERIFY(report);
        for (const AuditVerifier::Problem& p : report->problems)
            qWarning("%s", qPrintable(p.description));
        QVERIFY(report->intact());
        QVERIFY(report->emptied > 0);
        // The office knows the erasure: a restore there erases her again.
        const QList<Erasure> atTheOffice = ErasureRepository(office.db()).all().value();
        QCOMPARE(atTheOffice.size(), 1);
        QCOMPARE(atTheOffice[0].personUid,
                 ErasureRepository(post.db()).all()->constFirst().personUid);
        QCOMPARE(atTheOffice[0].ground, ErasureGround::ConsentWithdrawn);
        QVERIFY(SiteAuditTrail(office.db()).append(QStringLiteral("CUC"), all.mid(first.size())));
        QCOMPARE(ErasureRepository(office.db()).all()->size(), 1);
        const QList<AuditEntry> kept =
            SiteAuditTrail(office.db()).entries(QStringLiteral("CUC")).value();
        for (const AuditEntry& e : kept)
            QVERIFY2(!e.details.contains(QStringLiteral("Yoselin")), qPrintable(e.details));

        // A post that erased before sending: its emptied entries arrive with the voucher.
        TestDatabase other;
        QVERIFY(other);
        QVERIFY(SiteAuditTrail(other.db()).append(QStringLiteral("CUC"), all));
        QVERIFY(AuditVerifier(other.db()).verifySite(QStringLiteral("CUC"))->intact());
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"

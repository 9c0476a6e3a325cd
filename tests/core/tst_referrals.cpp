#include "core/audit/AuditQuery.h"
#include "core/common/Translations.h"
#include "core/referrals/ReferralPackageService.h"
#include "core/reports/ReferralForm.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "core/services/PartnerService.h"
#include "core/services/ReferralService.h"
#include "core/services/SpecificNeedService.h"
#include "core/services/SyncSetupService.h"
#include "core/services/TransferService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

class TestReferrals : public QObject
{
    Q_OBJECT

    // A mother and her son of 12; consent to referral as asked.
    static CaseRecord family(TestDatabase& t, bool consentToReferral)
    {
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord r = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"), {},
                                      Sex::Female, PartialDate::yearOnly(1990)));
        r.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                        Sex::Male, PartialDate::yearOnly(2014)),
                       Relationship::Child});
        r.consent =
            Consent{QDate(2026, 6, 1), QStringLiteral("Ana"), true, consentToReferral, false};
        return *CaseService(t.db(), t.clock(), t.legal()).save(r);
    }

    static Partner clinic(TestDatabase& t)
    {
        Partner p;
        p.name = QStringLiteral("Clínica Frontera");
        p.services = {QStringLiteral("health"), QStringLiteral("mhpss")};
        p.areas = QStringLiteral("Cúcuta, Villa del Rosario");
        p.contact = QStringLiteral("+57 300 000 0000");
        p.language = QStringLiteral("es");
        return *PartnerService(t.db(), t.clock(), t.admin()).save(p);
    }

    static Referral referralOf(const CaseRecord& r, const Partner& p, QDate on)
    {
        Referral ref;
        ref.caseId = r.id;
        ref.partnerId = p.id;
        ref.personIds = {r.members[1].person.id};
        ref.services = {QStringLiteral("mhpss")};
        ref.priority = ReferralPriority::Urgent;
        ref.reasons = QStringLiteral("Nightmares since the crossing.");
        ref.shared = {QStringLiteral("name"), QStringLiteral("birth_date")};
        ref.madeOn = on;
        return ref;
    }

private slots:
    void administratorsKeepTheDirectory()
    {
        TestDatabase t;
        QVERIFY(t);
        PartnerService admin(t.db(), t.clock(), t.admin());
        Partner p;
        QCOMPARE(Fixtures::fieldsOf(admin.save(p).error()), (QStringList{"name", "services"}));
        p.name = QStringLiteral("  Casa   de Paso ");
        p.services = {QStringLiteral("shelter"), QStringLiteral("teleportation")};
        p.language = QStringLiteral("fr");
        p.siteCard = QStringLiteral("not a card");
        QCOMPARE(Fixtures::fieldsOf(admin.save(p).error()),
                 (QStringList{"services", "language", "siteCard"}));
        p.services = {QStringLiteral("shelter")};
        p.language = QStringLiteral("pt_BR");
        p.siteCard.clear();
        Result<Partner> saved = admin.save(p);
        QVERIFY2(saved, qPrintable(saved.error().message()));
        QCOMPARE(saved->name, QStringLiteral("Casa de Paso"));
        QVERIFY(!saved->usesAmparo());

        Partner twin = p;
        twin.name = QStringLiteral("casa de paso");
        QCOMPARE(Fixtures::fieldsOf(admin.save(twin).error()), QStringList{"name"});

        Partner changed = *saved;
        changed.active = false;
        QVERIFY(admin.save(changed));
        QVERIFY(admin.list(false)->isEmpty());
        QCOMPARE(admin.list(true)->size(), 1);

        // Legal staff read the directory; only administrators change it; volunteers neither.
        QCOMPARE(PartnerService(t.db(), t.clock(), t.legal()).list(true)->size(), 1);
        QCOMPARE(PartnerService(t.db(), t.clock(), t.legal()).save(p).error().code(),
                 Error::Code::NotPermitted);
        QCOMPARE(
            PartnerService(t.db(), t.clock(), t.session(Role::Volunteer)).list(true).error().code(),
            Error::Code::NotPermitted);
        AuditFilter f;
        f.action = QStringLiteral("partner");
        QCOMPARE(*AuditQuery(t.db()).count(f), 2);
    }

    void noReferralWithoutConsentOrAReasonForOverriding()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t, false);
        const Partner p = clinic(t);
        ReferralService service(t.db(), t.clock(), t.legal());
        Referral ref = referralOf(r, p, t.clock().today());
        Result<Referral> refused = service.refer(ref);
        QVERIFY(!refused);
        QCOMPARE(Fixtures::fieldsOf(refused.error()), QStringList{"consentOverride"});
        QVERIFY(service.forCase(r.id)->isEmpty());
        QVERIFY(DeadlineService(t.db(), t.clock(), t.legal()).forCase(r.id, true)->isEmpty());

        ref.consentOverride = QStringLiteral("The boy is at risk tonight; mother unreachable.");
        Result<Referral> made = service.refer(ref);
        QVERIFY2(made, qPrintable(made.error().message()));
        QCOMPARE(made->consentOverride, ref.consentOverride);
        // The override is in the audit trail, with who made it.
        AuditFilter f;
        f.action = QStringLiteral("referral.create");
        Result<QList<AuditEntry>> entries = AuditQuery(t.db()).fetch(f, 0, 10);
        QCOMPARE(entries->size(), 1);
        bool overrideAudited = false;
        for (const AuditChange& c : entries->constFirst().event.changes)
            overrideAudited |=
                c.field == QLatin1String("consent override") && c.newValue == ref.consentOverride;
        QVERIFY(overrideAudited);
        QCOMPARE(entries->constFirst().username, t.legal().username);

        // Volunteers and coordinators cannot refer at all.
        QCOMPARE(ReferralService(t.db(), t.clock(), t.session(Role::Volunteer))
                     .refer(ref)
                     .error()
                     .code(),
                 Error::Code::NotPermitted);
    }

    void withConsentNothingIsOverridden()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t, true);
        const Partner p = clinic(t);
        Referral ref = referralOf(r, p, t.clock().today());
        ref.consentOverride = QStringLiteral("not needed");
        Result<Referral> made = ReferralService(t.db(), t.clock(), t.legal()).refer(ref);
        QVERIFY2(made, qPrintable(made.error().message()));
        QVERIFY(made->consentOverride.isEmpty());
        QCOMPARE(made->state, ReferralState::Sent);
    }

    void badReferralsAreRefusedWhole()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t, true);
        const Partner p = clinic(t);
        ReferralService service(t.db(), t.clock(), t.legal());
        Referral ref;
        ref.caseId = r.id;
        ref.personIds = {999999};
        ref.shared = {QStringLiteral("blood_type")};
        ref.madeOn = t.clock().today().addDays(1);
        QCOMPARE(Fixtures::fieldsOf(service.refer(ref).error()),
                 (QStringList{"persons", "partner", "services", "shared", "reasons", "madeOn"}));
        QVERIFY(service.forCase(r.id)->isEmpty());
    }

    // Each priority's answer is due as the inter-agency form says; the answer closes it.
    void theAnswerComesDueByPriority_data()
    {
        QTest::addColumn<int>("priority");
        QTest::addColumn<int>("days");
        QTest::newRow("emergency: 24 hours") << int(ReferralPriority::Emergency) << 1;
        QTest::newRow("urgent: 72 hours") << int(ReferralPriority::Urgent) << 3;
        QTest::newRow("normal: 2 weeks") << int(ReferralPriority::Normal) << 14;
    }

    void theAnswerComesDueByPriority()
    {
        QFETCH(int, priority);
        QFETCH(int, days);
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t, true);
        const Partner p = clinic(t);
        Referral ref = referralOf(r, p, t.clock().today());
        ref.priority = ReferralPriority(priority);
        Result<Referral> made = ReferralService(t.db(), t.clock(), t.legal()).refer(ref);
        QVERIFY(made);
        DeadlineService deadlines(t.db(), t.clock(), t.legal());
        QList<DeadlineRow> open = *deadlines.forCase(r.id, false);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].deadline.dueOn, t.clock().today().addDays(days));
        QCOMPARE(open[0].deadline.referralId, made->id);
        QCOMPARE(open[0].deadline.personId, r.members[1].person.id);
        QCOMPARE(DeadlineService::describe(open[0]),
                 QStringLiteral("Answer from Clínica Frontera to the referral of Luis Rojas"));
        // Unanswered past its time: overdue among everyone's deadlines.
        t.clock().advanceDays(days + 1);
        QCOMPARE(deadlines.counts(false)->first, 1);
    }

    void eachStateChange()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t, true);
        const Partner p = clinic(t);
        ReferralService service(t.db(), t.clock(), t.legal());
        DeadlineService deadlines(t.db(), t.clock(), t.legal());
        const QDate today = t.clock().today();
        const qint64 a = service.refer(referralOf(r, p, today.addDays(-2)))->id;
        const qint64 b = service.refer(referralOf(r, p, today.addDays(-2)))->id;
        const qint64 c = service.refer(referralOf(r, p, today.addDays(-2)))->id;
        QCOMPARE(deadlines.forCase(r.id, false)->size(), 3);

        // Sent → accepted → delivered, with the provider's note.
        QCOMPARE(service.changeState(a, ReferralState::Delivered, {}, today).error().code(),
                 Error::Code::Conflict);
        QCOMPARE(Fixtures::fieldsOf(
                     service.changeState(a, ReferralState::Accepted, {}, today.addDays(1)).error()),
                 QStringList{"on"});
        QCOMPARE(
            Fixtures::fieldsOf(
                service.changeState(a, ReferralState::Accepted, {}, today.addDays(-3)).error()),
            QStringList{"on"}); // before the referral
        Result<Referral> accepted = service.changeState(a, ReferralState::Accepted, {}, today);
        QVERIFY2(accepted, qPrintable(accepted.error().message()));
        QCOMPARE(accepted->answeredOn, today);
        QVERIFY(!accepted->closedOn.isValid());
        QCOMPARE(deadlines.forCase(r.id, false)->size(), 2); // the answer came
        Result<Referral> delivered =
            service.changeState(a, ReferralState::Delivered,
                                QStringLiteral("Six sessions with the psychologist."), today);
        QVERIFY(delivered);
        QCOMPARE(delivered->closedOn, today);
        QCOMPARE(service.find(a)->stateNote, QStringLiteral("Six sessions with the psychologist."));
        QCOMPARE(service.changeState(a, ReferralState::Withdrawn, QStringLiteral("x"), today)
                     .error()
                     .code(),
                 Error::Code::Conflict); // over

        // Sent → declined, with a reason.
        QCOMPARE(
            Fixtures::fieldsOf(service.changeState(b, ReferralState::Declined, {}, today).error()),
            QStringList{"note"});
        Result<Referral> declined =
            service.changeState(b, ReferralState::Declined, QStringLiteral("No places."), today);
        QVERIFY(declined);
        QCOMPARE(declined->state, ReferralState::Declined);
        QCOMPARE(deadlines.forCase(r.id, false)->size(), 1);

        // Sent → withdrawn, with a reason.
        QCOMPARE(
            Fixtures::fieldsOf(service.changeState(c, ReferralState::Withdrawn, {}, today).error()),
            QStringList{"note"});
        QVERIFY(service.changeState(c, ReferralState::Withdrawn,
                                    QStringLiteral("The family moved to Bogotá."), today));
        QVERIFY(deadlines.forCase(r.id, false)->isEmpty());

        QList<ReferralState> states;
        for (const Referral& ref : *service.forCase(r.id))
            states.append(ref.state);
        QCOMPARE(states.size(), 3);
        QVERIFY(states.contains(ReferralState::Delivered));
        QVERIFY(states.contains(ReferralState::Declined));
        QVERIFY(states.contains(ReferralState::Withdrawn));
        AuditFilter f;
        f.action = QStringLiteral("referral.state");
        QCOMPARE(*AuditQuery(t.db()).count(f), 4);
    }

    // The form carries about each person only what the referral lists; without the name,
    // the case code alone. Nothing of the other members, notes or observations.
    void theFormHoldsOnlyTheListedItems()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        Person luis = Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                       Sex::Male, PartialDate::yearOnly(2014));
        luis.phone = QStringLiteral("+57 311 555 0101");
        luis.nationalities = {QStringLiteral("VEN")};
        luis.documents = {Fixtures::document(QStringLiteral("V-30111222"))};
        luis.location = Location{QStringLiteral("COL"), QString(), QStringLiteral("La Parada")};
        CaseRecord r = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas")));
        r.members.append(CaseMember{luis, Relationship::Child});
        r.notes.append(CaseNote{
            0, {}, QStringLiteral("Ana"), QStringLiteral("Father threatened the family.")});
        r.consent = Consent{QDate(2026, 6, 1), QStringLiteral("Ana"), true, true, false};
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(r);
        QVERIFY2(saved, qPrintable(saved.error().message()));
        r = *saved;
        const Partner p = clinic(t);
        Referral ref = referralOf(r, p, t.clock().today());
        ref.shared = {QStringLiteral("birth_date"), QStringLiteral("sex")};
        ref = *ReferralService(t.db(), t.clock(), t.legal()).refer(ref);
        const qint64 luisId = r.members[1].person.id;
        const QHash<qint64, QStringList> needs{{luisId, {QStringLiteral("SC-SC")}}};

        const QString minimal =
            ReferralForm(r, ref, QStringLiteral("Cúcuta"), needs, t.clock().today()).html();
        for (const QString& absent :
             {QStringLiteral("Luis"), QStringLiteral("Carmen"), QStringLiteral("Rojas"),
              QStringLiteral("311 555"), QStringLiteral("V-30111222"), QStringLiteral("Venezuela"),
              QStringLiteral("La Parada"), QStringLiteral("SC-SC"), QStringLiteral("threatened"),
              QStringLiteral("Household")})
            QVERIFY2(!minimal.contains(absent), qPrintable(absent));
        for (const QString& present :
             {r.caseNumber, QStringLiteral("2014"), QStringLiteral("Male"),
              QStringLiteral("Nightmares since the crossing."),
              QStringLiteral("Mental health and psychosocial support"),
              QStringLiteral("Clínica Frontera"), QStringLiteral("Urgent (within 72 hours)"),
              QStringLiteral("Date of birth, Sex")})
            QVERIFY2(minimal.contains(present), qPrintable(present));

        ref.shared = {QStringLiteral("name"),          QStringLiteral("phone"),
                      QStringLiteral("documents"),     QStringLiteral("nationality"),
                      QStringLiteral("location"),      QStringLiteral("specific_needs"),
                      QStringLiteral("household_size")};
        const QString full =
            ReferralForm(r, ref, QStringLiteral("Cúcuta"), needs, t.clock().today()).html();
        for (const QString& present :
             {QStringLiteral("Luis Rojas"), QStringLiteral("+57 311 555 0101"),
              QStringLiteral("V-30111222"), QStringLiteral("Venezuela"),
              QStringLiteral("La Parada"), QStringLiteral("SC-SC"),
              QStringLiteral("Household size")})
            QVERIFY2(full.contains(present), qPrintable(present));
        // The mother is not referred: nothing of her, whatever is shared.
        QVERIFY(!full.contains(QStringLiteral("Carmen")));
        QVERIFY(!full.contains(QStringLiteral("threatened")));

        // In the partner's language.
        const LanguageScope spanish(QStringLiteral("es"));
        const QString inSpanish =
            ReferralForm(r, ref, QStringLiteral("Cúcuta"), needs, t.clock().today()).html();
        QVERIFY2(inSpanish.contains(QStringLiteral("Formulario de remisión")),
                 qPrintable(inSpanish));
    }

    // Two organisations that use Amparo, each with the other in its directory (with its site
    // card): a referral travels as a package the receiver opens as a new case.
    void aReferralPackageOpensAsANewCaseAtThePartner()
    {
        TestDatabase here{TestDatabase::Engine::File};
        TestDatabase there;
        QVERIFY(here && there);
        const SiteCard ourCard = *SyncSetupService(here.db(), here.clock(), here.admin())
                                      .becomeSite(QStringLiteral("CUC"), SyncRole::Office);
        const SiteCard theirCard = *SyncSetupService(there.db(), there.clock(), there.admin())
                                        .becomeSite(QStringLiteral("PASTO"), SyncRole::Office);
        Partner them;
        them.name = QStringLiteral("Casa Pasto");
        them.services = {QStringLiteral("shelter")};
        them.siteCard = QString::fromUtf8(theirCard.toFile());
        them.agreement = QStringLiteral("  Acuerdo de intercambio   2026-03 ");
        them = *PartnerService(here.db(), here.clock(), here.admin()).save(them);
        QCOMPARE(them.agreement, QStringLiteral("Acuerdo de intercambio 2026-03"));
        Partner us;
        us.name = QStringLiteral("Clínica Cúcuta");
        us.services = {QStringLiteral("health")};
        us.siteCard = QString::fromUtf8(ourCard.toFile());
        us = *PartnerService(there.db(), there.clock(), there.admin()).save(us);

        const CaseRecord r = family(here, true);
        const qint64 luis = r.members[1].person.id;
        QVERIFY(SpecificNeedService(here.db(), here.clock(), here.legal())
                    .attach(r.id, luis, QStringLiteral("SC-SC")));
        Referral ref = referralOf(r, them, here.clock().today());
        ref.services = {QStringLiteral("shelter")};
        ref.shared = {QStringLiteral("name"), QStringLiteral("birth_date"),
                      QStringLiteral("specific_needs")};
        Result<Referral> made = ReferralService(here.db(), here.clock(), here.legal()).refer(ref);
        QVERIFY2(made, qPrintable(made.error().message()));
        ref = *made;

        ReferralPackageService ours(here.db(), here.clock(), here.legal());
        Result<QByteArray> sealed = ours.seal(ref.id);
        QVERIFY2(sealed, qPrintable(sealed.error().message()));
        // Nothing readable in it: the name travels encrypted.
        QVERIFY(!sealed->contains("Rojas"));
        QVERIFY(!sealed->contains("Nightmares"));
        const QString file = here.folder() + QStringLiteral("/referral.pkg");
        QVERIFY(ours.write(ref.id, file));
        AuditFilter f;
        f.action = QStringLiteral("referral.package");
        QCOMPARE(*AuditQuery(here.db()).count(f), 1);
        // The transfer is logged: to whom, under which agreement, who and what.
        Result<QList<Transfer>> transfers =
            TransferService(here.db(), here.clock(), here.admin()).latest();
        QVERIFY2(transfers, qPrintable(transfers.error().message()));
        QCOMPARE(transfers->size(), 1);
        const Transfer& t = transfers->constFirst();
        QCOMPARE(t.kind, TransferKind::ReferralPackage);
        QCOMPARE(t.recipient, QStringLiteral("Casa Pasto"));
        QCOMPARE(t.agreement, QStringLiteral("Acuerdo de intercambio 2026-03"));
        QCOMPARE(t.caseNumber, r.caseNumber);
        QCOMPARE(t.persons, 1);
        QCOMPARE(t.contents, QStringLiteral("name,birth_date,specific_needs"));
        QCOMPARE(t.by, here.legal().displayName);
        // Administrators read the log; legal staff do not.
        QCOMPARE(TransferService(here.db(), here.clock(), here.legal()).latest().error().code(),
                 Error::Code::NotPermitted);

        // On a server run, the receiving office's keys are its administrators'.
        const UserSession receiver = TestDatabase::onServer() ? there.admin() : there.legal();
        ReferralPackageService theirs(there.db(), there.clock(), receiver);
        Result<ReferralPackageService::Opened> opened = theirs.openFile(file);
        QVERIFY2(opened, qPrintable(opened.error().message()));
        QCOMPARE(opened->partnerName, QStringLiteral("Clínica Cúcuta"));
        QCOMPARE(opened->contents.caseCode, r.caseNumber);
        QCOMPARE(opened->contents.persons.size(), 1);
        // Only what was listed came: the name and birth date, the need; no phone, no sex.
        const Person& came = opened->contents.persons[0].person;
        QCOMPARE(came.fullName(), QStringLiteral("Luis Rojas"));
        QCOMPARE(came.birthDate, PartialDate::yearOnly(2014));
        QCOMPARE(came.sex, Sex::Unknown);
        QVERIFY(came.nationalities.isEmpty());
        QCOMPARE(opened->contents.persons[0].specificNeeds, QStringList{"SC-SC"});

        const Site pasto = Fixtures::cucutaSite(there);
        Result<CaseRecord> created = theirs.openAsNewCase(*opened, pasto.id);
        QVERIFY2(created, qPrintable(created.error().message()));
        QCOMPARE(created->members.size(), 1);
        QCOMPARE(created->members[0].person.fullName(), QStringLiteral("Luis Rojas"));
        QVERIFY(created->consent && created->consent->referral);
        QVERIFY(!created->consent->registration);
        QCOMPARE(created->consent->givenOn, QDate(2026, 6, 1));
        Result<QList<Referral>> received =
            ReferralService(there.db(), there.clock(), receiver).forCase(created->id);
        QCOMPARE(received->size(), 1);
        QCOMPARE(received->constFirst().direction, ReferralDirection::Incoming);
        QCOMPARE(received->constFirst().partnerName, QStringLiteral("Clínica Cúcuta"));
        QCOMPARE(received->constFirst().services, QStringList{"shelter"});
        QCOMPARE(SpecificNeedService(there.db(), there.clock(), receiver)
                     .forPerson(created->members[0].person.id)
                     ->constFirst()
                     .code,
                 QStringLiteral("SC-SC"));

        // A package altered on the way, or from an organisation not in the directory, is refused.
        QByteArray altered = *sealed;
        altered[altered.size() - 5] = char(altered[altered.size() - 5] ^ 1);
        QVERIFY(!theirs.open(altered));
        Partner changed = us;
        changed.siteCard.clear();
        QVERIFY(PartnerService(there.db(), there.clock(), there.admin()).save(changed));
        Result<ReferralPackageService::Opened> unknown = theirs.open(*sealed);
        QVERIFY(!unknown);
        // And a partner that does not use Amparo gets no package.
        Partner paper;
        paper.name = QStringLiteral("Papel");
        paper.services = {QStringLiteral("food")};
        paper = *PartnerService(here.db(), here.clock(), here.admin()).save(paper);
        Referral toPaper = referralOf(r, paper, here.clock().today());
        toPaper.services = {QStringLiteral("food")};
        toPaper = *ReferralService(here.db(), here.clock(), here.legal()).refer(toPaper);
        QCOMPARE(ours.seal(toPaper.id).error().code(), Error::Code::Invalid);
    }

    void packageContentsWithoutANameOpenAsAReferredPerson()
    {
        CaseRecord r;
        r.caseNumber = QStringLiteral("CUC-2026-00007");
        Person p = Fixtures::person(QStringLiteral("Ana"), QStringLiteral("Paz"), {}, Sex::Female,
                                    PartialDate::yearOnly(1980));
        p.id = 5;
        p.phone = QStringLiteral("+57 300");
        r.members.append(CaseMember{p, Relationship::Principal});
        r.consent = Consent{QDate(2026, 6, 1), QStringLiteral("Ana"), true, true, false};
        Referral ref;
        ref.personIds = {5};
        ref.services = {QStringLiteral("food")};
        ref.reasons = QStringLiteral("No food.");
        ref.madeOn = QDate(2026, 6, 10);
        ref.shared = {QStringLiteral("sex"), QStringLiteral("household_size")};
        const QByteArray json = ReferralPackageContents::of(r, ref, {}).toJson();
        QVERIFY(!json.contains("Ana"));
        QVERIFY(!json.contains("Paz"));
        QVERIFY(!json.contains("+57"));
        Result<ReferralPackageContents> back = ReferralPackageContents::parse(json);
        QVERIFY2(back, qPrintable(back.error().message()));
        QCOMPARE(back->persons[0].person.sex, Sex::Female);
        QCOMPARE(back->householdSize, 1);
        QVERIFY(back->consented);
        QCOMPARE(back->toJson(), json);
        // Anything malformed is refused whole.
        for (const QByteArray& bad :
             {QByteArray("{}"), QByteArray("[1]"), json.left(json.size() / 2),
              QByteArray(json).replace("\"food\"", "\"caviar\""),
              QByteArray(json).replace("\"sex\":\"F\"", "\"sex\":\"Q\""),
              QByteArray(json).replace("\"consented\":true", "\"consented\":1")}) {
            Result<ReferralPackageContents> refused = ReferralPackageContents::parse(bad);
            QVERIFY2(!refused, bad.constData());
            QCOMPARE(refused.error().code(), Error::Code::Refused);
        }
    }

    void theDirectoryComesFromASpreadsheet()
    {
        TestDatabase t;
        QVERIFY(t);
        PartnerService admin(t.db(), t.clock(), t.admin());
        Partner existing;
        existing.name = QStringLiteral("Clínica Frontera");
        existing.services = {QStringLiteral("health")};
        existing.active = false;
        existing.agreement = QStringLiteral("Acuerdo 2025-11");
        QVERIFY(admin.save(existing));

        // One bad row refuses the whole sheet, saying which and why.
        const QString bad =
            t.writeFile(QStringLiteral("bad.csv"),
                        QStringLiteral("Nombre;Servicios;Zonas;Contacto;Idioma\n"
                                       "Casa de Paso;Alojamiento, Alimentación;Cúcuta;;español\n"
                                       "Fundación Luz;teletransporte;;;\n"
                                       "Abogados Sin Fronteras;legal;Bogotá;;klingon\n"));
        Result<PartnerService::Imported> refused = admin.importSheet(bad);
        QVERIFY(!refused);
        const QString message = refused.error().message();
        QVERIFY2(message.contains(QStringLiteral("Row 3")) &&
                     message.contains(QStringLiteral("teletransporte")) &&
                     message.contains(QStringLiteral("Row 4")) &&
                     message.contains(QStringLiteral("klingon")),
                 qPrintable(message));
        QCOMPARE(admin.list(true)->size(), 1);

        const QString good = t.writeFile(
            QStringLiteral("good.csv"),
            QStringLiteral("Nome,Serviços,Áreas,Contato,Idioma,Acordo\n"
                           "Casa de Paso,\"Alojamiento; Alimentación\",Cúcuta,,español,ADP-7\n"
                           "clínica frontera,Health;MHPSS,Villa del Rosario,+57 300,Português,\n"
                           "Legal Aid,Legal assistance,,,en,\n"));
        Result<PartnerService::Imported> imported = admin.importSheet(good);
        QVERIFY2(imported, qPrintable(imported.error().message()));
        QCOMPARE(imported->added, 2);
        QCOMPARE(imported->updated, 1);
        QList<Partner> all = *admin.list(true);
        QCOMPARE(all.size(), 3);
        const Partner casa = all[0];
        QCOMPARE(casa.name, QStringLiteral("Casa de Paso"));
        QCOMPARE(casa.services, (QStringList{"shelter", "food"}));
        QCOMPARE(casa.language, QStringLiteral("es"));
        QCOMPARE(casa.agreement, QStringLiteral("ADP-7"));
        const Partner clinic = all[1];
        QCOMPARE(clinic.name, QStringLiteral("clínica frontera"));
        QCOMPARE(clinic.services, (QStringList{"health", "mhpss"}));
        QCOMPARE(clinic.language, QStringLiteral("pt_BR"));
        QVERIFY(!clinic.active); // the sheet does not bring it back into the directory
        QCOMPARE(clinic.agreement, QStringLiteral("Acuerdo 2025-11")); // an empty cell keeps it
        QCOMPARE(all[2].language, QStringLiteral("en"));
        QCOMPARE(PartnerService(t.db(), t.clock(), t.legal()).importSheet(good).error().code(),
                 Error::Code::NotPermitted);
    }

    void aReferralReceivedIsRecordedWithoutADeadline()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t, false);
        const Partner p = clinic(t);
        ReferralService service(t.db(), t.clock(), t.legal());
        Referral in = referralOf(r, p, t.clock().today());
        in.services = {QStringLiteral("legal")};
        in.reasons = QStringLiteral("Needs help with the PPT.");
        Result<Referral> received = service.recordReceived(in);
        QVERIFY2(received, qPrintable(received.error().message())); // no consent needed
        QCOMPARE(received->direction, ReferralDirection::Incoming);
        QCOMPARE(received->state, ReferralState::Received);
        QVERIFY(received->shared.isEmpty());
        QVERIFY(DeadlineService(t.db(), t.clock(), t.legal()).forCase(r.id, true)->isEmpty());
        QCOMPARE(service.changeState(received->id, ReferralState::Accepted, {}, t.clock().today())
                     .error()
                     .code(),
                 Error::Code::Conflict);
        QCOMPARE(service.forCase(r.id)->constFirst().partnerName,
                 QStringLiteral("Clínica Frontera"));
    }
};

QTEST_GUILESS_MAIN(TestReferrals)
#include "tst_referrals.moc"

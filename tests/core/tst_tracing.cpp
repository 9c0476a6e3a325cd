#include "core/services/CaseService.h"
#include "core/services/FamilyLinkService.h"
#include "core/services/MatchProposer.h"
#include "core/services/ReunificationSearch.h"
#include "core/services/TracingService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

// Tracing requests, their matches and the review: the rules, through the services.
class TestTracing : public QObject
{
    Q_OBJECT

    // Johandry Pérez Gómez, 12, registered in Cúcuta with his aunt: a separated child.
    static CaseRecord johandrysCase(TestDatabase& t, qint64 siteId, bool tracingConsent = true)
    {
        CaseRecord r = Fixtures::caseFor(
            siteId,
            Fixtures::person(QStringLiteral("Marisol"), QStringLiteral("Gómez"),
                             QStringLiteral("Rivas"), Sex::Female, PartialDate::yearOnly(1985)));
        r.members.append(CaseMember{
            Fixtures::person(QStringLiteral("Johandry"), QStringLiteral("Pérez"),
                             QStringLiteral("Gómez"), Sex::Male, PartialDate::yearOnly(2014)),
            Relationship::OtherRelative});
        if (tracingConsent)
            r.consent = Consent{QDate(2026, 6, 1), QStringLiteral("Ana"), true, false, true};
        return save(t, r);
    }

    // An adult, to test matches that are not about a child.
    static CaseRecord carlosCase(TestDatabase& t, qint64 siteId)
    {
        CaseRecord r = Fixtures::caseFor(
            siteId,
            Fixtures::person(QStringLiteral("Carlos Alberto"), QStringLiteral("Rodríguez"),
                             QStringLiteral("Silva"), Sex::Male, PartialDate::yearOnly(1979)));
        r.consent = Consent{QDate(2026, 6, 1), QStringLiteral("Ana"), true, false, true};
        return save(t, r);
    }

    static CaseRecord save(TestDatabase& t, const CaseRecord& r)
    {
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(r);
        if (!saved)
            qFatal("could not save: %s", qPrintable(saved.error().message()));
        return *saved;
    }

    static TracingRequest request(qint64 siteId, const QString& given, const QString& family,
                                  Sex sex, PartialDate born)
    {
        TracingRequest r;
        r.siteId = siteId;
        r.inquirerName = QStringLiteral("Yelitza Pérez");
        r.relationship = Relationship::Child;
        r.contact = QStringLiteral("+57 300 000 0000");
        r.sought.givenNames = given;
        r.sought.familyName1 = family;
        r.sought.sex = sex;
        r.sought.birthDate = born;
        r.sought.lastKnownCountry = QStringLiteral("COL");
        return r;
    }

private slots:
    void aRequestFindsTheRegisteredPersonAndAPersonDecides()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord carlos = carlosCase(t, site.id);
        // The inquirer is registered too: her case is linked when the match is confirmed.
        CaseRecord mother = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Yelitza"), QStringLiteral("Ramos"), {},
                                      Sex::Female, PartialDate::yearOnly(1975)));
        mother = save(t, mother);
        TracingRequest r = request(site.id, QStringLiteral("Carlos"), QStringLiteral("Rodriguez"),
                                   Sex::Male, PartialDate::estimatedFromAge(47, t.clock().today()));
        r.caseId = mother.id;
        r.inquirerPersonId = mother.members[0].person.id;
        r.inquirerName = QStringLiteral("Yelitza Ramos");
        r.relationship = Relationship::Child;
        TracingService service(t.db(), t.clock(), t.session(Role::Volunteer));
        Result<TracingRequest> added = service.add(r);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
        QCOMPARE(added->status, TracingStatus::MatchProposed);
        QVERIFY(added->reference().startsWith(QStringLiteral("TR-")));
        const QList<MatchProposal> proposals = *service.proposals(added->id);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals[0].personId, carlos.members[0].person.id);
        QVERIFY(!proposals[0].child);
        QVERIFY(proposals[0].reasons.contains(QStringLiteral("family name equal")));

        // A volunteer may confirm an adult's match: the family is linked, confirmed.
        Result<TracingRequest> confirmed =
            service.confirm(proposals[0].id, QStringLiteral("He recognised the photo"));
        QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().message()));
        QCOMPARE(confirmed->foundPersonId, carlos.members[0].person.id);
        QCOMPARE(confirmed->status, TracingStatus::MatchProposed);
        const QList<RelativeView> relatives = *FamilyLinkService(t.db(), t.clock(), t.legal())
                                                   .relativesOf({mother.members[0].person.id});
        QCOMPARE(relatives.size(), 1);
        QCOMPARE(relatives[0].relativeId, carlos.members[0].person.id);
        QCOMPARE(relatives[0].relationship, Relationship::Child);
        QVERIFY(relatives[0].link.confirmed);
        QCOMPARE(relatives[0].link.source, FamilyLink::Source::Match);
        // Seen from the son, the mother is his parent.
        const QList<RelativeView> fromSon = *FamilyLinkService(t.db(), t.clock(), t.legal())
                                                 .relativesOf({carlos.members[0].person.id});
        QCOMPARE(fromSon[0].relationship, Relationship::Parent);
        QCOMPARE(fromSon[0].relativeCaseNumber, mother.caseNumber);

        // Closing as reunited: "match proposed → reunited" in its history.
        Result<TracingRequest> closed = service.close(added->id, true, QString());
        QVERIFY(closed);
        QCOMPARE(closed->status, TracingStatus::Reunited);
        QList<TracingStatus> path;
        for (const TracingStatusChange& c : *service.history(added->id))
            path.append(c.to);
        QCOMPARE(path, (QList<TracingStatus>{TracingStatus::Open, TracingStatus::MatchProposed,
                                             TracingStatus::Reunited}));
    }

    void aRejectedPairIsNeverProposedAgain()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        carlosCase(t, site.id);
        TracingService service(t.db(), t.clock(), t.legal());
        const TracingRequest added = *service.add(
            request(site.id, QStringLiteral("Carlos"), QStringLiteral("Rodríguez"), Sex::Male, {}));
        const MatchProposal p = service.proposals(added.id)->constFirst();
        Result<TracingRequest> rejected = service.reject(p.id, QStringLiteral("Different father"));
        QVERIFY(rejected);
        QCOMPARE(rejected->status, TracingStatus::Open);
        // Changing the request, or matching everything again, does not bring it back.
        TracingRequest changed = *rejected;
        changed.sought.familyName2 = QStringLiteral("Silva");
        QVERIFY(service.update(changed));
        QVERIFY(service.rematchAll({}));
        const QList<MatchProposal> after = *service.proposals(added.id);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0].status, MatchStatus::Rejected);
        QCOMPARE(service.find(added.id)->status, TracingStatus::Open);
        // Deciding twice is refused.
        QCOMPARE(service.confirm(p.id, {}).error().code(), Error::Code::Conflict);
    }

    void aChildsMatchWaitsForLegalStaff()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord c = johandrysCase(t, site.id);
        TracingService volunteer(t.db(), t.clock(), t.session(Role::Volunteer));
        const TracingRequest added = *volunteer.add(
            request(site.id, QStringLiteral("Yohandry"), QStringLiteral("Perez"), Sex::Male,
                    PartialDate::estimatedFromAge(11, t.clock().today())));
        const QList<MatchProposal> proposals = *volunteer.proposals(added.id);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals[0].personId, c.members[1].person.id);
        QVERIFY(proposals[0].child);
        QCOMPARE(volunteer.confirm(proposals[0].id, {}).error().code(), Error::Code::NotPermitted);
        QCOMPARE(volunteer.reject(proposals[0].id, {}).error().code(), Error::Code::NotPermitted);
        QCOMPARE(volunteer.proposals(added.id)->constFirst().status, MatchStatus::Pending);
        TracingService legal(t.db(), t.clock(), t.legal());
        QCOMPARE(legal.pendingReview(true)->size(), 1);
        QVERIFY(legal.confirm(proposals[0].id, QStringLiteral("Best-interests assessment done")));
        QCOMPARE(legal.find(added.id)->foundPersonId, c.members[1].person.id);
    }

    void matchingRunsWhenPersonsAreRegisteredOrConsent()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        TracingService service(t.db(), t.clock(), t.legal());
        const TracingRequest added = *service.add(
            request(site.id, QStringLiteral("Yohandry"), QStringLiteral("Perez"), Sex::Male, {}));
        QCOMPARE(added.status, TracingStatus::Open);
        // Registered later, without consent to tracing: not proposed.
        CaseRecord c = johandrysCase(t, site.id, false);
        QVERIFY(service.proposals(added.id)->isEmpty());
        // Consent recorded: proposed on saving the case.
        c.consent = Consent{QDate(2026, 6, 14), QStringLiteral("Ana"), true, false, true};
        c = save(t, c);
        QCOMPARE(service.proposals(added.id)->size(), 1);
        QCOMPARE(service.find(added.id)->status, TracingStatus::MatchProposed);
        // Consent withdrawn: the pending proposal goes, and the request is open again.
        c.consent = Consent{QDate(2026, 6, 15), QStringLiteral("Ana"), true, false, false};
        save(t, c);
        QVERIFY(service.proposals(added.id)->isEmpty());
        QCOMPARE(service.find(added.id)->status, TracingStatus::Open);
    }

    void theInquirersOwnFamilyIsNotProposed()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord c = johandrysCase(t, site.id);
        TracingRequest r =
            request(site.id, QStringLiteral("Johandry"), QStringLiteral("Pérez"), Sex::Male, {});
        r.caseId = c.id;
        r.inquirerPersonId = c.members[0].person.id;
        const TracingRequest added = *TracingService(t.db(), t.clock(), t.legal()).add(r);
        QVERIFY(TracingService(t.db(), t.clock(), t.legal()).proposals(added.id)->isEmpty());
    }

    void badRequestsAreRefusedWhole()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        TracingService service(t.db(), t.clock(), t.legal());
        TracingRequest r = request(site.id, {}, {}, Sex::Male, {});
        r.inquirerName.clear();
        r.sought.lastKnownCountry = QStringLiteral("XYZ");
        r.sought.birthDate = PartialDate::yearOnly(2030);
        r.sought.separation = QString(TracingService::MaxTextLength + 1, QLatin1Char('a'));
        Result<TracingRequest> added = service.add(r);
        QVERIFY(!added);
        QStringList fields;
        for (const FieldError& e : added.error().fieldErrors())
            fields.append(e.field);
        for (const char* f : {"inquirerName", "sought/givenNames", "sought/lastKnownCountry",
                              "sought/birthDate", "sought/separation"})
            QVERIFY2(fields.contains(QLatin1String(f)), f);
        QVERIFY(service.requests({})->isEmpty());
        // A 10 MB name, and SQL in a name, are just refused or stored as text.
        r = request(site.id, QString(10 * 1024 * 1024, QLatin1Char('x')), QStringLiteral("Paz"),
                    Sex::Male, {});
        QVERIFY(!service.add(r));
        r = request(site.id, QStringLiteral("Robert'); DROP TABLE persons;--"),
                    QStringLiteral("Paz"), Sex::Male, {});
        QVERIFY(service.add(r));
        // Closing without a reason, or as reunited without a confirmed match, is refused.
        const qint64 id = service.requests({})->constFirst().id;
        QVERIFY(!service.close(id, false, QStringLiteral("  ")));
        QVERIFY(!service.close(id, true, QString()));
        QCOMPARE(service.find(id)->status, TracingStatus::Open);
    }

    void whoMayDoWhat()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const TracingRequest r =
            request(site.id, QStringLiteral("Ana"), QStringLiteral("Paz"), Sex::Female, {});
        QCOMPARE(
            TracingService(t.db(), t.clock(), t.session(Role::Coordinator)).add(r).error().code(),
            Error::Code::NotPermitted);
        QCOMPARE(ReunificationSearch(t.db(), t.clock(), t.session(Role::Coordinator))
                     .search({QStringLiteral("Ana Paz"), {}, Sex::Unknown, {}})
                     .error()
                     .code(),
                 Error::Code::NotPermitted);
        QVERIFY(TracingService(t.db(), t.clock(), t.session(Role::Volunteer)).add(r));
        // Family links are declared by staff who edit cases.
        QCOMPARE(FamilyLinkService(t.db(), t.clock(), t.session(Role::Volunteer))
                     .add(1, 2, Relationship::Sibling, false, {})
                     .error()
                     .code(),
                 Error::Code::NotPermitted);
    }

    void declaredLinksAcrossCases()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord a = carlosCase(t, site.id);
        const CaseRecord b = johandrysCase(t, site.id);
        FamilyLinkService links(t.db(), t.clock(), t.legal());
        const qint64 carlos = a.members[0].person.id;
        const qint64 johandry = b.members[1].person.id;
        Result<FamilyLink> link = links.add(carlos, johandry, Relationship::Child, false,
                                            QStringLiteral("Declared by the aunt"));
        QVERIFY(link);
        QVERIFY(!link->confirmed);
        QCOMPARE(links.add(johandry, carlos, Relationship::Parent, false, {}).error().code(),
                 Error::Code::Conflict);
        QVERIFY(!links.add(carlos, carlos, Relationship::Sibling, false, {}));
        QVERIFY(links.confirm(link->id));
        QVERIFY(links.relativesOf({johandry})->constFirst().link.confirmed);
        QVERIFY(links.remove(link->id));
        QVERIFY(links.relativesOf({carlos})->isEmpty());
    }

    void theVolunteersSearch()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord c = johandrysCase(t, site.id);
        carlosCase(t, site.id);
        ReunificationSearch search(t.db(), t.clock(), t.session(Role::Volunteer));
        ReunificationQuery q{
            QStringLiteral("Yohandry Perez"),
            *ReunificationQuery::ageOrBirth(QStringLiteral("12"), t.clock().today()), Sex::Male,
            QStringLiteral("Cúcuta")};
        Result<QList<ReunificationHit>> hits = search.search(q);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        const ReunificationHit& h = hits->constFirst();
        QCOMPARE(h.name, QStringLiteral("Johandry Pérez Gómez"));
        QCOMPARE(h.caseNumber, c.caseNumber);
        QCOMPARE(h.site, QStringLiteral("Cúcuta"));
        QCOMPARE(h.age, QStringLiteral("12 (born 2014)"));
        QVERIFY(h.child);
        QVERIFY(h.reasons.contains(QStringLiteral("family name equal")));
        QCOMPARE(h.openRequests, 0);
        // Once someone asks for him, the search says so.
        QVERIFY(TracingService(t.db(), t.clock(), t.session(Role::Volunteer))
                    .add(request(site.id, QStringLiteral("Johandry"), QStringLiteral("Pérez"),
                                 Sex::Male, {})));
        QCOMPARE(search.search(q)->constFirst().openRequests, 1);
        // Nothing for a name nobody has; an empty name is refused with a sentence.
        QVERIFY(
            search.search({QStringLiteral("Wilmer Zambrano"), {}, Sex::Unknown, {}})->isEmpty());
        QVERIFY(!search.search({QStringLiteral("  "), {}, Sex::Unknown, {}}));
        QCOMPARE(ReunificationQuery::ageOrBirth(QStringLiteral("2014"), t.clock().today())->year(),
                 2014);
        QVERIFY(!ReunificationQuery::ageOrBirth(QStringLiteral("soon"), t.clock().today()));
    }

    void aReviewerIsNotBuriedUnderLookAlikes()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        for (int i = 0; i < MatchProposer::MaxPendingPerRequest + 3; ++i)
            carlosCase(t, site.id);
        Result<TracingRequest> r =
            TracingService(t.db(), t.clock(), t.legal())
                .add(request(site.id, QStringLiteral("Carlos Alberto"), QStringLiteral("Rodríguez"),
                             Sex::Male, PartialDate::yearOnly(1979)));
        QVERIFY(r);
        Result<int> pending = TracingService(t.db(), t.clock(), t.legal()).rematchAll({});
        QVERIFY(pending);
        QCOMPARE(*pending, MatchProposer::MaxPendingPerRequest);
    }

    // Matching everything can be stopped between two batches: what was found until then is
    // written, whole requests only, and the sentence says how far it went.
    void stoppingTheMatchingPassKeepsWhatItFound()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        carlosCase(t, site.id);
        TracingService service(t.db(), t.clock(), t.legal());
        for (int i = 0; i < 250; ++i) {
            QVERIFY(service.add(request(site.id, QStringLiteral("Carlos Alberto"),
                                        QStringLiteral("Rodríguez"), Sex::Male,
                                        PartialDate::yearOnly(1979))));
        }
        QVERIFY(t.db().run(QStringLiteral("DELETE FROM match_proposals")));
        QList<std::pair<int, int>> reported;
        Result<int> stopped = service.rematchAll([&reported](int done, int total) {
            reported.append({done, total});
            return false;
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code(), Error::Code::Cancelled);
        QVERIFY2(stopped.error().message().contains(QStringLiteral("200 of 250")),
                 qPrintable(stopped.error().message()));
        QCOMPARE(reported, (QList<std::pair<int, int>>{{200, 250}}));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(DISTINCT request_id) FROM match_proposals")),
                 200);
        // Going on to the end matches the rest.
        QList<int> progress;
        Result<int> all = service.rematchAll([&progress](int done, int) {
            progress.append(done);
            return true;
        });
        QVERIFY2(all, all ? "" : qPrintable(all.error().message()));
        QCOMPARE(progress, (QList<int>{200, 250}));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(DISTINCT request_id) FROM match_proposals")),
                 250);
    }

    // The filing of names by pairs of keys, sex and year must not lose anyone the matcher
    // would accept: names in the wrong order, a first name alone, a typo, an unknown birth.
    void theSearchFindsNamesWrittenAnyWay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("age");
        QTest::addColumn<int>("sex");
        QTest::addColumn<QStringList>("expected");
        const QString johandry = QStringLiteral("Johandry Pérez Gómez");
        const QString marisol = QStringLiteral("Marisol Gómez Rivas");
        const QString carlos = QStringLiteral("Carlos Alberto Rodríguez Silva");
        QTest::newRow("in order") << "Johandry Pérez"
                                  << "" << int(Sex::Unknown) << QStringList{johandry};
        QTest::newRow("family name first") << "Pérez Johandry"
                                           << "" << int(Sex::Unknown) << QStringList{johandry};
        QTest::newRow("first name alone") << "Johandry"
                                          << "" << int(Sex::Unknown) << QStringList{johandry};
        QTest::newRow("typo in the family name")
            << "Marisol Gomes"
            << "41" << int(Sex::Female) << QStringList{marisol};
        QTest::newRow("typo in the given name") << "Marisool Gómez"
                                                << "" << int(Sex::Female) << QStringList{marisol};
        QTest::newRow("second given name only") << "Alberto Rodríguez"
                                                << "" << int(Sex::Male) << QStringList{carlos};
        QTest::newRow("birth not recorded, age asked")
            << "Yusmary Rivas"
            << "30" << int(Sex::Female) << QStringList{"Yusmary Rivas"};
        QTest::newRow("ten years off") << "Johandry Pérez"
                                       << "22" << int(Sex::Male) << QStringList{};
        QTest::newRow("other sex") << "Marisol Gómez"
                                   << "" << int(Sex::Male) << QStringList{};
    }

    void theSearchFindsNamesWrittenAnyWay()
    {
        QFETCH(QString, typed);
        QFETCH(QString, age);
        QFETCH(int, sex);
        QFETCH(QStringList, expected);
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        johandrysCase(t, site.id);
        carlosCase(t, site.id);
        CaseRecord r = Fixtures::caseFor(site.id, Fixtures::person(QStringLiteral("Yusmary"),
                                                                   QStringLiteral("Rivas"), {},
                                                                   Sex::Female, PartialDate()));
        r.consent = Consent{QDate(2026, 6, 1), QStringLiteral("Ana"), true, false, true};
        save(t, r);
        ReunificationQuery q{typed, {}, Sex(sex), {}};
        if (!age.isEmpty())
            q.birthDate = *ReunificationQuery::ageOrBirth(age, t.clock().today());
        Result<QList<ReunificationHit>> hits =
            ReunificationSearch(t.db(), t.clock(), t.session(Role::Volunteer)).search(q);
        QVERIFY(hits);
        QStringList names;
        for (const ReunificationHit& h : *hits)
            names.append(h.name);
        QCOMPARE(names, expected);
    }
};

QTEST_GUILESS_MAIN(TestTracing)
#include "tst_tracing.moc"

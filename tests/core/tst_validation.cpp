#include "core/services/CaseValidator.h"
#include "core/services/PersonValidator.h"
#include "tests/support/Fixtures.h"
#include "tests/support/MockClock.h"

#include <QTest>

namespace {
QStringList fields(const QList<FieldError>& errors)
{
    QStringList out;
    for (const FieldError& e : errors)
        out.append(e.field);
    return out;
}
} // namespace

Q_DECLARE_METATYPE(Person)
Q_DECLARE_METATYPE(PartialDate)

class TestValidation : public QObject
{
    Q_OBJECT

    MockClock m_clock; // today is 2026-06-15

private slots:
    void person_data()
    {
        QTest::addColumn<Person>("person");
        QTest::addColumn<QString>("expectedField"); // empty: valid

        const Person valid = Fixtures::person(QStringLiteral("María José"), QStringLiteral("Pérez"),
                                              QStringLiteral("Gómez"));
        QTest::newRow("valid") << valid << QString();

        Person p = valid;
        p.givenNames = QStringLiteral("   ");
        QTest::newRow("empty given name") << p << QStringLiteral("givenNames");

        p = valid;
        p.familyName1 = QString(10 * 1024 * 1024, QLatin1Char('a'));
        QTest::newRow("10 MB family name") << p << QStringLiteral("familyName1");

        p = valid;
        p.givenNames = QStringLiteral("Ana\x01");
        QTest::newRow("control character") << p << QStringLiteral("givenNames");

        p = valid;
        p.givenNames = QStringLiteral("Robert'); DROP TABLE persons;--");
        QTest::newRow("SQL in a name is just a name") << p << QString();

        p = valid;
        p.birthDate = PartialDate::exact(QDate(2026, 6, 16));
        QTest::newRow("born tomorrow") << p << QStringLiteral("birthDate");

        p = valid;
        p.birthDate = PartialDate::yearOnly(2027);
        QTest::newRow("born next year") << p << QStringLiteral("birthDate");

        p = valid;
        p.birthDate = PartialDate::exact(QDate(2026, 6, 15));
        QTest::newRow("born today") << p << QString();

        p = valid;
        p.birthDate = PartialDate::yearOnly(1850);
        QTest::newRow("born 1850") << p << QStringLiteral("birthDate");

        p = valid;
        p.birthDate = PartialDate::yearMonth(2020, 13);
        QTest::newRow("month 13") << p << QStringLiteral("birthDate");

        p = valid;
        p.nationalities = {QStringLiteral("VEN"), QStringLiteral("COL")};
        QTest::newRow("dual nationality") << p << QString();

        p = valid;
        p.nationalities = {QStringLiteral("VEN"), QStringLiteral("ZZZ")};
        QTest::newRow("unknown country code") << p << QStringLiteral("nationalities");

        p = valid;
        p.nationalities = {QStringLiteral("XXA")};
        QTest::newRow("stateless") << p << QString();

        p = valid;
        p.nationalities = {QStringLiteral("VEN"), QStringLiteral("VEN")};
        QTest::newRow("nationality twice") << p << QStringLiteral("nationalities");

        p = valid;
        p.hasNoDocument = true;
        QTest::newRow("no document") << p << QString();

        p = valid;
        p.hasNoDocument = true;
        p.documents = {Fixtures::document(QStringLiteral("V-12.345.678"))};
        QTest::newRow("no document but documents") << p << QStringLiteral("documents");

        p = valid;
        p.documents = {Fixtures::document(QStringLiteral(" - . "))};
        QTest::newRow("empty document number") << p << QStringLiteral("documents/0/number");

        p = valid;
        p.documents = {Fixtures::document(QStringLiteral("123"), QStringLiteral("QQQ"))};
        QTest::newRow("document from unknown country")
            << p << QStringLiteral("documents/0/issuingCountry");

        p = valid;
        p.documents = {Fixtures::document(QStringLiteral("V-123")),
                       Fixtures::document(QStringLiteral("v123"))};
        QTest::newRow("same document twice") << p << QStringLiteral("documents/1/number");

        p = valid;
        p.phone = QStringLiteral("+57 (310) 555-0101");
        QTest::newRow("phone ok") << p << QString();

        p = valid;
        p.phone = QStringLiteral("call me");
        QTest::newRow("phone with letters") << p << QStringLiteral("phone");

        p = valid;
        p.location.country = QStringLiteral("PER");
        QTest::newRow("admin1 of another country") << p << QStringLiteral("location/admin1");

        p = valid;
        p.location.country = QStringLiteral("XYZ");
        p.location.admin1.clear();
        QTest::newRow("unknown location country") << p << QStringLiteral("location/country");
    }

    void person()
    {
        QFETCH(Person, person);
        QFETCH(QString, expectedField);
        const QList<FieldError> errors = PersonValidator(m_clock).validate(person);
        if (expectedField.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(fields(errors).join(QLatin1Char(','))));
        } else {
            QCOMPARE(fields(errors), QStringList{expectedField});
            QVERIFY(!errors.constFirst().message.isEmpty());
        }
    }

    void relationships_data()
    {
        QTest::addColumn<int>("relationship");
        QTest::addColumn<PartialDate>("principalBorn");
        QTest::addColumn<PartialDate>("memberBorn");
        QTest::addColumn<bool>("valid");

        const auto r = [](Relationship x) { return int(x); };
        QTest::newRow("child younger") << r(Relationship::Child) << PartialDate::yearOnly(1985)
                                       << PartialDate::yearOnly(2012) << true;
        QTest::newRow("child older than parent")
            << r(Relationship::Child) << PartialDate::yearOnly(1985) << PartialDate::yearOnly(1980)
            << false;
        QTest::newRow("child same year (possible twins? no, but not certain)")
            << r(Relationship::Child) << PartialDate::yearOnly(1985) << PartialDate::yearOnly(1985)
            << true;
        QTest::newRow("child older by estimate overlap is not certain")
            << r(Relationship::Child) << PartialDate::estimatedYear(1985)
            << PartialDate::yearOnly(1984) << true;
        QTest::newRow("parent younger than child")
            << r(Relationship::Parent) << PartialDate::yearOnly(1985) << PartialDate::yearOnly(1999)
            << false;
        QTest::newRow("parent older") << r(Relationship::Parent) << PartialDate::yearOnly(1985)
                                      << PartialDate::yearOnly(1960) << true;
        QTest::newRow("grandchild older")
            << r(Relationship::Grandchild) << PartialDate::exact(QDate(1950, 3, 1))
            << PartialDate::exact(QDate(1949, 3, 1)) << false;
        QTest::newRow("unknown dates")
            << r(Relationship::Child) << PartialDate() << PartialDate::yearOnly(1980) << true;
        QTest::newRow("sibling any age") << r(Relationship::Sibling) << PartialDate::yearOnly(1985)
                                         << PartialDate::yearOnly(1960) << true;
    }

    void relationships()
    {
        QFETCH(int, relationship);
        QFETCH(PartialDate, principalBorn);
        QFETCH(PartialDate, memberBorn);
        QFETCH(bool, valid);
        const Person principal = Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"),
                                                  {}, Sex::Female, principalBorn);
        CaseRecord r = Fixtures::caseFor(1, principal);
        r.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                        Sex::Male, memberBorn),
                       Relationship(relationship)});
        const QList<FieldError> errors = CaseValidator(m_clock).validate(r);
        QCOMPARE(errors.isEmpty(), valid);
        if (!valid)
            QCOMPARE(fields(errors), QStringList{QStringLiteral("members/1/birthDate")});
    }

    void caseRules()
    {
        const Person principal =
            Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"));
        CaseValidator v(m_clock);

        CaseRecord r = Fixtures::caseFor(1, principal);
        QVERIFY(v.validate(r).isEmpty());

        CaseRecord noMembers = r;
        noMembers.members.clear();
        QCOMPARE(fields(v.validate(noMembers)), QStringList{QStringLiteral("members")});

        CaseRecord noSite = r;
        noSite.siteId = 0;
        QCOMPARE(fields(v.validate(noSite)), QStringList{QStringLiteral("site")});

        CaseRecord future = r;
        future.registeredOn = QDate(2026, 7, 1);
        QCOMPARE(fields(v.validate(future)), QStringList{QStringLiteral("registeredOn")});

        CaseRecord closed = r;
        closed.status = CaseStatus::Closed;
        QCOMPARE(fields(v.validate(closed)), QStringList{QStringLiteral("closureReason")});
        closed.closureReason = QStringLiteral("Moved to Bogotá");
        QVERIFY(v.validate(closed).isEmpty());

        // An outcome is for a closed case; a return is recorded only with "voluntary return",
        // dated, to a country, and only as the person's free and informed decision.
        CaseRecord open = r;
        open.outcome = CaseOutcome::NeedsMet;
        QCOMPARE(fields(v.validate(open)), QStringList{QStringLiteral("outcome")});
        CaseRecord returned = closed;
        returned.outcome = CaseOutcome::VoluntaryReturn;
        QCOMPARE(fields(v.validate(returned)),
                 (QStringList{"voluntaryReturn/on", "voluntaryReturn/country",
                              "voluntaryReturn/informedDecision"}));
        returned.voluntaryReturn = VoluntaryReturn{
            r.registeredOn.addDays(-1), QStringLiteral("XXX"), QStringLiteral("Maracaibo"), false};
        QCOMPARE(fields(v.validate(returned)),
                 (QStringList{"voluntaryReturn/on", "voluntaryReturn/country",
                              "voluntaryReturn/informedDecision"}));
        returned.voluntaryReturn = VoluntaryReturn{r.registeredOn.addDays(3), QStringLiteral("VEN"),
                                                   QStringLiteral("Maracaibo"), true};
        QVERIFY(v.validate(returned).isEmpty());
        CaseRecord notReturned = returned;
        notReturned.outcome = CaseOutcome::OnwardMovement;
        QCOMPARE(fields(v.validate(notReturned)), QStringList{QStringLiteral("voluntaryReturn")});

        CaseRecord twoPrincipals = r;
        twoPrincipals.members.append(CaseMember{principal, Relationship::Principal});
        QVERIFY(
            fields(v.validate(twoPrincipals)).contains(QStringLiteral("members/1/relationship")));

        CaseRecord badMember = r;
        Person nameless = principal;
        nameless.givenNames.clear();
        badMember.members.append(CaseMember{nameless, Relationship::Sibling});
        QCOMPARE(fields(v.validate(badMember)),
                 QStringList{QStringLiteral("members/1/givenNames")});

        CaseRecord sharedDocument = r;
        sharedDocument.members[0].person.documents = {Fixtures::document(QStringLiteral("V1"))};
        Person sibling = Fixtures::person(QStringLiteral("Rosa"), QStringLiteral("Rojas"));
        sibling.documents = {Fixtures::document(QStringLiteral("v-1"))};
        sharedDocument.members.append(CaseMember{sibling, Relationship::Sibling});
        QCOMPARE(fields(v.validate(sharedDocument)),
                 QStringList{QStringLiteral("members/1/documents/0/number")});

        CaseRecord emptyNote = r;
        emptyNote.notes.append(CaseNote{0, {}, QStringLiteral("Ana"), QStringLiteral("  ")});
        QCOMPARE(fields(v.validate(emptyNote)), QStringList{QStringLiteral("notes")});

        CaseRecord consent = r;
        consent.consent = Consent{QDate(2026, 6, 1), QString(), true, false, true};
        QCOMPARE(fields(v.validate(consent)), QStringList{QStringLiteral("consent/recordedBy")});
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

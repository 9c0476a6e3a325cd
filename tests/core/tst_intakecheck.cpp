#include "core/audit/AuditQuery.h"
#include "core/services/CaseService.h"
#include "core/services/IntakeCheck.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

// Registering checks first (issue 21): the persons who may be the one about to be registered
// again, found by document, phone, or a similar name born close; near misses left out.
class TestIntakeCheck : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    QString m_joselynCase;
    qint64 m_siteId = 0;

    QStringList namesFor(const Person& person)
    {
        Result<QList<PossibleDuplicate>> found =
            IntakeCheck(m_t.db(), m_t.clock(), m_t.legal()).check(person);
        if (!found)
            return {found.error().message()};
        QStringList names;
        for (const PossibleDuplicate& d : *found)
            names.append(d.name);
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_t);
        const Site site = Fixtures::cucutaSite(m_t);
        m_siteId = site.id;
        CaseService service(m_t.db(), m_t.clock(), m_t.legal());
        Person joselyn = Fixtures::person(QStringLiteral("Joselyn"), QStringLiteral("Pérez"),
                                          QStringLiteral("Mora"), Sex::Female,
                                          PartialDate::exact(QDate(1994, 3, 12)));
        joselyn.documents = {Fixtures::document(QStringLiteral("V-18.456.789"))};
        joselyn.phone = QStringLiteral("+58 412 555 1234");
        Result<CaseRecord> saved = service.save(Fixtures::caseFor(site.id, joselyn));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        m_joselynCase = saved->caseNumber;
        QVERIFY(service.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Luisa"), QStringLiteral("Pacheco"), QString(),
                                      Sex::Female, PartialDate::yearOnly(1990)))));
    }

    void theSamePersonIsFound_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("reason");
        const QDate same(1994, 3, 12);
        QTest::newRow("misspelled, same birth")
            << "Yoselin"
            << "Perez" << same << QString() << QString() << "the same date of birth";
        QTest::newRow("a year apart")
            << "Joselin"
            << "Pérez Mora" << QDate(1995, 1, 1) << QString() << QString() << "born a year apart";
        QTest::newRow("document without its letter or dots")
            << "Ana"
            << "Torres" << QDate(1980, 1, 1) << "18456789" << QString()
            << "the same document number";
        QTest::newRow("phone without the country code")
            << "Ana"
            << "Torres" << QDate(1980, 1, 1) << QString() << "0412-555.12.34"
            << "the same phone number";
    }

    void theSamePersonIsFound()
    {
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QDate, born);
        QFETCH(QString, document);
        QFETCH(QString, phone);
        QFETCH(QString, reason);
        const QStringList families = family.split(u' ');
        Person p = Fixtures::person(given, families.value(0), families.value(1), Sex::Female,
                                    PartialDate::exact(born));
        if (!document.isEmpty())
            p.documents = {
                Fixtures::document(document, QStringLiteral("VEN"), DocumentType::Passport)};
        p.phone = phone;
        Result<QList<PossibleDuplicate>> found =
            IntakeCheck(m_t.db(), m_t.clock(), m_t.legal()).check(p);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        const PossibleDuplicate& d = found->first();
        QCOMPARE(d.name, QStringLiteral("Joselyn Pérez Mora"));
        QCOMPARE(d.caseNumber, m_joselynCase);
        QVERIFY(d.caseId > 0);
        QVERIFY2(d.reasons.join(u';').contains(reason), qPrintable(d.reasons.join(u';')));
    }

    void nearMissesAreLeftOut()
    {
        // Born three years apart; another given name; Luis is not Luisa; no birth known.
        QVERIFY(namesFor(Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Pérez"),
                                          QString(), Sex::Female, PartialDate::yearOnly(1997)))
                    .isEmpty());
        QVERIFY(namesFor(Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Pérez"),
                                          QStringLiteral("Mora"), Sex::Female,
                                          PartialDate::exact(QDate(1994, 3, 12))))
                    .isEmpty());
        QVERIFY(namesFor(Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Pacheco"),
                                          QString(), Sex::Unknown, PartialDate::yearOnly(1990)))
                    .isEmpty());
        QVERIFY(namesFor(Fixtures::person(QStringLiteral("Joselyn"), QStringLiteral("Pérez"),
                                          QString(), Sex::Female, PartialDate()))
                    .isEmpty());
        // A short phone number says nothing.
        Person shortPhone = Fixtures::person(QStringLiteral("Ana"), QStringLiteral("Torres"));
        shortPhone.phone = QStringLiteral("1234");
        QVERIFY(namesFor(shortPhone).isEmpty());
    }

    // The persons of the case being edited are not proposed; who may not register cases is
    // refused; a new person registered anyway keeps the reason in the audit trail.
    void whoSeesItAndWhatIsKept()
    {
        Person again = Fixtures::person(QStringLiteral("Joselyn"), QStringLiteral("Pérez"),
                                        QStringLiteral("Mora"), Sex::Female,
                                        PartialDate::exact(QDate(1994, 3, 12)));
        Result<QList<PossibleDuplicate>> found =
            IntakeCheck(m_t.db(), m_t.clock(), m_t.legal()).check(again);
        QVERIFY(found && found->size() == 1);
        QVERIFY(IntakeCheck(m_t.db(), m_t.clock(), m_t.legal())
                    .check(again, {found->first().personId})
                    ->isEmpty());
        for (Role role : {Role::Volunteer, Role::Coordinator}) {
            Result<QList<PossibleDuplicate>> refused =
                IntakeCheck(m_t.db(), m_t.clock(), m_t.session(role)).check(again);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), Error::Code::NotPermitted);
        }
        Result<CaseRecord> saved =
            CaseService(m_t.db(), m_t.clock(), m_t.legal())
                .save(Fixtures::caseFor(m_siteId, again),
                      QStringLiteral("Otra persona: la madre lo confirmó en la entrevista."));
        QVERIFY(saved);
        QCOMPARE(m_t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                           "'case.create' AND details LIKE '%la madre lo "
                                           "confirmó%'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestIntakeCheck)
#include "tst_intakecheck.moc"

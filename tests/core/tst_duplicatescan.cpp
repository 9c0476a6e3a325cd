#include "core/services/CaseService.h"
#include "core/services/DuplicateScan.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

// The possible duplicates over the whole database (issue 21): the same document, the same
// phone, a similar name with a compatible birth; near misses left out; cancelling changes
// nothing and says so.
class TestDuplicateScan : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

    void add(Person person)
    {
        static qint64 site = 0;
        if (site == 0)
            site = Fixtures::cucutaSite(m_t).id;
        Result<CaseRecord> saved =
            CaseService(m_t.db(), m_t.clock(), m_t.legal()).save(Fixtures::caseFor(site, person));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
    }

    static Person born(const QString& given, const QString& family, Sex sex, QDate date)
    {
        return Fixtures::person(given, family, QString(), sex, PartialDate::exact(date));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_t);
        Person a =
            born(QStringLiteral("Ana"), QStringLiteral("Torres"), Sex::Female, QDate(1980, 1, 1));
        a.documents = {Fixtures::document(QStringLiteral("V-18.456.789"))};
        add(a);
        Person b =
            born(QStringLiteral("Anita"), QStringLiteral("Guzmán"), Sex::Female, QDate(1981, 2, 2));
        b.documents = {Fixtures::document(QStringLiteral("18456789"), QStringLiteral("COL"),
                                          DocumentType::Passport)};
        add(b);
        Person c =
            born(QStringLiteral("Pedro"), QStringLiteral("Salas"), Sex::Male, QDate(1970, 5, 5));
        c.phone = QStringLiteral("+57 300 123 4567");
        add(c);
        Person d =
            born(QStringLiteral("Pablo"), QStringLiteral("Rincón"), Sex::Male, QDate(1960, 6, 6));
        d.phone = QStringLiteral("300-123.45.67");
        add(d);
        add(born(QStringLiteral("Joselyn"), QStringLiteral("Pérez"), Sex::Female,
                 QDate(1994, 3, 12)));
        add(born(QStringLiteral("Yoselin"), QStringLiteral("Perez"), Sex::Female,
                 QDate(1994, 3, 12)));
        // Near misses: Luis and Luisa born the same day; one name, two exact births.
        add(born(QStringLiteral("Luis"), QStringLiteral("Pacheco"), Sex::Unknown,
                 QDate(2000, 1, 1)));
        add(born(QStringLiteral("Luisa"), QStringLiteral("Pacheco"), Sex::Unknown,
                 QDate(2000, 1, 1)));
        add(born(QStringLiteral("Carmen"), QStringLiteral("Zambrano"), Sex::Female,
                 QDate(1990, 1, 1)));
        add(born(QStringLiteral("Carmen"), QStringLiteral("Zambrano"), Sex::Female,
                 QDate(1990, 9, 9)));
        // Two family names each, one of them different: two persons.
        add(Fixtures::person(QStringLiteral("María José"), QStringLiteral("Pérez"),
                             QStringLiteral("Pérez"), Sex::Female,
                             PartialDate::exact(QDate(2020, 3, 31))));
        add(Fixtures::person(QStringLiteral("María"), QStringLiteral("Pérez"),
                             QStringLiteral("Rangel"), Sex::Female,
                             PartialDate::exact(QDate(2020, 3, 31))));
        // A family shares its phone: its members are not duplicates for that.
        Person mother =
            born(QStringLiteral("Rosa"), QStringLiteral("Mejía"), Sex::Female, QDate(1985, 4, 4));
        mother.phone = QStringLiteral("+58 414 777 8899");
        Person son =
            born(QStringLiteral("Kevin"), QStringLiteral("Mejía"), Sex::Male, QDate(2010, 4, 4));
        son.phone = mother.phone;
        CaseRecord family =
            Fixtures::caseFor(m_t.scalar(QStringLiteral("SELECT min(id) FROM sites")), mother);
        family.members.append(CaseMember{son, Relationship::Child});
        QVERIFY(CaseService(m_t.db(), m_t.clock(), m_t.legal()).save(family));
    }

    void pairsAndTheirReasons()
    {
        Result<QList<DuplicatePair>> pairs =
            DuplicateScan(m_t.db(), m_t.clock(), m_t.legal()).run();
        QVERIFY2(pairs, pairs ? "" : qPrintable(pairs.error().message()));
        QStringList seen;
        for (const DuplicatePair& p : *pairs) {
            QVERIFY(!p.first.caseNumber.isEmpty() && !p.second.caseNumber.isEmpty());
            seen.append(p.first.name + QStringLiteral(" = ") + p.second.name +
                        QStringLiteral(": ") + p.reasons.join(u';'));
        }
        QCOMPARE(seen.size(), 3);
        // Strongest first: document, phone, name.
        QVERIFY2(seen[0].startsWith(QStringLiteral("Ana Torres = Anita Guzmán: the same document")),
                 qPrintable(seen.join(u'\n')));
        QVERIFY2(seen[1].startsWith(QStringLiteral("Pedro Salas = Pablo Rincón: the same phone")),
                 qPrintable(seen.join(u'\n')));
        QVERIFY2(
            seen[2].startsWith(QStringLiteral("Joselyn Pérez = Yoselin Perez: a similar name")),
            qPrintable(seen.join(u'\n')));
        QVERIFY(seen[2].contains(QStringLiteral("the same date of birth")));
    }

    void cancellingAndPermissions()
    {
        int calls = 0;
        Result<QList<DuplicatePair>> cancelled =
            DuplicateScan(m_t.db(), m_t.clock(), m_t.legal()).run([&](int done, int steps) {
                ++calls;
                return done < 2 && steps > 0;
            });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code(), Error::Code::Cancelled);
        QVERIFY(calls >= 3);
        for (Role role : {Role::Volunteer, Role::Coordinator})
            QVERIFY(!DuplicateScan(m_t.db(), m_t.clock(), m_t.session(role)).run());
    }
};

QTEST_GUILESS_MAIN(TestDuplicateScan)
#include "tst_duplicatescan.moc"

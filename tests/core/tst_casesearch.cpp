#include "core/services/CaseService.h"
#include "core/storage/CaseListQuery.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

class TestCaseSearch : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

    QStringList find(const QString& text)
    {
        CaseListFilter filter;
        filter.text = text;
        Result<QList<CaseListRow>> rows = CaseListQuery(m_t.db()).fetch(
            filter, CaseListSort::CaseNumber, Qt::AscendingOrder, 0, 100);
        if (!rows)
            return {rows.error().message()};
        QStringList numbers;
        for (const CaseListRow& r : *rows)
            numbers.append(r.caseNumber);
        const int count = *CaseListQuery(m_t.db()).count(filter);
        if (count != numbers.size())
            return {QStringLiteral("count %1 differs from rows %2").arg(count).arg(numbers.size())};
        // The first page with its count, in one query, says the same.
        Result<CaseListPage> first = CaseListQuery(m_t.db()).firstPage(
            filter, CaseListSort::CaseNumber, Qt::AscendingOrder, 100);
        if (!first)
            return {first.error().message()};
        QStringList firstNumbers;
        for (const CaseListRow& r : first->rows)
            firstNumbers.append(r.caseNumber);
        if (first->total != count || firstNumbers != numbers)
            return {QStringLiteral("first page %1 (%2 in all) differs")
                        .arg(firstNumbers.join(u','))
                        .arg(first->total)};
        return numbers;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_t);
        const Site site = Fixtures::cucutaSite(m_t);
        CaseService service(m_t.db(), m_t.clock(), m_t.legal());

        Person jose = Fixtures::person(QStringLiteral("José Gregorio"), QStringLiteral("Pérez"),
                                       QStringLiteral("Núñez"), Sex::Male);
        jose.documents = {Fixtures::document(QStringLiteral("V-18.456.789"))};
        CaseRecord first = Fixtures::caseFor(site.id, jose); // CUC-2026-00001
        Person daughter =
            Fixtures::person(QStringLiteral("Yusleidy"), QStringLiteral("Pérez"),
                             QStringLiteral("Ávila"), Sex::Female, PartialDate::yearOnly(2014));
        daughter.otherNames = {QStringLiteral("Yuslei")};
        daughter.documents = {Fixtures::document(QStringLiteral("P-0099123"), QStringLiteral("VEN"),
                                                 DocumentType::Passport)};
        first.members.append(CaseMember{daughter, Relationship::Child});
        QVERIFY(service.save(first));

        QVERIFY(service.save(Fixtures::caseFor( // CUC-2026-00002
            site.id, Fixtures::person(QStringLiteral("MARÍA"), QStringLiteral("GONZÁLEZ")))));
        QVERIFY(service.save(Fixtures::caseFor( // CUC-2026-00003
            site.id, Fixtures::person(QStringLiteral("Josefina"), QStringLiteral("Peralta")))));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString c1 = QStringLiteral("CUC-2026-00001");
        const QString c2 = QStringLiteral("CUC-2026-00002");
        const QString c3 = QStringLiteral("CUC-2026-00003");
        QTest::newRow("accents and case") << QStringLiteral("jose perez") << QStringList{c1};
        QTest::newRow("typed with accents") << QStringLiteral("JOSÉ PÉREZ") << QStringList{c1};
        QTest::newRow("upper case stored") << QStringLiteral("maria gonzalez") << QStringList{c2};
        QTest::newRow("partial names") << QStringLiteral("jos pe") << QStringList{c1, c3};
        QTest::newRow("order does not matter") << QStringLiteral("perez jose") << QStringList{c1};
        QTest::newRow("second family name") << QStringLiteral("nunez") << QStringList{c1};
        QTest::newRow("member, not principal")
            << QStringLiteral("yusleidy avila") << QStringList{c1};
        QTest::newRow("other name") << QStringLiteral("yuslei") << QStringList{c1};
        QTest::newRow("document as typed") << QStringLiteral("V-18.456.789") << QStringList{c1};
        QTest::newRow("document digits only") << QStringLiteral("18456789") << QStringList{c1};
        QTest::newRow("partial document") << QStringLiteral("18456") << QStringList{c1};
        QTest::newRow("member's passport") << QStringLiteral("p0099123") << QStringList{c1};
        QTest::newRow("case number") << QStringLiteral("cuc-2026-00002") << QStringList{c2};
        QTest::newRow("no match") << QStringLiteral("rodriguez") << QStringList{};
        QTest::newRow("quotes and operators are text")
            << QStringLiteral("\"jose\" OR * NEAR(") << QStringList{};
        QTest::newRow("punctuation only") << QStringLiteral("--- ...") << QStringList{};
    }

    void firstPageCountsBeyondThePage()
    {
        CaseListFilter filter;
        filter.text = QStringLiteral("jos pe");
        Result<CaseListPage> first = CaseListQuery(m_t.db()).firstPage(
            filter, CaseListSort::CaseNumber, Qt::DescendingOrder, 1);
        QVERIFY(first);
        QCOMPARE(first->rows.size(), 1);
        QCOMPARE(first->rows.first().caseNumber, QStringLiteral("CUC-2026-00003"));
        QCOMPARE(first->total, 2);
    }

    // The commonest names find tens of thousands of persons at a million: the list shows the
    // cases of the persons registered last, says more were found, and pages within them.
    void aCommonNameListsTheCasesOfThePersonsRegisteredLast()
    {
        CaseListFilter filter;
        filter.text = QStringLiteral("jos pe");
        filter.nameMatchLimit = 1;
        const CaseListQuery query(m_t.db());
        Result<CaseListPage> first =
            query.firstPage(filter, CaseListSort::CaseNumber, Qt::AscendingOrder, 10);
        QVERIFY(first);
        QVERIFY(first->more);
        QCOMPARE(first->total, 1);
        QCOMPARE(first->rows.size(), 1);
        QCOMPARE(first->rows.first().caseNumber, QStringLiteral("CUC-2026-00003"));
        QCOMPARE(*query.count(filter), 1);
        Result<QList<CaseListRow>> later =
            query.fetch(filter, CaseListSort::CaseNumber, Qt::AscendingOrder, 0, 10);
        QVERIFY(later);
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->first().caseNumber, QStringLiteral("CUC-2026-00003"));

        // Exactly as many persons as the limit: nothing more to say.
        filter.nameMatchLimit = 2;
        first = query.firstPage(filter, CaseListSort::CaseNumber, Qt::AscendingOrder, 10);
        QVERIFY(first);
        QVERIFY(!first->more);
        QCOMPARE(first->total, 2);
        // No limit, as the command line asks.
        filter.nameMatchLimit = 0;
        first = query.firstPage(filter, CaseListSort::CaseNumber, Qt::AscendingOrder, 10);
        QVERIFY(first);
        QVERIFY(!first->more);
        QCOMPARE(first->total, 2);
        QCOMPARE(*query.count(filter), 2);
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(find(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "tst_casesearch.moc"

#include "core/services/CaseService.h"
#include "core/services/SimilarCaseSearch.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

// The case list finds misspelled names (issue 21): real-world spelling variants of
// Venezuelan and Colombian names are found, marked as similar with the reason; near misses
// are not proposed.
class TestSimilarNames : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    QHash<QString, QString> m_numbers; // registered name -> case number

    QStringList similar(const QString& text, const CaseListFilter& base = {})
    {
        CaseListFilter filter = base;
        filter.text = text;
        Result<QList<SimilarCaseRow>> rows =
            SimilarCaseSearch(m_t.db(), m_t.legal()).search(filter, {});
        if (!rows)
            return {rows.error().message()};
        QStringList names;
        for (const SimilarCaseRow& r : *rows)
            names.append(r.personName);
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_t);
        const Site site = Fixtures::cucutaSite(m_t);
        CaseService service(m_t.db(), m_t.clock(), m_t.legal());
        const QList<QStringList> registered{
            {QStringLiteral("Joselyn"), QStringLiteral("Pérez"), QStringLiteral("Mora")},
            {QStringLiteral("María"), QStringLiteral("González"), QString()},
            {QStringLiteral("Yorman"), QStringLiteral("Villalobos"), QString()},
            {QStringLiteral("Guillermo"), QStringLiteral("Castillo"), QString()},
            {QStringLiteral("Héctor"), QStringLiteral("Sánchez"), QString()},
            {QStringLiteral("Anny"), QStringLiteral("Rodríguez"), QString()},
            {QStringLiteral("Luis Alberto"), QStringLiteral("Hernández"), QStringLiteral("Rojas")},
            {QStringLiteral("Carmen"), QStringLiteral("Zambrano"), QStringLiteral("Mora")},
            {QStringLiteral("Yusleidy"), QStringLiteral("Quintero"), QString()},
            {QStringLiteral("Luisa"), QStringLiteral("Pacheco"), QString()},
            {QStringLiteral("Wilmer"), QStringLiteral("Rondón"), QString()},
        };
        for (const QStringList& n : registered) {
            Result<CaseRecord> saved =
                service.save(Fixtures::caseFor(site.id, Fixtures::person(n[0], n[1], n[2])));
            QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
            m_numbers.insert(n[0], saved->caseNumber);
        }
    }

    void variantsAreFound_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("found");
        QTest::newRow("Y/J, i/y") << QStringLiteral("Yoselin Perez") << QStringLiteral("Joselyn");
        QTest::newRow("S/Z, missing accent")
            << QStringLiteral("Maria Gonzales") << QStringLiteral("María");
        QTest::newRow("Y/J, V/B") << QStringLiteral("Jorman Billalobos")
                                  << QStringLiteral("Yorman");
        QTest::newRow("LL/Y") << QStringLiteral("Guiyermo Castiyo") << QStringLiteral("Guillermo");
        QTest::newRow("silent H, Z/S")
            << QStringLiteral("Ector Sanches") << QStringLiteral("Héctor");
        QTest::newRow("double letters")
            << QStringLiteral("Any Rodriguez") << QStringLiteral("Anny");
        QTest::newRow("given and family swapped")
            << QStringLiteral("Hernandez Luis Alberto") << QStringLiteral("Luis Alberto");
        QTest::newRow("second family name missing, S/Z")
            << QStringLiteral("Carmen Sambrano") << QStringLiteral("Carmen");
        QTest::newRow("Q/K, y/i") << QStringLiteral("Yusleidi Kintero")
                                  << QStringLiteral("Yusleidy");
        QTest::newRow("one word, misspelled")
            << QStringLiteral("Billalobos") << QStringLiteral("Yorman");
        QTest::newRow("a typo") << QStringLiteral("Wilmer Rondom") << QStringLiteral("Wilmer");
    }

    void variantsAreFound()
    {
        QFETCH(QString, typed);
        QFETCH(QString, found);
        const QStringList names = similar(typed);
        QVERIFY2(!names.isEmpty() && names.first().startsWith(found),
                 qPrintable(typed + QStringLiteral(" → ") + names.join(u';')));
    }

    void nearMissesAreNotProposed_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("notFound");
        QTest::newRow("Luis is not Luisa")
            << QStringLiteral("Luis Pacheco") << QStringLiteral("Luisa");
        QTest::newRow("another given name")
            << QStringLiteral("Pedro Villalobos") << QStringLiteral("Yorman");
        QTest::newRow("another family name")
            << QStringLiteral("Guillermo Pérez") << QStringLiteral("Guillermo");
    }

    void nearMissesAreNotProposed()
    {
        QFETCH(QString, typed);
        QFETCH(QString, notFound);
        for (const QString& name : similar(typed))
            QVERIFY2(!name.startsWith(notFound), qPrintable(typed + QStringLiteral(" → ") + name));
    }

    // Each with its reason, ranked by likeness; the list's other filters still apply; the
    // cases found as typed are not repeated; numbers are found as typed or not at all.
    void whatIsShownWithThem()
    {
        CaseListFilter filter;
        filter.text = QStringLiteral("Yoselin Perez");
        Result<QList<SimilarCaseRow>> rows =
            SimilarCaseSearch(m_t.db(), m_t.legal()).search(filter, {});
        QVERIFY(rows && !rows->isEmpty());
        const SimilarCaseRow& first = rows->first();
        QCOMPARE(first.row.caseNumber, m_numbers.value(QStringLiteral("Joselyn")));
        QVERIFY2(first.reasons.contains(QStringLiteral("given name")), qPrintable(first.reasons));
        for (qsizetype i = 1; i < rows->size(); ++i)
            QVERIFY(rows->at(i - 1).score >= rows->at(i).score);
        QVERIFY(
            SimilarCaseSearch(m_t.db(), m_t.legal()).search(filter, {first.row.caseId})->isEmpty());
        CaseListFilter closed = filter;
        closed.status = CaseStatus::Closed;
        QVERIFY(SimilarCaseSearch(m_t.db(), m_t.legal()).search(closed, {})->isEmpty());
        QVERIFY(similar(QStringLiteral("CUC-2026")).isEmpty());
        QVERIFY(similar(QStringLiteral("jo pe")).isEmpty());
        // A role without the case list is refused, not answered.
        QVERIFY(!SimilarCaseSearch(m_t.db(), m_t.session(Role::Coordinator)).search(filter, {}));
    }
};

QTEST_GUILESS_MAIN(TestSimilarNames)
#include "tst_similarnames.moc"

#include "core/matching/TracingMatcher.h"

#include <QTest>

// The tracing matcher on pairs a tracing worker would (and would not) put side by side.
class TestTracingMatcher : public QObject
{
    Q_OBJECT

    static inline const QDate Today = QDate(2026, 6, 15);

    static SoughtPerson sought(const QString& given, const QString& family1,
                               const QString& family2 = {}, Sex sex = Sex::Unknown,
                               PartialDate born = {})
    {
        SoughtPerson s;
        s.givenNames = given;
        s.familyName1 = family1;
        s.familyName2 = family2;
        s.sex = sex;
        s.birthDate = born;
        return s;
    }

    static MatchCandidate candidate(const QString& given, const QString& family1,
                                    const QString& family2 = {}, Sex sex = Sex::Unknown,
                                    PartialDate born = {})
    {
        MatchCandidate c;
        c.personId = 1;
        c.givenNames = given;
        c.familyName1 = family1;
        c.familyName2 = family2;
        c.sex = sex;
        c.birthDate = born;
        return c;
    }

    static double scoreOf(const SoughtPerson& s, const MatchCandidate& c)
    {
        const auto m = TracingMatcher::compare(s, c, Today);
        return m ? m->score : 0.0;
    }

private slots:
    void pairs_data()
    {
        QTest::addColumn<QString>("soughtGiven");
        QTest::addColumn<QString>("soughtFamily");
        QTest::addColumn<QString>("foundGiven");
        QTest::addColumn<QString>("foundFamily1");
        QTest::addColumn<QString>("foundFamily2");
        QTest::addColumn<bool>("matches");

        // Spelling variants people write for a name they heard.
        QTest::newRow("y/j, accents") << "Yohandry"
                                      << "Perez"
                                      << "Johandry"
                                      << "Pérez"
                                      << "Gómez" << true;
        QTest::newRow("y/i, j/y") << "Yusleidy"
                                  << "Avila"
                                  << "Jusleidi"
                                  << "Ávila"
                                  << "" << true;
        QTest::newRow("v/b, s/z") << "Valentina"
                                  << "Vasquez"
                                  << "Balentina"
                                  << "Vázquez"
                                  << "" << true;
        QTest::newRow("g/y, s/z") << "Geraldine"
                                  << "Gonzales"
                                  << "Yeraldin"
                                  << "González"
                                  << "" << true;
        QTest::newRow("silent h") << "Hector"
                                  << "Hernandez"
                                  << "Éctor"
                                  << "Ernández"
                                  << "" << true;
        QTest::newRow("ll/y") << "Liliana"
                              << "Castillo"
                              << "Lilyana"
                              << "Castiyo"
                              << "" << true;
        QTest::newRow("typo") << "Alejandro"
                              << "Ramirez"
                              << "Alejnadro"
                              << "Ramírez"
                              << "" << true;
        QTest::newRow("typo in family") << "Jesus"
                                        << "Mendoza"
                                        << "Jesús"
                                        << "Mendosa"
                                        << "" << true;
        // Family names swapped, missing, compound given names.
        QTest::newRow("swapped family names") << "María"
                                              << "Pérez Gómez"
                                              << "María"
                                              << "Gómez"
                                              << "Pérez" << true;
        QTest::newRow("second family name missing") << "Carlos"
                                                    << "Rodríguez"
                                                    << "Carlos"
                                                    << "Rodríguez"
                                                    << "Silva" << true;
        QTest::newRow("compound given name") << "María José"
                                             << "Hernández"
                                             << "María"
                                             << "Hernández"
                                             << "" << true;
        QTest::newRow("names in the wrong fields") << "Pérez"
                                                   << "Johandry"
                                                   << "Johandry"
                                                   << "Pérez"
                                                   << "" << true;
        // Not the same person.
        QTest::newRow("brothers") << "Carlos"
                                  << "Pérez Gómez"
                                  << "Jorge"
                                  << "Pérez"
                                  << "Gómez" << false;
        QTest::newRow("other family") << "José"
                                      << "Pérez"
                                      << "Luis"
                                      << "Martínez"
                                      << "" << false;
        QTest::newRow("same given, other family") << "María"
                                                  << "Pérez"
                                                  << "María"
                                                  << "Ocampo"
                                                  << "" << false;
    }

    void pairs()
    {
        QFETCH(QString, soughtGiven);
        QFETCH(QString, soughtFamily);
        QFETCH(QString, foundGiven);
        QFETCH(QString, foundFamily1);
        QFETCH(QString, foundFamily2);
        QFETCH(bool, matches);
        const QStringList family = soughtFamily.split(QLatin1Char(' '));
        const SoughtPerson s = sought(soughtGiven, family.value(0), family.value(1), Sex::Female,
                                      PartialDate::yearOnly(2014));
        const MatchCandidate c = candidate(foundGiven, foundFamily1, foundFamily2, Sex::Female,
                                           PartialDate::yearOnly(2014));
        const double score = scoreOf(s, c);
        QVERIFY2((score >= TracingMatcher::ProposalThreshold) == matches,
                 qPrintable(QStringLiteral("score %1").arg(score)));
    }

    void theVolunteersExample()
    {
        // "Yohandry Perez", a boy of about 11, against Johandry Pérez Gómez born 2014.
        SoughtPerson s = sought(QStringLiteral("Yohandry"), QStringLiteral("Perez"), {}, Sex::Male,
                                PartialDate::estimatedFromAge(11, Today));
        MatchCandidate c =
            candidate(QStringLiteral("Johandry"), QStringLiteral("Pérez"), QStringLiteral("Gómez"),
                      Sex::Male, PartialDate::yearOnly(2014));
        const auto m = TracingMatcher::compare(s, c, Today);
        QVERIFY(m);
        QVERIFY(m->score >= TracingMatcher::ProposalThreshold);
        const QString reasons = m->reasons.join(QStringLiteral(", "));
        QVERIFY2(reasons.contains(QStringLiteral("family name equal")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("given name spelt differently")),
                 qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("one family name missing on one side")),
                 qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("born 2014 vs about 11 years")),
                 qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("same sex")), qPrintable(reasons));
    }

    void sexAndAgeRuleOut()
    {
        const SoughtPerson girl = sought(QStringLiteral("Andrea"), QStringLiteral("Pérez"), {},
                                         Sex::Female, PartialDate::yearOnly(2012));
        QVERIFY(
            !TracingMatcher::compare(girl,
                                     candidate(QStringLiteral("Andrea"), QStringLiteral("Pérez"),
                                               {}, Sex::Male, PartialDate::yearOnly(2012)),
                                     Today));
        // Born 1980: not a girl born around 2012.
        QVERIFY(
            !TracingMatcher::compare(girl,
                                     candidate(QStringLiteral("Andrea"), QStringLiteral("Pérez"),
                                               {}, Sex::Female, PartialDate::yearOnly(1980)),
                                     Today));
        // Two years apart is within what people misremember; three is not.
        QVERIFY(TracingMatcher::compare(girl,
                                        candidate(QStringLiteral("Andrea"), QStringLiteral("Pérez"),
                                                  {}, Sex::Female, PartialDate::yearOnly(2014)),
                                        Today));
        QVERIFY(
            !TracingMatcher::compare(girl,
                                     candidate(QStringLiteral("Andrea"), QStringLiteral("Pérez"),
                                               {}, Sex::Female, PartialDate::yearOnly(2016)),
                                     Today));
        // "About 14" spans a few years either side.
        QVERIFY(
            TracingMatcher::compare(sought(QStringLiteral("Andrea"), QStringLiteral("Pérez"), {},
                                           Sex::Female, PartialDate::estimatedFromAge(14, Today)),
                                    candidate(QStringLiteral("Andrea"), QStringLiteral("Pérez"), {},
                                              Sex::Female, PartialDate::yearOnly(2008)),
                                    Today));
        // Unknown sex or age neither rules out nor confirms.
        const auto unknown =
            TracingMatcher::compare(sought(QStringLiteral("Andrea"), QStringLiteral("Pérez")),
                                    candidate(QStringLiteral("Andrea"), QStringLiteral("Pérez"), {},
                                              Sex::Female, PartialDate::yearOnly(2012)),
                                    Today);
        QVERIFY(unknown);
        QVERIFY(unknown->score <
                scoreOf(girl, candidate(QStringLiteral("Andrea"), QStringLiteral("Pérez"), {},
                                        Sex::Female, PartialDate::yearOnly(2012))));
    }

    void scoresAreOrdered()
    {
        const SoughtPerson s =
            sought(QStringLiteral("Johandry"), QStringLiteral("Pérez"), QStringLiteral("Gómez"),
                   Sex::Male, PartialDate::yearOnly(2014));
        const auto boy = [](const QString& g, const QString& f1, const QString& f2) {
            return candidate(g, f1, f2, Sex::Male, PartialDate::yearOnly(2014));
        };
        const double exact = scoreOf(
            s, boy(QStringLiteral("Johandry"), QStringLiteral("Pérez"), QStringLiteral("Gómez")));
        const double variant = scoreOf(
            s, boy(QStringLiteral("Yohandry"), QStringLiteral("Peres"), QStringLiteral("Gómez")));
        const double missing =
            scoreOf(s, boy(QStringLiteral("Yohandri"), QStringLiteral("Pérez"), {}));
        const double typo = scoreOf(
            s, boy(QStringLiteral("Jhoandry"), QStringLiteral("Prez"), QStringLiteral("Gomes")));
        QVERIFY2(exact > variant && exact > missing && variant > typo && missing > typo,
                 qPrintable(
                     QStringLiteral("%1 %2 %3 %4").arg(exact).arg(variant).arg(missing).arg(typo)));
        QVERIFY(exact > 0.95);
    }
};

QTEST_GUILESS_MAIN(TestTracingMatcher)
#include "tst_tracingmatcher.moc"

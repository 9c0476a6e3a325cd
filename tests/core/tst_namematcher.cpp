#include "core/matching/NameMatcher.h"
#include "core/matching/PhoneticKey.h"

#include <QTest>

// Pairs of names that must and must not be taken for the same person.
class TestNameMatcher : public QObject
{
    Q_OBJECT

private slots:
    void phoneticKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("y/j at start") << "Yohandry"
                                      << "Johandry" << true;
        QTest::newRow("silent h, y/i") << "Jhoandry"
                                       << "Yoandri" << true;
        QTest::newRow("z/s") << "González"
                             << "Gonzales" << true;
        QTest::newRow("v/b") << "Valencia"
                             << "Balencia" << true;
        QTest::newRow("c before e/s") << "Cecilia"
                                      << "Secilia" << true;
        QTest::newRow("ll/y") << "Castillo"
                              << "Castiyo" << true;
        QTest::newRow("qu/k") << "Quintero"
                              << "Kintero" << true;
        QTest::newRow("silent h") << "Hernández"
                                  << "Ernandez" << true;
        QTest::newRow("doubled letters") << "Carrillo"
                                         << "Carillo" << true;
        QTest::newRow("portuguese lh") << "Carvalho"
                                       << "Carvallo" << true;
        QTest::newRow("different names") << "Pérez"
                                         << "Gómez" << false;
        QTest::newRow("different given") << "Luis"
                                         << "Lucas" << false;
    }

    void phoneticKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(PhoneticKey::of(a) == PhoneticKey::of(b), same);
    }

    void pairs_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("match");
        QTest::newRow("identical") << "José Gregorio Pérez Núñez"
                                   << "José Gregorio Pérez Núñez" << true;
        QTest::newRow("accents and case") << "JOSE GREGORIO PEREZ NUNEZ"
                                          << "José Gregorio Pérez Núñez" << true;
        QTest::newRow("spelling variant") << "Yohandry Perez"
                                          << "Johandry Pérez Gómez" << true;
        QTest::newRow("missing second family name") << "María José Pérez"
                                                    << "María José Pérez Gómez" << true;
        QTest::newRow("compound given name shortened") << "Maria Perez Gomez"
                                                       << "María José Pérez Gómez" << true;
        QTest::newRow("swapped family names") << "Ana Gómez Pérez"
                                              << "Ana Pérez Gómez" << true;
        QTest::newRow("one typo") << "Yusleidy Avila"
                                  << "Yusleydi Ávila" << true;
        QTest::newRow("letters swapped") << "Rodrgiuez Luis"
                                         << "Luis Rodriguez" << true;
        QTest::newRow("different family") << "María Pérez"
                                          << "María Rodríguez" << false;
        QTest::newRow("different given") << "Carlos Pérez"
                                         << "Luisa Pérez" << false;
        QTest::newRow("entirely different") << "Ana Torres"
                                            << "José Rondón" << false;
        // However alike they sound, a name's feminine or masculine is another name.
        QTest::newRow("Luis is not Luisa") << "Luis Pacheco"
                                           << "Luisa Pacheco" << false;
        QTest::newRow("Mario is not María") << "Mario González"
                                            << "María González" << false;
        QTest::newRow("Juan is not Juana") << "Juan Rojas"
                                           << "Juana Rojas" << false;
    }

    void pairs()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, match);
        const NameMatcher::Comparison c =
            NameMatcher::compare(PersonName::fromFullName(a), PersonName::fromFullName(b));
        QVERIFY2((c.score >= 0.8) == match,
                 qPrintable(QStringLiteral("%1 (%2)").arg(c.score).arg(c.reasons.join(", "))));
    }

    void scoresAreOrdered()
    {
        const PersonName query = PersonName::fromFullName(QStringLiteral("Johandry Pérez Gómez"));
        const double exact =
            NameMatcher::compare(query,
                                 PersonName::fromFullName(QStringLiteral("Johandry Pérez Gómez")))
                .score;
        const double variant =
            NameMatcher::compare(query,
                                 PersonName::fromFullName(QStringLiteral("Yohandry Perez Gomez")))
                .score;
        const double partial =
            NameMatcher::compare(query, PersonName::fromFullName(QStringLiteral("Yohandry Perez")))
                .score;
        const double other =
            NameMatcher::compare(query,
                                 PersonName::fromFullName(QStringLiteral("Yohandry Ramírez")))
                .score;
        QVERIFY(exact > variant);
        QVERIFY(variant >= partial);
        QVERIFY(partial > other);
        QCOMPARE(exact, 1.0);
    }

    void reasonsInWords()
    {
        const NameMatcher::Comparison c =
            NameMatcher::compare(PersonName::fromFullName(QStringLiteral("Yohandry Perez")),
                                 PersonName::fromFullName(QStringLiteral("Johandry Pérez Gómez")));
        QVERIFY(c.reasons.contains(QStringLiteral("family name equal")));
        QVERIFY(c.reasons.contains(QStringLiteral("given name spelt differently")));
        QVERIFY(c.reasons.contains(QStringLiteral("one family name missing on one side")));
    }
};

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"

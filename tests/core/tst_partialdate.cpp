#include "core/common/DateFormats.h"
#include "core/domain/PartialDate.h"

#include <QLocale>
#include <QTest>

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void storageRoundTrip_data()
    {
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("value");
        QTest::newRow("exact") << QStringLiteral("exact") << QStringLiteral("2012-05-03");
        QTest::newRow("month") << QStringLiteral("month") << QStringLiteral("2012-05");
        QTest::newRow("year") << QStringLiteral("year") << QStringLiteral("2012");
        QTest::newRow("estimated") << QStringLiteral("estimated") << QStringLiteral("1986");
    }

    void storageRoundTrip()
    {
        QFETCH(QString, precision);
        QFETCH(QString, value);
        const auto d = PartialDate::fromStorage(precision, value);
        QVERIFY(d.has_value());
        QCOMPARE(d->precisionCode(), precision);
        QCOMPARE(d->storageValue(), value);
    }

    void rejectsMalformedStorage_data()
    {
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("value");
        QTest::newRow("31 February") << QStringLiteral("exact") << QStringLiteral("2020-02-31");
        QTest::newRow("month 13") << QStringLiteral("month") << QStringLiteral("2020-13");
        QTest::newRow("words") << QStringLiteral("year") << QStringLiteral("about 40");
        QTest::newRow("precision mismatch")
            << QStringLiteral("year") << QStringLiteral("2020-01-01");
        QTest::newRow("unknown precision") << QStringLiteral("weekly") << QStringLiteral("2020");
    }

    void rejectsMalformedStorage()
    {
        QFETCH(QString, precision);
        QFETCH(QString, value);
        QVERIFY(!PartialDate::fromStorage(precision, value).has_value());
    }

    void rangesFollowPrecision()
    {
        QCOMPARE(PartialDate::yearOnly(2012).earliest(), QDate(2012, 1, 1));
        QCOMPARE(PartialDate::yearOnly(2012).latest(), QDate(2012, 12, 31));
        QCOMPARE(PartialDate::yearMonth(2012, 2).latest(), QDate(2012, 2, 29));
        const PartialDate about40 = PartialDate::estimatedFromAge(40, QDate(2026, 6, 1));
        QCOMPARE(about40.year(), 1986);
        QCOMPARE(about40.earliest().year(), 1986 - PartialDate::EstimateToleranceYears);
        QCOMPARE(about40.latest().year(), 1986 + PartialDate::EstimateToleranceYears);
        QVERIFY(!PartialDate().earliest().isValid());
    }

    void ages()
    {
        const QDate day(2026, 6, 15);
        QCOMPARE(*PartialDate::exact(QDate(2012, 6, 16)).ageOn(day), 13);
        QCOMPARE(*PartialDate::exact(QDate(2012, 6, 15)).ageOn(day), 14);
        QCOMPARE(*PartialDate::yearOnly(2012).ageOn(day), 14);
        QCOMPARE(*PartialDate::estimatedFromAge(40, day).ageOn(day), 40);
        QVERIFY(!PartialDate().ageOn(day).has_value());
    }

    // A full date shows all four digits of the year in every language: 1926 is not 2026.
    void exactDatesShowTheWholeYear()
    {
        const QLocale before;
        for (const char* name : {"es", "pt_BR", "en_GB", "en_US"}) {
            QLocale::setDefault(QLocale(QLatin1String(name)));
            const QString text =
                PartialDate::exact(QDate(1926, 4, 5)).displayText(QDate(2026, 6, 1));
            QVERIFY2(text.contains(QStringLiteral("1926")), qPrintable(text));
        }
        QLocale::setDefault(QLocale(QStringLiteral("es")));
        QCOMPARE(PartialDate::exact(QDate(1926, 4, 5)).displayText(QDate(2026, 6, 1)),
                 QStringLiteral("5/4/1926"));
        QLocale::setDefault(before);
    }

    // One format for every date shown, typed or printed: the language's numeric one with the
    // whole year; the C locale of a bare system has none ("5 Apr 1926") and gets dd/MM/yyyy,
    // which a date field can be typed into.
    void oneNumericFormatForEveryDate()
    {
        const QLocale before;
        const QDateTime moment(QDate(2026, 3, 9), QTime(14, 5, 7));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(DateFormats::numericFormat(), QStringLiteral("dd/MM/yyyy"));
        QCOMPARE(DateFormats::numeric(QDate(1926, 4, 5)), QStringLiteral("05/04/1926"));
        QCOMPARE(DateFormats::numeric(moment.toUTC()), QStringLiteral("09/03/2026 14:05"));
        QCOMPARE(DateFormats::numeric(moment.toUTC(), true), QStringLiteral("09/03/2026 14:05:07"));
        QLocale::setDefault(QLocale(QStringLiteral("es")));
        QCOMPARE(DateFormats::numericFormat(), QStringLiteral("d/M/yyyy"));
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        QCOMPARE(DateFormats::numeric(QDate(1926, 4, 5)), QStringLiteral("05/04/1926"));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(DateFormats::numeric(QDate(1926, 4, 5)), QStringLiteral("4/5/1926"));
        QLocale::setDefault(before);
    }

    void displayText()
    {
        const QDate day(2026, 6, 15);
        QCOMPARE(PartialDate::yearOnly(2012).displayText(day), QStringLiteral("2012"));
        QCOMPARE(PartialDate::yearMonth(2012, 5).displayText(day), QStringLiteral("05/2012"));
        QCOMPARE(PartialDate::estimatedFromAge(40, day).displayText(day),
                 QStringLiteral("about 40 years"));
        QCOMPARE(PartialDate().displayText(day), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"

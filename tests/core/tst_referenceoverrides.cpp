#include "core/reference/HolidayCalendar.h"
#include "core/reference/IncidentCatalogue.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/reference/ReferenceOverrides.h"
#include "core/reference/RiskCatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// An administrator's copy of a reference file in the data folder replaces the shipped one;
// a broken copy is reported and the shipped data stays. (Its own executable: installing
// changes what the whole process sees.)
class TestReferenceOverrides : public QObject
{
    Q_OBJECT

    static QJsonObject shipped(const QString& name)
    {
        QFile f(QStringLiteral(":/reference/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing %s", qPrintable(name));
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static void write(const QString& path, const QByteArray& bytes)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    static void removeCopies()
    {
        QVERIFY(QDir(QFileInfo(RiskCatalogue::overridePath()).path()).removeRecursively());
    }

private slots:
    // The test's data folder outlives a run: start and end without copies.
    void initTestCase() { removeCopies(); }
    void cleanupTestCase() { removeCopies(); }
    void nothingToInstall() { QVERIFY(ReferenceOverrides::install().isEmpty()); }

    void editedCopiesReplaceTheShippedFiles()
    {
        // The clinic adds a local holiday and renames the procedure data's version.
        QJsonObject holidays = shipped(QStringLiteral("holidays.json"));
        QJsonObject countries = holidays[QStringLiteral("countries")].toObject();
        QJsonArray colombia = countries[QStringLiteral("COL")].toArray();
        colombia.append(QStringLiteral("2026-07-01"));
        countries[QStringLiteral("COL")] = colombia;
        holidays[QStringLiteral("countries")] = countries;
        write(HolidayCalendar::overridePath(), QJsonDocument(holidays).toJson());
        QJsonObject procedures = shipped(QStringLiteral("procedure-types.json"));
        procedures[QStringLiteral("version")] = QStringLiteral("clinic-2026-07");
        write(ProcedureCatalogue::overridePath(), QJsonDocument(procedures).toJson());
        QJsonObject incidents = shipped(QStringLiteral("incident-catalogue.json"));
        incidents[QStringLiteral("version")] = QStringLiteral("network-2026-07");
        write(IncidentCatalogue::overridePath(), QJsonDocument(incidents).toJson());

        QVERIFY(!HolidayCalendar::current().isHoliday(QStringLiteral("COL"), QDate(2026, 7, 1)));
        const QStringList problems = ReferenceOverrides::install();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(HolidayCalendar::current().isHoliday(QStringLiteral("COL"), QDate(2026, 7, 1)));
        QCOMPARE(ProcedureCatalogue::current().version(), QStringLiteral("clinic-2026-07"));
        QCOMPARE(IncidentCatalogue::current().version(), QStringLiteral("network-2026-07"));
    }

    void aBrokenCopyIsReportedAndTheDataStays()
    {
        const QString before = RiskCatalogue::current().version();
        write(RiskCatalogue::overridePath(), "{ \"format\": 1, \"version\": ");
        const QStringList problems = ReferenceOverrides::install();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(RiskCatalogue::overridePath()));
        QVERIFY(problems[0].contains(QStringLiteral("JSON")));
        QCOMPARE(RiskCatalogue::current().version(), before);
    }
};

QTEST_GUILESS_MAIN(TestReferenceOverrides)
#include "tst_referenceoverrides.moc"

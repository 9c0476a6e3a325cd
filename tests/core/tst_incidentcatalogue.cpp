#include "core/reference/IncidentCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The incident catalogue (issue 26): what can be recorded about an incident, as data, in three
// languages; a broken copy is refused with what is wrong in it.
class TestIncidentCatalogue : public QObject
{
    Q_OBJECT

    static QJsonObject shipped()
    {
        QFile f(QStringLiteral(":/reference/incident-catalogue.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the incident catalogue is not in the resources");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QString refusal(const QJsonObject& o)
    {
        Result<IncidentCatalogue> c = IncidentCatalogue::fromJson(QJsonDocument(o).toJson());
        return c ? QString() : c.error().message();
    }

private slots:
    // Every entry of every list speaks Spanish, Portuguese and English; the types and
    // perpetrators are there.
    void theShippedCatalogueLoadsInThreeLanguages()
    {
        const IncidentCatalogue& c = IncidentCatalogue::current();
        QCOMPARE(c.version(), QStringLiteral("2026.2"));
        for (const QList<IncidentCode>* list :
             {&c.groups(), &c.types(), &c.perpetrators(), &c.stateResponses(), &c.institutions(),
              &c.places(), &c.legalStatuses(), &c.intentions(), &c.returnRisks(), &c.needs()}) {
            QVERIFY(!list->isEmpty());
            for (const IncidentCode& e : *list) {
                for (const char* language : {"es", "pt_BR", "en"})
                    QVERIFY2(!e.label.in(QLatin1String(language)).isEmpty(),
                             qPrintable(e.code + u' ' + QLatin1String(language)));
            }
        }
        for (const char* code : {"physical_violence",
                                 "sexual_violence",
                                 "extortion",
                                 "robbery",
                                 "threats",
                                 "detention",
                                 "expulsion",
                                 "refusal_of_entry",
                                 "asylum_denied",
                                 "health_denied",
                                 "education_denied",
                                 "birth_registration_denied",
                                 "documents_denied",
                                 "labour_exploitation",
                                 "trafficking_indicators",
                                 "forced_recruitment",
                                 "discrimination",
                                 "xenophobic_aggression",
                                 "police_violence",
                                 "lgbtiq_violence",
                                 "child_not_registered"})
            QVERIFY2(IncidentCatalogue::find(c.types(), QLatin1String(code)), code);
        for (const char* code :
             {"police", "military", "migration_authority", "other_authority", "armed_group",
              "criminal_group", "employer", "general_population", "unknown"})
            QVERIFY2(IncidentCatalogue::find(c.perpetrators(), QLatin1String(code)), code);
        QVERIFY(IncidentCatalogue::find(c.places(), QStringLiteral("informal_crossing")));
        QCOMPARE(IncidentCatalogue::find(c.types(), QStringLiteral("sexual_violence"))
                     ->label.in(QStringLiteral("es")),
                 QStringLiteral("Violencia sexual"));
    }

    void aBrokenCopyIsRefusedWithWhatIsWrong_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newer format") << "format"
                                      << "newer version";
        QTest::newRow("no version") << "version"
                                    << "\"version\"";
        QTest::newRow("no perpetrators") << "perpetrators"
                                         << "“perpetrators”";
        QTest::newRow("repeated code") << "repeat"
                                       << "repeated";
        QTest::newRow("unknown group") << "group"
                                       << "unknown group";
        QTest::newRow("no English label") << "english"
                                          << "English";
    }

    void aBrokenCopyIsRefusedWithWhatIsWrong()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        QJsonObject o = shipped();
        QJsonArray types = o[QStringLiteral("incidentTypes")].toArray();
        QJsonObject first = types[0].toObject();
        if (change == QLatin1String("format")) {
            o[QStringLiteral("format")] = IncidentCatalogue::SupportedFormat + 1;
        } else if (change == QLatin1String("version")) {
            o.remove(QStringLiteral("version"));
        } else if (change == QLatin1String("perpetrators")) {
            o[QStringLiteral("perpetrators")] = QJsonArray();
        } else if (change == QLatin1String("repeat")) {
            types.append(first);
        } else if (change == QLatin1String("group")) {
            first[QStringLiteral("group")] = QStringLiteral("weather");
            types[0] = first;
        } else {
            QJsonObject label = first[QStringLiteral("label")].toObject();
            label.remove(QStringLiteral("en"));
            first[QStringLiteral("label")] = label;
            types[0] = first;
        }
        o[QStringLiteral("incidentTypes")] = types;
        const QString message = refusal(o);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.startsWith(QStringLiteral("The incident catalogue cannot be used")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentCatalogue)
#include "tst_incidentcatalogue.moc"

#include "core/reference/RiskCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

class TestRiskCatalogue : public QObject
{
    Q_OBJECT

    static QJsonObject shippedJson()
    {
        QFile f(QStringLiteral(":/reference/hrit-catalogue.json"));
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QString errorFor(const QJsonObject& o)
    {
        Result<RiskCatalogue> c = RiskCatalogue::fromJson(QJsonDocument(o).toJson());
        return c ? QString() : c.error().message();
    }

private slots:
    void shippedCatalogueFollowsTheHritInItsOrderThenAmparosAdditions()
    {
        const RiskCatalogue& c = RiskCatalogue::current();
        QVERIFY(!c.version().isEmpty());
        QStringList codes;
        QList<bool> additions;
        for (const RiskCategory& category : c.categories()) {
            codes.append(category.code);
            additions.append(category.addition);
        }
        QCOMPARE(codes, (QStringList{"older_persons", "children", "women_girls", "legal_physical",
                                     "health_disability", "violence_torture", "lgbtiq", "diversity",
                                     "family_unity"}));
        QCOMPARE(additions,
                 (QList<bool>{false, false, false, false, false, true, true, true, true}));
        // The two categories the HRIT made one are known, to show the levels kept from them.
        QCOMPARE(c.replacedCategory(QStringLiteral("disabilities"))->replacedBy,
                 QStringLiteral("health_disability"));
        QCOMPARE(c.replacedCategory(QStringLiteral("medical"))->replacedBy,
                 QStringLiteral("health_disability"));
        QVERIFY(!c.category(QStringLiteral("medical")));
        QVERIFY(c.indicator(QStringLiteral("health_disability.walking")));
        QVERIFY(c.indicator(QStringLiteral("health_disability.critical")));

        QCOMPARE(c.followUpDays(3), 3);
        QCOMPARE(c.noticeDays(3), 0);
        QCOMPARE(c.followUpDays(2), 42);
        QCOMPARE(c.noticeDays(2), 28);
        QCOMPARE(c.followUpDays(1), 0);
        QCOMPARE(c.openingChecklist().first().code, QStringLiteral("confidentiality_explained"));
        QVERIFY(!c.openingChecklist().first().addition);
        for (const ScreeningChecklistItem& item : c.openingChecklist().mid(1))
            QVERIFY2(item.addition, qPrintable(item.code));
    }

    // HRIT v2 (domain notes §7.1): the five categories and the three levels word for word.
    void theToolsSpanishWordsAreKeptWordForWord()
    {
        const RiskCatalogue& c = RiskCatalogue::current();
        QLocale::setDefault(QLocale(QStringLiteral("es_CO")));
        QStringList names;
        for (const RiskCategory& category : c.categories()) {
            if (!category.addition)
                names.append(category.label.text());
        }
        QCOMPARE(names, (QStringList{"Adultos mayores", "Niños y adolescentes",
                                     "Mujeres y niñas en riesgo", "Protección física y legal",
                                     "Salud y discapacidad"}));
        QCOMPARE(c.levelLabel(3), QStringLiteral("Alto"));
        QCOMPARE(c.levelDescription(3),
                 QStringLiteral("Riesgo grave e inminente para la seguridad de la persona. "
                                "Requiere de una intervención o seguimiento inmediatos dentro de "
                                "pocos días"));
        QCOMPARE(c.levelDescription(2),
                 QStringLiteral("Probabilidad de riesgo grave para la seguridad de la persona. "
                                "Requiere de una intervención urgente o seguimiento dentro de 4 a "
                                "6 semanas"));
        QCOMPARE(c.levelDescription(1),
                 QStringLiteral("La probabilidad de riesgo grave para la seguridad de la persona "
                                "es baja, pero se puede requerir una intervención para "
                                "necesidades específicas"));
        QCOMPARE(c.openingChecklist().first().label.text(),
                 QStringLiteral("Se explicó el carácter confidencial de la entrevista"));
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        QCOMPARE(c.category(QStringLiteral("health_disability"))->label.text(),
                 QStringLiteral("Saúde e deficiência"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(c.category(QStringLiteral("legal_physical"))->label.text(),
                 QStringLiteral("Physical and legal protection"));
    }

    void shippedCatalogueCoversTheRequiredIndicators()
    {
        const RiskCatalogue& c = RiskCatalogue::current();
        for (const char* code :
             {"children.unaccompanied", "children.separated", "legal_physical.refoulement",
              "legal_physical.detention", "legal_physical.no_documentation",
              "legal_physical.statelessness", "violence_torture.sgbv_origin",
              "diversity.indigenous", "diversity.afro_descendant", "diversity.roma"})
            QVERIFY2(c.indicator(QLatin1String(code)), code);
        QCOMPARE(c.indicator(QStringLiteral("children.unaccompanied"))->specificNeed,
                 QStringLiteral("SC-UC"));
        QVERIFY(c.specificNeed(QStringLiteral("SV-VO")));
        QVERIFY(c.action(QStringLiteral("best_interests")));
        QCOMPARE(c.levelLabel(3), QStringLiteral("High"));
    }

    void labelsFollowTheLanguage()
    {
        const RiskCatalogue& c = RiskCatalogue::current();
        QLocale::setDefault(QLocale(QStringLiteral("es_CO")));
        QCOMPARE(c.category(QStringLiteral("women_girls"))->label.text(),
                 QStringLiteral("Mujeres y niñas en riesgo"));
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        QCOMPARE(c.levelLabel(3), QStringLiteral("Alto"));
        QLocale::setDefault(QLocale(QStringLiteral("fr_FR"))); // no French: English
        QCOMPARE(c.levelLabel(1), QStringLiteral("Low"));
        QLocale::setDefault(QLocale::c());
    }

    void addingAnIndicatorIsADataChange()
    {
        QJsonObject o = shippedJson();
        QJsonArray categories = o.value(QStringLiteral("categories")).toArray();
        QJsonObject first = categories[0].toObject();
        QJsonArray indicators = first.value(QStringLiteral("indicators")).toArray();
        indicators.append(
            QJsonObject{{QStringLiteral("code"), first.value(QStringLiteral("code")).toString() +
                                                     QStringLiteral(".new_one")},
                        {QStringLiteral("label"),
                         QJsonObject{{QStringLiteral("en"), QStringLiteral("A new indicator")}}}});
        first.insert(QStringLiteral("indicators"), indicators);
        categories[0] = first;
        o.insert(QStringLiteral("categories"), categories);
        o.insert(QStringLiteral("version"), QStringLiteral("2026.2"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalogue.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        f.close();
        Result<RiskCatalogue> loaded = RiskCatalogue::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error().message()));
        QCOMPARE(loaded->version(), QStringLiteral("2026.2"));
        QVERIFY(loaded->indicator(first.value(QStringLiteral("code")).toString() +
                                  QStringLiteral(".new_one")));
    }

    void brokenCataloguesAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "notjson"
                                  << "not valid JSON";
        QTest::newRow("newer format") << "format"
                                      << "newer version";
        QTest::newRow("no version") << "version"
                                    << "no \"version\"";
        QTest::newRow("no categories") << "categories"
                                       << "no risk categories";
        QTest::newRow("empty category") << "emptycategory"
                                        << "has no indicators";
        QTest::newRow("duplicate indicator") << "dupindicator"
                                             << "repeated code";
        QTest::newRow("unknown specific need") << "unknownneed"
                                               << "unknown specific-needs code";
        QTest::newRow("unknown rule") << "unknownrule"
                                      << "unknown rule";
        QTest::newRow("label without English") << "nolabel"
                                               << "English label";
        QTest::newRow("missing level") << "levels"
                                       << "three risk levels";
        QTest::newRow("no actions") << "actions"
                                    << "no recommended actions";
        QTest::newRow("follow-up flagged after it is due") << "notice"
                                                           << "flagged before it is due";
        QTest::newRow("replaced by nothing") << "replaced"
                                             << "no category that replaces it";
        QTest::newRow("checklist item repeated") << "checklist"
                                                 << "checklist item";
    }

    void brokenCataloguesAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        if (damage == QLatin1String("notjson")) {
            Result<RiskCatalogue> c = RiskCatalogue::fromJson("{ \"format\": 1, ");
            QVERIFY(!c);
            QVERIFY(c.error().message().contains(expected));
            return;
        }
        QJsonObject o = shippedJson();
        QJsonArray categories = o.value(QStringLiteral("categories")).toArray();
        QJsonObject first = categories[0].toObject();
        QJsonArray indicators = first.value(QStringLiteral("indicators")).toArray();
        QJsonObject indicator = indicators[0].toObject();
        if (damage == QLatin1String("format"))
            o.insert(QStringLiteral("format"), 2);
        else if (damage == QLatin1String("version"))
            o.remove(QStringLiteral("version"));
        else if (damage == QLatin1String("categories"))
            o.insert(QStringLiteral("categories"), QJsonArray());
        else if (damage == QLatin1String("emptycategory"))
            indicators = QJsonArray();
        else if (damage == QLatin1String("dupindicator"))
            indicators.append(indicator);
        else if (damage == QLatin1String("unknownneed"))
            indicator.insert(QStringLiteral("specificNeed"), QStringLiteral("ZZ-ZZ"));
        else if (damage == QLatin1String("unknownrule"))
            indicator.insert(QStringLiteral("suggestedBy"), QStringLiteral("astrology"));
        else if (damage == QLatin1String("nolabel"))
            indicator.insert(QStringLiteral("label"),
                             QJsonObject{{QStringLiteral("es"), QStringLiteral("solo español")}});
        else if (damage == QLatin1String("levels"))
            o.insert(QStringLiteral("riskLevels"),
                     QJsonArray{o.value(QStringLiteral("riskLevels")).toArray()[0]});
        else if (damage == QLatin1String("actions"))
            o.insert(QStringLiteral("actions"), QJsonArray());
        else if (damage == QLatin1String("notice")) {
            QJsonArray levels = o.value(QStringLiteral("riskLevels")).toArray();
            QJsonObject medium = levels[1].toObject();
            medium.insert(QStringLiteral("noticeDays"), 50);
            levels[1] = medium;
            o.insert(QStringLiteral("riskLevels"), levels);
        } else if (damage == QLatin1String("replaced")) {
            QJsonArray replaced = o.value(QStringLiteral("replacedCategories")).toArray();
            QJsonObject r = replaced[0].toObject();
            r.insert(QStringLiteral("replacedBy"), QStringLiteral("nowhere"));
            replaced[0] = r;
            o.insert(QStringLiteral("replacedCategories"), replaced);
        } else if (damage == QLatin1String("checklist")) {
            QJsonArray checklist = o.value(QStringLiteral("openingChecklist")).toArray();
            checklist.append(checklist[0]);
            o.insert(QStringLiteral("openingChecklist"), checklist);
        }
        if (!indicators.isEmpty())
            indicators[0] = indicator;
        first.insert(QStringLiteral("indicators"), indicators);
        if (damage != QLatin1String("categories")) {
            categories[0] = first;
            o.insert(QStringLiteral("categories"), categories);
        }
        const QString error = errorFor(o);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.startsWith(QStringLiteral("The risk screening catalogue cannot be used")));
    }

    void aBrokenOverrideKeepsTheShippedCatalogue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[]");
        f.close();
        const QString before = RiskCatalogue::current().version();
        QVERIFY(!RiskCatalogue::installFrom(path));
        QCOMPARE(RiskCatalogue::current().version(), before);
        QVERIFY(!RiskCatalogue::installFrom(dir.filePath(QStringLiteral("missing.json"))));
    }
};

QTEST_GUILESS_MAIN(TestRiskCatalogue)
#include "tst_riskcatalogue.moc"

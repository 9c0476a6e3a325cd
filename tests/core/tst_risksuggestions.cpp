#include "core/reference/RiskCatalogue.h"
#include "core/risk/RiskSuggester.h"
#include "tests/support/Fixtures.h"

#include <QTest>

Q_DECLARE_METATYPE(CaseRecord)

// Each suggestion rule, with families that should and should not trigger it.
class TestRiskSuggestions : public QObject
{
    Q_OBJECT

    const QDate today{2026, 6, 15};

    static CaseMember member(const QString& name, int age, Relationship rel, QDate today)
    {
        return CaseMember{
            Fixtures::person(name, QStringLiteral("Rojas"), {}, Sex::Female,
                             age < 0 ? PartialDate() : PartialDate::yearOnly(today.year() - age)),
            rel};
    }

    CaseRecord family(std::initializer_list<std::tuple<int, Relationship>> members) const
    {
        CaseRecord r;
        int n = 0;
        for (const auto& [age, rel] : members)
            r.members.append(member(QStringLiteral("P%1").arg(n++), age, rel, today));
        return r;
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<CaseRecord>("record");
        QTest::addColumn<int>("member");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("fires");
        using R = Relationship;
        const QString u = QStringLiteral("unaccompanied_child"),
                      s = QStringLiteral("separated_child"),
                      o = QStringLiteral("older_person_alone");
        QTest::newRow("child alone") << family({{14, R::Principal}}) << 0 << u << true;
        QTest::newRow("child with siblings only")
            << family({{15, R::Principal}, {9, R::Sibling}}) << 1 << u << true;
        QTest::newRow("child with mother")
            << family({{35, R::Principal}, {9, R::Child}}) << 1 << u << false;
        QTest::newRow("adult alone") << family({{19, R::Principal}}) << 0 << u << false;
        QTest::newRow("unknown age alone") << family({{-1, R::Principal}}) << 0 << u << false;
        QTest::newRow("child with uncle")
            << family({{40, R::Principal}, {10, R::OtherRelative}}) << 1 << s << true;
        QTest::newRow("grandchild with grandmother")
            << family({{62, R::Principal}, {8, R::Grandchild}}) << 1 << s << true;
        QTest::newRow("grandchild with grandmother and mother")
            << family({{62, R::Principal}, {33, R::Child}, {8, R::Grandchild}}) << 2 << s << false;
        QTest::newRow("child of principal")
            << family({{35, R::Principal}, {9, R::Child}}) << 1 << s << false;
        QTest::newRow("child principal with parent")
            << family({{12, R::Principal}, {40, R::Parent}}) << 0 << s << false;
        QTest::newRow("child principal with adult sibling")
            << family({{12, R::Principal}, {22, R::Sibling}}) << 0 << s << true;
        QTest::newRow("unaccompanied is not separated")
            << family({{12, R::Principal}}) << 0 << s << false;
        QTest::newRow("older person alone") << family({{71, R::Principal}}) << 0 << o << true;
        QTest::newRow("older couple")
            << family({{71, R::Principal}, {69, R::Spouse}}) << 0 << o << true;
        QTest::newRow("older person with adult child")
            << family({{71, R::Principal}, {40, R::Child}}) << 0 << o << false;
        QTest::newRow("older person with grandchildren only")
            << family({{66, R::Principal}, {9, R::Grandchild}}) << 0 << o << true;
        QTest::newRow("59 is not older") << family({{59, R::Principal}}) << 0 << o << false;
    }

    void rules()
    {
        QFETCH(CaseRecord, record);
        QFETCH(int, member);
        QFETCH(QString, rule);
        QFETCH(bool, fires);
        QCOMPARE(!RiskSuggester::evaluate(rule, record, member, today).isEmpty(), fires);
    }

    void documentsAndStatelessness()
    {
        CaseRecord r = family({{35, Relationship::Principal}, {3, Relationship::Child}});
        const QString noDoc = QStringLiteral("no_document"),
                      stateless = QStringLiteral("child_born_abroad_unregistered");
        QVERIFY(RiskSuggester::evaluate(noDoc, r, 0, today).isEmpty());
        r.members[0].person.hasNoDocument = true;
        QCOMPARE(RiskSuggester::evaluate(noDoc, r, 0, today),
                 QStringLiteral("Recorded as having no identity document."));

        Person& child = r.members[1].person;
        QVERIFY(RiskSuggester::evaluate(stateless, r, 1, today).isEmpty()); // birth country unknown
        child.birthCountry = QStringLiteral("COL");
        QVERIFY(
            RiskSuggester::evaluate(stateless, r, 1, today).contains(QStringLiteral("Colombia")));
        child.documents = {Fixtures::document(QStringLiteral("123"), QStringLiteral("COL"),
                                              DocumentType::BirthCertificate)};
        QVERIFY(RiskSuggester::evaluate(stateless, r, 1, today).isEmpty()); // registered
        child.documents.clear();
        child.nationalities = {QStringLiteral("VEN"), QStringLiteral("COL")};
        QVERIFY(RiskSuggester::evaluate(stateless, r, 1, today).isEmpty()); // has that nationality
        child.nationalities = {QStringLiteral("VEN")};
        r.members[0].person.birthCountry = QStringLiteral("COL");
        r.members[0].person.nationalities = {QStringLiteral("VEN")};
        QVERIFY(RiskSuggester::evaluate(stateless, r, 0, today).isEmpty()); // an adult
    }

    void suggestionsNameIndicatorsFromTheCatalogue()
    {
        CaseRecord r = family({{13, Relationship::Principal}});
        r.members[0].person.hasNoDocument = true;
        QStringList codes;
        for (const RiskSuggestion& s :
             RiskSuggester::suggest(r, 0, today, RiskCatalogue::current()))
            codes.append(s.indicatorCode);
        codes.sort();
        QCOMPARE(codes, (QStringList{QStringLiteral("children.unaccompanied"),
                                     QStringLiteral("legal_physical.no_documentation")}));
    }
};

QTEST_GUILESS_MAIN(TestRiskSuggestions)
#include "tst_risksuggestions.moc"

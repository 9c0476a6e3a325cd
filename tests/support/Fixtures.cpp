#include "tests/support/Fixtures.h"

#include "core/services/SiteService.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

namespace Fixtures {
Person person(const QString& given, const QString& family1, const QString& family2, Sex sex,
              PartialDate born)
{
    Person p;
    p.givenNames = given;
    p.familyName1 = family1;
    p.familyName2 = family2;
    p.sex = sex;
    p.birthDate = born;
    p.nationalities = {QStringLiteral("VEN")};
    p.location =
        Location{QStringLiteral("COL"), QStringLiteral("CO-NSA"), QStringLiteral("Cúcuta")};
    return p;
}

IdentityDocument document(const QString& number, const QString& country, DocumentType type)
{
    IdentityDocument d;
    d.type = type;
    d.number = number;
    d.issuingCountry = country;
    return d;
}

CaseRecord caseFor(qint64 siteId, const Person& principal, QDate registeredOn)
{
    CaseRecord r;
    r.siteId = siteId;
    r.registeredOn = registeredOn;
    r.caseworker = QStringLiteral("Ana Torres");
    r.members.append(CaseMember{principal, Relationship::Principal});
    return r;
}

Site cucutaSite(TestDatabase& t)
{
    Result<Site> site = SiteService(t.db(), t.clock(), t.admin())
                            .create(Site{0, QStringLiteral("CUC"), QStringLiteral("Cúcuta"),
                                         QStringLiteral("COL"), QStringLiteral("CO-NSA")});
    if (!site)
        qFatal("could not create the test site: %s", qPrintable(site.error().message()));
    return *site;
}
TracingRequest tracingRequest(qint64 siteId, const QString& soughtGiven,
                              const QString& soughtFamily1, QDate requestedOn)
{
    TracingRequest r;
    r.siteId = siteId;
    r.inquirerName = QStringLiteral("Yelitza Pérez");
    r.relationship = Relationship::Child;
    r.contact = QStringLiteral("+57 300 000 0000");
    r.requestedOn = requestedOn;
    r.sought.givenNames = soughtGiven;
    r.sought.familyName1 = soughtFamily1;
    r.sought.lastKnownCountry = QStringLiteral("VEN");
    return r;
}

QStringList fieldsOf(const Error& error)
{
    QStringList out;
    for (const FieldError& f : error.fieldErrors())
        out.append(f.field);
    return out;
}
} // namespace Fixtures

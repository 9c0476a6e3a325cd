#include "core/referrals/ReferralPackageContents.h"

#include "core/domain/DocumentType.h"
#include "core/domain/Sex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kKind = QStringLiteral("amparo-referral");
constexpr qsizetype MaxText = 4000;
constexpr qsizetype MaxListLength = 20;

Error refused(const QString& why)
{
    return Error(
        Error::Code::Refused,
        ReferralPackageContents::tr("This is not a referral package Amparo can open: %1").arg(why));
}

QJsonArray arrayOf(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

// A string field, refused when present and not a string or too long.
bool readText(const QJsonObject& o, const char* key, QString& out, qsizetype max = MaxText)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        out.clear();
        return true;
    }
    if (!v.isString() || v.toString().size() > max)
        return false;
    out = v.toString();
    return true;
}

bool readList(const QJsonObject& o, const char* key, QStringList& out)
{
    out.clear();
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isArray() || v.toArray().size() > MaxListLength)
        return false;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString() || item.toString().size() > 200)
            return false;
        out.append(item.toString());
    }
    return true;
}

QJsonObject personJson(const ReferralPackageContents::ReferredPerson& rp)
{
    const Person& p = rp.person;
    QJsonObject o;
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("givenNames", p.givenNames);
    put("familyName1", p.familyName1);
    put("familyName2", p.familyName2);
    if (p.sex != Sex::Unknown)
        put("sex", sexCodes().code(p.sex));
    if (p.birthDate.isKnown())
        o.insert(QStringLiteral("birthDate"),
                 QJsonObject{{QStringLiteral("precision"), p.birthDate.precisionCode()},
                             {QStringLiteral("value"), p.birthDate.storageValue()}});
    if (!p.nationalities.isEmpty())
        o.insert(QStringLiteral("nationalities"), arrayOf(p.nationalities));
    if (p.hasNoDocument)
        o.insert(QStringLiteral("noDocument"), true);
    QJsonArray documents;
    for (const IdentityDocument& d : p.documents)
        documents.append(
            QJsonObject{{QStringLiteral("type"), documentTypeCodes().code(d.type)},
                        {QStringLiteral("number"), d.number},
                        {QStringLiteral("country"), d.issuingCountry},
                        {QStringLiteral("expiry"),
                         d.expiry.isValid() ? d.expiry.toString(Qt::ISODate) : QString()}});
    if (!documents.isEmpty())
        o.insert(QStringLiteral("documents"), documents);
    put("phone", p.phone);
    if (!p.location.country.isEmpty() || !p.location.place.isEmpty())
        o.insert(QStringLiteral("location"),
                 QJsonObject{{QStringLiteral("country"), p.location.country},
                             {QStringLiteral("admin1"), p.location.admin1},
                             {QStringLiteral("place"), p.location.place}});
    if (!rp.specificNeeds.isEmpty())
        o.insert(QStringLiteral("specificNeeds"), arrayOf(rp.specificNeeds));
    return o;
}

std::optional<ReferralPackageContents::ReferredPerson> personFrom(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    static const QStringList known{QStringLiteral("givenNames"),   QStringLiteral("familyName1"),
                                   QStringLiteral("familyName2"),  QStringLiteral("sex"),
                                   QStringLiteral("birthDate"),    QStringLiteral("nationalities"),
                                   QStringLiteral("noDocument"),   QStringLiteral("documents"),
                                   QStringLiteral("phone"),        QStringLiteral("location"),
                                   QStringLiteral("specificNeeds")};
    for (const QString& key : o.keys()) {
        if (!known.contains(key))
            return std::nullopt;
    }
    ReferralPackageContents::ReferredPerson rp;
    Person& p = rp.person;
    QString sex;
    if (!readText(o, "givenNames", p.givenNames, 200) ||
        !readText(o, "familyName1", p.familyName1, 200) ||
        !readText(o, "familyName2", p.familyName2, 200) || !readText(o, "sex", sex, 2) ||
        !readText(o, "phone", p.phone, 100) || !readList(o, "nationalities", p.nationalities) ||
        !readList(o, "specificNeeds", rp.specificNeeds))
        return std::nullopt;
    if (!sex.isEmpty()) {
        const auto s = sexCodes().fromCode(sex);
        if (!s)
            return std::nullopt;
        p.sex = *s;
    }
    if (o.contains(QStringLiteral("birthDate"))) {
        const QJsonObject b = o.value(QStringLiteral("birthDate")).toObject();
        const auto born = PartialDate::fromStorage(b.value(QStringLiteral("precision")).toString(),
                                                   b.value(QStringLiteral("value")).toString());
        if (!born)
            return std::nullopt;
        p.birthDate = *born;
    }
    const QJsonValue noDocument = o.value(QStringLiteral("noDocument"));
    if (!noDocument.isUndefined() && !noDocument.isBool())
        return std::nullopt;
    p.hasNoDocument = noDocument.toBool();
    const QJsonValue documents = o.value(QStringLiteral("documents"));
    if (!documents.isUndefined()) {
        if (!documents.isArray() || documents.toArray().size() > MaxListLength)
            return std::nullopt;
        for (const QJsonValue& dv : documents.toArray()) {
            const QJsonObject d = dv.toObject();
            IdentityDocument doc;
            QString type, expiry;
            if (!dv.isObject() || !readText(d, "type", type, 40) ||
                !readText(d, "number", doc.number, 100) ||
                !readText(d, "country", doc.issuingCountry, 3) ||
                !readText(d, "expiry", expiry, 10))
                return std::nullopt;
            const auto t = documentTypeCodes().fromCode(type);
            if (!t)
                return std::nullopt;
            doc.type = *t;
            if (!expiry.isEmpty()) {
                doc.expiry = QDate::fromString(expiry, Qt::ISODate);
                if (!doc.expiry.isValid())
                    return std::nullopt;
            }
            p.documents.append(doc);
        }
    }
    const QJsonValue location = o.value(QStringLiteral("location"));
    if (!location.isUndefined()) {
        if (!location.isObject())
            return std::nullopt;
        const QJsonObject l = location.toObject();
        if (!readText(l, "country", p.location.country, 3) ||
            !readText(l, "admin1", p.location.admin1, 10) ||
            !readText(l, "place", p.location.place, 200))
            return std::nullopt;
    }
    return rp;
}
} // namespace

ReferralPackageContents ReferralPackageContents::of(const CaseRecord& record,
                                                    const Referral& referral,
                                                    const QHash<qint64, QStringList>& needs)
{
    ReferralPackageContents c;
    c.caseCode = record.caseNumber;
    c.priority = referral.priority;
    c.services = referral.services;
    c.reasons = referral.reasons;
    c.madeOn = referral.madeOn;
    c.madeBy = referral.madeBy;
    c.shared = referral.shared;
    c.consented = referral.consentOverride.isEmpty() && record.consent && record.consent->referral;
    if (c.consented)
        c.consentGivenOn = record.consent->givenOn;
    if (referral.sharesItem(SharedItem::HouseholdSize))
        c.householdSize = int(record.members.size());
    for (const CaseMember& m : record.members) {
        if (!referral.personIds.contains(m.person.id))
            continue;
        const Person& from = m.person;
        ReferredPerson rp;
        Person& p = rp.person;
        if (referral.sharesItem(SharedItem::Name)) {
            p.givenNames = from.givenNames;
            p.familyName1 = from.familyName1;
            p.familyName2 = from.familyName2;
        }
        if (referral.sharesItem(SharedItem::BirthDate))
            p.birthDate = from.birthDate;
        if (referral.sharesItem(SharedItem::Sex))
            p.sex = from.sex;
        if (referral.sharesItem(SharedItem::Nationality))
            p.nationalities = from.nationalities;
        if (referral.sharesItem(SharedItem::Documents)) {
            p.documents = from.documents;
            p.hasNoDocument = from.hasNoDocument;
        }
        if (referral.sharesItem(SharedItem::Location))
            p.location = from.location;
        if (referral.sharesItem(SharedItem::Phone))
            p.phone = from.phone;
        if (referral.sharesItem(SharedItem::SpecificNeeds))
            rp.specificNeeds = needs.value(from.id);
        c.persons.append(rp);
    }
    return c;
}

QByteArray ReferralPackageContents::toJson() const
{
    QJsonArray people;
    for (const ReferredPerson& p : persons)
        people.append(personJson(p));
    QJsonObject o{{QStringLiteral("format"), Format},
                  {QStringLiteral("kind"), kKind},
                  {QStringLiteral("caseCode"), caseCode},
                  {QStringLiteral("priority"), referralPriorityCodes().code(priority)},
                  {QStringLiteral("services"), arrayOf(services)},
                  {QStringLiteral("reasons"), reasons},
                  {QStringLiteral("madeOn"), madeOn.toString(Qt::ISODate)},
                  {QStringLiteral("madeBy"), madeBy},
                  {QStringLiteral("shared"), arrayOf(shared)},
                  {QStringLiteral("consented"), consented},
                  {QStringLiteral("persons"), people}};
    if (consented)
        o.insert(QStringLiteral("consentGivenOn"), consentGivenOn.toString(Qt::ISODate));
    if (householdSize > 0)
        o.insert(QStringLiteral("householdSize"), householdSize);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ReferralPackageContents> ReferralPackageContents::parse(const QByteArray& json)
{
    if (json.size() > MaxSize)
        return refused(tr("it is far too large."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refused(tr("its contents are not readable."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("kind")).toString() != kKind)
        return refused(tr("it holds something other than a referral."));
    if (o.value(QStringLiteral("format")).toInt(-1) != Format)
        return refused(tr("it was written by a version of Amparo this one does not read."));
    ReferralPackageContents c;
    QString priority, madeOn, consentOn;
    if (!readText(o, "caseCode", c.caseCode, 40) || !readText(o, "priority", priority, 20) ||
        !readText(o, "reasons", c.reasons) || !readText(o, "madeOn", madeOn, 10) ||
        !readText(o, "madeBy", c.madeBy, 200) || !readText(o, "consentGivenOn", consentOn, 10) ||
        !readList(o, "services", c.services) || !readList(o, "shared", c.shared))
        return refused(tr("a field has the wrong form."));
    const auto p = referralPriorityCodes().fromCode(priority);
    c.madeOn = QDate::fromString(madeOn, Qt::ISODate);
    if (!p || !c.madeOn.isValid())
        return refused(tr("its priority or date is missing."));
    c.priority = *p;
    for (const QString& code : c.services) {
        if (!referralServiceCodes().fromCode(code))
            return refused(tr("it asks for a service Amparo does not know."));
    }
    for (const QString& code : c.shared) {
        if (!sharedItemCodes().fromCode(code))
            return refused(tr("it lists information Amparo does not know."));
    }
    const QJsonValue consented = o.value(QStringLiteral("consented"));
    if (!consented.isBool())
        return refused(tr("it does not say whether the person consented."));
    c.consented = consented.toBool();
    if (c.consented) {
        c.consentGivenOn = QDate::fromString(consentOn, Qt::ISODate);
        if (!c.consentGivenOn.isValid())
            return refused(tr("it does not say when the person consented."));
    }
    const QJsonValue household = o.value(QStringLiteral("householdSize"));
    if (!household.isUndefined()) {
        if (!household.isDouble() || household.toInt(-1) < 1 || household.toInt() > 100)
            return refused(tr("a field has the wrong form."));
        c.householdSize = household.toInt();
    }
    const QJsonArray people = o.value(QStringLiteral("persons")).toArray();
    if (people.isEmpty() || people.size() > MaxPersons)
        return refused(tr("it refers nobody, or too many persons."));
    for (const QJsonValue& v : people) {
        const auto person = personFrom(v);
        if (!person)
            return refused(tr("a person in it has the wrong form."));
        c.persons.append(*person);
    }
    return c;
}

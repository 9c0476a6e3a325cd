#include "app/cli/CaseFormatter.h"

#include "core/domain/CaseList.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/PersonJson.h"
#include "core/reference/CountryCatalog.h"
#include "core/reference/RiskCatalogue.h"

#include <QJsonArray>

namespace {
QString documentsText(const Person& p, const CaseRedactor::Withheld& withheld)
{
    if (withheld.documentsAndContact)
        return CaseRedactor::notShown();
    if (p.hasNoDocument)
        return CaseFormatter::tr("no identity document");
    QStringList docs;
    for (const IdentityDocument& d : p.documents) {
        QString text = QStringLiteral("%1 %2 (%3)")
                           .arg(documentTypeCodes().label(d.type), d.number, d.issuingCountry);
        if (d.expiry.isValid())
            text += QLatin1Char(' ') +
                    CaseFormatter::tr("expires %1").arg(d.expiry.toString(Qt::ISODate));
        docs.append(text);
    }
    return docs.isEmpty() ? CaseFormatter::tr("not recorded") : docs.join(QStringLiteral("; "));
}
} // namespace

QJsonObject CaseFormatter::listRowJson(const CaseListRow& r)
{
    return QJsonObject{
        {QStringLiteral("caseNumber"), r.caseNumber},
        {QStringLiteral("principal"), r.principalName},
        {QStringLiteral("members"), r.memberCount},
        {QStringLiteral("nationalities"), QJsonArray::fromStringList(r.nationalities)},
        {QStringLiteral("status"), caseStatusCodes().code(r.status)},
        {QStringLiteral("registeredOn"), r.registeredOn.toString(Qt::ISODate)},
        {QStringLiteral("site"), r.siteCode},
    };
}

QString CaseFormatter::listRowText(const CaseListRow& r)
{
    return QStringList{r.caseNumber,
                       r.principalName,
                       QString::number(r.memberCount),
                       r.nationalities.join(QLatin1Char(',')),
                       caseStatusCodes().code(r.status),
                       r.registeredOn.toString(Qt::ISODate),
                       r.siteCode}
        .join(QLatin1Char('\t'));
}

QJsonObject CaseFormatter::caseJson(const CaseRecord& r, QDate today,
                                    const CaseRedactor::Withheld& withheld)
{
    QJsonArray members;
    for (const CaseMember& m : r.members) {
        QJsonObject member = PersonJson::of(m.person);
        member.insert(QStringLiteral("relationship"), relationshipCodes().code(m.relationship));
        const auto age = m.person.birthDate.ageOn(today);
        member.insert(QStringLiteral("age"), age ? QJsonValue(*age) : QJsonValue());
        members.append(member);
    }
    QJsonArray notes;
    for (const CaseNote& n : r.notes) {
        notes.append(
            QJsonObject{{QStringLiteral("writtenAt"), n.writtenAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("author"), n.author},
                        {QStringLiteral("text"), n.text}});
    }
    QJsonObject json{
        {QStringLiteral("caseNumber"), r.caseNumber},
        {QStringLiteral("status"), caseStatusCodes().code(r.status)},
        {QStringLiteral("closureReason"), r.closureReason},
        {QStringLiteral("outcome"), r.outcome ? caseOutcomeCodes().code(*r.outcome) : QString()},
        {QStringLiteral("registeredOn"), r.registeredOn.toString(Qt::ISODate)},
        {QStringLiteral("caseworker"), r.caseworker},
        {QStringLiteral("members"), members},
        {QStringLiteral("notes"), notes},
    };
    if (withheld.any())
        json.insert(QStringLiteral("withheld"), QJsonArray::fromStringList(withheld.fields()));
    if (r.consent) {
        json.insert(
            QStringLiteral("consent"),
            QJsonObject{{QStringLiteral("givenOn"), r.consent->givenOn.toString(Qt::ISODate)},
                        {QStringLiteral("recordedBy"), r.consent->recordedBy},
                        {QStringLiteral("registration"), r.consent->registration},
                        {QStringLiteral("referral"), r.consent->referral},
                        {QStringLiteral("tracingContact"), r.consent->tracingContact}});
    }
    return json;
}

QString CaseFormatter::riskText(const CaseRecord& record, const QHash<qint64, Screening>& current)
{
    const RiskCatalogue& catalogue = RiskCatalogue::current();
    QString out = QLatin1Char('\n') + tr("Heightened risk (newest screening):") + QLatin1Char('\n');
    for (const CaseMember& m : record.members) {
        const auto s = current.constFind(m.person.id);
        if (s == current.constEnd()) {
            out += QStringLiteral("  %1: %2\n").arg(m.person.fullName(), tr("not screened"));
            continue;
        }
        QStringList levels;
        for (const RiskCategory& c : catalogue.categories()) {
            if (const RiskLevel l = s->levels.value(c.code); l != RiskLevel::None)
                levels.append(
                    QStringLiteral("%1 %2").arg(c.label.text(), catalogue.levelLabel(int(l))));
        }
        out += QStringLiteral("  %1 (%2, %3): %4\n")
                   .arg(m.person.fullName(), s->screenedOn.toString(Qt::ISODate), s->assessorName,
                        levels.isEmpty() ? tr("no risk found") : levels.join(QStringLiteral("; ")));
    }
    return out;
}

QJsonObject CaseFormatter::riskJson(const CaseRecord& record,
                                    const QHash<qint64, Screening>& current)
{
    QJsonObject members;
    for (const CaseMember& m : record.members) {
        const auto s = current.constFind(m.person.id);
        if (s == current.constEnd())
            continue;
        QJsonObject levels;
        for (auto it = s->levels.cbegin(); it != s->levels.cend(); ++it)
            levels.insert(it.key(), int(it.value()));
        QStringList indicators = s->indicators.values();
        indicators.sort();
        members.insert(
            m.person.fullName(),
            QJsonObject{{QStringLiteral("screenedOn"), s->screenedOn.toString(Qt::ISODate)},
                        {QStringLiteral("levels"), levels},
                        {QStringLiteral("indicators"), QJsonArray::fromStringList(indicators)}});
    }
    return members;
}

QString CaseFormatter::caseText(const CaseRecord& r, QDate today,
                                const CaseRedactor::Withheld& withheld)
{
    QString out;
    QTextStream s(&out);
    s << tr("Case %1 — %2").arg(r.caseNumber, caseStatusCodes().label(r.status));
    if (!r.closureReason.isEmpty())
        s << " (" << r.closureReason << ')';
    if (r.outcome)
        s << " · " << caseOutcomeCodes().label(*r.outcome);
    s << '\n' << tr("Registered: %1").arg(r.registeredOn.toString(Qt::ISODate));
    if (!r.caseworker.isEmpty())
        s << "   " << tr("Caseworker: %1").arg(r.caseworker);
    s << "\n\n" << tr("Family group:") << '\n';
    for (const CaseMember& m : r.members) {
        const Person& p = m.person;
        QStringList nationalities;
        for (const QString& n : p.nationalities)
            nationalities.append(CountryCatalog::instance().name(n));
        s << "  " << p.fullName() << " — " << relationshipCodes().label(m.relationship) << ", "
          << sexCodes().label(p.sex) << ", " << tr("born %1").arg(p.birthDate.displayText(today))
          << '\n';
        if (!p.otherNames.isEmpty())
            s << "    " << tr("Also known as: %1").arg(p.otherNames.join(QStringLiteral(", ")))
              << '\n';
        if (!nationalities.isEmpty())
            s << "    " << tr("Nationality: %1").arg(nationalities.join(QStringLiteral(", ")))
              << '\n';
        s << "    " << tr("Documents: %1").arg(documentsText(p, withheld)) << '\n';
        if (withheld.documentsAndContact)
            s << "    " << tr("Phone: %1").arg(CaseRedactor::notShown()) << '\n';
        else if (!p.phone.isEmpty())
            s << "    " << tr("Phone: %1").arg(p.phone) << '\n';
        if (!p.location.country.isEmpty()) {
            QStringList where{CountryCatalog::instance().name(p.location.country)};
            if (!p.location.admin1.isEmpty())
                where.append(CountryCatalog::instance().subdivisionName(p.location.admin1));
            if (!p.location.place.isEmpty())
                where.append(p.location.place);
            s << "    " << tr("Now in: %1").arg(where.join(QStringLiteral(", "))) << '\n';
        }
    }
    if (r.consent) {
        QStringList scopes;
        if (r.consent->registration)
            scopes.append(tr("registration"));
        if (r.consent->referral)
            scopes.append(tr("referral to partners"));
        if (r.consent->tracingContact)
            scopes.append(tr("contact for family tracing"));
        s << '\n'
          << tr("Consent given on %1 for %2, recorded by %3")
                 .arg(r.consent->givenOn.toString(Qt::ISODate),
                      scopes.isEmpty() ? tr("nothing") : scopes.join(QStringLiteral(", ")),
                      r.consent->recordedBy)
          << '\n';
    }
    if (withheld.notes) {
        s << '\n' << tr("Notes: %1").arg(CaseRedactor::notShown()) << '\n';
    } else if (!r.notes.isEmpty()) {
        s << '\n' << tr("Notes:") << '\n';
        for (const CaseNote& n : r.notes)
            s << "  " << n.writtenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              << "  " << n.author << ": " << n.text << '\n';
    }
    if (withheld.any())
        s << '\n' << withheld.sentence() << '\n';
    return out;
}

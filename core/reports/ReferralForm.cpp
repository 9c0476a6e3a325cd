#include "core/reports/ReferralForm.h"

#include "core/reference/CountryCatalog.h"
#include "core/reference/RiskCatalogue.h"
#include "core/reports/ReportHtml.h"

namespace {
using ReportHtml::date;
using ReportHtml::escaped;
using ReportHtml::row;
} // namespace

ReferralForm::ReferralForm(const CaseRecord& record, const Referral& referral,
                           const QString& referredBy,
                           const QHash<qint64, QStringList>& specificNeeds, QDate today)
    : m_record(record)
    , m_referral(referral)
    , m_referredBy(referredBy)
    , m_needs(specificNeeds)
    , m_today(today)
{
}

QString ReferralForm::title() const
{
    return tr("Referral form");
}

QString ReferralForm::personRows(const Person& p) const
{
    const Referral& r = m_referral;
    QString out;
    if (r.sharesItem(SharedItem::Name))
        out += row(tr("Name"), p.fullName());
    if (r.sharesItem(SharedItem::BirthDate))
        out += row(tr("Date of birth"), p.birthDate.displayText(m_today));
    if (r.sharesItem(SharedItem::Sex))
        out += row(tr("Sex"), sexCodes().label(p.sex));
    if (r.sharesItem(SharedItem::Nationality)) {
        QStringList names;
        for (const QString& code : p.nationalities)
            names.append(CountryCatalog::instance().name(code));
        out += row(tr("Nationality"), names.join(QStringLiteral(", ")));
    }
    if (r.sharesItem(SharedItem::Documents)) {
        QStringList documents;
        for (const IdentityDocument& d : p.documents)
            documents.append(QStringLiteral("%1 %2 (%3)")
                                 .arg(documentTypeCodes().label(d.type), d.number,
                                      CountryCatalog::instance().name(d.issuingCountry)));
        out += row(tr("Identity documents"),
                   p.hasNoDocument ? tr("none") : documents.join(QStringLiteral("; ")));
    }
    if (r.sharesItem(SharedItem::Location)) {
        QStringList parts;
        for (const QString& part :
             {p.location.place, CountryCatalog::instance().subdivisionName(p.location.admin1),
              CountryCatalog::instance().name(p.location.country)}) {
            if (!part.trimmed().isEmpty())
                parts.append(part.trimmed());
        }
        out += row(tr("Where the person is"), parts.join(QStringLiteral(", ")));
    }
    if (r.sharesItem(SharedItem::Phone))
        out += row(tr("Phone"), p.phone);
    if (r.sharesItem(SharedItem::SpecificNeeds)) {
        QStringList needs;
        for (const QString& code : m_needs.value(p.id)) {
            const SpecificNeedCode* need = RiskCatalogue::current().specificNeed(code);
            needs.append(need ? QStringLiteral("%1 (%2)").arg(need->label.text(), code) : code);
        }
        out += row(tr("Specific needs"), needs.join(QStringLiteral("; ")));
    }
    return out;
}

QString ReferralForm::html() const
{
    const Referral& r = m_referral;
    QString out = ReportHtml::pageStart();
    out += QStringLiteral("<h1>%1</h1>").arg(escaped(title()));
    out += QStringLiteral("<p class='next'>%1</p>")
               .arg(escaped(tr("Priority: %1").arg(referralPriorityCodes().label(r.priority))));
    out += QStringLiteral("<table width='100%'>");
    out += row(tr("Date of the referral"), date(r.madeOn));
    out += row(tr("Referred by"), m_referredBy);
    out += row(tr("Referred to"), r.partnerName);
    out += row(tr("Case code"), m_record.caseNumber);
    if (r.sharesItem(SharedItem::HouseholdSize))
        out += row(tr("Household size"), QString::number(m_record.members.size()));
    out += QStringLiteral("</table>");

    int n = 0;
    for (const CaseMember& m : m_record.members) {
        if (!r.personIds.contains(m.person.id))
            continue;
        ++n;
        out += QStringLiteral("<h2>%1</h2><table width='100%'>")
                   .arg(escaped(tr("Person referred %1").arg(n)));
        const QString rows = personRows(m.person);
        out += rows.isEmpty() ? row(tr("Information"), tr("only the case code is shared")) : rows;
        out += QStringLiteral("</table>");
    }

    out += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Services requested")));
    out +=
        QStringLiteral("<p>%1</p>")
            .arg(escaped(referralServiceCodes().labelsOf(r.services).join(QStringLiteral(", "))));
    out += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Reasons for the referral")));
    out += QStringLiteral("<p>%1</p>")
               .arg(escaped(r.reasons).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    out += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Consent")));
    const QStringList items = sharedItemCodes().labelsOf(r.shared);
    const QString listed =
        items.isEmpty() ? tr("the case code only") : items.join(QStringLiteral(", "));
    if (r.consentOverride.isEmpty() && m_record.consent && m_record.consent->referral)
        out += QStringLiteral("<p>%1</p>")
                   .arg(escaped(tr("The person consented to the referral and to sharing the "
                                   "information listed here (%1); consent recorded on %2.")
                                    .arg(listed, date(m_record.consent->givenOn))));
    else
        out += QStringLiteral("<p>%1</p>")
                   .arg(escaped(tr("Referred without the person's recorded consent, on the "
                                   "decision of %1; the reason is kept by the referring "
                                   "organisation. Information shared: %2.")
                                    .arg(r.madeBy, listed)));
    out += QStringLiteral("<p class='muted' style='margin-top: 18px'>%1</p>")
               .arg(escaped(tr("This form holds only the information listed. Keep it "
                               "confidential and share it with nobody outside the service "
                               "that answers the referral.")));
    out += ReportHtml::pageEnd();
    return out;
}

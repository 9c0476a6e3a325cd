#include "core/reports/PersonDataReport.h"

#include "core/reference/CountryCatalog.h"
#include "core/reference/IncidentCatalogue.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/reference/RiskCatalogue.h"
#include "core/reports/ReportHtml.h"
#include "core/services/IncidentService.h"

namespace {
using ReportHtml::date;
using ReportHtml::escaped;
using ReportHtml::row;

QString heading(const QString& text)
{
    return QStringLiteral("<h2>%1</h2>").arg(escaped(text));
}

QString table(const QString& rows)
{
    return QStringLiteral("<table width='100%'>") + rows + QStringLiteral("</table>");
}

QString paragraph(const QString& text, const QString& cssClass = {})
{
    return cssClass.isEmpty()
               ? QStringLiteral("<p>%1</p>")
                     .arg(escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")))
               : QStringLiteral("<p class='%1'>%2</p>")
                     .arg(cssClass,
                          escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString countries(const QStringList& codes)
{
    QStringList names;
    for (const QString& c : codes)
        names.append(CountryCatalog::instance().name(c));
    return names.join(QStringLiteral(", "));
}
} // namespace

PersonDataReport::PersonDataReport(const PersonDataSheet& sheet, const QString& organisation,
                                   QDate today)
    : m_sheet(sheet)
    , m_organisation(organisation)
    , m_today(today)
{
}

QString PersonDataReport::title() const
{
    return tr("What Amparo holds about this person");
}

QString PersonDataReport::personPart() const
{
    const Person& p = m_sheet.person;
    QStringList documents;
    for (const IdentityDocument& d : p.documents)
        documents.append(QStringLiteral("%1 %2 (%3)")
                             .arg(documentTypeCodes().label(d.type), d.number,
                                  CountryCatalog::instance().name(d.issuingCountry)));
    QStringList place;
    for (const QString& part :
         {p.location.place, CountryCatalog::instance().subdivisionName(p.location.admin1),
          CountryCatalog::instance().name(p.location.country)}) {
        if (!part.trimmed().isEmpty())
            place.append(part.trimmed());
    }
    QString rows;
    rows += row(tr("Given names"), p.givenNames);
    rows += row(tr("First family name"), p.familyName1);
    rows += row(tr("Second family name"), p.familyName2);
    rows += row(tr("Other names"), p.otherNames.join(QStringLiteral("; ")));
    rows += row(tr("Sex"), sexCodes().label(p.sex));
    rows += row(tr("Date of birth"), p.birthDate.displayText(m_today));
    rows += row(tr("Country of birth"), CountryCatalog::instance().name(p.birthCountry));
    rows += row(tr("Nationality"), countries(p.nationalities));
    rows += row(tr("Identity documents"),
                p.hasNoDocument ? tr("none") : documents.join(QStringLiteral("; ")));
    rows += row(tr("Phone"), p.phone);
    rows += row(tr("Where the person is"), place.join(QStringLiteral(", ")));
    return heading(tr("The person")) + table(rows);
}

QString PersonDataReport::casePart(const PersonDataSheet::Membership& m) const
{
    const CaseRecord& c = m.record;
    QStringList others;
    for (const CaseMember& member : c.members) {
        if (member.person.id != m_sheet.person.id)
            others.append(relationshipCodes().label(member.relationship));
    }
    QString rows;
    rows += row(tr("Case code"), c.caseNumber);
    rows += row(tr("Registered on"), date(c.registeredOn));
    rows += row(tr("Place in the family group"), relationshipCodes().label(m.relationship));
    rows += row(tr("Other members (by relationship to the principal)"),
                others.join(QStringLiteral(", ")));
    rows += row(tr("Status"), caseStatusCodes().label(c.status));
    rows += row(tr("Outcome"), c.outcome ? caseOutcomeCodes().label(*c.outcome) : QString());
    rows += row(tr("Caseworker"), c.caseworker);
    if (c.consent) {
        QStringList given;
        if (c.consent->registration)
            given.append(tr("registration"));
        if (c.consent->referral)
            given.append(tr("referral to other organisations"));
        if (c.consent->tracingContact)
            given.append(tr("family tracing"));
        rows += row(tr("Consent"),
                    given.isEmpty()
                        ? tr("none in force (recorded on %1)").arg(date(c.consent->givenOn))
                        : tr("%1 (recorded on %2)")
                              .arg(given.join(QStringLiteral(", ")), date(c.consent->givenOn)));
    } else {
        rows += row(tr("Consent"), tr("none recorded"));
    }
    QString out = heading(tr("Case %1").arg(c.caseNumber)) + table(rows);
    if (!c.notes.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Notes on the case")));
        out += paragraph(tr("Read these notes before handing this over: they are about the "
                            "family and may speak of other members."),
                         QStringLiteral("next"));
        for (const CaseNote& n : c.notes)
            out += paragraph(QStringLiteral("%1 — %2\n%3")
                                 .arg(date(n.writtenAt.toLocalTime().date()), n.author, n.text));
    }
    return out;
}

QString PersonDataReport::riskPart() const
{
    if (m_sheet.screenings.isEmpty() && m_sheet.specificNeeds.isEmpty())
        return {};
    const RiskCatalogue& catalogue = RiskCatalogue::current();
    QString out = heading(tr("Risk screenings and specific needs"));
    for (const Screening& s : m_sheet.screenings) {
        QString rows = row(tr("Screened on"), date(s.screenedOn));
        rows += row(tr("By"), s.assessorName);
        for (auto it = s.levels.cbegin(); it != s.levels.cend(); ++it) {
            const RiskCategory* category = catalogue.category(it.key());
            rows += row(category ? category->label.text() : it.key(),
                        catalogue.levelLabel(int(it.value())));
        }
        rows += row(tr("Overall rating"), catalogue.levelLabel(int(s.overallLevel)));
        rows += row(tr("Observations"), s.observations);
        out += table(rows);
    }
    QStringList needs;
    for (const SpecificNeed& n : m_sheet.specificNeeds) {
        const SpecificNeedCode* need = catalogue.specificNeed(n.code);
        QString line = need ? QStringLiteral("%1 (%2)").arg(need->label.text(), n.code) : n.code;
        line += n.isActive() ? tr(", since %1").arg(date(n.attachedOn))
                             : tr(", from %1 to %2").arg(date(n.attachedOn), date(n.removedOn));
        needs.append(line);
    }
    if (!needs.isEmpty())
        out += table(row(tr("Specific needs"), needs.join(QStringLiteral("; "))));
    return out;
}

QString PersonDataReport::legalPart() const
{
    if (m_sheet.procedures.isEmpty() && m_sheet.deadlines.isEmpty())
        return {};
    QString out = heading(tr("Legal procedures and deadlines"));
    for (const Procedure& p : m_sheet.procedures) {
        const ProcedureType* type = ProcedureCatalogue::current().type(p.typeCode);
        QString rows = row(tr("Procedure"), type ? type->name.text() : p.typeCode);
        rows += row(tr("Country"), CountryCatalog::instance().name(p.country));
        rows += row(tr("Authority"), p.authority);
        rows += row(tr("File number"), p.fileNumber);
        rows += row(tr("Opened on"), date(p.openedOn));
        rows += row(tr("Responsible"), p.responsible);
        rows += row(tr("Outcome"), p.outcome);
        out += table(rows);
    }
    QStringList deadlines;
    for (const Deadline& d : m_sheet.deadlines)
        deadlines.append(
            QStringLiteral("%1: %2%3")
                .arg(date(d.dueOn), d.what,
                     d.doneOn.isValid() ? tr(" (done %1)").arg(date(d.doneOn)) : QString()));
    if (!deadlines.isEmpty())
        out += table(row(tr("Deadlines"), deadlines.join(QLatin1Char('\n'))));
    return out;
}

QString PersonDataReport::referralPart() const
{
    if (m_sheet.referrals.isEmpty())
        return {};
    QString out = heading(tr("Referrals to other organisations"));
    for (const Referral& r : m_sheet.referrals) {
        QString rows = row(tr("Date"), date(r.madeOn));
        rows += row(tr("Organisation"), r.partnerName);
        rows += row(tr("Services"),
                    referralServiceCodes().labelsOf(r.services).join(QStringLiteral(", ")));
        rows += row(tr("Information shared"),
                    sharedItemCodes().labelsOf(r.shared).join(QStringLiteral(", ")));
        rows += row(tr("State"), referralStateCodes().label(r.state));
        out += table(rows);
    }
    return out;
}

QString PersonDataReport::incidentPart() const
{
    if (m_sheet.incidents.isEmpty())
        return {};
    const IncidentCatalogue& c = IncidentCatalogue::current();
    QString out = heading(tr("What the person told happened to them"));
    for (const Incident& i : m_sheet.incidents) {
        QString rows = row(tr("What"), IncidentService::describe(i.facts));
        rows += row(tr("Where"), IncidentCatalogue::label(c.places(), i.facts.place));
        rows += row(tr("Reported"),
                    i.facts.reported == IncidentReported::Yes
                        ? IncidentCatalogue::label(c.institutions(), i.facts.institution)
                        : incidentReportedCodes().label(i.facts.reported));
        rows += row(tr("What the state did"),
                    IncidentCatalogue::label(c.stateResponses(), i.facts.stateResponse));
        if (!i.narrative.isEmpty())
            rows += row(tr("In their words"), i.narrative);
        out += table(rows);
    }
    return out;
}

QString PersonDataReport::tracingPart() const
{
    if (m_sheet.tracingRequests.isEmpty())
        return {};
    QString out = heading(tr("Family tracing"));
    for (const TracingRequest& r : m_sheet.tracingRequests) {
        const bool asked = r.inquirerPersonId == m_sheet.person.id;
        QString rows = row(tr("Request"), r.reference());
        rows += row(tr("Made on"), date(r.requestedOn));
        rows += row(asked ? tr("The person is looking for") : tr("The person was found by"),
                    asked ? QStringLiteral("%1 %2 (%3)")
                                .arg(r.sought.givenNames, r.sought.familyName1,
                                     relationshipCodes().label(r.relationship))
                          : tr("a relative's request"));
        rows += row(tr("Status"), tracingStatusCodes().label(r.status));
        out += table(rows);
    }
    return out;
}

QString PersonDataReport::requestPart() const
{
    if (m_sheet.requests.isEmpty())
        return {};
    QString out = heading(tr("Requests about these data"));
    for (const DataRequest& r : m_sheet.requests) {
        QString rows = row(tr("Received on"), date(r.receivedOn));
        rows += row(tr("Request"), dataRequestKindCodes().label(r.kind));
        rows += row(tr("Decision"), dataRequestDecisionCodes().label(r.decision));
        rows += row(tr("Answer"), r.answer);
        out += table(rows);
    }
    return out;
}

QString PersonDataReport::html() const
{
    QString out = ReportHtml::pageStart();
    out += QStringLiteral("<h1>%1</h1>").arg(escaped(title()));
    out += paragraph(tr("Prepared on %1 by %2, at the person's request. It holds everything "
                        "recorded about the person; other people's details are left out.")
                         .arg(date(m_today), m_organisation),
                     QStringLiteral("muted"));
    out += personPart();
    for (const PersonDataSheet::Membership& m : m_sheet.cases)
        out += casePart(m);
    out += riskPart();
    out += legalPart();
    out += referralPart();
    out += incidentPart();
    out += tracingPart();
    out += requestPart();
    out += ReportHtml::pageEnd();
    return out;
}

#include "core/reports/ProcedureSummary.h"

#include "core/reference/CountryCatalog.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/reports/ReportHtml.h"
#include "core/services/DeadlineService.h"
#include "core/services/ProcedureService.h"

#include <QLocale>

#include <algorithm>

namespace {
using ReportHtml::date;
using ReportHtml::row;

QString esc(const QString& text)
{
    return ReportHtml::escaped(text);
}
} // namespace

ProcedureSummary::ProcedureSummary(const CaseRecord& record, const Procedure& procedure,
                                   const QList<DeadlineRow>& openDeadlines, QDate today)
    : m_record(record)
    , m_procedure(procedure)
    , m_today(today)
{
    for (const DeadlineRow& r : openDeadlines) {
        if (r.deadline.procedureId == procedure.id && !r.deadline.done)
            m_deadlines.append(r);
    }
    std::sort(m_deadlines.begin(), m_deadlines.end(),
              [](const DeadlineRow& a, const DeadlineRow& b) {
                  return a.deadline.dueOn < b.deadline.dueOn;
              });
    if (m_deadlines.size() > MaxDeadlines)
        m_deadlines.resize(MaxDeadlines);
}

QString ProcedureSummary::title() const
{
    return tr("Summary of your procedure");
}

QString ProcedureSummary::personNames() const
{
    QStringList names;
    for (const CaseMember& m : m_record.members) {
        if (m_procedure.personIds.isEmpty() || m_procedure.personIds.contains(m.person.id))
            names.append(m.person.fullName());
    }
    return names.join(QStringLiteral(", "));
}

QString ProcedureSummary::html() const
{
    const Procedure& p = m_procedure;
    QString out = ReportHtml::pageStart();
    out += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    out += QStringLiteral("<p class='muted'>%1</p>")
               .arg(esc(tr("Case %1 · printed on %2").arg(m_record.caseNumber, date(m_today))));

    out += QStringLiteral("<table width='100%'>");
    out += row(tr("For"), personNames());
    out += row(tr("Procedure"), ProcedureRules::typeName(p.typeCode));
    out += row(tr("Country"), CountryCatalog::instance().name(p.country));
    out += row(tr("Authority"), p.authority);
    out += row(tr("File number"), p.fileNumber);
    out += row(tr("Started on"), date(p.openedOn));
    out += row(tr("Your lawyer or caseworker"), p.responsible);
    out += row(tr("Stage now"), ProcedureRules::stageLabel(p, p.currentStage));
    if (!p.outcome.isEmpty())
        out += row(tr("Outcome"), ProcedureCatalogue::outcomeLabel(p.outcome));
    if (!p.documentLabel.isEmpty())
        out += row(tr("Document"),
                   p.documentExpiry.isValid()
                       ? tr("%1, valid until %2").arg(p.documentLabel, date(p.documentExpiry))
                       : p.documentLabel);
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Next dates")));
    if (m_deadlines.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("No date is pending at the moment.")));
    } else {
        out += QStringLiteral("<table>");
        for (qsizetype i = 0; i < m_deadlines.size(); ++i) {
            const Deadline& d = m_deadlines[i].deadline;
            const QString text = DeadlineService::describe(m_deadlines[i]);
            out += QStringLiteral("<tr%1><td>%2</td><td>%3</td></tr>")
                       .arg(i == 0 ? QStringLiteral(" class='next'") : QString(),
                            esc(date(d.dueOn)), esc(text));
        }
        out += QStringLiteral("</table>");
    }

    const QList<std::pair<QString, QString>> stages = ProcedureRules::stages(p);
    if (!stages.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2><p>").arg(esc(tr("Stages")));
        const auto current = std::find_if(stages.cbegin(), stages.cend(),
                                          [&](const auto& s) { return s.first == p.currentStage; });
        QStringList parts;
        for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
            if (it == current)
                parts.append(QStringLiteral("<b>▶ %1</b>").arg(esc(it->second)));
            else if (current != stages.cend() && it < current)
                parts.append(QStringLiteral("✓ %1").arg(esc(it->second)));
            else
                parts.append(QStringLiteral("<span class='muted'>%1</span>").arg(esc(it->second)));
        }
        out += parts.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>");
    }

    if (!p.events.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("What has happened")));
        const qsizetype first = std::max<qsizetype>(0, p.events.size() - MaxEvents);
        for (qsizetype i = first; i < p.events.size(); ++i) {
            const ProcedureEvent& e = p.events[i];
            out +=
                QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(esc(date(e.occurredOn)), esc(ProcedureRules::eventLabel(p, e.eventCode)));
        }
        out += QStringLiteral("</table>");
    }

    out += QStringLiteral("<p class='muted' style='margin-top: 18px'>%1</p>")
               .arg(esc(tr("Keep this sheet with your documents and bring it to every "
                           "appointment. If a date is near and you have not heard from us, "
                           "contact %1.")
                            .arg(p.responsible.isEmpty() ? tr("the legal team") : p.responsible)));
    out += ReportHtml::pageEnd();
    return out;
}

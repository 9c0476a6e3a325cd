#include "ui/risk/ScreeningHistoryDialog.h"

#include "core/common/DateFormats.h"
#include "core/domain/ActionStatus.h"
#include "core/reference/RiskCatalogue.h"
#include "core/services/ScreeningService.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

ScreeningHistoryDialog::ScreeningHistoryDialog(const Database& db, const Clock& clock,
                                               const UserSession& session, const CaseRecord& record,
                                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("screeningHistoryDialog"));
    setWindowTitle(tr("Screening history — %1").arg(record.caseNumber));
    const RiskCatalogue& catalogue = RiskCatalogue::current();
    ScreeningService service(db, clock, session);
    QString html;
    for (const CaseMember& m : record.members) {
        html += QStringLiteral("<h3>%1</h3>").arg(m.person.fullName().toHtmlEscaped());
        Result<QList<Screening>> history = service.history(record.id, m.person.id);
        if (!history) {
            html += QStringLiteral("<p>%1</p>").arg(history.error().message().toHtmlEscaped());
            continue;
        }
        if (history->isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Not screened.").toHtmlEscaped());
        for (const Screening& s : *history) {
            html += QStringLiteral("<p><b>%1</b> · %2 · %3</p><ul>")
                        .arg(DateFormats::numeric(s.screenedOn), s.assessorName.toHtmlEscaped(),
                             tr("overall rating: %1")
                                 .arg(s.overallLevel == RiskLevel::None
                                          ? tr("not at heightened risk")
                                          : catalogue.levelLabel(int(s.overallLevel)))
                                 .toHtmlEscaped());
            QStringList checklist;
            for (const ScreeningChecklistItem& item : catalogue.openingChecklist()) {
                if (s.checklist.contains(item.code))
                    checklist.append(item.label.text().toHtmlEscaped());
            }
            if (!checklist.isEmpty())
                html +=
                    QStringLiteral("<li><i>%1</i></li>").arg(checklist.join(QStringLiteral("; ")));
            for (const RiskCategory& c : catalogue.categories()) {
                const RiskLevel level = s.levels.value(c.code);
                QStringList found;
                for (const RiskIndicator& i : c.indicators) {
                    if (s.indicators.contains(i.code))
                        found.append(i.label.text().toHtmlEscaped());
                }
                if (level == RiskLevel::None && found.isEmpty())
                    continue;
                html += QStringLiteral("<li>%1: <b>%2</b>%3</li>")
                            .arg(c.label.text().toHtmlEscaped(),
                                 level == RiskLevel::None ? tr("no level")
                                                          : catalogue.levelLabel(int(level)),
                                 found.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" — ") + found.join(QStringLiteral(", ")));
            }
            for (auto it = s.replacedLevels.cbegin(); it != s.replacedLevels.cend(); ++it) {
                const ReplacedRiskCategory* c = catalogue.replacedCategory(it.key());
                html += QStringLiteral("<li>%1</li>")
                            .arg(tr("%1: %2 (a category of an earlier catalogue)")
                                     .arg(c ? c->label.text() : it.key(),
                                          catalogue.levelLabel(int(it.value())))
                                     .toHtmlEscaped());
            }
            for (auto it = s.suggestionDecisions.cbegin(); it != s.suggestionDecisions.cend();
                 ++it) {
                const RiskIndicator* i = catalogue.indicator(it.key());
                html += QStringLiteral("<li><i>%1</i></li>")
                            .arg((it.value() ? tr("Suggestion confirmed: %1")
                                             : tr("Suggestion dismissed: %1"))
                                     .arg(i ? i->label.text() : it.key())
                                     .toHtmlEscaped());
            }
            for (int n = 0; n < s.actions.size(); ++n) {
                const ScreeningAction& a = s.actions[n];
                const RiskActionType* type = catalogue.action(a.actionCode);
                html += QStringLiteral("<li>%1. %2 — %3%4</li>")
                            .arg(n + 1)
                            .arg((type ? type->label.text() : a.actionCode).toHtmlEscaped(),
                                 actionStatusCodes().label(a.status),
                                 a.statusReason.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" (") + a.statusReason.toHtmlEscaped() +
                                           QLatin1Char(')'));
            }
            html += QStringLiteral("</ul>");
            if (!s.observations.isEmpty())
                html += QStringLiteral("<p>%1</p>")
                            .arg(s.observations.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                        QStringLiteral("<br>")));
        }
    }
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("screeningHistoryText"));
    browser->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(760, 600);
}

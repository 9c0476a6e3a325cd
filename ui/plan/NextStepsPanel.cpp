#include "ui/plan/NextStepsPanel.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/CasePlanService.h"
#include "core/services/DeadlineService.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/RecordTable.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int CaseIdRole = Qt::UserRole + 1;

void addRow(QTableWidget* t, qint64 caseId, const QStringList& cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setData(CaseIdRole, caseId);
        t->setItem(row, c, item);
    }
}

QVBoxLayout* boxLayout(QGroupBox* box, QTableWidget* t, QLabel* note)
{
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(t, 1);
    layout->addWidget(note);
    return layout;
}
} // namespace

NextStepsPanel::NextStepsPanel(const Database& db, const Clock& clock, const UserSession& session,
                               QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("nextStepsPanel"));
    m_overdueBox = new QGroupBox(this);
    m_overdue =
        RecordTable::create({tr("Due"), tr("Case"), tr("Person"), tr("What"), tr("Responsible")}, 3,
                            QStringLiteral("overdueStepsTable"), m_overdueBox);
    m_overdueNote = new QLabel(m_overdueBox);
    m_overdueNote->setWordWrap(true);
    boxLayout(m_overdueBox, m_overdue, m_overdueNote);
    m_unplannedBox = new QGroupBox(this);
    m_unplanned = RecordTable::create({tr("Case"), tr("Person"), tr("Caseworker"), tr("Last step")},
                                      1, QStringLiteral("unplannedCasesTable"), m_unplannedBox);
    m_unplannedNote = new QLabel(m_unplannedBox);
    m_unplannedNote->setWordWrap(true);
    boxLayout(m_unplannedBox, m_unplanned, m_unplannedNote);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overdueBox, 3);
    layout->addWidget(m_unplannedBox, 2);
    for (QTableWidget* t : {m_overdue, m_unplanned}) {
        t->setToolTip(tr("Double-click a row to open its case."));
        connect(t, &QTableWidget::cellActivated, this, [this, t](int row, int column) {
            emit openCaseRequested(t->item(row, column)->data(CaseIdRole).toLongLong());
        });
    }
}

void NextStepsPanel::setMineOnly(bool mine)
{
    m_mineOnly = mine;
    refresh();
}

void NextStepsPanel::refresh()
{
    // Every case saved asks for it; out of sight, the lists are read when next shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    showOverdue();
    showUnplanned();
}

void NextStepsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void NextStepsPanel::showOverdue()
{
    m_overdue->setRowCount(0);
    Result<OverdueSteps> steps = CasePlanService(m_db, m_clock, m_session).overdue(m_mineOnly);
    const int total = steps ? steps->total : 0;
    m_overdueBox->setTitle(m_mineOnly ? tr("My overdue actions and follow-ups (%1)").arg(total)
                                      : tr("Overdue actions and follow-ups (%1)").arg(total));
    if (!steps) {
        showError(m_overdueNote, steps.error());
        return;
    }
    const QDate today = m_clock.today();
    for (const OverdueStepRow& r : std::as_const(steps->rows)) {
        addRow(m_overdue, r.step.caseId,
               {tr("%1 (%2)").arg(DateFormats::numeric(r.step.dueOn),
                                  DeadlineService::whenText(r.step.dueOn, today)),
                r.caseNumber, r.personName, r.step.description, r.step.responsible});
        m_overdue->item(m_overdue->rowCount() - 1, 0)->setForeground(QColor(ErrorStyle::color()));
    }
    showCount(m_overdueNote, int(steps->rows.size()), total,
              tr("Nothing in the case plans is overdue."),
              tr("The %1 longest overdue are shown.").arg(steps->rows.size()));
}

void NextStepsPanel::showUnplanned()
{
    m_unplanned->setRowCount(0);
    Result<UnplannedCases> cases =
        CasePlanService(m_db, m_clock, m_session).withoutNextStep(m_mineOnly);
    const int total = cases ? cases->total : 0;
    m_unplannedBox->setTitle(m_mineOnly ? tr("My cases with no next step (%1)").arg(total)
                                        : tr("Cases with no next step (%1)").arg(total));
    if (!cases) {
        showError(m_unplannedNote, cases.error());
        return;
    }
    for (const UnplannedCaseRow& r : std::as_const(cases->rows)) {
        addRow(m_unplanned, r.caseId,
               {r.caseNumber, r.personName, r.caseworker,
                r.lastStepOn.isValid()
                    ? DateFormats::numeric(r.lastStepOn)
                    : tr("none since %1").arg(DateFormats::numeric(r.registeredOn))});
    }
    showCount(m_unplannedNote, int(cases->rows.size()), total,
              tr("Every open case has a next step."),
              tr("The %1 waiting longest are shown.").arg(cases->rows.size()));
}

void NextStepsPanel::showError(QLabel* note, const Error& error)
{
    note->setText(error.message());
    note->setStyleSheet(ErrorStyle::text());
    note->show();
}

void NextStepsPanel::showCount(QLabel* note, int shown, int total, const QString& none,
                               const QString& some)
{
    note->setStyleSheet(QString());
    note->setText(shown == 0 ? none : shown < total ? some : QString());
    note->setVisible(!note->text().isEmpty());
}

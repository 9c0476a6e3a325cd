#include "ui/plan/NextStepsPanel.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/CasePlanService.h"
#include "core/services/DeadlineService.h"
#include "ui/common/ErrorStyle.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int CaseIdRole = Qt::UserRole + 1;

QTableWidget* table(const QStringList& headers, int stretch, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->setToolTip(NextStepsPanel::tr("Double-click a row to open its case."));
    return t;
}

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
    m_overdue = table({tr("Due"), tr("Case"), tr("Person"), tr("What"), tr("Responsible")}, 3,
                      QStringLiteral("overdueStepsTable"), m_overdueBox);
    m_overdueNote = new QLabel(m_overdueBox);
    m_overdueNote->setWordWrap(true);
    boxLayout(m_overdueBox, m_overdue, m_overdueNote);
    m_unplannedBox = new QGroupBox(this);
    m_unplanned = table({tr("Case"), tr("Person"), tr("Caseworker"), tr("Last step")}, 1,
                        QStringLiteral("unplannedCasesTable"), m_unplannedBox);
    m_unplannedNote = new QLabel(m_unplannedBox);
    m_unplannedNote->setWordWrap(true);
    boxLayout(m_unplannedBox, m_unplanned, m_unplannedNote);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overdueBox, 3);
    layout->addWidget(m_unplannedBox, 2);
    for (QTableWidget* t : {m_overdue, m_unplanned}) {
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
    showOverdue();
    showUnplanned();
}

void NextStepsPanel::showOverdue()
{
    m_overdue->setRowCount(0);
    Result<QList<OverdueStepRow>> rows =
        CasePlanService(m_db, m_clock, m_session).overdue(m_mineOnly);
    const qsizetype count = rows ? rows->size() : 0;
    m_overdueBox->setTitle(m_mineOnly ? tr("My overdue actions and follow-ups (%1)").arg(count)
                                      : tr("Overdue actions and follow-ups (%1)").arg(count));
    if (!rows) {
        m_overdueNote->setText(rows.error().message());
        m_overdueNote->setStyleSheet(ErrorStyle::text());
        m_overdueNote->show();
        return;
    }
    const QDate today = m_clock.today();
    for (const OverdueStepRow& r : std::as_const(*rows)) {
        addRow(m_overdue, r.step.caseId,
               {tr("%1 (%2)").arg(DateFormats::numeric(r.step.dueOn),
                                  DeadlineService::whenText(r.step.dueOn, today)),
                r.caseNumber, r.personName, r.step.description, r.step.responsible});
        m_overdue->item(m_overdue->rowCount() - 1, 0)->setForeground(QColor(ErrorStyle::color()));
    }
    m_overdueNote->setStyleSheet(QString());
    m_overdueNote->setText(rows->isEmpty() ? tr("Nothing in the case plans is overdue.")
                                           : QString());
    m_overdueNote->setVisible(rows->isEmpty());
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
        m_unplannedNote->setText(cases.error().message());
        m_unplannedNote->setStyleSheet(ErrorStyle::text());
        m_unplannedNote->show();
        return;
    }
    for (const UnplannedCaseRow& r : std::as_const(cases->rows)) {
        addRow(m_unplanned, r.caseId,
               {r.caseNumber, r.personName, r.caseworker,
                r.lastStepOn.isValid()
                    ? DateFormats::numeric(r.lastStepOn)
                    : tr("none since %1").arg(DateFormats::numeric(r.registeredOn))});
    }
    m_unplannedNote->setStyleSheet(QString());
    if (cases->rows.isEmpty())
        m_unplannedNote->setText(tr("Every open case has a next step."));
    else if (cases->rows.size() < total)
        m_unplannedNote->setText(tr("The %1 waiting longest are shown.").arg(cases->rows.size()));
    else
        m_unplannedNote->clear();
    m_unplannedNote->setVisible(!m_unplannedNote->text().isEmpty());
}

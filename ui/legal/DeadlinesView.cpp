#include "ui/legal/DeadlinesView.h"

#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/services/DeadlineService.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/MessageBox.h"
#include "ui/legal/DeadlinesModel.h"
#include "ui/plan/NextStepsPanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

DeadlinesView::DeadlinesView(const Database& db, const Clock& clock, const UserSession& session,
                             Scope scope, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_scope(scope)
    , m_model(new DeadlinesModel(this))
{
    const bool all = scope == Scope::AllCases;
    setObjectName(all ? QStringLiteral("deadlinesView") : QStringLiteral("caseDeadlinesView"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deadlinesSummaryLabel"));
    bar->addWidget(m_summary, 1);
    if (all) {
        layout->setContentsMargins(6, 6, 6, 6);
        m_everyone = new QRadioButton(tr("Everyone's"), this);
        m_everyone->setObjectName(QStringLiteral("deadlinesEveryoneRadio"));
        m_mine = new QRadioButton(tr("Mine (%1)").arg(session.displayName), this);
        m_mine->setObjectName(QStringLiteral("deadlinesMineRadio"));
        m_everyone->setChecked(true);
        auto* group = new QButtonGroup(this);
        group->addButton(m_everyone);
        group->addButton(m_mine);
        bar->addWidget(m_everyone);
        bar->addWidget(m_mine);
        auto* reload = new QPushButton(tr("Refresh"), this);
        reload->setObjectName(QStringLiteral("deadlinesRefreshButton"));
        bar->addWidget(reload);
        connect(m_mine, &QRadioButton::toggled, this, &DeadlinesView::refresh);
        connect(reload, &QPushButton::clicked, this, &DeadlinesView::refresh);
    } else {
        layout->setContentsMargins(0, 0, 0, 0);
        m_showDone = new QCheckBox(tr("Show those done"), this);
        m_showDone->setObjectName(QStringLiteral("deadlinesShowDoneCheck"));
        m_add = new QPushButton(tr("Add deadline…"), this);
        m_add->setObjectName(QStringLiteral("addDeadlineButton"));
        m_add->setVisible(AccessPolicy::allows(session.role, Permission::EditLegal));
        bar->addWidget(m_showDone);
        bar->addWidget(m_add);
        connect(m_showDone, &QCheckBox::toggled, this, &DeadlinesView::refresh);
        connect(m_add, &QPushButton::clicked, this, &DeadlinesView::addRequested);
    }
    layout->addLayout(bar);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("deadlinesTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // What is due is read first: it keeps its whole text; the procedure's long name takes
    // what room is left, elided, whole in its tooltip.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DeadlinesModel::ProcedureColumn, QHeaderView::Stretch);
    m_tree->setColumnHidden(DeadlinesModel::CaseColumn, !all);
    // Across cases, what the case plans say needs attention shows under the deadlines.
    if (all && AccessPolicy::allows(session.role, Permission::PlanCases)) {
        auto* splitter = new QSplitter(Qt::Vertical, this);
        splitter->setChildrenCollapsible(false);
        splitter->addWidget(m_tree);
        m_nextSteps = new NextStepsPanel(db, clock, session, splitter);
        splitter->addWidget(m_nextSteps);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        layout->addWidget(splitter, 1);
        connect(m_nextSteps, &NextStepsPanel::openCaseRequested, this,
                &DeadlinesView::openCaseRequested);
    } else {
        layout->addWidget(m_tree, 1);
    }

    connect(m_model, &DeadlinesModel::doneChangeRequested, this, &DeadlinesView::setDone);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    if (all) {
        m_tree->setToolTip(tr("Double-click a deadline to open its case."));
        connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
            const qint64 id = index.data(DeadlinesModel::CaseIdRole).toLongLong();
            if (id > 0)
                emit openCaseRequested(id);
        });
    }
    if (all)
        refresh();
}

void DeadlinesView::setCaseId(qint64 caseId)
{
    m_caseId = caseId;
    refresh();
}

void DeadlinesView::setMineOnly(bool mine)
{
    if (m_mine)
        (mine ? m_mine : m_everyone)->setChecked(true);
}

void DeadlinesView::refresh()
{
    if (m_scope == Scope::OneCase && m_caseId == 0) {
        m_model->setRows({}, m_clock.today());
        m_summary->clear();
        return;
    }
    if (m_nextSteps)
        m_nextSteps->setMineOnly(m_mine && m_mine->isChecked());
    DeadlineService service(m_db, m_clock, m_session);
    Result<QList<DeadlineRow>> rows =
        m_scope == Scope::AllCases
            ? service.open(m_mine && m_mine->isChecked())
            : service.forCase(m_caseId, m_showDone && m_showDone->isChecked());
    if (!rows) {
        m_model->setRows({}, m_clock.today());
        m_summary->setText(rows.error().message());
        return;
    }
    m_model->setRows(*rows, m_clock.today());
    const qsizetype overdue = m_model->rowsIn(DeadlinesModel::Group::Overdue).size();
    const qsizetype today = m_model->rowsIn(DeadlinesModel::Group::Today).size();
    const qsizetype week = m_model->rowsIn(DeadlinesModel::Group::ThisWeek).size();
    const qsizetype flagged = m_model->rowsIn(DeadlinesModel::Group::Flagged).size();
    QString text;
    if (overdue + today + week == 0) {
        text = tr("Nothing overdue or due this week.");
        m_summary->setStyleSheet(QString());
    } else {
        text = tr("%1 overdue · %2 due today · %3 in the next seven days")
                   .arg(overdue)
                   .arg(today)
                   .arg(week);
        m_summary->setStyleSheet(overdue > 0 ? ErrorStyle::text(true)
                                             : QStringLiteral("font-weight: bold;"));
    }
    // Follow-ups flagged ahead of their week (a medium risk rating's, from its 4th week).
    if (flagged > 0)
        text += QLatin1Char(' ') + tr("%n coming up.", nullptr, int(flagged));
    m_summary->setText(text);
}

void DeadlinesView::setDone(qint64 id, bool done)
{
    if (Status s = DeadlineService(m_db, m_clock, m_session).setDone(id, done); !s) {
        MessageBox::warning(this, tr("Deadlines"), s.error().message());
        return;
    }
    refresh();
    emit changed();
}

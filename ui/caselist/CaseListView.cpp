#include "ui/caselist/CaseListView.h"

#include "core/reference/RiskCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "ui/caselist/CaseListModel.h"
#include "ui/common/ErrorStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

CaseListView::CaseListView(const Database& db, const UserSession& session, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caseListView"));
    m_model = new CaseListModel(db, session, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setPlaceholderText(tr("Search by name, document number or case number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    const bool riskDetails = AccessPolicy::allows(session.role, Permission::ViewRisk);
    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("riskFilterCombo"));
    m_risk->setAccessibleName(tr("Risk"));
    m_risk->addItem(tr("Any risk"), QVariantList{0, false});
    if (riskDetails) {
        m_risk->addItem(tr("High risk"), QVariantList{3, false});
        m_risk->addItem(tr("High risk, pending actions"), QVariantList{3, true});
        m_risk->addItem(tr("Medium risk or higher"), QVariantList{2, false});
        m_risk->addItem(tr("Any screened risk"), QVariantList{1, false});
    } else {
        m_risk->addItem(tr("Needs attention"), QVariantList{3, false});
    }
    m_riskCategory = new QComboBox(this);
    m_riskCategory->setObjectName(QStringLiteral("riskCategoryCombo"));
    m_riskCategory->setAccessibleName(tr("Risk category"));
    m_riskCategory->addItem(tr("All risk categories"), QString());
    for (const RiskCategory& c : RiskCatalogue::current().categories())
        m_riskCategory->addItem(c.label.text(), c.code);
    m_riskCategory->setVisible(riskDetails);
    m_highRiskPending = new QPushButton(tr("High risk with pending actions"), this);
    m_highRiskPending->setObjectName(QStringLiteral("highRiskPendingButton"));
    m_highRiskPending->setVisible(riskDetails);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->setAccessibleName(tr("Case status"));
    m_status->addItem(tr("All statuses"), -1);
    for (CaseStatus s : caseStatusCodes().values())
        m_status->addItem(caseStatusCodes().label(s), int(s));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCountLabel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseListModel::NumberColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed row heights: the view never measures rows it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::RiskColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(CaseListModel::PrincipalColumn, 260);
    m_table->setColumnWidth(CaseListModel::MembersColumn, 80);
    m_table->setColumnWidth(CaseListModel::StatusColumn, 90);
    m_table->setColumnWidth(CaseListModel::SiteColumn, 60);
    m_table->setColumnWidth(CaseListModel::NumberColumn, 150);
    m_table->setColumnWidth(CaseListModel::NationalityColumn, 160);
    m_table->setColumnWidth(CaseListModel::RegisteredColumn, 110);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    top->addWidget(m_risk);
    top->addWidget(m_riskCategory);
    top->addWidget(m_highRiskPending);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListView::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter acts on what is typed now, not on what the timer would show later.
        m_searchTimer->stop();
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseListView::applyFilter);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &CaseListView::applyFilter);
    connect(m_riskCategory, &QComboBox::currentIndexChanged, this, &CaseListView::applyFilter);
    connect(m_highRiskPending, &QPushButton::clicked, this, &CaseListView::showHighRiskPending);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = m_model->caseIdAt(index.row());
        if (id > 0)
            emit openCaseRequested(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListView::updateCount);
    connect(m_model, &CaseListModel::loadFailed, this, &CaseListView::showLoadFailure);
    updateCount();
    setFocusProxy(m_search);
}

void CaseListView::applyFilter()
{
    CaseListFilter filter;
    filter.text = m_search->text();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = CaseStatus(status);
    const QVariantList risk = m_risk->currentData().toList();
    filter.minRiskLevel = risk.value(0).toInt();
    filter.pendingActionsOnly = risk.value(1).toBool();
    if (!m_riskCategory->isHidden())
        filter.riskCategory = m_riskCategory->currentData().toString();
    m_model->setFilter(filter);
}

void CaseListView::showHighRiskPending()
{
    const QSignalBlocker blockRisk(m_risk);
    const QSignalBlocker blockCategory(m_riskCategory);
    m_risk->setCurrentIndex(m_risk->findData(QVariantList{3, true}));
    m_riskCategory->setCurrentIndex(0);
    applyFilter();
}

void CaseListView::refresh()
{
    m_model->refresh();
}

void CaseListView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CaseListView::showLoadFailure(const QString& message)
{
    m_count->setStyleSheet(ErrorStyle::text());
    m_count->setText(tr("Some cases could not be shown. %1").arg(message));
}

void CaseListView::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        showLoadFailure(m_model->lastError());
        return;
    }
    m_count->setStyleSheet(QString());
    const int n = m_model->rowCount();
    const bool filtered = !m_model->filter().text.trimmed().isEmpty() || m_model->filter().status;
    const int similar = m_model->similarCount();
    // Wide enough for the reasons why a name is alike.
    if (similar > 0)
        m_table->resizeColumnToContents(CaseListModel::PrincipalColumn);
    if (m_model->moreMatches())
        m_count->setText(tr("%n case(s) shown, of the %1 persons registered last with this "
                            "name · more have it: type more of the name, or a document number",
                            nullptr, n)
                             .arg(m_model->filter().nameMatchLimit));
    else if (similar > 0)
        m_count->setText(tr("%n case(s) found", nullptr, n - similar) + QStringLiteral(" · ") +
                         tr("%n with a similar name", nullptr, similar));
    else
        m_count->setText(filtered ? tr("%n case(s) found", nullptr, n)
                                  : tr("%n case(s)", nullptr, n));
}

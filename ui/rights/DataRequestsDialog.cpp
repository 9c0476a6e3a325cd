#include "ui/rights/DataRequestsDialog.h"

#include "core/common/DateFormats.h"
#include "core/services/DataRequestService.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/RecordTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    ReceivedColumn,
    KindColumn,
    CaseColumn,
    RequestColumn,
    DecisionColumn,
    AnswerColumn,
    DecidedByColumn,
    ColumnCount
};

QString whatWasAsked(const DataRequest& r)
{
    if (r.kind == DataRequestKind::ConsentWithdrawal)
        return DataRequestService::purposesText(r.request);
    if (std::optional<ErasureGround> g = erasureGroundCodes().fromCode(r.ground))
        return erasureGroundCodes().label(*g);
    return r.request;
}
} // namespace

DataRequestsDialog::DataRequestsDialog(const Database& db, const Clock& clock,
                                       const UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("dataRequestsDialog"));
    setWindowTitle(tr("Requests about people's data"));
    auto* intro = new QLabel(tr("Every request a person made about their data, newest first. A "
                                "person is named by their case only; a request is made from "
                                "the case (Data rights…)."),
                             this);
    intro->setWordWrap(true);
    m_table = RecordTable::create({tr("Received"), tr("Request"), tr("Case"), tr("What was asked"),
                                   tr("Decision"), tr("Answer"), tr("Decided by")},
                                  AnswerColumn, QStringLiteral("dataRequestsTable"), this);
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("requestDecisionCombo"));
    for (DataRequestDecision d : {DataRequestDecision::Granted, DataRequestDecision::PartlyGranted,
                                  DataRequestDecision::Refused})
        m_decision->addItem(dataRequestDecisionCodes().label(d), int(d));
    m_answer = new QLineEdit(this);
    m_answer->setObjectName(QStringLiteral("requestAnswerEdit"));
    m_answer->setPlaceholderText(tr("what was changed, or why not"));
    m_record = new QPushButton(tr("Record the answer"), this);
    m_record->setObjectName(QStringLiteral("requestAnswerButton"));
    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Decision"), m_decision, QStringLiteral("decision"));
    m_errors.addRow(form, tr("Answer"), m_answer, QStringLiteral("answer"));
    form->addRow(QString(), m_record);
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DataRequestsDialog::showChosen);
    connect(m_record, &QPushButton::clicked, this, &DataRequestsDialog::answer);
    connect(m_answer, &QLineEdit::returnPressed, this, &DataRequestsDialog::answer);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 540);
    load();
}

void DataRequestsDialog::load()
{
    m_table->setRowCount(0);
    Result<QList<DataRequest>> requests = DataRequestService(m_db, m_clock, m_session).latest();
    if (!requests) {
        m_error->showError(requests.error().message());
        m_requests.clear();
        showChosen();
        return;
    }
    m_requests = *requests;
    for (const DataRequest& r : std::as_const(m_requests)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{DateFormats::numeric(r.receivedOn),
                                dataRequestKindCodes().label(r.kind),
                                r.caseNumber,
                                whatWasAsked(r),
                                dataRequestDecisionCodes().label(r.decision),
                                r.answer,
                                r.decidedBy};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    showChosen();
}

const DataRequest* DataRequestsDialog::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_requests.size() && m_table->selectionModel()->hasSelection()
               ? &m_requests[row]
               : nullptr;
}

void DataRequestsDialog::showChosen()
{
    const DataRequest* r = chosen();
    const bool open = r && r->decision == DataRequestDecision::Open;
    for (QWidget* w : std::initializer_list<QWidget*>{m_decision, m_answer, m_record})
        w->setEnabled(open);
}

void DataRequestsDialog::answer()
{
    const DataRequest* r = chosen();
    if (!r)
        return;
    m_errors.clear();
    m_error->clearError();
    const int row = m_table->currentRow();
    const Status s = DataRequestService(m_db, m_clock, m_session)
                         .decide(r->id, DataRequestDecision(m_decision->currentData().toInt()),
                                 m_answer->text());
    if (!s)
        return m_errors.showError(s.error(), m_error);
    m_answer->clear();
    load();
    m_table->selectRow(row);
}

#include "ui/rights/RetentionDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordTable.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

RetentionDialog::RetentionDialog(const Database& db, const Clock& clock, const UserSession& session,
                                 QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Retention of closed cases"));
    m_recommendation = new QLabel(
        tr("No retention period is set. Amparo does not choose one for you: decide how long "
           "your organisation keeps a closed case, and keep to it. Data kept longer than it is "
           "needed is a risk to the people in it."),
        this);
    m_recommendation->setObjectName(QStringLiteral("retentionRecommendationLabel"));
    m_recommendation->setWordWrap(true);
    m_recommendation->setStyleSheet(ErrorStyle::text());
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("retentionMonthsSpin"));
    // Nothing chosen until the organisation chooses: Amparo suggests no period.
    m_months->setRange(0, 1200);
    m_months->setSpecialValueText(tr("(how many months?)"));
    m_months->setValue(0);
    m_months->setSuffix(tr(" months after it closes"));
    auto* save = new QPushButton(tr("Set the period"), this);
    save->setObjectName(QStringLiteral("retentionSaveButton"));
    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("A closed case is kept"), this));
    period->addWidget(m_months);
    period->addWidget(save);
    period->addStretch();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("retentionCountLabel"));
    m_table =
        RecordTable::create({tr("Case"), tr("Closed on"), tr("Period ended on"), tr("Members")}, 0,
                            QStringLiteral("retentionTable"), this);
    m_erase = new QPushButton(tr("Erase…"), this);
    m_erase->setObjectName(QStringLiteral("retentionEraseButton"));
    m_anonymize = new QPushButton(tr("Anonymize…"), this);
    m_anonymize->setObjectName(QStringLiteral("retentionAnonymizeButton"));
    auto* decisions = new QHBoxLayout;
    decisions->addWidget(m_erase);
    decisions->addWidget(m_anonymize);
    decisions->addStretch();
    m_until = new QDateEdit(clock.today().addYears(1), this);
    m_until->setObjectName(QStringLiteral("retentionUntilEdit"));
    m_until->setDisplayFormat(DateFormats::numericFormat());
    m_until->setCalendarPopup(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("retentionReasonEdit"));
    m_reason->setPlaceholderText(tr("for example: the appeal is still pending"));
    m_renew = new QPushButton(tr("Keep it"), this);
    m_renew->setObjectName(QStringLiteral("retentionRenewButton"));
    auto* form = new QFormLayout;
    form->addRow(QString(), decisions);
    m_errors.addRow(form, tr("Or keep it until"), m_until, QStringLiteral("until"));
    m_errors.addRow(form, tr("Because"), m_reason, QStringLiteral("reason"));
    form->addRow(QString(), m_renew);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("retentionError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &RetentionDialog::savePeriod);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RetentionDialog::showChosen);
    connect(m_erase, &QPushButton::clicked, this, &RetentionDialog::erase);
    connect(m_anonymize, &QPushButton::clicked, this, &RetentionDialog::anonymize);
    connect(m_renew, &QPushButton::clicked, this, &RetentionDialog::renew);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_recommendation);
    layout->addLayout(period);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 560);
    load();
}

void RetentionDialog::showError(const Error& error)
{
    m_errors.showError(error, m_error);
}

void RetentionDialog::load()
{
    RetentionService service(m_db, m_clock, m_session);
    m_table->setRowCount(0);
    m_due = {};
    Result<std::optional<int>> months = service.months();
    Result<RetentionService::DueList> due =
        months ? service.due() : Result<RetentionService::DueList>(months.error());
    if (!due) {
        showError(due.error());
        showChosen();
        return;
    }
    m_recommendation->setVisible(!months->has_value());
    if (months->has_value())
        m_months->setValue(**months);
    m_due = *due;
    m_count->setText(!months->has_value() ? QString()
                     : m_due.total == 0
                         ? tr("No closed case is past its period.")
                         : tr("%n closed case(s) past the period: erase, anonymize or "
                              "keep each.",
                              nullptr, m_due.total));
    for (const RetentionService::DueCase& d : std::as_const(m_due.cases)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{d.caseNumber, DateFormats::numeric(d.closedOn),
                                DateFormats::numeric(d.dueOn), QString::number(d.members)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    showChosen();
}

void RetentionDialog::savePeriod()
{
    m_errors.clear();
    m_error->clearError();
    if (Status s = RetentionService(m_db, m_clock, m_session).setMonths(m_months->value()); !s)
        return showError(s.error());
    load();
}

const RetentionService::DueCase* RetentionDialog::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_due.cases.size() && m_table->selectionModel()->hasSelection()
               ? &m_due.cases[row]
               : nullptr;
}

void RetentionDialog::showChosen()
{
    const bool any = chosen() != nullptr;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_erase, m_anonymize, m_until, m_reason, m_renew})
        w->setEnabled(any);
}

void RetentionDialog::erase()
{
    const RetentionService::DueCase* d = chosen();
    if (!d)
        return;
    m_errors.clear();
    m_error->clearError();
    if (MessageBox::askYesNo(this, windowTitle(),
                             tr("Erase case %1 and its %n member(s) for good?", nullptr, d->members)
                                 .arg(d->caseNumber)) != MessageBox::Answer::Yes)
        return;
    Result<int> erased = RetentionService(m_db, m_clock, m_session).erase(d->caseId);
    if (!erased)
        return showError(erased.error());
    emit casesChanged();
    load();
}

void RetentionDialog::anonymize()
{
    const RetentionService::DueCase* d = chosen();
    if (!d)
        return;
    m_errors.clear();
    m_error->clearError();
    if (MessageBox::askYesNo(
            this, windowTitle(),
            tr("Anonymize case %1? Names, documents, contacts, notes and every other detail that "
               "describes someone go for good; what statistics count stays.")
                .arg(d->caseNumber)) != MessageBox::Answer::Yes)
        return;
    if (Status s = RetentionService(m_db, m_clock, m_session).anonymize(d->caseId); !s)
        return showError(s.error());
    emit casesChanged();
    load();
}

void RetentionDialog::renew()
{
    const RetentionService::DueCase* d = chosen();
    if (!d)
        return;
    m_errors.clear();
    m_error->clearError();
    if (Status s = RetentionService(m_db, m_clock, m_session)
                       .renew(d->caseId, m_until->date(), m_reason->text());
        !s)
        return showError(s.error());
    m_reason->clear();
    load();
}

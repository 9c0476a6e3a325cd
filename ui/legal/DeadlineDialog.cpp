#include "ui/legal/DeadlineDialog.h"

#include "core/common/DateFormats.h"
#include "core/common/Clock.h"
#include "core/services/DeadlineService.h"
#include "core/services/ProcedureService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeadlineDialog::DeadlineDialog(const Database& db, const Clock& clock, const UserSession& session,
                               qint64 caseId, const QList<Procedure>& procedures,
                               qint64 procedureId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_caseId(caseId)
{
    setObjectName(QStringLiteral("deadlineDialog"));
    setWindowTitle(tr("Add a deadline"));
    m_what = new QLineEdit(this);
    m_what->setObjectName(QStringLiteral("deadlineWhatEdit"));
    m_what->setPlaceholderText(tr("what must be done"));
    m_due = new QDateEdit(clock.today().addDays(7), this);
    m_due->setObjectName(QStringLiteral("deadlineDueEdit"));
    m_due->setDisplayFormat(DateFormats::numericFormat());
    m_due->setCalendarPopup(true);
    m_responsible = new QLineEdit(session.displayName, this);
    m_responsible->setObjectName(QStringLiteral("deadlineResponsibleEdit"));
    m_procedure = new QComboBox(this);
    m_procedure->setObjectName(QStringLiteral("deadlineProcedureCombo"));
    m_procedure->addItem(tr("(the case as a whole)"), 0);
    for (const Procedure& p : procedures) {
        m_procedure->addItem(p.fileNumber.isEmpty()
                                 ? ProcedureRules::typeName(p.typeCode)
                                 : QStringLiteral("%1 (%2)").arg(
                                       ProcedureRules::typeName(p.typeCode), p.fileNumber),
                             p.id);
    }
    m_procedure->setCurrentIndex(std::max(0, m_procedure->findData(procedureId)));

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("What"), m_what, QStringLiteral("what"));
    m_errors.addRow(form, tr("Due on"), m_due, QStringLiteral("due"));
    m_errors.addRow(form, tr("Responsible"), m_responsible, QStringLiteral("responsible"));
    m_errors.addRow(form, tr("Procedure"), m_procedure, QStringLiteral("procedure"));
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add deadline"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("deadlineOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeadlineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeadlineDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void DeadlineDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    Result<qint64> added = DeadlineService(m_db, m_clock, m_session)
                               .add(m_caseId, m_procedure->currentData().toLongLong(),
                                    m_what->text(), m_due->date(), m_responsible->text());
    if (!added) {
        m_errors.showError(added.error(), m_error);
        return;
    }
    QDialog::accept();
}

#include "ui/monitoring/InterviewIncidentDialog.h"

#include "core/common/Clock.h"
#include "core/services/IncidentValidator.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/incidents/IncidentFactsForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

InterviewIncidentDialog::InterviewIncidentDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("interviewIncidentDialog"));
    setWindowTitle(tr("What happened"));
    auto* note = new QLabel(tr("To the person interviewed or to someone of their household. "
                               "Only codes are kept: no name, no story."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    m_facts = new IncidentFactsForm(clock, form, m_errors, this);
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("interviewIncidentOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InterviewIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InterviewIncidentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void InterviewIncidentDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    const IncidentFacts facts = IncidentValidator::normalized(m_facts->facts());
    if (const QList<FieldError> errors = IncidentValidator::validate(facts, m_clock.today());
        !errors.isEmpty()) {
        m_errors.showError(Error::invalid(errors), m_error);
        return;
    }
    m_result = facts;
    QDialog::accept();
}

#include "ui/incidents/IncidentDialog.h"

#include "core/common/Clock.h"
#include "core/services/IncidentService.h"
#include "core/services/IncidentValidator.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/incidents/IncidentFactsForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

IncidentDialog::IncidentDialog(const Database& db, const Clock& clock, const UserSession& session,
                               const CaseRecord& record, const Incident& incident, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_record(record)
    , m_incident(incident)
{
    setObjectName(QStringLiteral("incidentDialog"));
    setWindowTitle(incident.id ? tr("What happened — %1").arg(record.caseNumber)
                               : tr("Record what happened — %1").arg(record.caseNumber));
    auto* body = new QWidget(this);
    auto* form = new QFormLayout(body);
    m_person = new QComboBox(body);
    m_person->setObjectName(QStringLiteral("incidentPersonCombo"));
    m_person->addItem(tr("The family, not one person"), 0);
    for (const CaseMember& m : record.members)
        m_person->addItem(m.person.fullName(), m.person.id);
    m_errors.addRow(form, tr("It happened to"), m_person, QStringLiteral("person"));
    m_facts = new IncidentFactsForm(clock, form, m_errors, body);
    m_narrative = new QPlainTextEdit(body);
    m_narrative->setObjectName(QStringLiteral("incidentNarrativeEdit"));
    m_narrative->setTabChangesFocus(true);
    m_narrative->setMinimumHeight(90);
    m_narrative->setPlaceholderText(
        tr("In the person's words, what they chose to tell. Read only by legal staff and "
           "administrators; never in any statistics."));
    m_errors.addRow(form, tr("What they told"), m_narrative, QStringLiteral("narrative"));

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(incident.id ? tr("Save") : tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("incidentOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(640, 620);

    if (incident.id) {
        m_facts->setFacts(incident.facts);
        m_narrative->setPlainText(incident.narrative);
        m_person->setCurrentIndex(std::max(0, m_person->findData(incident.personId)));
    }
    connect(m_person, &QComboBox::currentIndexChanged, this, &IncidentDialog::personChanged);
    connect(m_facts->monthEdit(), &QDateEdit::dateChanged, this, &IncidentDialog::personChanged);
}

void IncidentDialog::personChanged()
{
    const qint64 id = m_person->currentData().toLongLong();
    for (const CaseMember& m : std::as_const(m_record.members)) {
        if (m.person.id == id) {
            const IncidentFacts f =
                IncidentValidator::about(m.person, m_facts->monthEdit()->date());
            m_facts->setWhom(f.ageGroup, f.sex);
            return;
        }
    }
}

void IncidentDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    Incident i = m_incident;
    i.caseId = m_record.id;
    i.personId = m_person->currentData().toLongLong();
    i.facts = m_facts->facts();
    i.narrative = m_narrative->toPlainText();
    IncidentService service(m_db, m_clock, m_session);
    Result<Incident> saved = i.id ? service.change(i) : service.record(i);
    if (!saved) {
        m_errors.showError(saved.error(), m_error);
        return;
    }
    m_incident = *saved;
    QDialog::accept();
}

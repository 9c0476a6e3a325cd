#include "ui/monitoring/InterviewDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/reference/IncidentCatalogue.h"
#include "core/services/IncidentService.h"
#include "core/services/MonitoringService.h"
#include "ui/common/CheckableCodeList.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/incidents/CatalogueChoices.h"
#include "ui/monitoring/InterviewIncidentDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

InterviewDialog::InterviewDialog(const Database& db, const Clock& clock, const UserSession& session,
                                 const MonitoringRound& round, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_round(round)
{
    setObjectName(QStringLiteral("interviewDialog"));
    setWindowTitle(tr("Monitoring interview — %1").arg(round.name));
    const IncidentCatalogue& catalogue = IncidentCatalogue::current();
    auto* body = new QWidget(this);
    auto* form = new QFormLayout(body);
    auto* ask = new QLabel(tr("Say first what the interview is for, that it is anonymous and "
                              "that the person may stop or skip a question at any time."),
                           body);
    ask->setWordWrap(true);
    form->addRow(ask);
    m_consent = new QCheckBox(tr("The person agreed to be interviewed"), body);
    m_consent->setObjectName(QStringLiteral("interviewConsentBox"));
    m_errors.addRow(form, tr("Consent"), m_consent, QStringLiteral("consent"));
    const QDate today = clock.today();
    m_heldOn = new QDateEdit(std::clamp(today, round.startsOn, round.endsOn), body);
    m_heldOn->setObjectName(QStringLiteral("interviewDateEdit"));
    m_heldOn->setDisplayFormat(DateFormats::numericFormat());
    m_heldOn->setCalendarPopup(true);
    m_errors.addRow(form, tr("Day of the interview"), m_heldOn, QStringLiteral("heldOn"));
    m_ageGroup = new QComboBox(body);
    m_ageGroup->setObjectName(QStringLiteral("interviewAgeGroupCombo"));
    for (AgeGroup g : ageGroupCodes().values()) {
        if (isAdult(g))
            m_ageGroup->addItem(ageGroupCodes().label(g), ageGroupCodes().code(g));
    }
    m_ageGroup->setToolTip(tr("Adults only: a child's situation is recorded in a case."));
    m_errors.addRow(form, tr("Age group"), m_ageGroup, QStringLiteral("ageGroup"));
    m_sex = CatalogueChoices::sex(QStringLiteral("interviewSexCombo"), body);
    m_errors.addRow(form, tr("Sex"), m_sex, QStringLiteral("sex"));
    m_diversity = CatalogueChoices::diversity(QStringLiteral("interviewDiversityList"), body);
    m_errors.addRow(form, tr("As the person chose to say"), m_diversity,
                    QStringLiteral("diversity"));
    m_household = new QSpinBox(body);
    m_household->setObjectName(QStringLiteral("interviewHouseholdSpin"));
    m_household->setRange(1, MonitoringInterview::MaxHouseholdSize);
    m_errors.addRow(form, tr("Persons in the household"), m_household,
                    QStringLiteral("householdSize"));
    m_legalStatus = CatalogueChoices::oneOf(catalogue.legalStatuses(),
                                            QStringLiteral("interviewLegalStatusCombo"), body);
    m_errors.addRow(form, tr("Legal status"), m_legalStatus, QStringLiteral("legalStatus"));
    m_intention = CatalogueChoices::oneOf(catalogue.intentions(),
                                          QStringLiteral("interviewIntentionCombo"), body);
    m_errors.addRow(form, tr("Intentions"), m_intention, QStringLiteral("intention"));
    m_returnRisks = CatalogueChoices::anyOf(catalogue.returnRisks(),
                                            QStringLiteral("interviewReturnRisksList"), body);
    m_errors.addRow(form, tr("Risks upon return"), m_returnRisks, QStringLiteral("returnRisks"));
    m_needs =
        CatalogueChoices::anyOf(catalogue.needs(), QStringLiteral("interviewNeedsList"), body);
    m_errors.addRow(form, tr("Most pressing needs"), m_needs, QStringLiteral("needs"));
    m_incidentList = new QListWidget(body);
    m_incidentList->setObjectName(QStringLiteral("interviewIncidentsList"));
    m_incidentList->setMaximumHeight(90);
    m_addIncident = new QPushButton(tr("Add what happened…"), body);
    m_addIncident->setObjectName(QStringLiteral("interviewAddIncidentButton"));
    m_removeIncident = new QPushButton(tr("Remove"), body);
    m_removeIncident->setObjectName(QStringLiteral("interviewRemoveIncidentButton"));
    auto* incidents = new QWidget(body);
    auto* incidentsLayout = new QVBoxLayout(incidents);
    incidentsLayout->setContentsMargins(0, 0, 0, 0);
    incidentsLayout->addWidget(m_incidentList);
    auto* incidentButtons = new QHBoxLayout;
    incidentButtons->addWidget(m_addIncident);
    incidentButtons->addWidget(m_removeIncident);
    incidentButtons->addStretch();
    incidentsLayout->addLayout(incidentButtons);
    m_errors.addRow(form, tr("Incidents"), incidents, QStringLiteral("incidents"));

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the interview"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("interviewOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InterviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InterviewDialog::reject);
    connect(m_addIncident, &QPushButton::clicked, this, &InterviewDialog::askForIncident);
    connect(m_removeIncident, &QPushButton::clicked, this, &InterviewDialog::removeIncident);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(620, 640);
}

void InterviewDialog::addIncident(const IncidentFacts& facts)
{
    m_incidents.append(facts);
    m_incidentList->addItem(IncidentService::describe(facts));
}

void InterviewDialog::askForIncident()
{
    auto* dialog = new InterviewIncidentDialog(m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addIncident(dialog->facts()); });
    dialog->open();
}

void InterviewDialog::removeIncident()
{
    const int row = m_incidentList->currentRow();
    if (row < 0 || row >= m_incidents.size())
        return;
    m_incidents.removeAt(row);
    delete m_incidentList->takeItem(row);
}

void InterviewDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    MonitoringInterview i;
    i.roundId = m_round.id;
    i.consent = m_consent->isChecked();
    i.heldOn = m_heldOn->date();
    i.ageGroup =
        ageGroupCodes().fromCode(m_ageGroup->currentData().toString()).value_or(AgeGroup::Unknown);
    i.sex = sexCodes().fromCode(m_sex->currentData().toString()).value_or(Sex::Unknown);
    i.diversity = m_diversity->checkedCodes();
    i.householdSize = m_household->value();
    i.legalStatus = m_legalStatus->currentData().toString();
    i.intention = m_intention->currentData().toString();
    i.returnRisks = m_returnRisks->checkedCodes();
    i.needs = m_needs->checkedCodes();
    i.incidents = m_incidents;
    Result<MonitoringInterview> saved =
        MonitoringService(m_db, m_clock, m_session).recordInterview(i);
    if (!saved) {
        m_errors.showError(saved.error(), m_error);
        return;
    }
    QDialog::accept();
}

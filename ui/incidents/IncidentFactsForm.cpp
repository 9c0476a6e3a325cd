#include "ui/incidents/IncidentFactsForm.h"

#include "core/common/Clock.h"
#include "ui/common/Admin1ComboBox.h"
#include "ui/common/CheckableCodeList.h"
#include "ui/common/CountryComboBox.h"
#include "ui/common/FormErrors.h"
#include "ui/incidents/CatalogueChoices.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QStandardItemModel>

namespace {
// Incident types under their groups' headings, which cannot be chosen.
QComboBox* groupedTypes(const IncidentCatalogue& catalogue, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("incidentTypeCombo"));
    combo->addItem(IncidentFactsForm::tr("— choose —"), QString());
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    for (const IncidentCode& group : catalogue.groups()) {
        combo->addItem(group.label.text());
        QStandardItem* heading = model->item(combo->count() - 1);
        heading->setFlags(heading->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        QFont bold = combo->font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const IncidentCode& t : catalogue.types()) {
            if (t.group == group.code)
                combo->addItem(QStringLiteral("    ") + t.label.text(), t.code);
        }
    }
    return combo;
}
} // namespace

IncidentFactsForm::IncidentFactsForm(const Clock& clock, QFormLayout* form, FormErrors& errors,
                                     QWidget* parent)
    : QObject(parent)
{
    const IncidentCatalogue& catalogue = IncidentCatalogue::current();
    m_type = groupedTypes(catalogue, parent);
    m_perpetrator = CatalogueChoices::oneOf(catalogue.perpetrators(),
                                            QStringLiteral("incidentPerpetratorCombo"), parent);
    const QDate today = clock.today();
    m_month = new QDateEdit(QDate(today.year(), today.month(), 1), parent);
    m_month->setObjectName(QStringLiteral("incidentMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("MM/yyyy"));
    m_month->setMaximumDate(today);
    m_month->setToolTip(tr("A month is enough."));
    m_country = new CountryComboBox(CountryComboBox::Mode::Country, true, parent);
    m_country->setObjectName(QStringLiteral("incidentCountryCombo"));
    m_admin1 = new Admin1ComboBox(parent);
    m_admin1->setObjectName(QStringLiteral("incidentAdmin1Combo"));
    m_place =
        CatalogueChoices::oneOf(catalogue.places(), QStringLiteral("incidentPlaceCombo"), parent);
    m_ageGroup = new QComboBox(parent);
    m_ageGroup->setObjectName(QStringLiteral("incidentAgeGroupCombo"));
    for (AgeGroup g : ageGroupCodes().values())
        m_ageGroup->addItem(ageGroupCodes().label(g), ageGroupCodes().code(g));
    m_sex = CatalogueChoices::sex(QStringLiteral("incidentSexCombo"), parent);
    m_diversity = CatalogueChoices::diversity(QStringLiteral("incidentDiversityList"), parent);
    m_reported = new QComboBox(parent);
    m_reported->setObjectName(QStringLiteral("incidentReportedCombo"));
    for (IncidentReported r : incidentReportedCodes().values())
        m_reported->addItem(incidentReportedCodes().label(r), incidentReportedCodes().code(r));
    m_institution = CatalogueChoices::oneOf(catalogue.institutions(),
                                            QStringLiteral("incidentInstitutionCombo"), parent);
    m_stateResponse = CatalogueChoices::oneOf(catalogue.stateResponses(),
                                              QStringLiteral("incidentStateResponseCombo"), parent);
    // Long labels (in Spanish above all) must not widen the form past a laptop's screen.
    for (QComboBox* combo : {m_type, m_perpetrator, static_cast<QComboBox*>(m_country),
                             static_cast<QComboBox*>(m_admin1), m_place, m_ageGroup, m_sex,
                             m_reported, m_institution, m_stateResponse}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    choose(m_reported, incidentReportedCodes().code(IncidentReported::NotSaid));
    choose(m_ageGroup, ageGroupCodes().code(AgeGroup::Unknown));

    errors.addRow(form, tr("What happened"), m_type, QStringLiteral("type"));
    errors.addRow(form, tr("By whom"), m_perpetrator, QStringLiteral("perpetrator"));
    errors.addRow(form, tr("When (month)"), m_month, QStringLiteral("month"));
    errors.addRow(form, tr("Country"), m_country, QStringLiteral("country"));
    errors.addRow(form, tr("Department"), m_admin1, QStringLiteral("admin1"));
    errors.addRow(form, tr("Kind of place"), m_place, QStringLiteral("place"));
    errors.addRow(form, tr("Age group of the person"), m_ageGroup, QStringLiteral("ageGroup"));
    errors.addRow(form, tr("Sex of the person"), m_sex, QStringLiteral("sex"));
    errors.addRow(form, tr("As the person chose to say"), m_diversity, QStringLiteral("diversity"));
    errors.addRow(form, tr("Reported?"), m_reported, QStringLiteral("reported"));
    errors.addRow(form, tr("Reported to"), m_institution, QStringLiteral("institution"));
    errors.addRow(form, tr("What the state did"), m_stateResponse, QStringLiteral("stateResponse"));

    connect(m_country, &CountryComboBox::codeChanged, m_admin1, &Admin1ComboBox::setCountry);
    connect(m_reported, &QComboBox::currentIndexChanged, this, &IncidentFactsForm::reportedChanged);
    reportedChanged();
}

void IncidentFactsForm::choose(QComboBox* combo, const QString& code)
{
    combo->setCurrentIndex(std::max(0, combo->findData(code)));
}

void IncidentFactsForm::reportedChanged()
{
    const bool reported =
        m_reported->currentData().toString() == incidentReportedCodes().code(IncidentReported::Yes);
    m_institution->setEnabled(reported);
    if (!reported)
        m_institution->setCurrentIndex(0);
}

IncidentFacts IncidentFactsForm::facts() const
{
    IncidentFacts f;
    f.type = m_type->currentData().toString();
    f.perpetrator = m_perpetrator->currentData().toString();
    f.month = m_month->date();
    f.country = m_country->code();
    f.admin1 = m_admin1->code();
    f.place = m_place->currentData().toString();
    f.ageGroup =
        ageGroupCodes().fromCode(m_ageGroup->currentData().toString()).value_or(AgeGroup::Unknown);
    f.sex = sexCodes().fromCode(m_sex->currentData().toString()).value_or(Sex::Unknown);
    f.diversity = m_diversity->checkedCodes();
    f.reported = incidentReportedCodes()
                     .fromCode(m_reported->currentData().toString())
                     .value_or(IncidentReported::NotSaid);
    f.institution = m_institution->currentData().toString();
    f.stateResponse = m_stateResponse->currentData().toString();
    return f;
}

void IncidentFactsForm::setFacts(const IncidentFacts& f)
{
    choose(m_type, f.type);
    choose(m_perpetrator, f.perpetrator);
    if (f.month.isValid())
        m_month->setDate(f.month);
    m_country->setCode(f.country);
    m_admin1->setCountry(f.country);
    m_admin1->setCode(f.admin1);
    choose(m_place, f.place);
    setWhom(f.ageGroup, f.sex);
    m_diversity->setCheckedCodes(f.diversity);
    choose(m_reported, incidentReportedCodes().code(f.reported));
    choose(m_institution, f.institution);
    choose(m_stateResponse, f.stateResponse);
}

void IncidentFactsForm::setWhom(AgeGroup ageGroup, Sex sex)
{
    choose(m_ageGroup, ageGroupCodes().code(ageGroup));
    choose(m_sex, sexCodes().code(sex));
}

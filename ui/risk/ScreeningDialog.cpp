#include "ui/risk/ScreeningDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/reference/RiskCatalogue.h"
#include "core/services/ScreeningService.h"
#include "ui/common/ErrorStyle.h"
#include "ui/risk/ScreeningForm.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

ScreeningDialog::ScreeningDialog(const Database& db, const Clock& clock, const UserSession& session,
                                 const CaseRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_record(record)
{
    setObjectName(QStringLiteral("screeningDialog"));
    setWindowTitle(tr("Heightened-risk screening — %1").arg(record.caseNumber));
    ScreeningService service(db, clock, session);
    Result<QHash<qint64, Screening>> previous = service.current(record.id);

    m_date = new QDateEdit(clock.today(), this);
    m_date->setObjectName(QStringLiteral("screeningDateEdit"));
    m_date->setDisplayFormat(DateFormats::numericFormat());
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(clock.today());
    auto* header = new QFormLayout;
    header->addRow(tr("Date of the screening"), m_date);
    header->addRow(tr("Assessor"), new QLabel(session.displayName, this));

    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("screenedMembersList"));
    m_members->setAccessibleName(tr("Members screened"));
    m_members->setMaximumWidth(200);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("screeningTabs"));
    for (int i = 0; i < record.members.size(); ++i) {
        const Person& p = record.members[i].person;
        auto* item = new QListWidgetItem(p.fullName(), m_members);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, p.id);
        const std::optional<Screening> last = previous && previous->contains(p.id)
                                                  ? std::optional<Screening>(previous->value(p.id))
                                                  : std::nullopt;
        auto* form = new ScreeningForm(p, service.suggestions(record, i), last,
                                       RiskCatalogue::current(), m_tabs);
        m_forms.append(form);
    }
    auto* membersBox = new QVBoxLayout;
    membersBox->addWidget(new QLabel(tr("Screen these members:"), this));
    membersBox->addWidget(m_members, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(membersBox);
    body->addWidget(m_tabs, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("screeningErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveScreeningButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScreeningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScreeningDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 700);
    connect(m_members, &QListWidget::itemChanged, this, &ScreeningDialog::updateTabs);
    updateTabs();
    if (!previous)
        m_error->setText(previous.error().message());
}

ScreeningForm* ScreeningDialog::formFor(qint64 personId) const
{
    for (ScreeningForm* f : m_forms) {
        if (f->personId() == personId)
            return f;
    }
    return nullptr;
}

void ScreeningDialog::updateTabs()
{
    m_tabs->clear();
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() == Qt::Checked)
            m_tabs->addTab(m_forms[i], m_members->item(i)->text());
        else
            m_forms[i]->hide();
    }
}

void ScreeningDialog::accept()
{
    QList<Screening> screenings;
    QList<ScreeningForm*> included;
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() != Qt::Checked)
            continue;
        Screening s = m_forms[i]->screening();
        s.screenedOn = m_date->date();
        screenings.append(s);
        included.append(m_forms[i]);
    }
    Result<QList<Screening>> saved =
        ScreeningService(m_db, m_clock, m_session).save(m_record.id, screenings);
    if (saved) {
        emit this->saved();
        QDialog::accept();
        return;
    }
    // "screenings/2/levels/children" goes to the third included form.
    QHash<int, QList<FieldError>> byForm;
    QStringList general;
    for (const FieldError& e : saved.error().fieldErrors()) {
        const int index = e.field.section(QLatin1Char('/'), 1, 1).toInt();
        if (e.field.startsWith(QLatin1String("screenings/")) && index < included.size())
            byForm[index].append({e.field.section(QLatin1Char('/'), 2), e.message});
        else
            general.append(e.message);
    }
    int firstTab = -1;
    for (int i = 0; i < included.size(); ++i) {
        const QList<FieldError> unplaced = included[i]->showErrors(byForm.value(i));
        for (const FieldError& e : unplaced)
            general.append(e.message);
        if (firstTab < 0 && byForm.contains(i))
            firstTab = m_tabs->indexOf(included[i]);
    }
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
    if (saved.error().fieldErrors().isEmpty())
        general.append(saved.error().message());
    m_error->setText(general.isEmpty() ? tr("Some answers need attention: see the marked places.")
                                       : general.join(QLatin1Char('\n')));
    m_error->show();
}

#include "ui/referrals/ReferralDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/PartnerService.h"
#include "core/services/ReferralService.h"
#include "ui/common/CheckableCodeList.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReferralDialog::ReferralDialog(const Database& db, const Clock& clock, const UserSession& session,
                               const CaseRecord& record, ReferralDirection direction,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_record(record)
    , m_direction(direction)
{
    const bool outgoing = direction == ReferralDirection::Outgoing;
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(outgoing ? tr("Refer — %1").arg(record.caseNumber)
                            : tr("A referral received — %1").arg(record.caseNumber));

    m_persons = new CheckableCodeList(this);
    m_persons->setObjectName(QStringLiteral("referralPersonsList"));
    m_persons->setAccessibleName(tr("Persons referred"));
    m_persons->setMaximumHeight(90);
    for (const CaseMember& m : record.members)
        m_persons->addCode(QString::number(m.person.id), m.person.fullName());
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("referralPartnerCombo"));
    m_partner->addItem(tr("— choose —"), 0);
    if (Result<QList<Partner>> partners = PartnerService(db, clock, session).list(false)) {
        m_partners = *partners;
        for (const Partner& p : std::as_const(m_partners))
            m_partner->addItem(p.name, p.id);
    }
    m_partnerInfo = new QLabel(this);
    m_partnerInfo->setWordWrap(true);
    m_partnerInfo->setObjectName(QStringLiteral("referralPartnerInfo"));
    m_services = new CheckableCodeList(this);
    m_services->setObjectName(QStringLiteral("referralServicesList"));
    m_services->setAccessibleName(tr("Services requested"));
    for (ReferralServiceType s : referralServiceCodes().values())
        m_services->addCode(referralServiceCodes().code(s), referralServiceCodes().label(s));
    m_date = new QDateEdit(clock.today(), this);
    m_date->setObjectName(QStringLiteral("referralDateEdit"));
    m_date->setDisplayFormat(DateFormats::numericFormat());
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(clock.today());
    m_reasons = new QPlainTextEdit(this);
    m_reasons->setObjectName(QStringLiteral("referralReasonsEdit"));
    m_reasons->setTabChangesFocus(true);
    m_reasons->setMaximumHeight(80);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Persons"), m_persons, QStringLiteral("persons"));
    m_errors.addRow(form, outgoing ? tr("Refer to") : tr("Referred to us by"), m_partner,
                    QStringLiteral("partner"));
    form->addRow(QString(), m_partnerInfo);
    m_errors.addRow(form, outgoing ? tr("Services requested") : tr("Services asked of us"),
                    m_services, QStringLiteral("services"));
    if (outgoing) {
        m_priority = new QComboBox(this);
        m_priority->setObjectName(QStringLiteral("referralPriorityCombo"));
        for (ReferralPriority p : referralPriorityCodes().values())
            m_priority->addItem(referralPriorityCodes().label(p), int(p));
        m_priority->setCurrentIndex(m_priority->findData(int(ReferralPriority::Normal)));
        m_errors.addRow(form, tr("Priority"), m_priority, QStringLiteral("priority"));
    }
    m_errors.addRow(form, outgoing ? tr("Date of the referral") : tr("Received on"), m_date,
                    QStringLiteral("madeOn"));
    m_errors.addRow(form, tr("Reasons"), m_reasons, QStringLiteral("reasons"));
    if (outgoing) {
        m_shared = new CheckableCodeList(this);
        m_shared->setObjectName(QStringLiteral("referralSharedList"));
        m_shared->setAccessibleName(tr("Information shared"));
        for (SharedItem item : sharedItemCodes().values())
            m_shared->addCode(sharedItemCodes().code(item), sharedItemCodes().label(item));
        m_shared->setToolTip(tr("Only what is ticked goes to the organisation. Without the name, "
                                "the form carries the case number alone."));
        m_errors.addRow(form, tr("Information shared"), m_shared, QStringLiteral("shared"));
        auto* consent = new QLabel(this);
        consent->setObjectName(QStringLiteral("referralConsentLabel"));
        consent->setWordWrap(true);
        const bool consented = record.consent && record.consent->referral;
        if (consented) {
            consent->setText(tr("The family consented to referral on %1.")
                                 .arg(DateFormats::numeric(record.consent->givenOn)));
        } else {
            consent->setText(tr("The family has not consented to referral. Record their consent "
                                "in the case first; only if this referral cannot wait, say why "
                                "below (kept in the audit trail with your name)."));
            consent->setStyleSheet(ErrorStyle::text(true));
            m_override = new QPlainTextEdit(this);
            m_override->setObjectName(QStringLiteral("referralOverrideEdit"));
            m_override->setTabChangesFocus(true);
            m_override->setMaximumHeight(60);
        }
        form->addRow(tr("Consent"), consent);
        if (m_override)
            m_errors.addRow(form, tr("Why it cannot wait"), m_override,
                            QStringLiteral("consentOverride"));
    }
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(outgoing ? tr("Refer") : tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("referralOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &ReferralDialog::showPartner);
    auto* layout = new QVBoxLayout(this);
    if (m_partners.isEmpty())
        layout->addWidget(new QLabel(tr("No partner organisation is in the directory yet: an "
                                        "administrator adds them under Administration → "
                                        "Partner organisations."),
                                     this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    showPartner();
}

void ReferralDialog::showPartner()
{
    const qint64 id = m_partner->currentData().toLongLong();
    for (const Partner& p : std::as_const(m_partners)) {
        if (p.id != id)
            continue;
        const QStringList services = referralServiceCodes().labelsOf(p.services);
        m_partnerInfo->setText(tr("Offers: %1. Serves: %2. Contact: %3.")
                                   .arg(services.join(QStringLiteral(", ")),
                                        p.areas.isEmpty() ? tr("not said") : p.areas,
                                        p.contact.isEmpty() ? tr("not said") : p.contact));
        return;
    }
    m_partnerInfo->clear();
}

void ReferralDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    Referral r;
    r.caseId = m_record.id;
    r.partnerId = m_partner->currentData().toLongLong();
    for (const QString& id : m_persons->checkedCodes())
        r.personIds.append(id.toLongLong());
    r.services = m_services->checkedCodes();
    r.reasons = m_reasons->toPlainText();
    r.madeOn = m_date->date();
    ReferralService service(m_db, m_clock, m_session);
    Result<Referral> saved = [&] {
        if (m_direction == ReferralDirection::Incoming)
            return service.recordReceived(r);
        r.priority = ReferralPriority(m_priority->currentData().toInt());
        r.shared = m_shared->checkedCodes();
        if (m_override)
            r.consentOverride = m_override->toPlainText();
        return service.refer(r);
    }();
    if (!saved) {
        m_errors.showError(saved.error(), m_error);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

#include "ui/referrals/ReferralAnswerDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/ReferralService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReferralAnswerDialog::ReferralAnswerDialog(const Database& db, const Clock& clock,
                                           const UserSession& session, const Referral& referral,
                                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_referral(referral)
{
    setObjectName(QStringLiteral("referralAnswerDialog"));
    setWindowTitle(tr("What became of the referral to %1").arg(referral.partnerName));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("referralStateCombo"));
    for (ReferralState s : referralStateCodes().values()) {
        if (ReferralService::canMove(referral.state, s))
            m_state->addItem(referralStateCodes().label(s), int(s));
    }
    m_date = new QDateEdit(clock.today(), this);
    m_date->setObjectName(QStringLiteral("referralAnswerDateEdit"));
    m_date->setDisplayFormat(DateFormats::numericFormat());
    m_date->setCalendarPopup(true);
    m_date->setDateRange(referral.madeOn, clock.today());
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("referralNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    auto* hint = new QLabel(this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Now"), m_state, QStringLiteral("state"));
    m_errors.addRow(form, tr("On"), m_date, QStringLiteral("on"));
    m_errors.addRow(form, tr("Note"), m_note, QStringLiteral("note"));
    form->addRow(QString(), hint);
    const auto showHint = [this, hint] {
        switch (ReferralState(m_state->currentData().toInt())) {
        case ReferralState::Declined:
            hint->setText(tr("Why the organisation declined (required)."));
            break;
        case ReferralState::Withdrawn:
            hint->setText(tr("Why the referral is withdrawn (required)."));
            break;
        case ReferralState::Delivered:
            hint->setText(tr("The provider's note on the service delivered."));
            break;
        default:
            hint->clear();
        }
    };
    connect(m_state, &QComboBox::currentIndexChanged, this, showHint);
    showHint();
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("referralAnswerOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralAnswerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralAnswerDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ReferralAnswerDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    Result<Referral> changed =
        ReferralService(m_db, m_clock, m_session)
            .changeState(m_referral.id, ReferralState(m_state->currentData().toInt()),
                         m_note->toPlainText(), m_date->date());
    if (!changed) {
        m_errors.showError(changed.error(), m_error);
        return;
    }
    QDialog::accept();
}

#include "ui/referrals/ReferralsPanel.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/common/Translations.h"
#include "core/referrals/ReferralPackageService.h"
#include "core/services/PartnerService.h"
#include "core/services/ReferralService.h"
#include "core/services/TransferService.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordTable.h"
#include "ui/referrals/ReferralAnswerDialog.h"
#include "ui/referrals/ReferralDialog.h"
#include "ui/render/PdfDocumentWriter.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    DateColumn,
    DirectionColumn,
    PartnerColumn,
    PersonsColumn,
    ServicesColumn,
    PriorityColumn,
    StateColumn,
    ColumnCount
};
} // namespace

ReferralsPanel::ReferralsPanel(const Database& db, const Clock& clock, const UserSession& session,
                               QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("referralsPanel"));
    m_table = RecordTable::create({tr("Date"), tr("Direction"), tr("Organisation"), tr("Persons"),
                                   tr("Services"), tr("Priority"), tr("Where it stands")},
                                  ServicesColumn, QStringLiteral("referralsTable"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_refer = new QPushButton(tr("Refer…"), this);
    m_refer->setObjectName(QStringLiteral("referButton"));
    m_received = new QPushButton(tr("Record a referral received…"), this);
    m_received->setObjectName(QStringLiteral("referralReceivedButton"));
    m_answer = new QPushButton(tr("Record what became of it…"), this);
    m_answer->setObjectName(QStringLiteral("referralAnswerButton"));
    m_form = new QPushButton(tr("Referral form (PDF)…"), this);
    m_form->setObjectName(QStringLiteral("referralFormButton"));
    m_package = new QPushButton(tr("Referral package…"), this);
    m_package->setObjectName(QStringLiteral("referralPackageButton"));
    m_package->setToolTip(
        tr("For an organisation that uses Amparo: only it can open the package."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refer);
    buttons->addWidget(m_received);
    buttons->addStretch();
    buttons->addWidget(m_answer);
    buttons->addWidget(m_form);
    buttons->addWidget(m_package);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_refer, &QPushButton::clicked, this, &ReferralsPanel::refer);
    connect(m_received, &QPushButton::clicked, this, &ReferralsPanel::recordReceived);
    connect(m_answer, &QPushButton::clicked, this, &ReferralsPanel::recordAnswer);
    connect(m_form, &QPushButton::clicked, this, &ReferralsPanel::saveForm);
    connect(m_package, &QPushButton::clicked, this, &ReferralsPanel::savePackage);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferralsPanel::updateButtons);
    updateButtons();
}

void ReferralsPanel::setCase(const CaseRecord& record)
{
    m_record = record;
    refresh();
}

void ReferralsPanel::setReadOnly()
{
    m_readOnly = true;
    updateButtons();
}

const Referral* ReferralsPanel::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_referrals.size() ? &m_referrals[row] : nullptr;
}

void ReferralsPanel::refresh()
{
    m_table->setRowCount(0);
    m_referrals.clear();
    Result<QList<Referral>> referrals =
        ReferralService(m_db, m_clock, m_session).forCase(m_record.id);
    if (!referrals) {
        m_status->setText(referrals.error().message());
        updateButtons();
        return;
    }
    m_referrals = *referrals;
    for (const Referral& r : std::as_const(m_referrals)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList names;
        for (const CaseMember& m : std::as_const(m_record.members)) {
            if (r.personIds.contains(m.person.id))
                names.append(m.person.fullName());
        }
        const QStringList services = referralServiceCodes().labelsOf(r.services);
        QString state = referralStateCodes().label(r.state);
        if (r.state == ReferralState::Sent) {
            const QDate due = r.madeOn.addDays(Referral::answerDays(r.priority));
            state = due < m_clock.today()
                        ? tr("Sent · answer overdue since %1").arg(DateFormats::numeric(due))
                        : tr("Sent · answer due by %1").arg(DateFormats::numeric(due));
        } else if (!r.stateNote.isEmpty()) {
            state += QStringLiteral(" · ") + r.stateNote;
        }
        const QStringList cells{DateFormats::numeric(r.madeOn),
                                referralDirectionCodes().label(r.direction),
                                r.partnerName,
                                names.join(QStringLiteral(", ")),
                                services.join(QStringLiteral(", ")),
                                r.direction == ReferralDirection::Outgoing
                                    ? referralPriorityCodes().label(r.priority)
                                    : QString(),
                                state};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (!r.consentOverride.isEmpty())
            m_table->item(row, DateColumn)
                ->setToolTip(tr("Made without consent: %1").arg(r.consentOverride));
    }
    m_status->setText(m_referrals.isEmpty() ? tr("No referral yet.") : QString());
    updateButtons();
}

void ReferralsPanel::updateButtons()
{
    const Referral* r = current();
    m_refer->setEnabled(!m_readOnly && m_record.id > 0);
    m_received->setEnabled(!m_readOnly && m_record.id > 0);
    m_answer->setEnabled(!m_readOnly && r && r->isOpen() &&
                         r->direction == ReferralDirection::Outgoing);
    m_form->setEnabled(r && r->direction == ReferralDirection::Outgoing);
    m_package->setEnabled(m_form->isEnabled());
}

void ReferralsPanel::refer()
{
    openDialog(
        new ReferralDialog(m_db, m_clock, m_session, m_record, ReferralDirection::Outgoing, this));
}

void ReferralsPanel::recordReceived()
{
    openDialog(
        new ReferralDialog(m_db, m_clock, m_session, m_record, ReferralDirection::Incoming, this));
}

void ReferralsPanel::recordAnswer()
{
    if (const Referral* r = current())
        openDialog(new ReferralAnswerDialog(m_db, m_clock, m_session, *r, this));
}

void ReferralsPanel::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

Status ReferralsPanel::writeForm(const QString& path) const
{
    const Referral* r = current();
    if (!r)
        return Error(Error::Code::NotFound, tr("Choose a referral first."));
    Result<Partner> partner = PartnerService(m_db, m_clock, m_session).find(r->partnerId);
    if (!partner)
        return partner.error();
    // The partner reads it in its language, whatever the window speaks.
    const LanguageScope scope(partner->language);
    Result<ReferralForm> form = ReferralService(m_db, m_clock, m_session).form(r->id);
    if (!form)
        return form.error();
    if (Status s = PdfDocumentWriter::write(path, form->title(), form->html()); !s)
        return s;
    // A form whose transfer cannot be logged does not leave.
    if (Status s =
            TransferService(m_db, m_clock, m_session)
                .recordReferral(TransferKind::ReferralForm, *r, *partner, m_record.caseNumber);
        !s) {
        QFile::remove(path);
        return s;
    }
    return {};
}

void ReferralsPanel::saveForm()
{
    const Referral* r = current();
    if (!r)
        return;
    const QString suggested =
        tr("Referral %1 to %2.pdf").arg(m_record.caseNumber, r->partnerName).simplified();
    const QString path = FileDialog::saveFileName(this, tr("Save the referral form as PDF"),
                                                  suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeForm(path); !s) {
        MessageBox::warning(this, tr("Referral form"), s.error().message());
        return;
    }
    MessageBox::information(this, tr("Referral form"),
                            tr("The referral form was saved to %1. It holds personal data: send "
                               "it to the organisation by a safe way and delete the copy when it "
                               "has arrived.")
                                .arg(path));
}

void ReferralsPanel::savePackage()
{
    const Referral* r = current();
    if (!r)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Save the referral package"),
        tr("Referral %1 to %2.amparo-referral").arg(m_record.caseNumber, r->partnerName),
        tr("Amparo referral packages (*.amparo-referral)"));
    if (path.isEmpty())
        return;
    if (Status s = ReferralPackageService(m_db, m_clock, m_session).write(r->id, path); !s) {
        MessageBox::warning(this, tr("Referral package"), s.error().message());
        return;
    }
    MessageBox::information(this, tr("Referral package"),
                            tr("The referral package was saved to %1. Only %2 can open it; send "
                               "it by any way, a lost copy reveals nothing.")
                                .arg(path, r->partnerName));
}

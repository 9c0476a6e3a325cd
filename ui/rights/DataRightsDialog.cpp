#include "ui/rights/DataRightsDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/ErasureService.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/FileDialog.h"
#include "ui/common/LanguageComboBox.h"
#include "ui/common/MessageBox.h"
#include "ui/render/PersonDataPdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QPushButton* actionButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}
} // namespace

DataRightsDialog::DataRightsDialog(const Database& db, const Clock& clock,
                                   const UserSession& session, const CaseRecord& record,
                                   QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_record(record)
{
    setObjectName(QStringLiteral("dataRightsDialog"));
    setWindowTitle(tr("A person's rights over their data — %1").arg(record.caseNumber));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("rightsPersonCombo"));
    for (const CaseMember& m : record.members)
        m_person->addItem(QStringLiteral("%1 (%2)").arg(m.person.fullName(),
                                                        relationshipCodes().label(m.relationship)),
                          m.person.id);
    m_receivedOn = new QDateEdit(clock.today(), this);
    m_receivedOn->setObjectName(QStringLiteral("rightsReceivedOnEdit"));
    m_receivedOn->setDisplayFormat(DateFormats::numericFormat());
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setMaximumDate(clock.today());
    m_identityCheck = new QLineEdit(this);
    m_identityCheck->setObjectName(QStringLiteral("rightsIdentityEdit"));
    m_identityCheck->setPlaceholderText(tr("for example: passport shown, compared with the photo"));
    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Person"), m_person, QStringLiteral("person"));
    m_errors.addRow(form, tr("Request received on"), m_receivedOn, QStringLiteral("receivedOn"));
    m_errors.addRow(form, tr("Identity checked by"), m_identityCheck,
                    QStringLiteral("identityCheck"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("rightsTabs"));
    m_tabs->addTab(accessPage(), tr("See their data"));
    m_tabs->addTab(correctionPage(), tr("Correct"));
    m_tabs->addTab(consentPage(), tr("Withdraw a consent"));
    m_tabs->addTab(erasurePage(), tr("Erase"));
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

QWidget* DataRightsDialog::accessPage()
{
    auto* page = new QWidget(this);
    m_language = new LanguageComboBox(page);
    m_language->setObjectName(QStringLiteral("rightsLanguageCombo"));
    auto* write =
        actionButton(tr("Write the copy (PDF)…"), QStringLiteral("rightsWriteCopyButton"), page);
    connect(write, &QPushButton::clicked, this, &DataRightsDialog::writeCopy);
    auto* form = new QFormLayout(page);
    form->addRow(explanation(tr("Everything Amparo holds about the person, to hand over once "
                                "their identity is checked: other members appear by their "
                                "relationship only. Read the case's notes in it before handing "
                                "it over."),
                             page));
    form->addRow(tr("In the person's language"), m_language);
    form->addRow(QString(), write);
    return page;
}

QWidget* DataRightsDialog::correctionPage()
{
    auto* page = new QWidget(this);
    m_whatIsWrong = new QPlainTextEdit(page);
    m_whatIsWrong->setObjectName(QStringLiteral("rightsWhatIsWrongEdit"));
    m_whatIsWrong->setTabChangesFocus(true);
    m_whatIsWrong->setPlaceholderText(tr("in the person's words"));
    auto* record =
        actionButton(tr("Record the request"), QStringLiteral("rightsCorrectButton"), page);
    connect(record, &QPushButton::clicked, this, &DataRightsDialog::recordCorrection);
    auto* form = new QFormLayout(page);
    form->addRow(explanation(tr("Make the correction in the case (it is recorded in the audit "
                                "trail there), then answer the request in Administration → "
                                "Requests about people's data: what was changed, or why not."),
                             page));
    m_errors.addRow(form, tr("What the person says is wrong"), m_whatIsWrong,
                    QStringLiteral("request"));
    form->addRow(QString(), record);
    return page;
}

QWidget* DataRightsDialog::consentPage()
{
    auto* page = new QWidget(this);
    m_registration = new QCheckBox(tr("Registration"), page);
    m_registration->setObjectName(QStringLiteral("rightsRegistrationCheck"));
    m_referral = new QCheckBox(tr("Referral to other organisations"), page);
    m_referral->setObjectName(QStringLiteral("rightsReferralCheck"));
    m_tracing = new QCheckBox(tr("Family tracing"), page);
    m_tracing->setObjectName(QStringLiteral("rightsTracingCheck"));
    auto* purposes = new QWidget(page);
    auto* column = new QVBoxLayout(purposes);
    column->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox* box : {m_registration, m_referral, m_tracing})
        column->addWidget(box);
    auto* withdraw = actionButton(tr("Withdraw"), QStringLiteral("rightsWithdrawButton"), page);
    connect(withdraw, &QPushButton::clicked, this, &DataRightsDialog::withdrawConsent);
    auto* form = new QFormLayout(page);
    form->addRow(explanation(tr("The consent is the family's, recorded with the case. Without "
                                "tracing consent the family leaves every search and matching "
                                "pass at once; without referral consent no referral is made "
                                "unless legal staff write why."),
                             page));
    m_errors.addRow(form, tr("Consent withdrawn for"), purposes, QStringLiteral("purposes"));
    form->addRow(QString(), withdraw);
    return page;
}

QWidget* DataRightsDialog::erasurePage()
{
    auto* page = new QWidget(this);
    m_ground = new QComboBox(page);
    m_ground->setObjectName(QStringLiteral("rightsGroundCombo"));
    for (ErasureGround g : erasureGroundCodes().values())
        m_ground->addItem(erasureGroundCodes().label(g), int(g));
    auto* erase = actionButton(tr("Erase…"), QStringLiteral("rightsEraseButton"), page);
    connect(erase, &QPushButton::clicked, this, &DataRightsDialog::erase);
    m_refusal = new QLineEdit(page);
    m_refusal->setObjectName(QStringLiteral("rightsRefusalEdit"));
    m_refusal->setPlaceholderText(tr("for example: legal hold while the appeal is pending"));
    auto* refuse =
        actionButton(tr("Record the refusal"), QStringLiteral("rightsRefuseButton"), page);
    connect(refuse, &QPushButton::clicked, this, &DataRightsDialog::refuseErasure);
    auto* form = new QFormLayout(page);
    form->addRow(explanation(
        tr("Erasure removes the person from every record, the search and the audit trail's "
           "details, for good; their family's records stay. A case with no other member goes "
           "whole. Counts already published stay as they are. Backups made before keep them "
           "until restored: a restore erases them again."),
        page));
    form->addRow(tr("Ground"), m_ground);
    form->addRow(QString(), erase);
    m_errors.addRow(form, tr("Or refuse, because"), m_refusal, QStringLiteral("answer"));
    form->addRow(QString(), refuse);
    return page;
}

DataRequestService::Received DataRightsDialog::received() const
{
    return {m_person->currentData().toLongLong(), m_receivedOn->date(), m_identityCheck->text()};
}

QString DataRightsDialog::personName() const
{
    return m_person->currentText();
}

void DataRightsDialog::clearErrors()
{
    m_errors.clear();
    m_error->clearError();
}

void DataRightsDialog::showError(const Error& error)
{
    m_errors.showError(error, m_error);
}

void DataRightsDialog::writeCopy()
{
    clearErrors();
    DataRequestService service(m_db, m_clock, m_session);
    if (Status s = service.check(received()); !s)
        return showError(s.error());
    const QString path = FileDialog::saveFileName(
        this, tr("Save the copy of the person's data"),
        QStringLiteral("%1-%2.pdf").arg(m_record.caseNumber).arg(m_person->currentIndex() + 1),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = PersonDataPdf::write(service, received(), m_language->language(), path); !s)
        return showError(s.error());
    MessageBox::information(this, windowTitle(),
                            tr("The copy was written to %1 and the request entered in the "
                               "register.")
                                .arg(path));
}

void DataRightsDialog::recordCorrection()
{
    clearErrors();
    Result<qint64> id = DataRequestService(m_db, m_clock, m_session)
                            .recordCorrection(received(), m_whatIsWrong->toPlainText());
    if (!id)
        return showError(id.error());
    m_whatIsWrong->clear();
    MessageBox::information(this, windowTitle(),
                            tr("Request %1 is in the register, waiting for its answer.").arg(*id));
}

void DataRightsDialog::withdrawConsent()
{
    clearErrors();
    QSet<QString> purposes;
    if (m_registration->isChecked())
        purposes.insert(QStringLiteral("registration"));
    if (m_referral->isChecked())
        purposes.insert(QStringLiteral("referral"));
    if (m_tracing->isChecked())
        purposes.insert(QStringLiteral("tracing"));
    Result<qint64> id =
        DataRequestService(m_db, m_clock, m_session).withdrawConsent(received(), purposes);
    if (!id)
        return showError(id.error());
    emit caseChanged(false);
    MessageBox::information(this, windowTitle(),
                            tr("The consent was withdrawn and the request entered in the "
                               "register."));
}

void DataRightsDialog::erase()
{
    clearErrors();
    if (MessageBox::askYesNo(this, windowTitle(),
                             tr("Erase %1 for good? Nothing of the person can be brought back, "
                                "and the case's audit trail keeps who did what, but no longer "
                                "what it was.")
                                 .arg(personName())) != MessageBox::Answer::Yes)
        return;
    ErasureService::Request request;
    request.personId = received().personId;
    request.ground = ErasureGround(m_ground->currentData().toInt());
    request.receivedOn = m_receivedOn->date();
    request.identityCheck = m_identityCheck->text();
    Result<ErasureService::Outcome> done = ErasureService(m_db, m_clock, m_session).erase(request);
    if (!done)
        return showError(done.error());
    const bool caseRemoved = done->casesRemoved > 0 && done->casesKept == 0;
    emit caseChanged(caseRemoved);
    QString message = caseRemoved
                          ? tr("The person was erased, and the case with them: they were its "
                               "only member.")
                          : tr("The person was erased; the rest of the family stays in the case.");
    if (!done->logEmptied)
        message += QLatin1Char(' ') + tr("Another Amparo window has the database open: the last "
                                         "traces go when it closes.");
    MessageBox::information(this, windowTitle(), message);
    accept();
}

void DataRightsDialog::refuseErasure()
{
    clearErrors();
    Result<qint64> id = ErasureService(m_db, m_clock, m_session)
                            .refuse(received().personId, m_receivedOn->date(),
                                    m_identityCheck->text(), m_refusal->text());
    if (!id)
        return showError(id.error());
    m_refusal->clear();
    MessageBox::information(this, windowTitle(),
                            tr("The refusal is in the register as request %1.").arg(*id));
}

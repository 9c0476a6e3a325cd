#include "ui/caseeditor/CaseEditor.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/security/AccessPolicy.h"
#include "core/security/CaseRedactor.h"
#include "core/services/CasePlanService.h"
#include "core/services/CaseService.h"
#include "core/services/CaseTransferService.h"
#include "core/services/CaseValidator.h"
#include "core/services/DeadlineService.h"
#include "core/services/IntakeCheck.h"
#include "ui/caseeditor/FamilyGroupModel.h"
#include "ui/caseeditor/MemberDialog.h"
#include "ui/caseeditor/PossibleDuplicatesDialog.h"
#include "ui/caseeditor/TransferCaseDialog.h"
#include "ui/common/CountryComboBox.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SiteComboBox.h"
#include "ui/incidents/IncidentsPanel.h"
#include "ui/legal/ProceduresPanel.h"
#include "ui/plan/CasePlanPanel.h"
#include "ui/referrals/ReferralsPanel.h"
#include "ui/rights/DataRightsDialog.h"
#include "ui/risk/RiskPanel.h"
#include "ui/risk/ScreeningDialog.h"
#include "ui/tracing/RelativesPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CaseEditor::CaseEditor(const Database& db, const Clock& clock, const UserSession& session,
                       QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_author(session.displayName)
    , m_editable(AccessPolicy::allows(session.role, Permission::EditCase))
{
    setObjectName(QStringLiteral("caseEditor"));
    auto* outer = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("editorErrorLabel"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fde7e9; color: #8a0015; padding: 6px; border: 1px solid #e8a1aa;"));
    m_banner->hide();
    outer->addWidget(m_banner);
    m_riskBanner = new QLabel(this);
    m_riskBanner->setObjectName(QStringLiteral("riskBannerLabel"));
    m_riskBanner->setWordWrap(true);
    m_riskBanner->setStyleSheet(
        QStringLiteral("background: %1; color: white; font-weight: bold; padding: 6px;")
            .arg(ErrorStyle::color()));
    m_riskBanner->hide();
    outer->addWidget(m_riskBanner);
    m_keptElsewhere = new QLabel(this);
    m_keptElsewhere->setObjectName(QStringLiteral("keptElsewhereLabel"));
    m_keptElsewhere->setWordWrap(true);
    m_keptElsewhere->setStyleSheet(QStringLiteral(
        "background: #e8f0fe; color: #0b3d91; padding: 6px; border: 1px solid #a8c1f0;"));
    m_keptElsewhere->hide();
    outer->addWidget(m_keptElsewhere);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    buildHeader(left, leftLayout);
    buildFamily(left, leftLayout);
    buildConsent(left, leftLayout);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    buildRisk(right, rightLayout);
    buildNotes(right, rightLayout);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("caseEditorPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(splitter, tr("Case and family"));
    m_relatives = new RelativesPanel(db, clock, session, m_pages);
    m_pages->addTab(m_relatives, tr("Relatives and tracing"));
    connect(m_relatives, &RelativesPanel::changed, this, [this] { emit saved(m_record.id); });
    connect(m_relatives, &RelativesPanel::openCaseRequested, this, &CaseEditor::openCaseRequested);
    connect(m_relatives, &RelativesPanel::showRequestRequested, this,
            &CaseEditor::showTracingRequestRequested);
    if (AccessPolicy::allows(session.role, Permission::ViewLegal)) {
        m_procedures = new ProceduresPanel(db, clock, session, m_pages);
        m_pages->addTab(m_procedures, tr("Legal procedures and deadlines"));
        connect(m_procedures, &ProceduresPanel::changed, this, [this] { emit saved(m_record.id); });
    }
    if (AccessPolicy::allows(session.role, Permission::Refer)) {
        m_referrals = new ReferralsPanel(db, clock, session, m_pages);
        m_pages->addTab(m_referrals, tr("Referrals"));
        connect(m_referrals, &ReferralsPanel::changed, this, [this] {
            if (m_procedures)
                m_procedures->setCase(m_record);
            emit saved(m_record.id);
        });
    }
    if (AccessPolicy::allows(session.role, Permission::PlanCases)) {
        m_plan = new CasePlanPanel(db, clock, session, m_pages);
        m_pages->addTab(m_plan, tr("Case plan"));
        connect(m_plan, &CasePlanPanel::changed, this, [this] { emit saved(m_record.id); });
    }
    if (AccessPolicy::allows(session.role, Permission::DocumentIncidents)) {
        m_incidents = new IncidentsPanel(db, clock, session, m_pages);
        m_pages->addTab(m_incidents, tr("What happened"));
        connect(m_incidents, &IncidentsPanel::changed, this, [this] { emit saved(m_record.id); });
    }
    outer->addWidget(m_pages, 1);

    auto* buttons = new QHBoxLayout;
    m_transfer = new QPushButton(tr("Hand to the office…"), this);
    m_transfer->setObjectName(QStringLiteral("transferCaseButton"));
    m_transfer->setToolTip(tr("The office keeps the case from then on; this post reads it."));
    m_transfer->hide();
    buttons->addWidget(m_transfer);
    m_rights = new QPushButton(tr("Data rights…"), this);
    m_rights->setObjectName(QStringLiteral("dataRightsButton"));
    m_rights->setToolTip(tr("A person of the case asks to see, correct or erase their data, or "
                            "withdraws a consent."));
    m_rights->hide();
    buttons->addWidget(m_rights);
    buttons->addStretch();
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveCaseButton"));
    m_save->setToolTip(tr("Save the case (Ctrl+S)"));
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeCaseButton"));
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    outer->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &CaseEditor::save);
    connect(m_transfer, &QPushButton::clicked, this, &CaseEditor::transferToOffice);
    connect(m_rights, &QPushButton::clicked, this, &CaseEditor::answerDataRights);
    connect(close, &QPushButton::clicked, this, &CaseEditor::closeRequested);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &CaseEditor::save);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CaseEditor::closeRequested);
    for (QLineEdit* edit : {m_caseworker, m_closureReason, m_consentRecordedBy})
        connect(edit, &QLineEdit::returnPressed, this, &CaseEditor::save);

    setTabOrder(m_site, m_registeredOn);
    setTabOrder(m_registeredOn, m_caseworker);
    setTabOrder(m_caseworker, m_status);
    setTabOrder(m_status, m_closureReason);
    setTabOrder(m_closureReason, m_familyView);
    applyEditable();
}

void CaseEditor::applyEditable()
{
    // What the role may not change is shown read-only; the services refuse it anyway.
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_site, m_registeredOn, m_caseworker, m_status, m_closureReason, m_consentRegistration,
             m_consentReferral, m_consentTracing, m_consentDate, m_consentRecordedBy, m_newNote,
             m_addNote, m_addMember, m_removeMember, m_save})
        w->setEnabled(m_editable && w->isEnabled());
    m_editMember->setText(m_editable ? tr("Edit…") : tr("View…"));
    const CaseRedactor::Withheld withheld = CaseRedactor::withheldFor(m_session.role);
    m_notesBox->setVisible(!withheld.notes);
    m_familyView->setColumnHidden(FamilyGroupModel::DocumentsColumn, withheld.documentsAndContact);
    m_withheld->setText(withheld.sentence());
    m_withheld->setVisible(withheld.any());
    m_consentBox->setVisible(m_editable);
}

void CaseEditor::buildHeader(QWidget* parent, QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Case"), parent);
    auto* form = new QFormLayout(box);
    m_caseNumber = new QLabel(box);
    m_caseNumber->setObjectName(QStringLiteral("caseNumberLabel"));
    m_caseNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_caseNumber->font();
    bold.setBold(true);
    m_caseNumber->setFont(bold);

    m_site = new SiteComboBox(m_db, m_clock, m_session, SiteComboBox::Value::Id, {}, box);
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_registeredOn = new QDateEdit(box);
    m_registeredOn->setObjectName(QStringLiteral("registeredOnEdit"));
    m_registeredOn->setDisplayFormat(DateFormats::numericFormat());
    m_registeredOn->setCalendarPopup(true);
    m_caseworker = new QLineEdit(box);
    m_caseworker->setObjectName(QStringLiteral("caseworkerEdit"));
    m_caseworker->setMaxLength(CaseValidator::MaxShortTextLength);
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (CaseStatus s : caseStatusCodes().values())
        m_status->addItem(caseStatusCodes().label(s), int(s));
    m_closureReason = new QLineEdit(box);
    m_closureReason->setObjectName(QStringLiteral("closureReasonEdit"));
    m_closureReason->setPlaceholderText(tr("why the case was closed or transferred"));
    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->addItem(tr("— choose when closing —"), -1);
    for (CaseOutcome o : caseOutcomeCodes().values())
        m_outcome->addItem(caseOutcomeCodes().label(o), int(o));
    m_returnBox = new QWidget(box);
    m_returnBox->setObjectName(QStringLiteral("voluntaryReturnBox"));
    auto* returnForm = new QFormLayout(m_returnBox);
    returnForm->setContentsMargins(0, 0, 0, 0);
    m_returnOn = new QDateEdit(m_returnBox);
    m_returnOn->setObjectName(QStringLiteral("returnOnEdit"));
    m_returnOn->setDisplayFormat(DateFormats::numericFormat());
    m_returnOn->setCalendarPopup(true);
    m_returnCountry = new CountryComboBox(CountryComboBox::Mode::Country, true, m_returnBox);
    m_returnCountry->setObjectName(QStringLiteral("returnCountryCombo"));
    m_returnPlace = new QLineEdit(m_returnBox);
    m_returnPlace->setObjectName(QStringLiteral("returnPlaceEdit"));
    m_returnPlace->setPlaceholderText(tr("town or region"));
    m_returnInformed = new QCheckBox(
        tr("The person decided to return freely, informed of the conditions there"), m_returnBox);
    m_returnInformed->setObjectName(QStringLiteral("returnInformedBox"));
    m_errors.addRow(returnForm, tr("Date of return"), m_returnOn,
                    QStringLiteral("voluntaryReturn/on"));
    m_errors.addRow(returnForm, tr("Returns to"), m_returnCountry,
                    QStringLiteral("voluntaryReturn/country"));
    m_errors.addRow(returnForm, tr("Place"), m_returnPlace,
                    QStringLiteral("voluntaryReturn/place"));
    m_errors.addRow(returnForm, QString(), m_returnInformed,
                    QStringLiteral("voluntaryReturn/informedDecision"));

    form->addRow(tr("Case number"), m_caseNumber);
    m_errors.addRow(form, tr("Site"), m_site, QStringLiteral("site"));
    m_errors.addRow(form, tr("Registered on"), m_registeredOn, QStringLiteral("registeredOn"));
    m_errors.addRow(form, tr("Caseworker"), m_caseworker, QStringLiteral("caseworker"));
    m_errors.addRow(form, tr("Status"), m_status, QStringLiteral("status"));
    m_errors.addRow(form, tr("Reason"), m_closureReason, QStringLiteral("closureReason"));
    m_statusForm = form;
    m_errors.addRow(form, tr("Outcome"), m_outcome, QStringLiteral("outcome"));
    // Its own labels say what it is: the row has none.
    m_errors.addRow(form, QString(), m_returnBox, QStringLiteral("voluntaryReturn"));
    layout->addWidget(box);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        updateStatusFields();
        updateDirty();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, &CaseEditor::updateDirty);
    connect(m_registeredOn, &QDateEdit::dateChanged, this, &CaseEditor::updateDirty);
    connect(m_caseworker, &QLineEdit::textEdited, this, &CaseEditor::updateDirty);
    connect(m_closureReason, &QLineEdit::textEdited, this, &CaseEditor::updateDirty);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        updateStatusFields();
        updateDirty();
    });
    connect(m_returnOn, &QDateEdit::dateChanged, this, &CaseEditor::updateDirty);
    connect(m_returnCountry, &QComboBox::currentIndexChanged, this, &CaseEditor::updateDirty);
    connect(m_returnPlace, &QLineEdit::textEdited, this, &CaseEditor::updateDirty);
    connect(m_returnInformed, &QCheckBox::toggled, this, &CaseEditor::updateDirty);
    updateStatusFields();
}

void CaseEditor::buildFamily(QWidget* parent, QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Family group"), parent);
    auto* boxLayout = new QVBoxLayout(box);
    m_family = new FamilyGroupModel(m_clock.today(), this);
    m_familyView = new QTableView(box);
    m_familyView->setObjectName(QStringLiteral("familyTable"));
    m_familyView->setModel(m_family);
    m_familyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_familyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_familyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_familyView->verticalHeader()->hide();
    m_familyView->horizontalHeader()->setStretchLastSection(true);
    m_familyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_familyView->horizontalHeader()->setSectionResizeMode(FamilyGroupModel::LocationColumn,
                                                           QHeaderView::Stretch);
    m_familyView->setWordWrap(false);
    boxLayout->addWidget(m_familyView);
    m_withheld = new QLabel(box);
    m_withheld->setObjectName(QStringLiteral("caseWithheldLabel"));
    m_withheld->setWordWrap(true);
    boxLayout->addWidget(m_withheld);
    auto* memberError = new FieldErrorLabel(box);
    boxLayout->addWidget(memberError);
    m_errors.add(QStringLiteral("members"), memberError, m_familyView);

    auto* buttons = new QHBoxLayout;
    m_addMember = new QPushButton(tr("Add member…"), box);
    m_addMember->setObjectName(QStringLiteral("addMemberButton"));
    m_editMember = new QPushButton(tr("Edit…"), box);
    m_editMember->setObjectName(QStringLiteral("editMemberButton"));
    m_removeMember = new QPushButton(tr("Remove"), box);
    m_removeMember->setObjectName(QStringLiteral("removeMemberButton"));
    buttons->addWidget(m_addMember);
    buttons->addWidget(m_editMember);
    buttons->addWidget(m_removeMember);
    buttons->addStretch();
    boxLayout->addLayout(buttons);
    layout->addWidget(box, 1);

    connect(m_addMember, &QPushButton::clicked, this, &CaseEditor::addMember);
    connect(m_editMember, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_familyView->currentIndex();
        editMember(current.isValid() ? current.row() : 0);
    });
    connect(m_removeMember, &QPushButton::clicked, this, &CaseEditor::removeMember);
    connect(m_familyView, &QTableView::activated, this,
            [this](const QModelIndex& index) { editMember(index.row()); });
}

void CaseEditor::buildConsent(QWidget* parent, QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Consent"), parent);
    m_consentBox = box;
    auto* form = new QFormLayout(box);
    m_consentRegistration = new QCheckBox(tr("to be registered"), box);
    m_consentRegistration->setObjectName(QStringLiteral("consentRegistrationCheck"));
    m_consentReferral =
        new QCheckBox(tr("to share data with partner organisations for referral"), box);
    m_consentReferral->setObjectName(QStringLiteral("consentReferralCheck"));
    m_consentTracing = new QCheckBox(tr("to be contacted for family tracing"), box);
    m_consentTracing->setObjectName(QStringLiteral("consentTracingCheck"));
    m_consentDate = new QDateEdit(box);
    m_consentDate->setObjectName(QStringLiteral("consentDateEdit"));
    m_consentDate->setDisplayFormat(DateFormats::numericFormat());
    m_consentDate->setCalendarPopup(true);
    m_consentRecordedBy = new QLineEdit(box);
    m_consentRecordedBy->setObjectName(QStringLiteral("consentRecordedByEdit"));
    auto* scopes = new QVBoxLayout;
    scopes->addWidget(m_consentRegistration);
    scopes->addWidget(m_consentReferral);
    scopes->addWidget(m_consentTracing);
    form->addRow(tr("The person agreed"), scopes);
    m_errors.addRow(form, tr("On"), m_consentDate, QStringLiteral("consent/givenOn"));
    m_errors.addRow(form, tr("Recorded by"), m_consentRecordedBy,
                    QStringLiteral("consent/recordedBy"));
    layout->addWidget(box);
    for (QCheckBox* c : {m_consentRegistration, m_consentReferral, m_consentTracing})
        connect(c, &QCheckBox::toggled, this, &CaseEditor::updateDirty);
    connect(m_consentDate, &QDateEdit::dateChanged, this, &CaseEditor::updateDirty);
    connect(m_consentRecordedBy, &QLineEdit::textEdited, this, &CaseEditor::updateDirty);
}

void CaseEditor::buildRisk(QWidget* parent, QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Heightened risk"), parent);
    auto* boxLayout = new QVBoxLayout(box);
    m_riskPanel = new RiskPanel(m_db, m_clock, m_session, box);
    boxLayout->addWidget(m_riskPanel);
    layout->addWidget(box);
    connect(m_riskPanel, &RiskPanel::bannerChanged, this, [this](const QString& text) {
        m_riskBanner->setText(text);
        m_riskBanner->setVisible(!text.isEmpty());
    });
    connect(m_riskPanel, &RiskPanel::screenRequested, this, &CaseEditor::screen);
    connect(m_riskPanel, &RiskPanel::actionsChanged, this, [this] { emit saved(m_record.id); });
}

void CaseEditor::showProcedures()
{
    if (m_procedures && m_procedures->isEnabled())
        m_pages->setCurrentWidget(m_procedures);
}

void CaseEditor::screen()
{
    // A screening is about the family group as saved.
    if (isDirty()) {
        if (MessageBox::askYesNo(this, tr("Screen for risk"),
                                 tr("The case has unsaved changes. Save them before screening?")) !=
            MessageBox::Answer::Yes)
            return;
        if (!save())
            return;
    }
    auto* dialog = new ScreeningDialog(m_db, m_clock, m_session, m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScreeningDialog::saved, this, [this] {
        m_riskPanel->refresh(m_record);
        emit saved(m_record.id);
    });
    dialog->open();
}

void CaseEditor::buildNotes(QWidget* parent, QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Notes"), parent);
    m_notesBox = box;
    auto* boxLayout = new QVBoxLayout(box);
    m_notes = new QListWidget(box);
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true);
    m_newNote = new QPlainTextEdit(box);
    m_newNote->setObjectName(QStringLiteral("newNoteEdit"));
    m_newNote->setAccessibleName(tr("New note"));
    m_newNote->setPlaceholderText(tr("Write a note; it is saved with the case."));
    m_newNote->setMaximumHeight(100);
    m_newNote->setTabChangesFocus(true);
    m_addNote = new QPushButton(tr("Add note"), box);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    auto* add = m_addNote;
    auto* noteError = new FieldErrorLabel(box);
    m_errors.add(QStringLiteral("notes"), noteError, m_newNote);
    boxLayout->addWidget(m_notes, 1);
    boxLayout->addWidget(m_newNote);
    boxLayout->addWidget(noteError);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(add);
    boxLayout->addLayout(addRow);
    layout->addWidget(box);
    connect(add, &QPushButton::clicked, this, &CaseEditor::addPendingNote);
    connect(m_newNote, &QPlainTextEdit::textChanged, this, &CaseEditor::updateDirty);
}

void CaseEditor::startNewCase(qint64 siteId)
{
    CaseRecord r;
    r.siteId = siteId;
    r.registeredOn = m_clock.today();
    r.caseworker = m_author;
    display(r);
    m_saved = record();
    addMember();
}

bool CaseEditor::loadCase(qint64 caseId)
{
    Result<CaseRecord> loaded = CaseService(m_db, m_clock, m_session).open(caseId);
    if (!loaded) {
        MessageBox::warning(this, tr("Case"), loaded.error().message());
        return false;
    }
    // A case another site keeps is read here: its changes arrive in that site's packages.
    Result<QString> owner = CaseService(m_db, m_clock, m_session).keptElsewhere(caseId);
    if (!owner) {
        MessageBox::warning(this, tr("Case"), owner.error().message());
        return false;
    }
    if (!owner->isEmpty()) {
        m_editable = false;
        m_keptElsewhere->setText(
            tr("This case is kept by the site %1: it is changed there, and its changes arrive "
               "here in that site's packages. You can read it here.")
                .arg(*owner));
        m_keptElsewhere->show();
        applyEditable();
        m_riskPanel->setReadOnly();
        if (m_procedures)
            m_procedures->setReadOnly();
        if (m_referrals)
            m_referrals->setReadOnly();
        if (m_plan)
            m_plan->setReadOnly();
        if (m_incidents)
            m_incidents->setReadOnly();
    }
    Result<QString> office = CaseTransferService(m_db, m_clock, m_session).office();
    m_transfer->setVisible(m_editable && office && !office->isEmpty());
    m_rights->setVisible(m_editable &&
                         AccessPolicy::allows(m_session.role, Permission::AnswerDataRequests));
    display(*loaded);
    m_saved = record();
    updateDirty();
    return true;
}

void CaseEditor::display(const CaseRecord& r)
{
    m_record = r;
    m_memberErrors.clear();
    m_caseNumber->setText(r.caseNumber.isEmpty() ? tr("(assigned when saved)") : r.caseNumber);
    const int site = m_site->findData(r.siteId);
    m_site->setCurrentIndex(site >= 0 ? site : 0);
    m_site->setEnabled(m_editable && r.id == 0); // the number carries the site: fixed once saved
    m_registeredOn->setDate(r.registeredOn.isValid() ? r.registeredOn : m_clock.today());
    m_caseworker->setText(r.caseworker);
    m_status->setCurrentIndex(m_status->findData(int(r.status)));
    m_closureReason->setText(r.closureReason);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(r.outcome ? int(*r.outcome) : -1)));
    m_returnOn->setDate(r.voluntaryReturn.on.isValid() ? r.voluntaryReturn.on : m_clock.today());
    m_returnCountry->setCode(r.voluntaryReturn.on.isValid() ? r.voluntaryReturn.country
                                                            : QStringLiteral("VEN"));
    m_returnPlace->setText(r.voluntaryReturn.place);
    m_returnInformed->setChecked(r.voluntaryReturn.informedDecision);
    m_family->setMembers(r.members);
    const Consent c = r.consent.value_or(Consent{});
    m_consentRegistration->setChecked(c.registration);
    m_consentReferral->setChecked(c.referral);
    m_consentTracing->setChecked(c.tracingContact);
    m_consentDate->setDate(c.givenOn.isValid() ? c.givenOn : m_clock.today());
    m_consentRecordedBy->setText(r.consent ? c.recordedBy : m_author);
    m_newNote->clear();
    showNotes();
    updateStatusFields();
    clearErrors();
    m_riskPanel->refresh(r);
    // Relatives and procedures hang on a saved case.
    for (QWidget* page : {static_cast<QWidget*>(m_relatives), static_cast<QWidget*>(m_procedures),
                          static_cast<QWidget*>(m_referrals), static_cast<QWidget*>(m_plan),
                          static_cast<QWidget*>(m_incidents)}) {
        if (!page)
            continue;
        const int index = m_pages->indexOf(page);
        m_pages->setTabEnabled(index, r.id > 0);
        m_pages->setTabToolTip(index, r.id > 0 ? QString() : tr("Save the case first."));
    }
    if (r.id > 0) {
        m_relatives->setCase(r);
        if (m_procedures)
            m_procedures->setCase(r);
        if (m_referrals)
            m_referrals->setCase(r);
        if (m_plan)
            m_plan->setCase(r);
        if (m_incidents)
            m_incidents->setCase(r);
    }
    emit titleChanged(title());
}

void CaseEditor::showNotes()
{
    m_notes->clear();
    for (const CaseNote& n : std::as_const(m_record.notes)) {
        const QString when = n.writtenAt.isValid() ? DateFormats::numeric(n.writtenAt) : QString();
        QString text = QStringLiteral("%1 — %2\n%3").arg(when, n.author, n.text);
        if (n.id == 0)
            text = tr("Not saved yet: %1").arg(text);
        auto* item = new QListWidgetItem(text, m_notes);
        if (n.id == 0) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
    }
    m_notes->scrollToBottom();
}

QString CaseEditor::title() const
{
    const Person* principal = m_record.principal();
    QString name = principal ? principal->fullName() : QString();
    QString t = m_record.caseNumber.isEmpty() ? tr("New case") : m_record.caseNumber;
    if (!name.isEmpty())
        t += QStringLiteral(" · ") + name;
    return t;
}

CaseRecord CaseEditor::record() const
{
    CaseRecord r = m_record;
    r.siteId = m_site->currentData().toLongLong();
    r.registeredOn = m_registeredOn->date();
    r.caseworker = m_caseworker->text().simplified();
    r.status = CaseStatus(m_status->currentData().toInt());
    r.closureReason =
        r.status == CaseStatus::Open ? QString() : m_closureReason->text().simplified();
    const int outcome = m_outcome->currentData().toInt();
    r.outcome = r.status == CaseStatus::Closed && outcome >= 0
                    ? std::optional<CaseOutcome>(CaseOutcome(outcome))
                    : std::nullopt;
    r.voluntaryReturn =
        r.outcome == CaseOutcome::VoluntaryReturn
            ? VoluntaryReturn{m_returnOn->date(), m_returnCountry->code(),
                              m_returnPlace->text().simplified(), m_returnInformed->isChecked()}
            : VoluntaryReturn{};
    r.members = m_family->members();
    const bool anyScope = m_consentRegistration->isChecked() || m_consentReferral->isChecked() ||
                          m_consentTracing->isChecked();
    if (anyScope || m_record.consent) {
        r.consent = Consent{m_consentDate->date(), m_consentRecordedBy->text().simplified(),
                            m_consentRegistration->isChecked(), m_consentReferral->isChecked(),
                            m_consentTracing->isChecked()};
    } else {
        r.consent.reset();
    }
    return r;
}

bool CaseEditor::isDirty() const
{
    if (m_removed)
        return false;
    return record() != m_saved || !m_newNote->toPlainText().trimmed().isEmpty();
}

void CaseEditor::transferToOffice()
{
    if (isDirty()) {
        MessageBox::information(this, tr("Case"),
                                tr("Save or undo your changes first: the case goes to the office "
                                   "as it is saved."));
        return;
    }
    Result<QString> office = CaseTransferService(m_db, m_clock, m_session).office();
    if (!office || office->isEmpty()) {
        MessageBox::warning(this, tr("Case"),
                            office ? tr("This database has no office to hand cases to.")
                                   : office.error().message());
        return;
    }
    auto* dialog = new TransferCaseDialog(m_db, m_clock, m_session, m_record.id,
                                          m_record.caseNumber, *office, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        loadCase(m_record.id);
        emit saved(m_record.id);
    });
    dialog->open();
}

void CaseEditor::answerDataRights()
{
    if (isDirty()) {
        MessageBox::information(this, tr("Case"),
                                tr("Save or undo your changes first: a person's request is "
                                   "answered from the case as it is saved."));
        return;
    }
    auto* dialog = new DataRightsDialog(m_db, m_clock, m_session, m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DataRightsDialog::caseChanged, this, [this](bool caseRemoved) {
        emit saved(m_record.id);
        if (caseRemoved) {
            // Nothing is left to show or to save.
            m_removed = true;
            emit closeRequested();
            return;
        }
        loadCase(m_record.id);
    });
    dialog->open();
}

void CaseEditor::updateDirty()
{
    emit titleChanged(isDirty() ? title() + QStringLiteral(" *") : title());
}

void CaseEditor::updateStatusFields()
{
    const CaseStatus status = CaseStatus(m_status->currentData().toInt());
    m_closureReason->setEnabled(m_editable && status != CaseStatus::Open);
    m_outcome->setEnabled(m_editable);
    const bool closed = status == CaseStatus::Closed;
    const bool returning =
        closed && m_outcome->currentData().toInt() == int(CaseOutcome::VoluntaryReturn);
    // Rows that only a closed case needs take no room on an open one's screen.
    m_statusForm->setRowVisible(m_outcome->parentWidget(), closed);
    m_statusForm->setRowVisible(m_returnBox->parentWidget(), returning);
    m_returnBox->setEnabled(m_editable);
}

void CaseEditor::addPendingNote()
{
    const QString text = m_newNote->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    m_record.notes.append(CaseNote{0, m_clock.now(), m_author, text});
    m_newNote->clear();
    showNotes();
    updateDirty();
}

bool CaseEditor::save()
{
    addPendingNote();
    clearErrors();
    if (!m_editable)
        return false;
    if (!confirmClosingWithOpenWork())
        return false;
    m_checkedNewPersons.clear();
    m_newPersonReasons.clear();
    return checkNewPersonsThenSave();
}

bool CaseEditor::checkNewPersonsThenSave()
{
    const CaseRecord r = record();
    if (AccessPolicy::allows(m_session.role, Permission::CreateCase)) {
        // What would refuse the case is said first; then who may be registered already.
        if (Status s = CaseService(m_db, m_clock, m_session).checkSavable(r); !s) {
            showError(s.error());
            return false;
        }
        QSet<qint64> inThisCase;
        for (const CaseMember& m : r.members) {
            if (m.person.id != 0)
                inThisCase.insert(m.person.id);
        }
        const IntakeCheck check(m_db, m_clock, m_session);
        for (int i = 0; i < r.members.size(); ++i) {
            const Person& person = r.members[i].person;
            if (person.id != 0 || m_checkedNewPersons.contains(i))
                continue;
            Result<QList<PossibleDuplicate>> found = check.check(person, inThisCase);
            if (!found) {
                showError(found.error());
                return false;
            }
            if (!found->isEmpty()) {
                askAboutPossibleDuplicates(i, *found);
                return false;
            }
            m_checkedNewPersons.insert(i);
        }
    }
    return saveChecked();
}

void CaseEditor::askAboutPossibleDuplicates(int row, const QList<PossibleDuplicate>& found)
{
    const Person person = m_family->members().value(row).person;
    auto* dialog =
        new PossibleDuplicatesDialog(person.fullName(), found, row > 0 || m_record.id != 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        switch (dialog->choice()) {
        case PossibleDuplicatesDialog::Choice::OpenCase:
            // This case stays as typed, unsaved, beside the one opened.
            emit openCaseRequested(dialog->chosen().caseId);
            return;
        case PossibleDuplicatesDialog::Choice::UseRegistered: {
            Result<Person> registered =
                IntakeCheck(m_db, m_clock, m_session).registered(dialog->chosen().personId);
            if (!registered) {
                showError(registered.error());
                return;
            }
            QList<CaseMember> members = m_family->members();
            if (row >= members.size())
                return;
            members[row].person = *registered;
            m_record.members = members;
            m_family->setMembers(members);
            emit titleChanged(title());
            updateDirty();
            break;
        }
        case PossibleDuplicatesDialog::Choice::NewPerson:
            m_checkedNewPersons.insert(row);
            m_newPersonReasons.append(QStringLiteral("%1: %2").arg(
                m_family->members().value(row).person.fullName(), dialog->reason()));
            break;
        }
        checkNewPersonsThenSave();
    });
    dialog->open();
}

bool CaseEditor::saveChecked()
{
    Result<CaseRecord> result = CaseService(m_db, m_clock, m_session)
                                    .save(record(), m_newPersonReasons.join(QStringLiteral("; ")));
    if (!result) {
        showError(result.error());
        return false;
    }
    display(*result);
    m_saved = record();
    updateDirty();
    emit saved(m_record.id);
    return true;
}

bool CaseEditor::confirmClosingWithOpenWork()
{
    const CaseStatus status = CaseStatus(m_status->currentData().toInt());
    if (m_record.id == 0 || status == CaseStatus::Open || m_saved.status != CaseStatus::Open)
        return true;
    QStringList open;
    if (AccessPolicy::allows(m_session.role, Permission::ViewLegal)) {
        Result<QList<DeadlineRow>> deadlines =
            DeadlineService(m_db, m_clock, m_session).forCase(m_record.id, false);
        if (!deadlines) {
            MessageBox::warning(this, tr("Case"), deadlines.error().message());
            return false;
        }
        if (!deadlines->isEmpty())
            open.append(
                tr("%n open deadline(s) (the next: “%1” on %2)", nullptr, int(deadlines->size()))
                    .arg(DeadlineService::describe(deadlines->constFirst()),
                         DateFormats::numeric(deadlines->constFirst().deadline.dueOn)));
    }
    if (AccessPolicy::allows(m_session.role, Permission::PlanCases)) {
        Result<CasePlan> plan = CasePlanService(m_db, m_clock, m_session).plan(m_record.id);
        if (!plan) {
            MessageBox::warning(this, tr("Case"), plan.error().message());
            return false;
        }
        // Open steps come first, the soonest due first.
        const auto steps = std::count_if(plan->steps.cbegin(), plan->steps.cend(),
                                         [](const PlanStep& s) { return s.isOpen(); });
        if (steps > 0)
            open.append(
                tr("%n open step(s) in its plan (the next: “%1” on %2)", nullptr, int(steps))
                    .arg(plan->steps.constFirst().description,
                         DateFormats::numeric(plan->steps.constFirst().dueOn)));
    }
    if (open.isEmpty())
        return true;
    return MessageBox::askYesNo(this, tr("Close the case"),
                                tr("This case still has %1. Close it anyway? What is open stays "
                                   "open until marked done; a closed case's steps no longer show "
                                   "as overdue.")
                                    .arg(open.join(tr(" and ")))) == MessageBox::Answer::Yes;
}

void CaseEditor::clearErrors()
{
    m_errors.clear();
    m_banner->hide();
    m_memberErrors.clear();
    m_family->setProblemRows({});
}

void CaseEditor::showError(const Error& error)
{
    // Member errors go with their member; the rest next to the case's own fields.
    QList<FieldError> caseErrors;
    QStringList memberLines;
    for (const FieldError& e : error.fieldErrors()) {
        if (e.field.startsWith(QLatin1String("members/"))) {
            bool ok = false;
            const int row = e.field.section(QLatin1Char('/'), 1, 1).toInt(&ok);
            if (ok && row < m_family->members().size()) {
                m_memberErrors[row].append({e.field.section(QLatin1Char('/'), 2), e.message});
                memberLines.append(QStringLiteral("%1: %2").arg(
                    m_family->members()[row].person.fullName(), e.message));
                continue;
            }
        }
        caseErrors.append(e);
    }
    const QList<FieldError> unplaced = m_errors.show(caseErrors);
    QStringList lines;
    if (error.fieldErrors().isEmpty())
        lines.append(error.message());
    for (const FieldError& e : unplaced)
        lines.append(e.message);
    if (!memberLines.isEmpty()) {
        lines.append(tr("Open the marked family member to correct:"));
        lines += memberLines;
    }
    if (!lines.isEmpty() || !caseErrors.isEmpty()) {
        if (lines.isEmpty())
            lines.append(error.message());
        m_banner->setText(lines.join(QLatin1Char('\n')));
        m_banner->show();
    }
    QSet<int> rows;
    for (auto it = m_memberErrors.cbegin(); it != m_memberErrors.cend(); ++it)
        rows.insert(it.key());
    m_family->setProblemRows(rows);
    if (QWidget* w = m_errors.firstEditorWithError())
        w->setFocus();
}

void CaseEditor::addMember()
{
    const bool principal = m_family->members().isEmpty();
    CaseMember blank;
    blank.relationship = principal ? Relationship::Principal : Relationship::Child;
    if (!principal) {
        // Family members usually share nationality and whereabouts with the principal.
        const Person& p = m_family->members().constFirst().person;
        blank.person.nationalities = p.nationalities;
        blank.person.location = p.location;
        blank.person.familyName1 = p.familyName1;
    }
    auto* dialog = new MemberDialog(
        m_clock, blank,
        principal ? std::nullopt : std::optional<Person>(m_family->members().constFirst().person),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QList<CaseMember> members = m_family->members();
        members.append(dialog->member());
        m_record.members = members;
        m_family->setMembers(members);
        emit titleChanged(title());
        updateDirty();
    });
    dialog->open();
}

void CaseEditor::editMember(int row)
{
    if (row < 0 || row >= m_family->members().size())
        return;
    const CaseMember current = m_family->members()[row];
    auto* dialog = new MemberDialog(
        m_clock, current,
        row == 0 ? std::nullopt : std::optional<Person>(m_family->members().constFirst().person),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_editable)
        dialog->setReadOnly(CaseRedactor::withheldFor(m_session.role));
    if (m_memberErrors.contains(row))
        dialog->showErrors(m_memberErrors.value(row));
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        QList<CaseMember> members = m_family->members();
        if (row >= members.size())
            return;
        members[row] = dialog->member();
        m_record.members = members;
        m_memberErrors.remove(row);
        m_family->setMembers(members);
        QSet<int> rows;
        for (auto it = m_memberErrors.cbegin(); it != m_memberErrors.cend(); ++it)
            rows.insert(it.key());
        m_family->setProblemRows(rows);
        emit titleChanged(title());
        updateDirty();
    });
    dialog->open();
}

void CaseEditor::removeMember()
{
    const QModelIndex current = m_familyView->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    if (row == 0) {
        MessageBox::information(this, tr("Family group"),
                                tr("The principal person cannot be removed from the case."));
        return;
    }
    const QString name = m_family->members()[row].person.fullName();
    if (MessageBox::askYesNo(this, tr("Remove member"),
                             tr("Remove %1 from this family group? The change is written when "
                                "you save the case.")
                                 .arg(name)) != MessageBox::Answer::Yes)
        return;
    QList<CaseMember> members = m_family->members();
    members.removeAt(row);
    m_record.members = members;
    m_memberErrors.clear();
    m_family->setMembers(members);
    updateDirty();
}

bool CaseEditor::confirmClose()
{
    if (!isDirty())
        return true;
    const QString name = title();
    switch (MessageBox::askUnsavedChanges(
        this,
        tr("The case “%1” has changes that are not saved. Save them before closing?").arg(name))) {
    case MessageBox::Answer::Save:
        return save();
    case MessageBox::Answer::Discard:
        return true;
    default:
        return false;
    }
}

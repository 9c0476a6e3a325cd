#include "ui/referrals/PartnersDialog.h"

#include "core/common/Translations.h"
#include "core/crypto/SiteCard.h"
#include "core/domain/Referral.h"
#include "core/services/PartnerService.h"
#include "ui/common/CheckableCodeList.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PartnersDialog::PartnersDialog(const Database& db, const Clock& clock, const UserSession& session,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("partnersDialog"));
    setWindowTitle(tr("Partner organisations"));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("partnersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Organisation"), tr("Services"), tr("Uses Amparo"), tr("In the directory")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("partnerNameEdit"));
    m_services = new CheckableCodeList(this);
    m_services->setObjectName(QStringLiteral("partnerServicesList"));
    m_services->setAccessibleName(tr("Services offered"));
    for (ReferralServiceType s : referralServiceCodes().values())
        m_services->addCode(referralServiceCodes().code(s), referralServiceCodes().label(s));
    m_areas = new QLineEdit(this);
    m_areas->setObjectName(QStringLiteral("partnerAreasEdit"));
    m_areas->setPlaceholderText(tr("towns, departments or sites it serves"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("partnerContactEdit"));
    m_contact->setPlaceholderText(tr("a person, phone or e-mail for referrals"));
    m_agreement = new QLineEdit(this);
    m_agreement->setObjectName(QStringLiteral("partnerAgreementEdit"));
    m_agreement->setPlaceholderText(tr("its title, number or date; empty if none was signed"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("partnerLanguageCombo"));
    for (const QString& language : Translations::available())
        m_language->addItem(Translations::nativeName(language), language);
    m_cardLabel = new QLabel(this);
    m_cardLabel->setObjectName(QStringLiteral("partnerCardLabel"));
    m_cardLabel->setWordWrap(true);
    auto* loadCard = new QPushButton(tr("Load its site card…"), this);
    loadCard->setObjectName(QStringLiteral("loadPartnerCardButton"));
    auto* clearCard = new QPushButton(tr("Remove the card"), this);
    auto* cardRow = new QHBoxLayout;
    cardRow->addWidget(m_cardLabel, 1);
    cardRow->addWidget(loadCard);
    cardRow->addWidget(clearCard);
    auto* cardBox = new QWidget(this);
    cardBox->setLayout(cardRow);
    cardRow->setContentsMargins(0, 0, 0, 0);
    m_active = new QCheckBox(tr("In the directory (untick to stop new referrals to it)"), this);
    m_active->setObjectName(QStringLiteral("partnerActiveBox"));

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Name"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("Services offered"), m_services, QStringLiteral("services"));
    m_errors.addRow(form, tr("Areas served"), m_areas, QStringLiteral("areas"));
    m_errors.addRow(form, tr("Contact"), m_contact, QStringLiteral("contact"));
    m_errors.addRow(form, tr("Data-sharing agreement"), m_agreement, QStringLiteral("agreement"));
    m_errors.addRow(form, tr("Language of its forms"), m_language, QStringLiteral("language"));
    m_errors.addRow(form, tr("Uses Amparo"), cardBox, QStringLiteral("siteCard"));
    form->addRow(QString(), m_active);
    m_error = new FieldErrorLabel(this);

    auto* newButton = new QPushButton(tr("New partner"), this);
    newButton->setObjectName(QStringLiteral("newPartnerButton"));
    auto* save = new QPushButton(tr("Save partner"), this);
    save->setObjectName(QStringLiteral("savePartnerButton"));
    save->setDefault(true);
    auto* importButton = new QPushButton(tr("Import from a spreadsheet…"), this);
    importButton->setObjectName(QStringLiteral("importPartnersButton"));
    importButton->setToolTip(tr("A CSV or Excel sheet with a column for the name and one for the "
                                "services; areas, contact, language and agreement if you have them."));
    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(newButton);
    editButtons->addWidget(importButton);
    editButtons->addStretch();
    editButtons->addWidget(save);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_error);
    right->addLayout(editButtons);
    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 3);
    body->addLayout(right, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The organisations persons are referred to or come from. A "
                                    "referral form is written in the organisation's language; "
                                    "to one that uses Amparo, a referral can also travel as an "
                                    "encrypted package sealed for its site card."),
                                 this));
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(1000, 560);

    connect(newButton, &QPushButton::clicked, this, &PartnersDialog::startNew);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialog::openFileName(this, tr("Import partner organisations"),
                                     tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
        if (!path.isEmpty())
            importSheet(path);
    });
    connect(save, &QPushButton::clicked, this, &PartnersDialog::saveForm);
    connect(loadCard, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("The partner's site card"), tr("Site cards (*.card *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadSiteCard(path);
    });
    connect(clearCard, &QPushButton::clicked, this, [this] {
        m_siteCard.clear();
        m_cardLabel->setText(tr("No: its referrals go on paper or PDF."));
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_partners.size())
            showPartner(m_partners[row]);
    });
    reload(0);
    startNew();
}

void PartnersDialog::reload(qint64 selectId)
{
    Result<QList<Partner>> partners = PartnerService(m_db, m_clock, m_session).list(true);
    if (!partners) {
        m_error->showError(partners.error().message());
        return;
    }
    m_partners = *partners;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const Partner& p : std::as_const(m_partners)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList services = referralServiceCodes().labelsOf(p.services);
        m_table->setItem(row, 0, new QTableWidgetItem(p.name));
        m_table->setItem(row, 1, new QTableWidgetItem(services.join(QStringLiteral(", "))));
        m_table->setItem(row, 2, new QTableWidgetItem(p.usesAmparo() ? tr("yes") : QString()));
        m_table->setItem(row, 3, new QTableWidgetItem(p.active ? tr("yes") : tr("no")));
        if (p.id == selectId)
            m_table->selectRow(row);
    }
}

void PartnersDialog::showPartner(const Partner& p)
{
    m_errors.clear();
    m_error->clearError();
    m_editingId = p.id;
    m_name->setText(p.name);
    m_services->setCheckedCodes(p.services);
    m_areas->setText(p.areas);
    m_contact->setText(p.contact);
    m_agreement->setText(p.agreement);
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_siteCard = p.siteCard;
    const Result<SiteCard> card = SiteCard::parse(p.siteCard.toUtf8());
    m_cardLabel->setText(
        card ? tr("Yes: site %1, fingerprint %2").arg(card->code, card->fingerprint())
             : tr("No: its referrals go on paper or PDF."));
    m_active->setChecked(p.active);
}

void PartnersDialog::startNew()
{
    m_table->clearSelection();
    showPartner(Partner{});
    m_name->setFocus();
}

void PartnersDialog::loadSiteCard(const QString& path)
{
    Result<QByteArray> file = SiteCard::readFile(path);
    Result<SiteCard> card = file ? SiteCard::parse(*file) : Result<SiteCard>(file.error());
    if (!card) {
        m_error->showError(card.error().message());
        return;
    }
    m_siteCard = QString::fromUtf8(card->toFile());
    m_cardLabel->setText(tr("Yes: site %1, fingerprint %2 — read it to the organisation to be "
                            "sure the card was not swapped on the way.")
                             .arg(card->code, card->fingerprint()));
}

bool PartnersDialog::saveForm()
{
    m_errors.clear();
    m_error->clearError();
    Partner p;
    p.id = m_editingId;
    p.name = m_name->text();
    p.services = m_services->checkedCodes();
    p.areas = m_areas->text();
    p.contact = m_contact->text();
    p.agreement = m_agreement->text();
    p.language = m_language->currentData().toString();
    p.siteCard = m_siteCard;
    p.active = m_active->isChecked();
    Result<Partner> saved = PartnerService(m_db, m_clock, m_session).save(p);
    if (!saved) {
        m_errors.showError(saved.error(), m_error);
        return false;
    }
    reload(saved->id);
    m_editingId = saved->id;
    return true;
}

void PartnersDialog::importSheet(const QString& path)
{
    Result<PartnerService::Imported> imported =
        PartnerService(m_db, m_clock, m_session).importSheet(path);
    if (!imported) {
        MessageBox::warning(this, tr("Import partner organisations"), imported.error().message());
        return;
    }
    reload(0);
    MessageBox::information(this, tr("Import partner organisations"),
                            tr("%n organisation(s) added, %1 updated.", nullptr, imported->added)
                                .arg(imported->updated));
}

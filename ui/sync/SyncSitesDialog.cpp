#include "ui/sync/SyncSitesDialog.h"

#include "core/services/SyncSetupService.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SyncSitesDialog::SyncSitesDialog(const Database& db, const Clock& clock, const UserSession& session,
                                 QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_newSite(new QGroupBox(tr("Make this database a site"), this))
    , m_code(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_own(new QLabel(this))
    , m_saveCard(new QPushButton(tr("&Save this site's card…"), this))
    , m_register(new QPushButton(tr("&Register a site's card…"), this))
    , m_sites(new QTableWidget(0, 5, this))
    , m_officeServerBox(new QGroupBox(tr("The office's server"), this))
    , m_officeServer(new QLineEdit(this))
    , m_officeServerError(new FieldErrorLabel(this))
{
    setObjectName(QStringLiteral("syncSitesDialog"));
    setWindowTitle(tr("Field posts and office"));
    m_code->setObjectName(QStringLiteral("siteCodeEdit"));
    m_code->setPlaceholderText(tr("for example CUC or PASTO-2"));
    m_code->setMaxLength(16);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->addItem(tr("A field post that sends to an office"), int(SyncRole::Post));
    m_role->addItem(tr("The office its field posts send to"), int(SyncRole::Office));
    auto* become = new QPushButton(tr("&Make this database a site"), this);
    become->setObjectName(QStringLiteral("becomeSiteButton"));
    auto* form = new QFormLayout(m_newSite);
    form->addRow(new QLabel(tr("A database exchanges packages once it is a site: give it the "
                               "code its office knows it by. This is done once."),
                            this));
    form->addRow(tr("Site &code:"), m_code);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(become);
    m_own->setObjectName(QStringLiteral("ownSiteLabel"));
    m_own->setWordWrap(true);
    m_own->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveCard->setObjectName(QStringLiteral("saveCardButton"));
    m_register->setObjectName(QStringLiteral("registerCardButton"));
    m_sites->setObjectName(QStringLiteral("syncSitesTable"));
    m_sites->setHorizontalHeaderLabels({tr("Site"), tr("Role"), tr("Fingerprint"),
                                        tr("Last package received"), tr("Last package sent")});
    m_sites->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sites->horizontalHeader()->setStretchLastSection(true);
    m_sites->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sites->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sites->verticalHeader()->hide();
    m_officeServerBox->setObjectName(QStringLiteral("officeServerBox"));
    m_officeServer->setObjectName(QStringLiteral("officeServerEdit"));
    m_officeServer->setPlaceholderText(tr("for example postgresql://office-server/amparo"));
    auto* saveServer = new QPushButton(tr("Sa&ve the location"), this);
    saveServer->setObjectName(QStringLiteral("saveOfficeServerButton"));
    auto* serverForm = new QFormLayout(m_officeServerBox);
    auto* serverNote = new QLabel(tr("When this post can reach its office's server, File → "
                                     "Exchange packages through the server leaves its package "
                                     "there and collects the office's answer, without a file. "
                                     "Write the location the office's administrator gives you; "
                                     "leave it empty to exchange files only."),
                                  this);
    serverNote->setWordWrap(true);
    serverForm->addRow(serverNote);
    m_errors.addRow(serverForm, tr("&Location:"), m_officeServer, QStringLiteral("location"));
    serverForm->addRow(m_officeServerError);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(saveServer);
    saveRow->addStretch();
    serverForm->addRow(saveRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_newSite);
    layout->addWidget(m_own);
    layout->addWidget(m_saveCard, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Sites this database exchanges packages with:"), this));
    layout->addWidget(m_sites, 1);
    layout->addWidget(m_register, 0, Qt::AlignLeft);
    layout->addWidget(m_officeServerBox);
    layout->addWidget(buttons);
    connect(become, &QPushButton::clicked, this, &SyncSitesDialog::becomeSite);
    connect(m_saveCard, &QPushButton::clicked, this, &SyncSitesDialog::saveCard);
    connect(m_register, &QPushButton::clicked, this, &SyncSitesDialog::registerCard);
    connect(saveServer, &QPushButton::clicked, this, &SyncSitesDialog::saveOfficeServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 600);
    refresh();
}

void SyncSitesDialog::refresh()
{
    SyncSetupService setup(m_db, m_clock, m_session);
    Result<std::optional<SyncSetupService::Own>> own = setup.own();
    if (!own) {
        MessageBox::warning(this, windowTitle(), own.error().message());
        return;
    }
    const bool isSite = own->has_value();
    m_newSite->setVisible(!isSite);
    m_own->setVisible(isSite);
    m_saveCard->setVisible(isSite);
    m_register->setEnabled(isSite);
    m_officeServerBox->setVisible(isSite && (*own)->role == SyncRole::Post);
    if (m_officeServerBox->isVisible()) {
        Result<QString> location = setup.officeServer();
        if (location)
            m_officeServer->setText(*location);
    }
    if (isSite) {
        const SyncSetupService::Own& o = **own;
        m_own->setText(tr("This database is the site <b>%1</b> (%2).<br>Fingerprint of its card: "
                          "<b>%3</b>")
                           .arg(o.card.code.toHtmlEscaped(), syncRoleCodes().label(o.role),
                                o.card.fingerprint()));
    }
    Result<QList<SyncSite>> sites = setup.sites();
    if (!sites) {
        MessageBox::warning(this, windowTitle(), sites.error().message());
        return;
    }
    m_sites->setRowCount(int(sites->size()));
    for (int row = 0; row < sites->size(); ++row) {
        const SyncSite& s = sites->at(row);
        const QStringList cells{s.card.code, syncRoleCodes().label(s.role), s.card.fingerprint(),
                                s.receivedNumber ? QString::number(s.receivedNumber) : tr("none"),
                                s.sentNumber ? QString::number(s.sentNumber) : tr("none")};
        for (int column = 0; column < cells.size(); ++column)
            m_sites->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void SyncSitesDialog::becomeSite()
{
    Result<SiteCard> card =
        SyncSetupService(m_db, m_clock, m_session)
            .becomeSite(m_code->text(), SyncRole(m_role->currentData().toInt()));
    if (!card) {
        MessageBox::warning(this, windowTitle(), card.error().message());
        return;
    }
    refresh();
}

void SyncSitesDialog::saveCard()
{
    Result<std::optional<SyncSetupService::Own>> own =
        SyncSetupService(m_db, m_clock, m_session).own();
    if (!own || !own->has_value())
        return;
    const SiteCard& card = (*own)->card;
    const QString path = FileDialog::saveFileName(this, tr("Save this site's card"),
                                                  card.code + QStringLiteral(".amparo-card"),
                                                  tr("Amparo site cards (*.amparo-card)"));
    if (path.isEmpty())
        return;
    if (Status s = card.save(path); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message());
        return;
    }
    MessageBox::information(this, windowTitle(),
                            tr("The card was saved to %1. Give it to the other side's "
                               "administrator and read them its fingerprint: %2")
                                .arg(path, card.fingerprint()));
}

void SyncSitesDialog::registerCard()
{
    const QString path = FileDialog::openFileName(this, tr("Register a site's card"),
                                                  tr("Amparo site cards (*.amparo-card)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> file = SiteCard::readFile(path);
    Result<SyncSite> site = file ? SyncSetupService(m_db, m_clock, m_session).registerSite(*file)
                                 : Result<SyncSite>(file.error());
    if (!site) {
        MessageBox::warning(this, windowTitle(), site.error().message());
        return;
    }
    refresh();
    MessageBox::information(this, windowTitle(),
                            tr("The site %1 is registered. Its fingerprint is %2: it must be the "
                               "one its administrator reads to you. If it is not, tell them at "
                               "once.")
                                .arg(site->card.code, site->card.fingerprint()));
}

void SyncSitesDialog::saveOfficeServer()
{
    m_errors.clear();
    m_officeServerError->clearError();
    if (Status s =
            SyncSetupService(m_db, m_clock, m_session).setOfficeServer(m_officeServer->text());
        !s) {
        m_errors.showError(s.error(), m_officeServerError);
        return;
    }
    MessageBox::information(this, windowTitle(),
                            m_officeServer->text().trimmed().isEmpty()
                                ? tr("This post now exchanges packages as files only.")
                                : tr("Saved. File → Exchange packages through the server now "
                                     "reaches the office's server."));
}

#include "ui/firstrun/DatabaseChoiceDialog.h"

#include "core/storage/Database.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

DatabaseChoiceDialog::DatabaseChoiceDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("databaseChoiceDialog"));
    setWindowTitle(tr("Welcome to Amparo"));
    auto* intro = new QLabel(tr("Where are this organisation's cases kept?"), this);
    intro->setWordWrap(true);
    m_thisComputer = new QRadioButton(tr("On this computer only"), this);
    m_thisComputer->setObjectName(QStringLiteral("thisComputerButton"));
    auto* thisComputerNote =
        new QLabel(tr("A database file of this computer's account. Nothing else to set up."), this);
    thisComputerNote->setWordWrap(true);
    m_server = new QRadioButton(tr("On our office's server"), this);
    m_server->setObjectName(QStringLiteral("serverButton"));
    auto* serverNote = new QLabel(
        tr("Everyone in the office works on the same cases. Whoever set up the server gives "
           "you its address; you sign in with your Amparo name and passphrase."),
        this);
    serverNote->setWordWrap(true);
    m_thisComputer->setChecked(true);
    // Each explanation and the server's fields sit under their choice.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8;
    thisComputerNote->setContentsMargins(indent, 0, 0, 6);
    serverNote->setContentsMargins(indent, 0, 0, 0);

    m_serverFields = new QWidget(this);
    m_host = new QLineEdit(m_serverFields);
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_port = new QSpinBox(m_serverFields);
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("amparo"), m_serverFields);
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_account = new QLineEdit(m_serverFields);
    m_account->setObjectName(QStringLiteral("serverAccountEdit"));
    auto* form = new QFormLayout(m_serverFields);
    form->setContentsMargins(indent, 6, 0, 0);
    m_errors.addRow(form, tr("Server"), m_host, QStringLiteral("host"));
    m_errors.addRow(form, tr("Port"), m_port, QStringLiteral("port"));
    m_errors.addRow(form, tr("Database"), m_database, QStringLiteral("database"));
    m_account->setPlaceholderText(tr("Empty, unless you set up the server"));
    m_errors.addRow(form, tr("Owner's account"), m_account, QStringLiteral("account"));
    m_serverFields->setEnabled(false);
    connect(m_server, &QRadioButton::toggled, m_serverFields, &QWidget::setEnabled);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("databaseChoiceError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseChoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseChoiceDialog::reject);

    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_thisComputer);
    layout->addWidget(thisComputerNote);
    layout->addWidget(m_server);
    layout->addWidget(serverNote);
    layout->addWidget(m_serverFields);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void DatabaseChoiceDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    if (m_thisComputer->isChecked()) {
        m_location.clear();
        QDialog::accept();
        return;
    }
    Result<QString> location = Database::serverLocation(m_host->text(), m_port->value(),
                                                        m_database->text(), m_account->text());
    if (!location) {
        m_errors.showError(location.error(), m_error);
        return;
    }
    m_location = *location;
    QDialog::accept();
}

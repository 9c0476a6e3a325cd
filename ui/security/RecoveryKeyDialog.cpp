#include "ui/security/RecoveryKeyDialog.h"

#include "core/crypto/RecoveryKey.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, const QString& databaseName,
                                     bool offerNoEncryption, QWidget* parent)
    : QDialog(parent)
    , m_key(recoveryKey)
    , m_databaseName(databaseName)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("The database's recovery key"));
    auto* intro = new QLabel(
        tr("Amparo encrypts this database: whoever takes this computer cannot read it without a "
           "passphrase.<br><br>If every passphrase is ever lost, this <b>recovery key</b> is the "
           "only way to open the database. It is shown only now. Print it or write it down, and "
           "keep it somewhere safe, away from this computer."),
        this);
    intro->setWordWrap(true);
    // Two lines of seven groups, never broken inside a group.
    QStringList groups = m_key.split(QLatin1Char('-'));
    const QString firstLine = QStringList(groups.mid(0, 7)).join(QLatin1Char('-'));
    const QString secondLine = QStringList(groups.mid(7)).join(QLatin1Char('-'));
    auto* key = new QLabel(
        secondLine.isEmpty() ? firstLine : firstLine + QStringLiteral("-\n") + secondLine, this);
    key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    key->setFont(mono);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key->setAlignment(Qt::AlignCenter);
    key->setFrameShape(QFrame::StyledPanel);
    key->setMargin(12);
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printRecoveryKeyButton"));
    auto* typeBack = new QLabel(tr("To show that you have it, type the recovery key again:"), this);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("recoveryKeyConfirmEdit"));
    m_typed->setFont(mono);
    typeBack->setBuddy(m_typed);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("recoveryKeyErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    buttons->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("recoveryKeyContinueButton"));
    if (offerNoEncryption)
        buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryKeyDialog::reject);
    connect(print, &QPushButton::clicked, this, &RecoveryKeyDialog::print);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(key);
    layout->addWidget(print, 0, Qt::AlignRight);
    layout->addWidget(typeBack);
    layout->addWidget(m_typed);
    layout->addWidget(m_error);
    if (offerNoEncryption) {
        m_noEncryption = new QCheckBox(tr("This computer's disk is already encrypted: do not "
                                          "encrypt the database"),
                                       this);
        m_noEncryption->setObjectName(QStringLiteral("noEncryptionCheck"));
        connect(m_noEncryption, &QCheckBox::toggled, this, [this, key, typeBack, print](bool on) {
            for (QWidget* w : std::initializer_list<QWidget*>{key, typeBack, print, m_typed})
                w->setEnabled(!on);
            m_error->hide();
        });
        layout->addWidget(m_noEncryption);
    }
    layout->addWidget(buttons);
    setMinimumWidth(560);
    adjustSize();
}

void RecoveryKeyDialog::showUntilTypedBack(const QString& recoveryKey, const QString& databaseName,
                                           QWidget* parent)
{
    RecoveryKeyDialog dialog(recoveryKey, databaseName, false, parent);
    while (dialog.exec() != QDialog::Accepted) {
    }
}

bool RecoveryKeyDialog::encryptionDeclined() const
{
    return m_noEncryption && m_noEncryption->isChecked();
}

void RecoveryKeyDialog::accept()
{
    if (encryptionDeclined()) {
        if (MessageBox::askYesNo(
                this, tr("Leave the database unencrypted?"),
                tr("Without encryption, anyone who takes this computer can read every case in "
                   "the database unless the disk itself is encrypted. Leave it unencrypted?")) ==
            MessageBox::Answer::Yes)
            QDialog::accept();
        return;
    }
    Result<RecoveryKey> typed = RecoveryKey::parse(m_typed->text());
    const Result<RecoveryKey> shown = RecoveryKey::parse(m_key);
    if (!typed || !shown || !(typed->key() == shown->key())) {
        m_error->setText(typed ? tr("That is not the recovery key shown above. Check each group.")
                               : typed.error().message());
        m_error->show();
        adjustSize();
        m_typed->setFocus();
        return;
    }
    QDialog::accept();
}

void RecoveryKeyDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument page;
    page.setHtml(tr("<h2>Amparo: recovery key</h2><p>Database: %1<br>Made on: %2</p>"
                    "<p style=\"font-family: monospace; font-size: 16pt\">%3</p>"
                    "<p>This key opens the database if every passphrase is lost. Keep it "
                    "somewhere safe, away from the computer.</p>")
                     .arg(m_databaseName.toHtmlEscaped(),
                          QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                          m_key.toHtmlEscaped()));
    page.print(&printer);
}

#include "BackupDialog.h"

#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/FileDialog.h"
#include "security/PassphrasePolicy.h"
#include "services/BackupService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

BackupDialog::BackupDialog(const QString& databasePath, const Clock& clock,
                           const UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up the database"));
    auto* intro = new QLabel(
        tr("The backup is a single encrypted file with everything in this database. Without the "
           "passphrase nobody can read it — and nobody can restore it: keep the passphrase "
           "somewhere safe, apart from the backup. Keep backups away from this computer, for "
           "example on a USB stick in a locked place."),
        this);
    intro->setWordWrap(true);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("amparo-%1.amparobackup")
                          .arg(clock.today().toString(QStringLiteral("yyyy-MM-dd"))));
    m_file = new QLineEdit(suggested, this);
    m_file->setObjectName(QStringLiteral("backupFileEdit"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = FileDialog::saveFileName(this, tr("Save the backup as"), m_file->text(),
                                                   tr("Amparo backups (*.amparobackup)"));
        if (!f.isEmpty())
            m_file->setText(f);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("backupPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("backupRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Backup file"), fileRow);
    form->addRow(tr("Backup passphrase"), m_passphrase);
    form->addRow(tr("Again"), m_repeat);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("backupErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Make the backup"));
    m_ok->setObjectName(QStringLiteral("backupOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_running)
            reject();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void BackupDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_ok->setEnabled(!running);
    m_file->setEnabled(!running);
    m_passphrase->setEnabled(!running);
    m_repeat->setEnabled(!running);
}

void BackupDialog::accept()
{
    if (m_running)
        return;
    const auto fail = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_passphrase->text() != m_repeat->text())
        return fail(tr("The two passphrases are not the same."));
    if (const QList<FieldError> weak = PassphrasePolicy::check(m_passphrase->text());
        !weak.isEmpty())
        return fail(weak.constFirst().message);
    if (m_file->text().trimmed().isEmpty())
        return fail(tr("Choose where to save the backup."));
    m_error->hide();
    setRunning(true);
    const QString file = m_file->text().trimmed();
    const QString passphrase = m_passphrase->text();
    const UserSession session = m_session;
    const Clock& clock = m_clock;
    BackgroundTask::run(
        this, m_databasePath, m_clock,
        [file, passphrase, session, &clock](Database* db) {
            return BackupService(*db, clock, session).createBackup(file, passphrase);
        },
        [this, file, fail](const Status& result) {
            setRunning(false);
            if (!result)
                return fail(result.error().message());
            emit backupMade(file);
            QDialog::accept();
        });
}

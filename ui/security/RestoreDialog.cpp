#include "RestoreDialog.h"

#include "common/BackgroundTask.h"
#include "common/FileDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

RestoreDialog::RestoreDialog(const QString& databasePath, const Clock& clock,
                             const UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    auto* intro =
        new QLabel(tr("Restoring replaces everything in this database with the backup. The "
                      "current database is not deleted: it is kept next to it, so you can go "
                      "back. The backup is checked completely before anything is replaced."),
                   this);
    intro->setWordWrap(true);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("restoreFileEdit"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = FileDialog::openFileName(
            this, tr("Choose the backup"), tr("Amparo backups (*.amparobackup);;All files (*)"));
        if (!f.isEmpty())
            m_file->setText(f);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("restorePassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Backup file"), fileRow);
    form->addRow(tr("Backup passphrase"), m_passphrase);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("restoreErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Check the backup"));
    m_ok->setObjectName(QStringLiteral("restoreOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
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

void RestoreDialog::accept()
{
    if (m_running)
        return;
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_error->setText(tr("Choose the backup file."));
        m_error->show();
        return;
    }
    m_running = true;
    m_ok->setEnabled(false);
    m_error->hide();
    m_progress->show();
    auto result = std::make_shared<BackupService::PreparedRestore>();
    const QString passphrase = m_passphrase->text();
    const QString databasePath = m_databasePath;
    const UserSession session = m_session;
    BackgroundTask::run(
        this, QString(), m_clock,
        [=](Database*) -> Status {
            Result<BackupService::PreparedRestore> prepared =
                BackupService::prepareRestore(session, file, passphrase, databasePath);
            if (!prepared)
                return prepared.error();
            *result = *prepared;
            return {};
        },
        [this, result](const Status& status) {
            m_running = false;
            m_ok->setEnabled(true);
            m_progress->hide();
            m_passphrase->clear();
            if (!status) {
                m_error->setText(status.error().message());
                m_error->show();
                return;
            }
            emit prepared(*result);
            QDialog::accept();
        });
}

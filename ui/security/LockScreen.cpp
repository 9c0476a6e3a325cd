#include "ui/security/LockScreen.h"

#include "core/services/AuthService.h"
#include "ui/common/ErrorStyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LockScreen::LockScreen(AuthService& auth, const UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_auth(auth)
    , m_session(session)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* title = new QLabel(tr("<h2>Amparo is locked</h2>"), this);
    auto* text = new QLabel(tr("%1, enter your passphrase to continue. Your unsaved work is kept.")
                                .arg(session.displayName.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(320);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    auto* unlock = new QPushButton(tr("Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);

    auto* box = new QWidget(this);
    box->setFixedWidth(480); // a fixed width lets the wrapped labels take the height they need
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(text);
    boxLayout->addWidget(m_passphrase);
    boxLayout->addWidget(m_error);
    boxLayout->addWidget(unlock, 0, Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
}

void LockScreen::prepare()
{
    m_passphrase->clear();
    m_error->clear();
    m_passphrase->setFocus();
}

void LockScreen::tryUnlock()
{
    const Status s = m_auth.unlock(m_session, m_passphrase->text());
    m_passphrase->clear();
    if (!s) {
        m_error->setText(s.error().message());
        return;
    }
    m_error->clear();
    emit unlocked();
}

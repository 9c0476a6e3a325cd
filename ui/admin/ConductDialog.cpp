#include "ui/admin/ConductDialog.h"

#include "core/common/DateFormats.h"
#include "core/services/ConductService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConductDialog::ConductDialog(const Database& db, const Clock& clock, const UserSession& session,
                             QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("conductDialog"));
    setWindowTitle(tr("Code of conduct"));
    auto* intro = new QLabel(tr("What everyone who uses Amparo here promises about the people "
                                "in it. Every user reads and accepts it at sign-in, and again "
                                "whenever it changes."),
                             this);
    intro->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("conductStatusLabel"));
    m_status->setWordWrap(true);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("conductBodyEdit"));
    m_body->setAccessibleName(tr("Code of conduct"));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("conductBodyEditError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save as a new version"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("conductSaveButton"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ConductDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConductDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 520);
    showCurrent();
}

void ConductDialog::showCurrent()
{
    ConductService service(m_db, m_clock, m_session);
    Result<std::optional<ConductCode>> code = service.current();
    Result<int> accepted = service.acceptancesOfCurrent();
    if (!code || !accepted) {
        m_error->showError((!code ? code.error() : accepted.error()).message());
        return;
    }
    if (!*code) {
        m_status->setText(tr("No code of conduct has been written yet. Write your "
                             "organisation's: users will be asked to accept it at sign-in."));
        return;
    }
    m_body->setPlainText((*code)->body);
    m_status->setText(
        tr("Version %1, written by %2 on %3. Accepted by %n user(s) so far.", nullptr, *accepted)
            .arg((*code)->version)
            .arg((*code)->writtenBy,
                 DateFormats::numeric((*code)->writtenAt.toLocalTime().date())));
}

void ConductDialog::save()
{
    m_error->clearError();
    Result<ConductCode> saved =
        ConductService(m_db, m_clock, m_session).write(m_body->toPlainText());
    if (!saved) {
        m_error->showError(saved.error().fieldErrors().isEmpty()
                               ? saved.error().message()
                               : saved.error().fieldErrors().constFirst().message);
        return;
    }
    showCurrent();
}

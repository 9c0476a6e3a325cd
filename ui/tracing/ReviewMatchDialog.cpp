#include "ui/tracing/ReviewMatchDialog.h"

#include "core/common/Clock.h"
#include "core/reference/CountryCatalog.h"
#include "core/security/AccessPolicy.h"
#include "core/services/TracingService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel* value(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

ReviewMatchDialog::ReviewMatchDialog(const Database& db, const Clock& clock,
                                     const UserSession& session, const TracingRequest& request,
                                     const MatchProposal& proposal, const ReunificationHit& person,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_request(request)
    , m_proposal(proposal)
{
    setObjectName(QStringLiteral("reviewMatchDialog"));
    setWindowTitle(tr("Review a possible match · %1").arg(request.reference()));
    const QDate today = clock.today();
    const SoughtPerson& s = request.sought;

    auto* sought = new QGroupBox(
        tr("Sought by %1, their %2")
            .arg(request.inquirerName, relationshipCodes().label(request.relationship).toLower()),
        this);
    auto* soughtForm = new QFormLayout(sought);
    soughtForm->addRow(tr("Name"), value(s.fullName(), sought));
    soughtForm->addRow(tr("Sex"), value(sexCodes().label(s.sex), sought));
    soughtForm->addRow(tr("Born"), value(s.birthDate.displayText(today), sought));
    QStringList last{s.lastKnownPlace, CountryCatalog::instance().name(s.lastKnownCountry)};
    last.removeAll(QString());
    soughtForm->addRow(tr("Last known in"), value(last.join(QStringLiteral(", ")), sought));
    soughtForm->addRow(tr("Separation"), value(s.separation, sought));

    auto* found = new QGroupBox(tr("Registered"), this);
    auto* foundForm = new QFormLayout(found);
    foundForm->addRow(tr("Name"), value(person.name, found));
    foundForm->addRow(tr("Sex"), value(sexCodes().label(person.sex), found));
    foundForm->addRow(tr("Age"), value(person.age, found));
    foundForm->addRow(tr("Nationality"), value(person.nationalities, found));
    foundForm->addRow(tr("Registered at"),
                      value(QStringLiteral("%1 · %2").arg(person.site, person.caseNumber), found));
    foundForm->addRow(tr("Now in"), value(person.place, found));

    auto* sides = new QHBoxLayout;
    sides->addWidget(sought, 1);
    sides->addWidget(found, 1);
    auto* why = value(tr("<b>Likeness %1%.</b> %2")
                          .arg(qRound(proposal.score * 100))
                          .arg(proposal.reasons.toHtmlEscaped()),
                      this);
    why->setObjectName(QStringLiteral("matchReasonsLabel"));

    const bool mayDecide =
        !proposal.child || AccessPolicy::allows(session.role, Permission::ReviewChildMatches);
    auto* child = new QLabel(
        mayDecide
            ? tr("An unaccompanied or separated child: check the child's best interests before "
                 "anyone is contacted.")
            : tr("An unaccompanied or separated child: legal staff review this match before "
                 "anyone is contacted. It stays pending for them."),
        this);
    child->setObjectName(QStringLiteral("childReviewLabel"));
    child->setWordWrap(true);
    child->setStyleSheet(
        QStringLiteral("background: #fde7e9; color: #8a0015; padding: 6px; font-weight: bold;"));
    child->setVisible(proposal.child);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNoteEdit"));
    m_note->setPlaceholderText(tr("how it was checked (a photo, a question only family knows…)"));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("reviewErrorLabel"));
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* confirm =
        buttons->addButton(tr("Confirm the match"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmMatchButton"));
    QPushButton* reject = buttons->addButton(tr("Not them"), QDialogButtonBox::DestructiveRole);
    reject->setObjectName(QStringLiteral("rejectMatchButton"));
    buttons->addButton(tr("Leave pending"), QDialogButtonBox::RejectRole);
    confirm->setEnabled(mayDecide);
    reject->setEnabled(mayDecide);
    m_note->setEnabled(mayDecide);
    connect(confirm, &QPushButton::clicked, this, &ReviewMatchDialog::confirmMatch);
    connect(reject, &QPushButton::clicked, this, &ReviewMatchDialog::rejectMatch);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewMatchDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addWidget(why);
    layout->addWidget(child);
    auto* noteForm = new QFormLayout;
    noteForm->addRow(tr("Note"), m_note);
    layout->addLayout(noteForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(720);
}

void ReviewMatchDialog::confirmMatch()
{
    decide(true);
}

void ReviewMatchDialog::rejectMatch()
{
    decide(false);
}

void ReviewMatchDialog::decide(bool confirm)
{
    m_error->clearError();
    TracingService service(m_db, m_clock, m_session);
    Result<TracingRequest> done = confirm ? service.confirm(m_proposal.id, m_note->text())
                                          : service.reject(m_proposal.id, m_note->text());
    if (!done) {
        m_error->showError(done.error().message());
        return;
    }
    m_request = *done;
    accept();
}

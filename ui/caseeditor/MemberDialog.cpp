#include "ui/caseeditor/MemberDialog.h"

#include "core/common/Clock.h"
#include "core/services/CaseValidator.h"
#include "ui/caseeditor/PersonForm.h"
#include "ui/common/ErrorStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

MemberDialog::MemberDialog(const Clock& clock, const CaseMember& member,
                           std::optional<Person> principal, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_principal(std::move(principal))
{
    setObjectName(QStringLiteral("memberDialog"));
    const bool isPrincipal = member.relationship == Relationship::Principal;
    setWindowTitle(isPrincipal ? tr("Principal person") : tr("Family member"));

    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    for (Relationship r : relationshipCodes().values()) {
        if (r != Relationship::Principal)
            m_relationship->addItem(relationshipCodes().label(r), int(r));
    }
    m_relationship->setCurrentIndex(m_relationship->findData(int(member.relationship)));

    m_form = new PersonForm(clock.today(), this);
    m_form->setPerson(member.person);

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("memberGeneralError"));
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(ErrorStyle::text());
    m_generalError->hide();
    m_withheld = new QLabel(this);
    m_withheld->setObjectName(QStringLiteral("memberWithheldLabel"));
    m_withheld->setWordWrap(true);
    m_withheld->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("memberOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    auto* layout = new QVBoxLayout(this);
    if (!isPrincipal) {
        auto* top = new QFormLayout;
        top->addRow(tr("Relationship to %1").arg(m_principal ? m_principal->fullName() : QString()),
                    m_relationship);
        layout->addLayout(top);
    }
    m_relationship->setVisible(!isPrincipal);
    layout->addWidget(m_withheld);
    layout->addWidget(m_form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    m_form->setFocus();
}

void MemberDialog::setReadOnly(const CaseRedactor::Withheld& withheld)
{
    m_form->setReadOnly(true);
    m_form->setDocumentsAndContactVisible(!withheld.documentsAndContact);
    m_withheld->setText(withheld.sentence());
    m_withheld->setVisible(withheld.any());
    m_relationship->setEnabled(false);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

CaseMember MemberDialog::member() const
{
    CaseMember m;
    m.person = m_form->person();
    m.relationship =
        m_principal ? Relationship(m_relationship->currentData().toInt()) : Relationship::Principal;
    return m;
}

void MemberDialog::showErrors(const QList<FieldError>& errors)
{
    const QList<FieldError> unplaced = m_form->showErrors(errors);
    QStringList messages;
    for (const FieldError& e : unplaced)
        messages.append(e.message);
    m_generalError->setText(messages.join(QLatin1Char('\n')));
    m_generalError->setVisible(!messages.isEmpty());
    m_form->focusFirstError();
}

void MemberDialog::accept()
{
    QList<FieldError> errors = m_form->inputErrors();
    const CaseMember m = member();
    const CaseValidator validator(m_clock);
    if (m_principal)
        errors += validator.validateMember(m, *m_principal);
    else
        errors += PersonValidator(m_clock).validate(m.person);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    QDialog::accept();
}

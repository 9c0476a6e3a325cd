#include "ui/tracing/LinkRelativeDialog.h"

#include "core/services/CaseService.h"
#include "core/services/FamilyLinkService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LinkRelativeDialog::LinkRelativeDialog(const Database& db, const Clock& clock,
                                       const UserSession& session, const CaseRecord& record,
                                       QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_record(record)
{
    setObjectName(QStringLiteral("linkRelativeDialog"));
    setWindowTitle(tr("Link a relative in another case"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("linkMemberCombo"));
    for (const CaseMember& m : record.members)
        m_member->addItem(m.person.fullName(), m.person.id);
    m_otherCase = new QLineEdit(this);
    m_otherCase->setObjectName(QStringLiteral("linkCaseNumberEdit"));
    m_otherCase->setAccessibleName(tr("Other case"));
    m_otherCase->setPlaceholderText(tr("case number, for example CUC-2026-00012"));
    auto* find = new QPushButton(tr("Find"), this);
    find->setObjectName(QStringLiteral("linkFindButton"));
    auto* caseRow = new QHBoxLayout;
    caseRow->addWidget(m_otherCase, 1);
    caseRow->addWidget(find);
    m_relative = new QComboBox(this);
    m_relative->setObjectName(QStringLiteral("linkRelativeCombo"));
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("linkRelationshipCombo"));
    for (Relationship r : relationshipCodes().values()) {
        if (r != Relationship::Principal && r != Relationship::NonRelative)
            m_relationship->addItem(relationshipCodes().label(r), int(r));
    }
    m_confirmed = new QCheckBox(tr("Confirmed (documents, or both recognise each other)"), this);
    m_confirmed->setObjectName(QStringLiteral("linkConfirmedCheck"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("linkNoteEdit"));
    m_note->setPlaceholderText(tr("who said so, how it was checked"));

    auto* form = new QFormLayout;
    form->addRow(tr("Member of this case"), m_member);
    form->addRow(tr("Other case"), caseRow);
    form->addRow(tr("Relative"), m_relative);
    form->addRow(tr("The relative is their"), m_relationship);
    form->addRow(QString(), m_confirmed);
    form->addRow(tr("Note"), m_note);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("linkErrorLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("linkOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkRelativeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LinkRelativeDialog::reject);
    connect(find, &QPushButton::clicked, this, &LinkRelativeDialog::findOtherCase);
    connect(m_otherCase, &QLineEdit::returnPressed, this, &LinkRelativeDialog::findOtherCase);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void LinkRelativeDialog::findOtherCase()
{
    m_error->clearError();
    m_relative->clear();
    Result<CaseRecord> other =
        CaseService(m_db, m_clock, m_session).openByNumber(m_otherCase->text().trimmed());
    if (!other) {
        m_error->showError(other.error().message());
        m_otherCase->setFocus();
        return;
    }
    for (const CaseMember& m : other->members)
        m_relative->addItem(m.person.fullName(), m.person.id);
    m_relative->setFocus();
}

void LinkRelativeDialog::accept()
{
    m_error->clearError();
    if (m_relative->count() == 0) {
        m_error->showError(tr("Find the other case by its number first."));
        m_otherCase->setFocus();
        return;
    }
    Result<FamilyLink> link =
        FamilyLinkService(m_db, m_clock, m_session)
            .add(m_member->currentData().toLongLong(), m_relative->currentData().toLongLong(),
                 Relationship(m_relationship->currentData().toInt()), m_confirmed->isChecked(),
                 m_note->text());
    if (!link) {
        m_error->showError(link.error().message());
        return;
    }
    QDialog::accept();
}

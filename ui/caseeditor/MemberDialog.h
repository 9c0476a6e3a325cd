#pragma once

#include "core/common/Error.h"
#include "core/domain/CaseRecord.h"
#include "core/security/CaseRedactor.h"

#include <QDialog>
#include <optional>

class Clock;
class FieldErrorLabel;
class PersonForm;
class QComboBox;
class QLabel;

// Adds or edits one member of a family group (or the principal). Checks the member against
// the core rules before it closes; nothing is written until the case is saved.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    // `principal` is the principal person, for the checks between relatives; none when the
    // dialog edits the principal.
    MemberDialog(const Clock& clock, const CaseMember& member, std::optional<Person> principal,
                 QWidget* parent = nullptr);

    CaseMember member() const;
    // Shows errors found later (when the case is saved), e.g. a document already registered.
    void showErrors(const QList<FieldError>& errors);

    // Only to look at: nothing can be changed; what the role may not see is hidden and said.
    void setReadOnly(const CaseRedactor::Withheld& withheld);

    void accept() override;

private:
    const Clock& m_clock;
    std::optional<Person> m_principal;
    PersonForm* m_form;
    QComboBox* m_relationship;
    QLabel* m_generalError;
    QLabel* m_withheld; // what the reader's role is not shown
    class QDialogButtonBox* m_buttons;
};

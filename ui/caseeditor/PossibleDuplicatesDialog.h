#pragma once

#include "core/services/IntakeCheck.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;

// Before a person is registered (issue 21): the registered persons who may be them, with
// their case and why, and what to do — open that case, add that person to this family
// instead of a copy, or register someone else, saying why (kept in the audit trail).
class PossibleDuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        OpenCase,
        UseRegistered,
        NewPerson
    };

    // `mayUseRegistered`: false for a new case's principal (a person heads one case).
    PossibleDuplicatesDialog(const QString& newName, const QList<PossibleDuplicate>& found,
                             bool mayUseRegistered, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    const PossibleDuplicate& chosen() const;
    QString reason() const;

private:
    void finish(Choice choice);
    void updateButtons();

    QList<PossibleDuplicate> m_found;
    QTableWidget* m_table;
    QPushButton* m_openCase;
    QPushButton* m_useRegistered;
    QLineEdit* m_reason;
    QPushButton* m_newPerson;
    Choice m_choice = Choice::NewPerson;
};

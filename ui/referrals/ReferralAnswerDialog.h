#pragma once

#include "core/domain/Referral.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;

// What became of a referral: accepted, declined (why), service delivered (the provider's
// note) or withdrawn (why), on a date. Only the steps its state allows are offered.
class ReferralAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralAnswerDialog(const Database& db, const Clock& clock, const UserSession& session,
                         const Referral& referral, QWidget* parent = nullptr);

    QComboBox* stateCombo() const { return m_state; }
    QPlainTextEdit* noteEdit() const { return m_note; }

public slots:
    void accept() override;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    Referral m_referral;
    FormErrors m_errors;
    QComboBox* m_state;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
    FieldErrorLabel* m_error;
};

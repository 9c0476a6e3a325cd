#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/Partner.h"
#include "core/domain/Referral.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>
#include <QList>

class CheckableCodeList;
class Clock;
class Database;
class FieldErrorLabel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

// A referral of persons of a case to a partner (outgoing), or the record that a partner
// referred them to us (incoming). An outgoing one lists exactly what is shared, and without
// the family's consent to referral asks why it cannot wait (kept in the audit trail).
class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralDialog(const Database& db, const Clock& clock, const UserSession& session,
                   const CaseRecord& record, ReferralDirection direction,
                   QWidget* parent = nullptr);

    // Tests: the controls.
    CheckableCodeList* personsList() const { return m_persons; }
    QComboBox* partnerCombo() const { return m_partner; }
    CheckableCodeList* servicesList() const { return m_services; }
    CheckableCodeList* sharedList() const { return m_shared; }
    QComboBox* priorityCombo() const { return m_priority; }
    QPlainTextEdit* reasonsEdit() const { return m_reasons; }
    QPlainTextEdit* overrideEdit() const { return m_override; }
    // The referral made, once accepted.
    const Referral& referral() const { return m_saved; }

public slots:
    void accept() override;

private:
    void showPartner();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    ReferralDirection m_direction;
    QList<Partner> m_partners;
    Referral m_saved;
    FormErrors m_errors;
    CheckableCodeList* m_persons;
    QComboBox* m_partner;
    QLabel* m_partnerInfo;
    CheckableCodeList* m_services;
    QComboBox* m_priority = nullptr;
    QDateEdit* m_date;
    QPlainTextEdit* m_reasons;
    CheckableCodeList* m_shared = nullptr;
    QPlainTextEdit* m_override = nullptr;
    FieldErrorLabel* m_error;
};

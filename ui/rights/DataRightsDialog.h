#pragma once

#include "core/domain/CaseRecord.h"
#include "core/security/UserSession.h"
#include "core/services/DataRequestService.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

// A person of a case asks about their data (administrators): see it (a PDF in their
// language), have it corrected, withdraw a consent, have it erased — or the erasure refused.
// Each answer goes into the register of requests; what the request needs is asked once at
// the top: who, when it was received, how their identity was checked.
class DataRightsDialog : public QDialog
{
    Q_OBJECT

public:
    DataRightsDialog(const Database& db, const Clock& clock, const UserSession& session,
                     const CaseRecord& record, QWidget* parent = nullptr);

signals:
    // The case changed (a consent, a member erased), or is gone (its only member erased).
    void caseChanged(bool caseRemoved);

private:
    QWidget* accessPage();
    QWidget* correctionPage();
    QWidget* consentPage();
    QWidget* erasurePage();
    void writeCopy();
    void recordCorrection();
    void withdrawConsent();
    void erase();
    void refuseErasure();
    // What every request says: the person chosen, the date, the identity check.
    DataRequestService::Received received() const;
    QString personName() const;
    void clearErrors();
    void showError(const Error& error);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    FormErrors m_errors;

    QComboBox* m_person;
    QDateEdit* m_receivedOn;
    QLineEdit* m_identityCheck;
    QTabWidget* m_tabs;
    class LanguageComboBox* m_language;
    QPlainTextEdit* m_whatIsWrong;
    QCheckBox* m_registration;
    QCheckBox* m_referral;
    QCheckBox* m_tracing;
    QComboBox* m_ground;
    QLineEdit* m_refusal;
    FieldErrorLabel* m_error;
};

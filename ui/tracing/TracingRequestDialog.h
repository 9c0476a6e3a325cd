#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/TracingRequest.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class BirthDateEdit;
class Clock;
class CountryComboBox;
class Database;
class FieldErrorLabel;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// Registers a tracing request in a few fields — who asks and how to answer them, who is
// sought — or changes one. On saving, Amparo looks for the person sought at once.
class TracingRequestDialog : public QDialog
{
    Q_OBJECT

public:
    // A new request when `request.id` is 0. With `inquirerCase`, the person asking is chosen
    // among its members.
    TracingRequestDialog(const Database& db, const Clock& clock, const UserSession& session,
                         const TracingRequest& request,
                         const std::optional<CaseRecord>& inquirerCase, QWidget* parent = nullptr);

    TracingRequest request() const { return m_request; }
    void accept() override;

private:
    TracingRequest fromForm(QList<FieldError>& errors) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    TracingRequest m_request;
    std::optional<CaseRecord> m_case;
    FormErrors m_errors;

    QComboBox* m_site;
    QComboBox* m_inquirerMember = nullptr;
    QLineEdit* m_inquirerName = nullptr;
    QComboBox* m_relationship;
    QLineEdit* m_contact;
    QLineEdit* m_given;
    QLineEdit* m_family1;
    QLineEdit* m_family2;
    QLineEdit* m_otherNames;
    QComboBox* m_sex;
    BirthDateEdit* m_born;
    CountryComboBox* m_nationality;
    CountryComboBox* m_lastCountry;
    QLineEdit* m_lastPlace;
    QLineEdit* m_lastSeen;
    QPlainTextEdit* m_separation;
    FieldErrorLabel* m_error;
};

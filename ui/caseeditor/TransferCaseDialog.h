#pragma once

#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QLineEdit;

// Hands a case from this field post to its office (issue 20): says what that means, asks why,
// and does it; a refusal is shown here with the reason kept.
class TransferCaseDialog : public QDialog
{
    Q_OBJECT

public:
    TransferCaseDialog(const Database& db, const Clock& clock, const UserSession& session,
                       qint64 caseId, const QString& caseNumber, const QString& office,
                       QWidget* parent = nullptr);

    void accept() override;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    qint64 m_caseId;
    QLineEdit* m_reason;
    FieldErrorLabel* m_error;
};

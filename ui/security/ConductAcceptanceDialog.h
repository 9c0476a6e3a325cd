#pragma once

#include "core/domain/ConductCode.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QLabel;
class QPlainTextEdit;

// At sign-in, when the organisation's code of conduct has a version the user has not
// accepted: its text, to accept before working, or to leave Amparo.
class ConductAcceptanceDialog : public QDialog
{
    Q_OBJECT

public:
    ConductAcceptanceDialog(const Database& db, const Clock& clock, const UserSession& session,
                            const ConductCode& code, QWidget* parent = nullptr);

    void accept() override;

private:
    void display(const ConductCode& code);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    ConductCode m_code;
    QLabel* m_intro;
    QPlainTextEdit* m_body;
    FieldErrorLabel* m_error;
};

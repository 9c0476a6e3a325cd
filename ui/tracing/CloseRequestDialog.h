#pragma once

#include "core/domain/TracingRequest.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QLineEdit;
class QRadioButton;

// Ends a tracing request — the family was reunited, or it is closed for another reason — or
// opens a closed one again; a reason is said in every case but a reunion.
class CloseRequestDialog : public QDialog
{
    Q_OBJECT

public:
    CloseRequestDialog(const Database& db, const Clock& clock, const UserSession& session,
                       const TracingRequest& request, QWidget* parent = nullptr);

    TracingRequest request() const { return m_request; }
    void accept() override;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    TracingRequest m_request;
    bool m_reopening;
    QRadioButton* m_reunited = nullptr;
    QRadioButton* m_closed = nullptr;
    QLineEdit* m_reason;
    FieldErrorLabel* m_error;
};

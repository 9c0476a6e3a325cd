#pragma once

#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QLabel;
class QPlainTextEdit;

// Administration → Code of conduct: the organisation's text, which every user accepts at
// sign-in. Saving a changed text makes a new version that everyone accepts again.
class ConductDialog : public QDialog
{
    Q_OBJECT

public:
    ConductDialog(const Database& db, const Clock& clock, const UserSession& session,
                  QWidget* parent = nullptr);

    QPlainTextEdit* bodyEdit() const { return m_body; }

public slots:
    void save();

private:
    void showCurrent();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QLabel* m_status;
    QPlainTextEdit* m_body;
    FieldErrorLabel* m_error;
};

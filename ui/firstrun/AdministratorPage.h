#pragma once

#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QWizardPage>

class Clock;
class Database;
class FieldErrorLabel;
class QFormLayout;
class QLabel;
class QLineEdit;

// First-run page: the administrator, who then adds the others. Created on "Next"; there is
// no going back past it.
class AdministratorPage : public QWizardPage
{
    Q_OBJECT

public:
    AdministratorPage(Database& db, const Clock& clock, QWidget* parent = nullptr);

    UserSession session() const { return m_session; }
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    FormErrors m_errors;
    QLabel* m_intro;
    QFormLayout* m_form;
    QLineEdit* m_displayName;
    QLineEdit* m_username;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    FieldErrorLabel* m_error;
};

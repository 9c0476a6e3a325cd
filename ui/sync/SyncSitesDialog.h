#pragma once

#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Administration → Field posts and office (issue 20): this database as a site — made one here,
// its card saved to hand over — and the sites it exchanges packages with, registered from
// their cards. The fingerprints are what two administrators read to each other. At a post, the
// office's server, when packages can travel through it.
class SyncSitesDialog : public QDialog
{
    Q_OBJECT

public:
    SyncSitesDialog(const Database& db, const Clock& clock, const UserSession& session,
                    QWidget* parent = nullptr);

private:
    void refresh();
    void becomeSite();
    void saveCard();
    void registerCard();
    void saveOfficeServer();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QGroupBox* m_newSite;
    QLineEdit* m_code;
    QComboBox* m_role;
    QLabel* m_own;
    QPushButton* m_saveCard;
    QPushButton* m_register;
    QTableWidget* m_sites;
    // At a post: where the office's server is, to exchange packages without files.
    QGroupBox* m_officeServerBox;
    QLineEdit* m_officeServer;
    FieldErrorLabel* m_officeServerError;
    FormErrors m_errors;
};

#pragma once

#include "core/domain/Partner.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>
#include <QList>

class CheckableCodeList;
class Clock;
class Database;
class FieldErrorLabel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// Administration → Partner organisations: the directory referrals are made from. Choose a
// partner to change it, or start a new one; its site card, when it uses Amparo, is read from
// the file it handed over.
class PartnersDialog : public QDialog
{
    Q_OBJECT

public:
    PartnersDialog(const Database& db, const Clock& clock, const UserSession& session,
                   QWidget* parent = nullptr);

    // Tests: the form's fields.
    QLineEdit* nameEdit() const { return m_name; }
    CheckableCodeList* servicesList() const { return m_services; }
    QTableWidget* table() const { return m_table; }
    // Reads the site card from a file into the form (what "Load site card…" does).
    void loadSiteCard(const QString& path);
    // Saves the form; false when something needs attention (shown in the form).
    bool saveForm();
    // Imports the organisations of a spreadsheet (what "Import from a spreadsheet…" does).
    void importSheet(const QString& path);

private:
    void reload(qint64 selectId);
    void showPartner(const Partner& partner);
    void startNew();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QList<Partner> m_partners;
    qint64 m_editingId = 0;
    FormErrors m_errors;
    QTableWidget* m_table;
    QLineEdit* m_name;
    CheckableCodeList* m_services;
    QLineEdit* m_areas;
    QLineEdit* m_contact;
    QLineEdit* m_agreement;
    QComboBox* m_language;
    QString m_siteCard;
    QLabel* m_cardLabel;
    QCheckBox* m_active;
    FieldErrorLabel* m_error;
};

#pragma once

#include "core/domain/CaseRecord.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QWidget>

class Clock;
class Database;
class FamilyGroupModel;
class FieldErrorLabel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// Registers a new case or edits one: the case's fields, its family group, consent and notes.
// Nothing is written until Save; an error keeps everything typed in place.
class CaseEditor : public QWidget
{
    Q_OBJECT

public:
    CaseEditor(const Database& db, const Clock& clock, const UserSession& session,
               QWidget* parent = nullptr);

    // Starts a new case at a site and asks for the principal person.
    void startNewCase(qint64 siteId);
    bool loadCase(qint64 caseId);
    // False when the signed-in user may only look (a volunteer): nothing can be changed.
    bool isEditable() const { return m_editable; }

    qint64 caseId() const { return m_record.id; }
    QString title() const;
    // The case as it is in the form now.
    CaseRecord record() const;
    bool isDirty() const;
    // Saves; on failure shows why and keeps the form as it is.
    bool save();
    // Asks what to do with unsaved changes; true when the editor may close.
    bool confirmClose();

    // The risk panel of the case (tests).
    class RiskPanel* riskPanel() const { return m_riskPanel; }
    // The legal tab (null for a role that may not see procedures).
    class ProceduresPanel* proceduresPanel() const { return m_procedures; }
    class ReferralsPanel* referralsPanel() const { return m_referrals; }
    class CasePlanPanel* planPanel() const { return m_plan; }
    class IncidentsPanel* incidentsPanel() const { return m_incidents; }
    class RelativesPanel* relativesPanel() const { return m_relatives; }
    // Shows the legal tab.
    void showProcedures();

signals:
    // The case changed in the database (saved, screened, an action updated).
    void saved(qint64 caseId);
    void titleChanged(const QString& title);
    void closeRequested();
    // Another case to open (a relative's), a tracing request to show.
    void openCaseRequested(qint64 caseId);
    void showTracingRequestRequested(qint64 requestId);

private:
    // Registering checks first (IntakeCheck): each new person, then the save.
    bool checkNewPersonsThenSave();
    void askAboutPossibleDuplicates(int row, const QList<struct PossibleDuplicate>& found);
    bool saveChecked();
    void buildHeader(QWidget* parent, class QVBoxLayout* layout);
    void buildFamily(QWidget* parent, class QVBoxLayout* layout);
    void buildConsent(QWidget* parent, class QVBoxLayout* layout);
    void buildNotes(QWidget* parent, class QVBoxLayout* layout);
    void buildRisk(QWidget* parent, class QVBoxLayout* layout);
    void screen();
    void display(const CaseRecord& record);
    void showNotes();
    void showError(const Error& error);
    void clearErrors();
    void editMember(int row);
    void addMember();
    void removeMember();
    void addPendingNote();
    void updateStatusFields();
    void transferToOffice();
    void answerDataRights();
    void updateDirty();
    void applyEditable();
    // Closing a case with deadlines or plan steps still open asks first; true to go on.
    bool confirmClosingWithOpenWork();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QString m_author;
    bool m_editable;
    QPushButton* m_addNote = nullptr;
    QPushButton* m_transfer = nullptr;
    QPushButton* m_rights = nullptr;
    bool m_removed = false;            // its only member erased: the case is gone
    QLabel* m_keptElsewhere = nullptr; // says which site a case from elsewhere belongs to
    CaseRecord m_record; // members and notes live here; the other fields in the widgets
    CaseRecord m_saved;  // as last loaded or saved, to know what is unsaved
    QHash<int, QList<FieldError>> m_memberErrors;
    // During one save: the new persons checked (by row), and why each registered anyway.
    QSet<int> m_checkedNewPersons;
    QStringList m_newPersonReasons;
    FormErrors m_errors;

    QLabel* m_banner;
    QLabel* m_riskBanner;
    class RiskPanel* m_riskPanel;
    class QTabWidget* m_pages = nullptr;
    class ProceduresPanel* m_procedures = nullptr;
    class ReferralsPanel* m_referrals = nullptr;
    class CasePlanPanel* m_plan = nullptr;
    class IncidentsPanel* m_incidents = nullptr;
    class RelativesPanel* m_relatives = nullptr;
    QLabel* m_caseNumber;
    QComboBox* m_site;
    QDateEdit* m_registeredOn;
    QLineEdit* m_caseworker;
    QComboBox* m_status;
    QLineEdit* m_closureReason;
    QFormLayout* m_statusForm;
    QComboBox* m_outcome;
    QWidget* m_returnBox;
    QDateEdit* m_returnOn;
    class CountryComboBox* m_returnCountry;
    QLineEdit* m_returnPlace;
    QCheckBox* m_returnInformed;
    FamilyGroupModel* m_family;
    QTableView* m_familyView;
    QLabel* m_withheld; // what the reader's role is not shown
    QPushButton* m_addMember;
    QPushButton* m_editMember;
    QPushButton* m_removeMember;
    QCheckBox* m_consentRegistration;
    QCheckBox* m_consentReferral;
    QCheckBox* m_consentTracing;
    QDateEdit* m_consentDate;
    QLineEdit* m_consentRecordedBy;
    QListWidget* m_notes;
    QPlainTextEdit* m_newNote;
    QPushButton* m_save;
    QWidget* m_consentBox;
    QWidget* m_notesBox;
};

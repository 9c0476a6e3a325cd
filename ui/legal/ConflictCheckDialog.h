#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/ConflictCheck.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The conflict check of a case: its opposing parties, the names and documents to check
// (the members', the parties', any other typed in), what was found against everyone already
// known, and the decision, recorded on the case with the earlier ones shown below.
class ConflictCheckDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictCheckDialog(const Database& db, const Clock& clock, const UserSession& session,
                        const CaseRecord& record, QWidget* parent = nullptr);

    // Tests.
    QList<ConflictFinding> findings() const { return m_findings; }
    void runCheck();
    void recordDecision();

signals:
    void recorded();

private:
    void buildParties(class QVBoxLayout* layout);
    void buildSubjects(class QVBoxLayout* layout);
    void buildFindings(class QVBoxLayout* layout);
    void buildHistory(class QVBoxLayout* layout);
    void loadParties();
    void loadHistory();
    void addParty();
    void removeParty();
    void addSubjectRow(const ConflictSubject& subject);
    QList<ConflictSubject> subjects() const;
    void subjectsEdited();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    QList<ConflictFinding> m_findings;
    QList<ConflictSubject> m_checked; // the subjects of the last check run
    bool m_checkRun = false;

    QTableWidget* m_parties;
    QLineEdit* m_partyName;
    QLineEdit* m_partyDocument;
    QLineEdit* m_partyNote;
    QTableWidget* m_subjects;
    QTableWidget* m_results;
    QLabel* m_resultSummary;
    QComboBox* m_decision;
    QLineEdit* m_note;
    QPushButton* m_recordButton;
    FieldErrorLabel* m_error;
    QTableWidget* m_history;
};

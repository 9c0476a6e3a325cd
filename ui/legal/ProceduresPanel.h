#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Procedure.h"
#include "core/security/UserSession.h"

#include <QWidget>

class Clock;
class Database;
class DeadlinesView;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QToolButton;
class StageProgress;

// The legal side of a case: its procedures (each with its stage shown as progress and its
// timeline of events), recording what happened, the conflict check, the case's deadlines and
// the printable summary for the person.
class ProceduresPanel : public QWidget
{
    Q_OBJECT

public:
    ProceduresPanel(const Database& db, const Clock& clock, const UserSession& session,
                    QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    // A case another site keeps: its procedures are read here, not changed.
    void setReadOnly();
    QList<Procedure> procedures() const { return m_procedures; }
    // The procedure shown, or null.
    const Procedure* current() const;
    DeadlinesView* deadlines() const { return m_deadlines; }
    StageProgress* stageProgress() const { return m_stages; }

    // Writes the summary of the procedure shown; `language` "es", "pt_BR" or "en".
    Status writeSummary(const QString& path, const QString& language) const;

public slots:
    void newProcedure();
    void recordEvent();
    void editProcedure();
    void conflictCheck();
    void printSummary(const QString& language);

signals:
    // Something legal changed in the database (a procedure, an event, a deadline).
    void changed();

private:
    void reload(qint64 selectId);
    void showCurrent();
    void showConflictStatus();
    void addDeadline();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    bool m_editable;
    CaseRecord m_record;
    QList<Procedure> m_procedures;

    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_conflict;
    QLabel* m_conflictStatus;
    QWidget* m_detail;
    QLabel* m_title;
    QLabel* m_facts;
    StageProgress* m_stages;
    QLabel* m_outcome;
    QTableWidget* m_timeline;
    QPushButton* m_recordEvent;
    QPushButton* m_edit;
    QToolButton* m_print;
    QLabel* m_empty;
    DeadlinesView* m_deadlines;
};

#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/Incident.h"
#include "core/security/UserSession.h"

#include <QList>
#include <QWidget>

class Clock;
class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// What happened to the persons of a case, on the way or where they live now: each incident
// in the catalogue's words, and under the list the chosen one's narrative. Legal staff and
// administrators record, change and remove them here.
class IncidentsPanel : public QWidget
{
    Q_OBJECT

public:
    IncidentsPanel(const Database& db, const Clock& clock, const UserSession& session,
                   QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    void setReadOnly();
    QTableWidget* table() const { return m_table; }

public slots:
    void refresh();
    void recordNew();
    void changeCurrent();
    void removeCurrent();

signals:
    void changed();

private:
    const Incident* current() const;
    void updateButtons();
    void openDialog(const Incident& incident);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    QList<Incident> m_incidents;
    QTableWidget* m_table;
    QLabel* m_narrative;
    QLabel* m_status;
    QPushButton* m_new;
    QPushButton* m_change;
    QPushButton* m_remove;
    bool m_readOnly = false;
};

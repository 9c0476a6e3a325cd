#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/Screening.h"
#include "core/security/UserSession.h"

#include <QWidget>

class Clock;
class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// The risk part of a case: each member's current level and categories, specific-needs
// codes, recommended actions with their status, and the way to screen or see the history.
// Someone who may not see risk details sees only whether the case needs attention.
class RiskPanel : public QWidget
{
    Q_OBJECT

public:
    RiskPanel(const Database& db, const Clock& clock, const UserSession& session,
              QWidget* parent = nullptr);

    void refresh(const CaseRecord& record);
    // A case another site keeps: shown, not screened or changed here.
    void setReadOnly();
    // One line for the top of the case ("High risk: …"), empty when nothing is high.
    QString bannerText() const { return m_banner; }

signals:
    void screenRequested();
    void bannerChanged(const QString& text);
    void actionsChanged();

private:
    void showHistory();
    void saveActionStatuses();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    QHash<qint64, Screening> m_current;
    QString m_banner;
    QLabel* m_summary;
    QTableWidget* m_members;
    QTableWidget* m_actions;
    QPushButton* m_screen;
    QPushButton* m_history;
    QPushButton* m_needsButton;
    QPushButton* m_saveActions;
    QLabel* m_message;
    bool m_readOnly = false;
};

#pragma once

#include "core/domain/CaseRecord.h"
#include "core/security/UserSession.h"

#include <QWidget>

class Clock;
class Database;
class QPushButton;
class QTableWidget;

// The relatives of a case's members: family links to persons in other cases, and the
// relatives this family is looking for (its tracing requests).
class RelativesPanel : public QWidget
{
    Q_OBJECT

public:
    RelativesPanel(const Database& db, const Clock& clock, const UserSession& session,
                   QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    QTableWidget* links() const { return m_links; }
    QTableWidget* sought() const { return m_sought; }

public slots:
    void linkRelative();
    void addSoughtRelative();

signals:
    void openCaseRequested(qint64 caseId);
    void showRequestRequested(qint64 requestId);
    void changed();

private:
    void reload();
    void confirmLink();
    void removeLink();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    QTableWidget* m_links;
    QTableWidget* m_sought;
    QPushButton* m_link;
    QPushButton* m_confirm;
    QPushButton* m_remove;
    QPushButton* m_addSought;
};

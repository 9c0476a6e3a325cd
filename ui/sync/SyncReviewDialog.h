#pragma once

#include "core/domain/SyncReview.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// Administration → Review list (issue 20): the records another site changed while they were
// changed here too. For the one chosen, the fields that differ side by side — this database's
// version and the other site's — and the two choices.
class SyncReviewDialog : public QDialog
{
    Q_OBJECT

public:
    SyncReviewDialog(const Database& db, const Clock& clock, const UserSession& session,
                     QWidget* parent = nullptr);

private:
    void refresh();
    void showCurrent();
    void decide(bool keepOurs);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QList<SyncReview> m_reviews;
    QLabel* m_intro;
    QListWidget* m_list;
    QTableWidget* m_fields;
    QPushButton* m_keep;
    QPushButton* m_take;
};

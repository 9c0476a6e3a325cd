#pragma once

#include "core/domain/MergeRecord.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// Administration → Merges to review (issue 21): the merges not yet reviewed, newest first.
// Someone who checks one either closes its review (the merge stays, and what undoing it kept
// of the removed record is dropped) or undoes it (both records back as they were).
class MergeReviewDialog : public QDialog
{
    Q_OBJECT

public:
    MergeReviewDialog(const Database& db, const Clock& clock, const UserSession& session,
                      QWidget* parent = nullptr);

    void refresh();
    const QList<MergeRecord>& merges() const { return m_merges; }

signals:
    // Something was undone: lists showing the records should read them again.
    void recordsChanged();

private:
    const MergeRecord* current() const;
    void undoCurrent();
    void closeCurrent();
    void updateButtons();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QList<MergeRecord> m_merges;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_undo;
    QPushButton* m_close;
};

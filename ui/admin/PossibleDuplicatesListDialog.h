#pragma once

#include "core/domain/MergeRecord.h"
#include "core/security/UserSession.h"
#include "core/services/DuplicateScan.h"

#include <QDialog>

class Clock;
class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// Administration → Possible duplicates (issue 21): the whole database looked through for
// persons registered twice (DuplicateScan), with progress and a way to cancel; each pair with
// both cases and why, either case opened from it, and the two persons (or their two cases)
// merged by legal staff and administrators.
class PossibleDuplicatesListDialog : public QDialog
{
    Q_OBJECT

public:
    PossibleDuplicatesListDialog(const Database& db, const Clock& clock, const UserSession& session,
                                 QWidget* parent = nullptr);

    // Looks through the database and shows what it found (or why it could not).
    void search();
    const QList<DuplicatePair>& pairs() const { return m_pairs; }

signals:
    void openCaseRequested(qint64 caseId);
    // A merge was made: lists showing the records should read them again.
    void recordsChanged();

private:
    // Side by side, then merged; the pairs the merge settled leave the list.
    void mergeCurrent(MergeKind kind);
    void showPairs(const QList<DuplicatePair>& pairs);
    void updateButtons();
    const DuplicatePair* current() const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QList<DuplicatePair> m_pairs;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_openFirst;
    QPushButton* m_openSecond;
    QPushButton* m_mergePersons;
    QPushButton* m_mergeCases;
};

#pragma once

#include "core/domain/MergePlan.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;

// Two records of one person, or two cases of one family, side by side (issue 21): which one
// stays, and for each field that differs, whose value it keeps. Everything else both hold
// joins the one that stays. A refused merge leaves the choices as they were, with the reason.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const Database& db, const Clock& clock, const UserSession& session, MergeKind kind,
                qint64 firstId, qint64 secondId, QWidget* parent = nullptr);

    // Reads both records; false (and the reason in errorText()) when they cannot be shown.
    bool load();
    QString errorText() const;
    // After accept(): the merge made.
    const MergeRecord& merged() const { return m_merged; }

    void accept() override;

private:
    // The other record stays: read both again the other way round.
    void swapKept();
    void showPreview();
    // One line per field: its name, then either the value both share or a choice of the two.
    void fillChoices(QGridLayout* grid, const QList<MergeField>& fields, const QString& prefix,
                     QList<QButtonGroup*>& groups);
    static QSet<QString> chosenFromRemoved(const QList<QButtonGroup*>& groups);
    MergePlan plan() const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    MergeKind m_kind;
    qint64 m_keptId;
    qint64 m_removedId;
    MergePreview m_preview;
    MergeRecord m_merged;
    QLabel* m_stays;
    QWidget* m_fields;
    QList<QButtonGroup*> m_groups;
    QGroupBox* m_principalBox;
    QCheckBox* m_samePrincipal;
    QWidget* m_principalFields;
    QList<QButtonGroup*> m_principalGroups;
    QComboBox* m_joinsAs;
    QLabel* m_joined;
    QLabel* m_error;
    QPushButton* m_mergeButton;
};

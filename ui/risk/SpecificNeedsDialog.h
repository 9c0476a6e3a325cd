#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/SpecificNeed.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class QComboBox;
class QLabel;
class QListWidget;

// UNHCR specific-needs codes of the members of a case: see them (with who added them and
// when), add one by hand, remove one (it stays in the history).
class SpecificNeedsDialog : public QDialog
{
    Q_OBJECT

public:
    SpecificNeedsDialog(const Database& db, const Clock& clock, const UserSession& session,
                        const CaseRecord& record, QWidget* parent = nullptr);

    void addCode(const QString& code);
    void removeSelected();

signals:
    void changed();

private:
    void reload();
    qint64 personId() const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    QList<SpecificNeed> m_needs;
    QComboBox* m_member;
    QListWidget* m_list;
    QComboBox* m_code;
    QLabel* m_message;
};

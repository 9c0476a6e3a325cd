#pragma once

#include "core/domain/CaseRecord.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QCheckBox;
class QComboBox;
class QLineEdit;

// Links a member of a case with a relative registered in another case ("her son, registered
// later in Lima"): found by the other case's number, with the relationship and whether it is
// confirmed or only declared.
class LinkRelativeDialog : public QDialog
{
    Q_OBJECT

public:
    LinkRelativeDialog(const Database& db, const Clock& clock, const UserSession& session,
                       const CaseRecord& record, QWidget* parent = nullptr);

    void findOtherCase();
    void accept() override;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    QComboBox* m_member;
    QComboBox* m_relationship;
    QLineEdit* m_otherCase;
    QComboBox* m_relative;
    QCheckBox* m_confirmed;
    QLineEdit* m_note;
    FieldErrorLabel* m_error;
};

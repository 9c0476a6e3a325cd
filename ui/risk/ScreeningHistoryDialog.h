#pragma once

#include "core/domain/CaseRecord.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;

// Every screening of every member of a case, newest first, as a readable report.
class ScreeningHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ScreeningHistoryDialog(const Database& db, const Clock& clock, const UserSession& session,
                           const CaseRecord& record, QWidget* parent = nullptr);
};

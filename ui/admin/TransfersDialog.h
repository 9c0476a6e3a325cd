#pragma once

#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class QTableWidget;

// Administration → Transfers of personal data: every referral form, referral package and
// package to another site that carried personal data out, newest first, with the recipient
// and the data-sharing agreement it relied on.
class TransfersDialog : public QDialog
{
    Q_OBJECT

public:
    TransfersDialog(const Database& db, const Clock& clock, const UserSession& session,
                    QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

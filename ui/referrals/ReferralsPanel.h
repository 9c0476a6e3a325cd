#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Referral.h"
#include "core/security/UserSession.h"

#include <QList>
#include <QWidget>

class Clock;
class Database;
class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

// A case's referrals, made and received: who, to or from whom, which services, priority and
// where each stands. From here a caseworker refers, records what a partner answered and
// writes the referral form for the partner (a PDF in its language) or, for a partner that uses
// Amparo, the encrypted referral package.
class ReferralsPanel : public QWidget
{
    Q_OBJECT

public:
    ReferralsPanel(const Database& db, const Clock& clock, const UserSession& session,
                   QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    void setReadOnly();
    QTableWidget* table() const { return m_table; }
    const QList<Referral>& referrals() const { return m_referrals; }
    // The referral of the selected row, if any.
    const Referral* current() const;
    // Writes the form of the selected referral, in its partner's language.
    Status writeForm(const QString& path) const;

public slots:
    void refresh();
    void refer();
    void recordReceived();
    void recordAnswer();
    void saveForm();
    void savePackage();

signals:
    // A referral was made or changed (deadlines may have too).
    void changed();

private:
    void updateButtons();
    // Opens a dialog that changes referrals; what it saved shows when it closes.
    void openDialog(QDialog* dialog);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    QList<Referral> m_referrals;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_refer;
    QPushButton* m_received;
    QPushButton* m_answer;
    QPushButton* m_form;
    QPushButton* m_package;
    bool m_readOnly = false;
};

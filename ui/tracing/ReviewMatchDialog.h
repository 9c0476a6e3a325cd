#pragma once

#include "core/domain/MatchProposal.h"
#include "core/domain/TracingRequest.h"
#include "core/security/UserSession.h"
#include "core/services/ReunificationSearch.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QLineEdit;
class QPushButton;

// A person decides on a proposed match: the description sought beside the person
// registered, with the reasons; confirm, reject (never proposed again) or leave pending.
// A child's match is for legal staff.
class ReviewMatchDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewMatchDialog(const Database& db, const Clock& clock, const UserSession& session,
                      const TracingRequest& request, const MatchProposal& proposal,
                      const ReunificationHit& person, QWidget* parent = nullptr);

    TracingRequest request() const { return m_request; }
    void confirmMatch();
    void rejectMatch();

private:
    void decide(bool confirm);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    TracingRequest m_request;
    MatchProposal m_proposal;
    QLineEdit* m_note;
    FieldErrorLabel* m_error;
};

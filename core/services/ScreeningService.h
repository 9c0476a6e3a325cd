#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Screening.h"
#include "core/risk/RiskSuggester.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QHash>

class Clock;
class Database;
class RiskCatalogue;

// Heightened-risk screenings: validated against the catalogue and the suggestions the data
// makes, saved (for one person or a whole family at once) in one transaction together with
// the specific-needs codes they imply, the case's current risk and the audit entries.
// Risk details are for legal staff; others learn only whether a case needs attention.
class ScreeningService
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningService)

public:
    static constexpr int MaxObservationsLength = 20000;
    static constexpr int MaxNoteLength = 2000;

    ScreeningService(const Database& db, const Clock& clock, const UserSession& session);

    // What the data suggests for a member of a case (no permission needed beyond having the
    // case in hand).
    QList<RiskSuggestion> suggestions(const CaseRecord& record, int memberIndex) const;
    // The problems of one screening of a member of `record`; field names: "screenedOn",
    // "levels/<category>", "suggestions/<indicator>", "indicators", "actions/<n>/reason"…
    QList<FieldError> validate(const CaseRecord& record, const Screening& screening) const;

    // Saves screenings of members of a case: all of them, or none, with the follow-up deadline
    // their overall rating asks for.
    Result<QList<Screening>> save(qint64 caseId, const QList<Screening>& screenings);
    // The newest screening of each screened member, by person id.
    Result<QHash<qint64, Screening>> current(qint64 caseId) const;
    Result<QList<Screening>> history(qint64 caseId, qint64 personId) const;
    // For everyone who may open the case: whether any member is at high risk ("speak to
    // staff"), without saying why.
    Result<bool> needsAttention(qint64 caseId) const;
    Status setActionStatus(qint64 actionId, ActionStatus status, const QString& reason);

private:
    // A high or medium overall rating asks for a follow-up by a date (see the catalogue);
    // any earlier follow-up of the person is done by this screening.
    Status scheduleFollowUp(const Screening& screening, const CaseRecord& record) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    const RiskCatalogue& m_catalogue;
};

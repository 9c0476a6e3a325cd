#pragma once

#include "core/common/Result.h"
#include "core/domain/MatchProposal.h"
#include "core/domain/PartialDate.h"
#include "core/domain/Sex.h"
#include "core/domain/TracingRequest.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Clock;
class Database;

// "Is my sister registered anywhere here?": what a volunteer types.
struct ReunificationQuery
{
    QString name;
    PartialDate birthDate; // from an age or a year, often
    Sex sex = Sex::Unknown;
    QString place;

    // "12" (an age), "~12", "2014" (a year) or a date; nullopt when it is none of these.
    static std::optional<PartialDate> ageOrBirth(const QString& text, QDate today);
    // The person described, names split as typed ("Johandry Pérez Gómez": two family names).
    SoughtPerson sought() const;
};

// A registered person who may be the one sought, with only what reunification needs.
struct ReunificationHit
{
    qint64 personId = 0;
    qint64 caseId = 0;
    QString name;
    Sex sex = Sex::Unknown;
    QString age;           // "about 12 (born 2014)"
    QString nationalities; // names, in the user's language
    QString site;
    QString place;
    QString caseNumber;
    int openRequests = 0; // open tracing requests already looking for them
    bool child = false;   // an unaccompanied or separated child
    double score = 0;
    QString reasons;
};

// The volunteer's reunification search: possible persons for a name (and age, sex, place),
// among those whose case agreed to tracing contact, showing nothing beyond what the
// volunteer's role allows.
class ReunificationSearch
{
    Q_DECLARE_TR_FUNCTIONS(ReunificationSearch)

public:
    static constexpr int MaxHits = 50;

    ReunificationSearch(const Database& db, const Clock& clock, const UserSession& session);

    Result<QList<ReunificationHit>> search(const ReunificationQuery& query) const;
    // The persons proposed for a request, shown the same way, with the proposals' scores.
    Result<QList<ReunificationHit>> proposed(const QList<MatchProposal>& proposals) const;

private:
    Result<ReunificationHit> hitFor(const struct TracingCandidate& candidate, double score,
                                    const QString& reasons) const;
    // How many open requests already seek each hit.
    Status countOpenRequests(QList<ReunificationHit>& hits) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

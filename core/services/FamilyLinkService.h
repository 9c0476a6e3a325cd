#pragma once

#include "core/common/Result.h"
#include "core/domain/FamilyLink.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

class Clock;
class Database;

// A family link as seen from one person: the relative, what they are to them, and where the
// relative is registered.
struct RelativeView
{
    FamilyLink link;
    qint64 personId = 0; // the person seen from
    qint64 relativeId = 0;
    QString relativeName;
    qint64 relativeCaseId = 0;
    QString relativeCaseNumber;
    Relationship relationship = Relationship::OtherRelative; // the relative to the person
};

// Family links between persons across cases ("her son, registered in another case"):
// declared by staff, or made by confirming a tracing match.
class FamilyLinkService
{
    Q_DECLARE_TR_FUNCTIONS(FamilyLinkService)

public:
    FamilyLinkService(const Database& db, const Clock& clock, const UserSession& session);

    // `relationship`: what the relative is to the person.
    Result<FamilyLink> add(qint64 personId, qint64 relativeId, Relationship relationship,
                           bool confirmed, const QString& note);
    Status confirm(qint64 linkId);
    Status remove(qint64 linkId);
    // The relatives of these persons (the members of a case), each seen from its member.
    Result<QList<RelativeView>> relativesOf(const QList<qint64>& personIds) const;

private:
    Status audit(const QString& action, const FamilyLink& link, const QString& summary) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

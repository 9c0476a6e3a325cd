#include "core/services/FamilyLinkService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/FamilyLinkRepository.h"
#include "core/storage/MatchCandidateRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/RecordOwnership.h"
#include "core/storage/Transaction.h"

FamilyLinkService::FamilyLinkService(const Database& db, const Clock& clock,
                                     const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Status FamilyLinkService::audit(const QString& action, const FamilyLink& link,
                                const QString& summary) const
{
    return AuditLog(m_db, m_clock)
        .record(m_session,
                {action,
                 QStringLiteral("person"),
                 QString::number(link.personId),
                 QString(),
                 {{QStringLiteral("relative"), QString(), QString::number(link.relativeId)},
                  {QStringLiteral("relationship"), QString(),
                   relationshipCodes().code(link.relationship)}},
                 summary});
}

Result<FamilyLink> FamilyLinkService::add(qint64 personId, qint64 relativeId,
                                          Relationship relationship, bool confirmed,
                                          const QString& note)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditCase); !s)
        return s.error();
    if (personId == relativeId)
        return Error(Error::Code::Invalid, tr("A person cannot be their own relative."));
    if (relationship == Relationship::Principal || relationship == Relationship::NonRelative)
        return Error(Error::Code::Invalid, tr("Choose how the two are related."));
    if (note.size() > 500)
        return Error(Error::Code::Invalid, tr("The note can have at most 500 characters."));
    PersonRepository persons(m_db, m_clock);
    for (qint64 id : {personId, relativeId}) {
        if (Result<Person> p =
                persons.find(id, PersonRepository::Detail::WithoutDocumentsAndContact);
            !p)
            return p.error();
    }
    FamilyLink link;
    link.personId = personId;
    link.relativeId = relativeId;
    link.relationship = relationship;
    link.confirmed = confirmed;
    link.note = note.trimmed();
    link.createdBy = m_session.displayName;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    FamilyLinkRepository links(m_db, m_clock);
    Result<qint64> id = links.insert(link);
    if (!id)
        return id.error();
    link.id = *id;
    if (Status s = audit(QStringLiteral("family_link.create"), link, link.note); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return links.find(link.id);
}

Status FamilyLinkService::confirm(qint64 linkId)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditCase); !s)
        return s;
    FamilyLinkRepository links(m_db, m_clock);
    Result<FamilyLink> link = links.find(linkId);
    if (!link)
        return link.error();
    if (Status s = RecordOwnership(m_db).checkOwnedHere(QStringLiteral("family_links"), linkId); !s)
        return s;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = links.confirm(linkId); !s)
        return s;
    if (Status s = audit(QStringLiteral("family_link.confirm"), *link, {}); !s)
        return s;
    return transaction.commit();
}

Status FamilyLinkService::remove(qint64 linkId)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditCase); !s)
        return s;
    FamilyLinkRepository links(m_db, m_clock);
    Result<FamilyLink> link = links.find(linkId);
    if (!link)
        return link.error();
    if (Status s = RecordOwnership(m_db).checkOwnedHere(QStringLiteral("family_links"), linkId); !s)
        return s;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = links.remove(linkId); !s)
        return s;
    if (Status s = audit(QStringLiteral("family_link.remove"), *link, {}); !s)
        return s;
    return transaction.commit();
}

Result<QList<RelativeView>> FamilyLinkService::relativesOf(const QList<qint64>& personIds) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewCase); !s)
        return s.error();
    Result<QList<FamilyLink>> links = FamilyLinkRepository(m_db, m_clock).involving(personIds);
    if (!links)
        return links.error();
    QList<qint64> others;
    for (const FamilyLink& l : *links)
        others.append(personIds.contains(l.personId) ? l.relativeId : l.personId);
    Result<QList<TracingCandidate>> found = MatchCandidateRepository(m_db).load(others, false);
    if (!found)
        return found.error();
    QHash<qint64, TracingCandidate> byId;
    for (const TracingCandidate& c : *found)
        byId.insert(c.person.personId, c);
    QList<RelativeView> out;
    for (const FamilyLink& l : *links) {
        // Seen from the member of these persons; a link between two of them shows twice.
        for (const bool fromPerson : {true, false}) {
            const qint64 self = fromPerson ? l.personId : l.relativeId;
            const qint64 other = fromPerson ? l.relativeId : l.personId;
            if (!personIds.contains(self))
                continue;
            RelativeView v;
            v.link = l;
            v.personId = self;
            v.relativeId = other;
            v.relationship = fromPerson ? l.relationship : inverse(l.relationship);
            const TracingCandidate c = byId.value(other);
            v.relativeName = c.person.fullName();
            v.relativeCaseId = c.caseId;
            v.relativeCaseNumber = c.caseNumber;
            out.append(v);
        }
    }
    return out;
}

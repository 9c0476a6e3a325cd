#include "core/services/ConductService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/ConductRepository.h"
#include "core/storage/Transaction.h"

ConductService::ConductService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<std::optional<ConductCode>> ConductService::current() const
{
    if (!m_session.isValid())
        return Error(Error::Code::NotPermitted, tr("Sign in first."));
    return ConductRepository(m_db).current();
}

Result<ConductCode> ConductService::write(const QString& given)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s.error();
    const QString body = given.trimmed();
    if (body.isEmpty())
        return Error::invalid({{QStringLiteral("body"), tr("Write the code of conduct.")}});
    if (body.size() > MaxLength)
        return Error::invalid(
            {{QStringLiteral("body"),
              tr("The code of conduct can have at most %1 characters.").arg(MaxLength)}});
    ConductRepository repository(m_db);
    Result<std::optional<ConductCode>> current = repository.current();
    if (!current)
        return current.error();
    if (*current && (*current)->body == body)
        return **current;
    const ConductCode code{*current ? (*current)->version + 1 : 1, body, m_session.displayName,
                           m_clock.now()};
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = repository.insert(code); !s)
        return s.error();
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session, {QStringLiteral("conduct.write"),
                                    QStringLiteral("database"),
                                    QString(),
                                    QString(),
                                    {{QStringLiteral("version"),
                                      *current ? QString::number((*current)->version) : QString(),
                                      QString::number(code.version)}},
                                    {}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return code;
}

Result<std::optional<ConductCode>> ConductService::awaitingAcceptance() const
{
    Result<std::optional<ConductCode>> code = current();
    if (!code || !*code)
        return code;
    Result<bool> accepted = ConductRepository(m_db).accepted(m_session.userId, (*code)->version);
    if (!accepted)
        return accepted.error();
    return *accepted ? std::optional<ConductCode>() : *code;
}

Status ConductService::accept(int version)
{
    Result<std::optional<ConductCode>> awaiting = awaitingAcceptance();
    if (!awaiting)
        return awaiting.error();
    if (!*awaiting)
        return {};
    if ((*awaiting)->version != version)
        return Error(Error::Code::Conflict,
                     tr("The code of conduct changed while you were reading it: read the new "
                        "version."));
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s =
            ConductRepository(m_db).recordAcceptance(m_session.userId, version, m_clock.now());
        !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session,
                               {QStringLiteral("conduct.accept"),
                                QStringLiteral("database"),
                                QString(),
                                QString(),
                                {{QStringLiteral("version"), QString(), QString::number(version)}},
                                {}});
        !s)
        return s;
    return transaction.commit();
}

Result<int> ConductService::acceptancesOfCurrent() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ManageUsers); !s)
        return s.error();
    ConductRepository repository(m_db);
    Result<std::optional<ConductCode>> code = repository.current();
    if (!code)
        return code.error();
    return *code ? repository.acceptances((*code)->version) : Result<int>(0);
}

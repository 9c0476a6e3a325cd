#include "core/services/TracingService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/reference/CountryCatalog.h"
#include "core/security/AccessPolicy.h"
#include "core/services/MatchProposer.h"
#include "core/services/PersonValidator.h"
#include "core/storage/Database.h"
#include "core/storage/FamilyLinkRepository.h"
#include "core/storage/MatchProposalRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/RecordOwnership.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

#include <QScopeGuard>
#include <QThreadPool>

#include <future>

namespace {
// Matching everything finds candidates this many requests at a time (progress and stopping
// follow it) and writes what it found this many per transaction, so that stopping (or a crash)
// keeps what was done and never leaves a request half-matched. Each write empties the page
// cache of the second thread's connection: fewer, larger writes spare it reading (and, in an
// encrypted file, decrypting) the same pages again.
constexpr int RematchFindBatch = 200;
constexpr int RematchWriteBatch = 1000;
} // namespace

TracingService::TracingService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

QList<FieldError> TracingService::validate(const TracingRequest& r) const
{
    QList<FieldError> errors;
    const PersonValidator person(m_clock);
    const auto tooLong = [&errors](const char* field, const QString& text, int max) {
        if (text.size() > max)
            errors.append(
                {QLatin1String(field), tr("At most %1 characters can be written here.").arg(max)});
    };
    Result<std::optional<Site>> site = SiteRepository(m_db).find(r.siteId);
    if (!site || !*site)
        errors.append({QStringLiteral("site"), tr("Choose the site where the request is made.")});
    if (r.inquirerName.trimmed().isEmpty())
        errors.append({QStringLiteral("inquirerName"), tr("Enter the name of the person asking.")});
    person.checkName(errors, QStringLiteral("inquirerName"), r.inquirerName);
    tooLong("contact", r.contact, MaxShortTextLength);
    if (!r.requestedOn.isValid() || r.requestedOn > m_clock.today())
        errors.append(
            {QStringLiteral("requestedOn"), tr("The request cannot be dated in the future.")});

    const SoughtPerson& s = r.sought;
    if (s.givenNames.trimmed().isEmpty() && s.familyName1.trimmed().isEmpty() &&
        s.familyName2.trimmed().isEmpty())
        errors.append({QStringLiteral("sought/givenNames"),
                       tr("Enter at least one name of the person sought.")});
    person.checkName(errors, QStringLiteral("sought/givenNames"), s.givenNames);
    person.checkName(errors, QStringLiteral("sought/familyName1"), s.familyName1);
    person.checkName(errors, QStringLiteral("sought/familyName2"), s.familyName2);
    for (const QString& other : s.otherNames)
        person.checkName(errors, QStringLiteral("sought/otherNames"), other);
    person.checkBirthDate(errors, QStringLiteral("sought/birthDate"), s.birthDate);
    if (s.lastSeen.isKnown() && (!s.lastSeen.isValid() || s.lastSeen.earliest() > m_clock.today()))
        errors.append(
            {QStringLiteral("sought/lastSeen"), tr("The date last seen cannot be in the future.")});
    const CountryCatalog& countries = CountryCatalog::instance();
    if (!s.nationality.isEmpty() && !countries.isNationality(s.nationality))
        errors.append(
            {QStringLiteral("sought/nationality"), tr("Choose a nationality from the list.")});
    if (!s.lastKnownCountry.isEmpty() && !countries.isCountry(s.lastKnownCountry))
        errors.append(
            {QStringLiteral("sought/lastKnownCountry"), tr("Choose a country from the list.")});
    tooLong("sought/lastKnownPlace", s.lastKnownPlace, MaxShortTextLength);
    tooLong("sought/separation", s.separation, MaxTextLength);
    return errors;
}

Status TracingService::audit(const QString& action, const TracingRequest& r,
                             const QList<AuditChange>& changes, const QString& summary) const
{
    return AuditLog(m_db, m_clock)
        .record(m_session, {action, QStringLiteral("tracing_request"), QString::number(r.id),
                            r.reference(), changes, summary});
}

Result<TracingRequest> TracingService::add(const TracingRequest& input)
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    TracingRequest r = input;
    r.id = 0;
    r.status = TracingStatus::Open;
    r.foundPersonId = 0;
    r.createdBy = m_session.displayName;
    if (!r.requestedOn.isValid())
        r.requestedOn = m_clock.today();
    if (const QList<FieldError> errors = validate(r); !errors.isEmpty())
        return Error::invalid(errors);
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    TracingRequestRepository repository(m_db, m_clock);
    Result<qint64> id = repository.insert(r);
    if (!id)
        return id.error();
    r.id = *id;
    if (Status s =
            repository.addHistory(r.id, {m_clock.now(), m_session.displayName, TracingStatus::Open,
                                         TracingStatus::Open, tr("registered")});
        !s)
        return s.error();
    if (Status s = audit(QStringLiteral("tracing.create"), r,
                         {{QStringLiteral("sought"), QString(), r.sought.fullName()},
                          {QStringLiteral("inquirer"), QString(), r.inquirerName}},
                         {});
        !s)
        return s.error();
    Result<TracingRequest> stored = repository.find(r.id);
    if (!stored)
        return stored.error();
    if (Result<int> n = MatchProposer(m_db, m_clock).proposeFor(*stored, m_session.displayName); !n)
        return n.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return find(r.id);
}

Result<TracingRequest> TracingService::update(const TracingRequest& input)
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    TracingRequestRepository repository(m_db, m_clock);
    Result<TracingRequest> stored = repository.find(input.id);
    if (!stored)
        return stored.error();
    if (Status s =
            RecordOwnership(m_db).checkOwnedHere(QStringLiteral("tracing_requests"), stored->id);
        !s)
        return s.error();
    TracingRequest r = input;
    // The status, its reason and the person found change only through review and closing.
    r.status = stored->status;
    r.closureReason = stored->closureReason;
    r.closedOn = stored->closedOn;
    r.foundPersonId = stored->foundPersonId;
    r.createdBy = stored->createdBy;
    if (const QList<FieldError> errors = validate(r); !errors.isEmpty())
        return Error::invalid(errors);
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = repository.update(r); !s)
        return s.error();
    QList<AuditChange> changes;
    if (stored->sought.fullName() != r.sought.fullName())
        changes.append({QStringLiteral("sought"), stored->sought.fullName(), r.sought.fullName()});
    if (stored->contact != r.contact)
        changes.append({QStringLiteral("contact"), stored->contact, r.contact});
    if (Status s = audit(QStringLiteral("tracing.change"), r, changes, {}); !s)
        return s.error();
    Result<TracingRequest> updated = repository.find(r.id);
    if (!updated)
        return updated.error();
    if (Result<int> n = MatchProposer(m_db, m_clock).proposeFor(*updated, m_session.displayName);
        !n)
        return n.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return find(r.id);
}

Result<TracingRequest> TracingService::find(qint64 id) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    return TracingRequestRepository(m_db, m_clock).find(id);
}

Result<QList<TracingRequest>> TracingService::requests(const TracingRequestFilter& filter) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    return TracingRequestRepository(m_db, m_clock).list(filter);
}

Result<QList<TracingStatusChange>> TracingService::history(qint64 requestId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    return TracingRequestRepository(m_db, m_clock).history(requestId);
}

Result<TracingRequest> TracingService::close(qint64 requestId, bool reunited, const QString& reason)
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    TracingRequestRepository repository(m_db, m_clock);
    Result<TracingRequest> stored = repository.find(requestId);
    if (!stored)
        return stored.error();
    if (Status s =
            RecordOwnership(m_db).checkOwnedHere(QStringLiteral("tracing_requests"), stored->id);
        !s)
        return s.error();
    if (stored->status == TracingStatus::Reunited || stored->status == TracingStatus::Closed)
        return Error(Error::Code::Invalid, tr("The request is closed already."));
    if (reunited && stored->foundPersonId == 0)
        return Error(Error::Code::Invalid,
                     tr("Confirm the match of the person found before recording the reunion."));
    if (!reunited && reason.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("Say why the request is closed."),
                     {{QStringLiteral("reason"), tr("Say why the request is closed.")}});
    if (reason.size() > MaxTextLength)
        return Error(Error::Code::Invalid,
                     tr("At most %1 characters can be written here.").arg(MaxTextLength),
                     {{QStringLiteral("reason"),
                       tr("At most %1 characters can be written here.").arg(MaxTextLength)}});
    TracingRequest r = *stored;
    r.status = reunited ? TracingStatus::Reunited : TracingStatus::Closed;
    r.closureReason = reason.trimmed();
    r.closedOn = m_clock.today();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = repository.update(r); !s)
        return s.error();
    if (Status s = repository.addHistory(r.id, {m_clock.now(), m_session.displayName,
                                                stored->status, r.status, r.closureReason});
        !s)
        return s.error();
    if (Status s = audit(QStringLiteral("tracing.close"), r,
                         {{QStringLiteral("status"), tracingStatusCodes().code(stored->status),
                           tracingStatusCodes().code(r.status)}},
                         {});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return repository.find(r.id);
}

Result<TracingRequest> TracingService::reopen(qint64 requestId, const QString& reason)
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    TracingRequestRepository repository(m_db, m_clock);
    Result<TracingRequest> stored = repository.find(requestId);
    if (!stored)
        return stored.error();
    if (Status s =
            RecordOwnership(m_db).checkOwnedHere(QStringLiteral("tracing_requests"), stored->id);
        !s)
        return s.error();
    if (stored->status != TracingStatus::Reunited && stored->status != TracingStatus::Closed)
        return Error(Error::Code::Invalid, tr("The request is open already."));
    if (reason.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("Say why the request is opened again."),
                     {{QStringLiteral("reason"), tr("Say why the request is opened again.")}});
    TracingRequest r = *stored;
    r.status = TracingStatus::Open;
    r.closureReason.clear();
    r.closedOn = {};
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = repository.update(r); !s)
        return s.error();
    if (Status s =
            repository.addHistory(r.id, {m_clock.now(), m_session.displayName, stored->status,
                                         TracingStatus::Open, reason.trimmed()});
        !s)
        return s.error();
    if (Status s = audit(QStringLiteral("tracing.reopen"), r, {}, reason.trimmed()); !s)
        return s.error();
    Result<TracingRequest> reopened = repository.find(r.id);
    if (!reopened)
        return reopened.error();
    if (Result<int> n = MatchProposer(m_db, m_clock).proposeFor(*reopened, m_session.displayName);
        !n)
        return n.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return repository.find(r.id);
}

Result<QList<MatchProposal>> TracingService::proposals(qint64 requestId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    return MatchProposalRepository(m_db, m_clock).forRequest(requestId);
}

Result<QHash<qint64, int>> TracingService::pendingCounts() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    return MatchProposalRepository(m_db, m_clock).pendingCounts();
}

Result<QList<MatchProposal>> TracingService::pendingReview(bool childOnly) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    return MatchProposalRepository(m_db, m_clock).pending(childOnly);
}

Result<TracingRequest> TracingService::confirm(qint64 proposalId, const QString& note)
{
    return review(proposalId, MatchStatus::Confirmed, note);
}

Result<TracingRequest> TracingService::reject(qint64 proposalId, const QString& reason)
{
    return review(proposalId, MatchStatus::Rejected, reason);
}

Result<TracingRequest> TracingService::review(qint64 proposalId, MatchStatus decision,
                                              const QString& note)
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    MatchProposalRepository proposals(m_db, m_clock);
    Result<MatchProposal> proposal = proposals.find(proposalId);
    if (!proposal)
        return proposal.error();
    // A match is reviewed where its request is kept (the office's proposals for a post's
    // request travel to the post).
    if (Status s =
            RecordOwnership(m_db).checkOwnedHere(QStringLiteral("match_proposals"), proposalId);
        !s)
        return s.error();
    if (proposal->child) {
        // Best interests of the child: legal staff look at it before anyone is contacted.
        if (!AccessPolicy::allows(m_session.role, Permission::ReviewChildMatches))
            return Error(Error::Code::NotPermitted,
                         tr("This match concerns an unaccompanied or separated child: legal staff "
                            "review it before anyone is contacted. It stays pending for them."));
    }
    if (note.size() > MaxTextLength)
        return Error(Error::Code::Invalid,
                     tr("At most %1 characters can be written here.").arg(MaxTextLength));
    TracingRequestRepository requests(m_db, m_clock);
    Result<TracingRequest> request = requests.find(proposal->requestId);
    if (!request)
        return request.error();
    if (request->status == TracingStatus::Reunited || request->status == TracingStatus::Closed)
        return Error(Error::Code::Invalid,
                     tr("The request is closed; open it again to review its matches."));
    Result<Person> found =
        PersonRepository(m_db, m_clock)
            .find(proposal->personId, PersonRepository::Detail::WithoutDocumentsAndContact);
    if (!found)
        return found.error();

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = proposals.review(proposalId, decision, m_session.displayName, note.trimmed());
        !s)
        return s.error();
    QString historyNote;
    if (decision == MatchStatus::Confirmed) {
        TracingRequest r = *request;
        r.foundPersonId = proposal->personId;
        if (Status s = requests.update(r); !s)
            return s.error();
        if (request->inquirerPersonId > 0) {
            FamilyLinkRepository links(m_db, m_clock);
            Result<std::optional<FamilyLink>> existing =
                links.between(request->inquirerPersonId, proposal->personId);
            if (!existing)
                return existing.error();
            if (*existing) {
                if (Status s = links.confirm((*existing)->id); !s)
                    return s.error();
            } else {
                FamilyLink link;
                link.personId = request->inquirerPersonId;
                link.relativeId = proposal->personId;
                link.relationship = request->relationship;
                link.confirmed = true;
                link.source = FamilyLink::Source::Match;
                link.note = request->reference();
                link.createdBy = m_session.displayName;
                if (Result<qint64> id = links.insert(link); !id)
                    return id.error();
            }
        }
        historyNote = tr("match confirmed: %1").arg(found->fullName());
    } else {
        historyNote = tr("match rejected: %1").arg(found->fullName());
    }
    if (!note.trimmed().isEmpty())
        historyNote += QStringLiteral(" — ") + note.trimmed();
    if (Status s = MatchProposer(m_db, m_clock)
                       .settleStatus(request->id, m_session.displayName, historyNote);
        !s)
        return s.error();
    if (Status s = audit(
            decision == MatchStatus::Confirmed ? QStringLiteral("tracing.match.confirm")
                                               : QStringLiteral("tracing.match.reject"),
            *request, {{QStringLiteral("person"), QString(), found->fullName()}}, note.trimmed());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return requests.find(request->id);
}

Result<int> TracingService::rematchAll(const std::function<bool(int, int)>& progress)
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    TracingRequestRepository requests(m_db, m_clock);
    Result<QList<qint64>> ids = requests.openIds();
    if (!ids)
        return ids.error();
    MatchProposer proposer(m_db, m_clock);
    int pending = 0;
    const int total = int(ids->size());
    // Finding candidates only reads: half of each batch is matched in a second thread on a
    // connection of its own, while this one matches the other half; this one writes.
    const auto findAll =
        [](const MatchProposer& p,
           const QList<TracingRequest>& part) -> Result<QList<QList<MatchProposal>>> {
        QList<QList<MatchProposal>> out;
        for (const TracingRequest& r : part) {
            Result<QList<MatchProposal>> found = p.proposalsFor(r);
            if (!found)
                return found.error();
            out.append(*found);
        }
        return out;
    };
    // The second thread keeps one connection for the whole pass, and a connection belongs to
    // the thread that opened it: a pool of one thread that never expires runs every half.
    QThreadPool secondThread;
    secondThread.setMaxThreadCount(1);
    secondThread.setExpiryTimeout(-1);
    const auto onSecond = [&secondThread](auto job) {
        auto task = std::make_shared<std::packaged_task<decltype(job())()>>(std::move(job));
        auto future = task->get_future();
        secondThread.start([task] { (*task)(); });
        return future;
    };
    std::unique_ptr<Database> reader;
    const auto closeReader = qScopeGuard([&] { onSecond([&reader] { reader.reset(); }).wait(); });
    QList<TracingRequest> unwritten;
    QList<QList<MatchProposal>> unwrittenFound;
    const auto writeFound = [&]() -> Status {
        Transaction transaction(m_db);
        if (Status s = transaction.begin(); !s)
            return s;
        for (qsizetype i = 0; i < unwritten.size(); ++i) {
            Result<int> n = proposer.record(unwritten[i], unwrittenFound[i], m_session.displayName);
            if (!n)
                return n.error();
            pending += *n;
        }
        if (Status s = transaction.commit(); !s)
            return s;
        unwritten.clear();
        unwrittenFound.clear();
        return {};
    };
    for (int start = 0; start < total; start += RematchFindBatch) {
        const int end = std::min(total, start + RematchFindBatch);
        QList<TracingRequest> batch;
        for (int i = start; i < end; ++i) {
            Result<TracingRequest> r = requests.find((*ids)[i]);
            if (!r)
                return r.error();
            batch.append(*r);
        }
        const qsizetype half = batch.size() / 2;
        auto other = onSecond([&, part = batch.mid(half)]() -> Result<QList<QList<MatchProposal>>> {
            if (!reader) {
                Result<std::unique_ptr<Database>> opened = Database::open(m_db.path(), m_clock);
                if (!opened)
                    return opened.error();
                reader = std::move(opened).value();
            }
            return findAll(MatchProposer(*reader, m_clock), part);
        });
        Result<QList<QList<MatchProposal>>> first = findAll(proposer, batch.first(half));
        Result<QList<QList<MatchProposal>>> second = other.get();
        if (!first)
            return first.error();
        if (!second)
            return second.error();
        unwritten += batch;
        unwrittenFound += *first + *second;
        const bool stopped = progress && !progress(end, total);
        if (stopped || unwritten.size() >= RematchWriteBatch || end == total) {
            if (Status s = writeFound(); !s)
                return s.error();
        }
        if (stopped)
            return Error(
                Error::Code::Cancelled,
                tr("Matching stopped after %1 of %2 requests; what was found so far is kept.")
                    .arg(end)
                    .arg(total));
    }
    return pending;
}

#include "core/services/SyncService.h"

#include "core/audit/AuditLog.h"
#include "core/audit/SiteAuditTrail.h"
#include "core/common/Clock.h"
#include "core/services/MatchProposer.h"
#include "core/services/TransferService.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/InsertBatch.h"
#include "core/storage/MailboxRepository.h"
#include "core/storage/ServerMailbox.h"
#include "core/storage/SyncSiteRepository.h"
#include "core/storage/Transaction.h"
#include "core/sync/PackageWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
// A package larger than this is not one Amparo wrote (10,000 persons take a few megabytes).
constexpr qint64 MaxPackageFile = qint64(1) << 31;
} // namespace

SyncService::SyncService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<SyncService::Sealed> SyncService::seal(const SyncSetupService::Own& own,
                                              const SyncSite& site)
{
    PackageWriter::Request request;
    request.sender = own.card.code;
    request.receiver = site.card.code;
    request.mark = site.sentMark;
    request.answer = own.role == SyncRole::Office && site.role == SyncRole::Post;
    request.confirms = site.receivedNumber;
    request.auditAfter = site.auditConfirmed;
    Result<PackageWriter::Written> written = PackageWriter(m_db).write(request);
    if (!written)
        return written.error();
    const quint64 number = site.sentNumber + 1;
    Result<QByteArray> sealed =
        PackageEnvelope::seal(own.keys, own.card.code, site.card, number, written->contents);
    if (!sealed)
        return sealed.error();
    if (Status s = SyncSiteRepository(m_db).noteSent(site.id, number, written->mark,
                                                     written->auditTo, m_clock.now());
        !s)
        return s.error();
    const AuditEvent event{
        QStringLiteral("sync.send"),
        QStringLiteral("sync_site"),
        QString::number(site.id),
        site.card.code,
        {{QStringLiteral("number"), QString(), QString::number(number)},
         {QStringLiteral("records"), QString(), QString::number(written->records)},
         {QStringLiteral("removed"), QString(), QString::number(written->removed)}},
        {}};
    if (Status logged = AuditLog(m_db, m_clock).record(m_session, event); !logged)
        return logged.error();
    // A package that carries records carries personal data out.
    if (written->records > 0) {
        if (Status s = TransferService(m_db, m_clock, m_session)
                           .recordSyncPackage(site.card.code, written->records);
            !s)
            return s.error();
    }
    return Sealed{*sealed, Sent{site.card.code, number, written->records, written->removed}};
}

Result<SyncService::Sent> SyncService::send(const QString& toCode, const QString& path)
{
    SyncSetupService setup(m_db, m_clock, m_session);
    Result<SyncSetupService::Own> own = setup.ownSite();
    if (!own)
        return own.error();
    const QString to = toCode.trimmed().toUpper();
    Result<std::optional<SyncSite>> receiver = SyncSiteRepository(m_db).findByCode(to);
    if (!receiver)
        return receiver.error();
    if (!receiver->has_value())
        return Error(Error::Code::NotFound,
                     tr("The site %1 is not registered here: register its card first.").arg(to));
    Transaction transaction(m_db);
    if (Status started = transaction.begin(); !started)
        return started.error();
    Result<Sealed> sealed = seal(*own, **receiver);
    if (!sealed)
        return sealed.error();
    // The file first: a package number is spent only once its file is there.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed->bytes) != sealed->bytes.size() ||
        !file.commit())
        return Error(
            Error::Code::Io,
            tr("The package could not be written to %1: %2").arg(path, file.errorString()));
    if (Status committed = transaction.commit(); !committed) {
        QFile::remove(path);
        return committed.error();
    }
    return sealed->sent;
}

Result<SyncService::Incoming> SyncService::open(const SyncSetupService::Own& own,
                                                const QByteArray& bytes) const
{
    Result<PackageEnvelope::Directory> known =
        SyncSetupService(m_db, m_clock, m_session).directory();
    if (!known)
        return known.error();
    Result<PackageEnvelope::Opened> opened =
        PackageEnvelope::open(bytes, own.keys, own.card.code, *known);
    if (!opened)
        return opened.error();
    Result<std::optional<SyncSite>> sender = SyncSiteRepository(m_db).findByCode(opened->sender);
    if (!sender)
        return sender.error();
    if (!sender->has_value())
        return Error(Error::Code::Refused, tr("This file is not an Amparo package."));
    return Incoming{std::move(*opened), **sender};
}

Result<SyncService::Received> SyncService::receive(const QString& path)
{
    Result<SyncSetupService::Own> own = SyncSetupService(m_db, m_clock, m_session).ownSite();
    if (!own)
        return own.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     tr("The package %1 could not be read: %2").arg(path, file.errorString()));
    if (file.size() > MaxPackageFile)
        return Error(Error::Code::Refused, tr("This file is not an Amparo package."));
    Result<Incoming> incoming = open(*own, file.readAll());
    if (!incoming)
        return incoming.error();
    if (incoming->opened.number <= incoming->site.receivedNumber)
        return Error(Error::Code::Conflict,
                     tr("Package %1 from %2 is older than package %3, which was applied "
                        "already; nothing was changed.")
                         .arg(incoming->opened.number)
                         .arg(incoming->site.card.code)
                         .arg(incoming->site.receivedNumber));
    return apply(*incoming, QFileInfo(path).fileName(), [] { return Status(); });
}

Result<SyncService::Received> SyncService::apply(const Incoming& incoming, const QString& source,
                                                 const std::function<Status()>& alsoInTransaction)
{
    const SyncSite& site = incoming.site;
    const PackageEnvelope::Opened& opened = incoming.opened;
    SyncSiteRepository sites(m_db);
    Transaction transaction(m_db);
    if (Status started = transaction.begin(); !started)
        return started.error();
    // Thousands of rows: on a server they travel together.
    InsertBatch batch(m_db);
    if (Status s = batch.begin(); !s)
        return s.error();
    Result<PackageApplier::Summary> applied =
        PackageApplier(m_db, m_clock)
            .apply(opened.contents, site.card.code, site.role == SyncRole::Office);
    if (!applied)
        return applied.error();
    if (Status s = sites.setReceivedNumber(site.id, opened.number); !s)
        return s.error();
    // The sender's audit trail continues the one kept here, or nothing is applied.
    if (Status s = SiteAuditTrail(m_db).append(site.card.code, applied->audit); !s)
        return s.error();
    // The sender says which of our packages it applied: ours start after it from now on,
    // and the notes every site has are forgotten.
    if (applied->confirms > 0) {
        if (Status s = sites.confirm(site.id, applied->confirms); !s)
            return s.error();
        Result<qint64> confirmed = sites.confirmedByAll();
        if (!confirmed)
            return confirmed.error();
        if (Status s = ChangeJournal(m_db).forgetUpTo(*confirmed); !s)
            return s.error();
    }
    // Proposals for our requests arrived or went: the requests' status follows.
    MatchProposer proposer(m_db, m_clock);
    for (qint64 requestId : std::as_const(applied->answeredRequests)) {
        if (Status s = proposer.settleStatus(requestId, m_session.displayName,
                                             tr("matching at %1").arg(site.card.code));
            !s)
            return s.error();
    }
    const AuditEvent event{
        QStringLiteral("sync.receive"),
        QStringLiteral("sync_site"),
        QString::number(site.id),
        site.card.code,
        {{QStringLiteral("number"), QString(), QString::number(opened.number)},
         {QStringLiteral("added"), QString(), QString::number(applied->added)},
         {QStringLiteral("changed"), QString(), QString::number(applied->changed)},
         {QStringLiteral("removed"), QString(), QString::number(applied->removed)},
         {QStringLiteral("waiting"), QString(), QString::number(applied->waiting)}},
        source};
    if (Status logged = AuditLog(m_db, m_clock).record(m_session, event); !logged)
        return logged.error();
    if (Status s = alsoInTransaction(); !s)
        return s.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return Received{site.card.code, opened.number, *applied};
}

Result<SyncService::Exchanged> SyncService::exchange()
{
    Result<SyncSetupService::Own> own = SyncSetupService(m_db, m_clock, m_session).ownSite();
    if (!own)
        return own.error();
    return own->role == SyncRole::Post ? exchangeAsPost(*own) : exchangeAsOffice(*own);
}

Result<SyncService::Exchanged> SyncService::exchangeAsPost(const SyncSetupService::Own& own)
{
    SyncSiteRepository sites(m_db);
    Result<QString> officeCode = sites.officeOfThisPost();
    if (!officeCode)
        return officeCode.error();
    Result<std::optional<SyncSite>> office = sites.findByCode(*officeCode);
    if (!office)
        return office.error();
    if (officeCode->isEmpty() || !office->has_value())
        return Error(Error::Code::Invalid,
                     tr("Register the office's card first (Administration → Field posts and "
                        "office)."));
    Result<QString> location = sites.officeServer();
    if (!location)
        return location.error();
    if (location->isEmpty())
        return Error(Error::Code::Invalid,
                     tr("This post does not know its office's server. Write its location under "
                        "Administration → Field posts and office, or send packages as files."));
    const SyncSite& site = **office;
    Result<std::unique_ptr<ServerMailbox>> mailbox = ServerMailbox::open(
        *location, own.card.code, own.keys.mailboxPassword(site.card.boxPublic));
    if (!mailbox)
        return mailbox.error();

    // The office's answers first: the package then confirms them, and is made on what they
    // brought.
    Exchanged exchanged;
    Result<QList<ServerMailbox::Letter>> letters = (*mailbox)->waiting();
    if (!letters)
        return letters.error();
    for (const ServerMailbox::Letter& letter : std::as_const(*letters)) {
        Result<Incoming> incoming = open(own, letter.package);
        if (!incoming) {
            exchanged.refused.append(incoming.error().message());
            continue;
        }
        if (incoming->opened.number > incoming->site.receivedNumber) {
            Result<Received> received =
                apply(*incoming, tr("the office's server"), [] { return Status(); });
            if (!received) {
                exchanged.refused.append(received.error().message());
                continue;
            }
            exchanged.received.append(*received);
        }
        // Applied now or before: collected. Should this fail, the next exchange finds the
        // package applied already and collects it then.
        if (Status s = (*mailbox)->collected(letter.id); !s)
            exchanged.refused.append(s.error().message());
    }

    // The package is noted as sent before it leaves: if it never arrives, the next one holds
    // it (numbers may skip; they never repeat).
    // Read again: the answers applied above moved what the package confirms and starts from.
    Result<std::optional<SyncSite>> current = sites.findByCode(*officeCode);
    if (!current)
        return current.error();
    Transaction transaction(m_db);
    if (Status started = transaction.begin(); !started)
        return started.error();
    Result<Sealed> sealed = seal(own, **current);
    if (!sealed)
        return sealed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (Status left = (*mailbox)->put(sealed->bytes); !left) {
        const Error notLeft(
            left.error().code(),
            tr("%1 Nothing is lost: the next package holds everything this one did.")
                .arg(left.error().message()));
        // What was applied stays applied, and is said.
        if (exchanged.received.isEmpty())
            return notLeft;
        exchanged.notSent = notLeft.message();
        return exchanged;
    }
    exchanged.sent = sealed->sent;
    return exchanged;
}

Result<SyncService::Exchanged> SyncService::exchangeAsOffice(const SyncSetupService::Own& own)
{
    if (!m_db.isServer())
        return Error(Error::Code::Invalid,
                     tr("Posts leave packages on the office's server; this office's database "
                        "is a file on this computer, so its packages travel as files."));
    if (Status s = SyncSetupService(m_db, m_clock, m_session).openMailboxes(); !s)
        return s.error();
    MailboxRepository mailbox(m_db);
    Result<QList<MailboxRepository::Waiting>> waiting = mailbox.waitingFor(own.card.code);
    if (!waiting)
        return waiting.error();
    Exchanged exchanged;
    QStringList senders;
    for (const MailboxRepository::Waiting& w : std::as_const(*waiting)) {
        Result<std::optional<QByteArray>> bytes = mailbox.package(w.id);
        if (!bytes)
            return bytes.error();
        // Replaced by a newer one from its post since the list was read.
        if (!bytes->has_value())
            continue;
        Result<Incoming> incoming = open(own, **bytes);
        if (!incoming) {
            exchanged.refused.append(
                tr("A package left by %1: %2").arg(w.sender, incoming.error().message()));
            continue;
        }
        if (incoming->opened.number <= incoming->site.receivedNumber) {
            if (Status s = mailbox.remove(w.id); !s)
                return s.error();
            continue;
        }
        Result<Received> received =
            apply(*incoming, tr("the office's server"), [&] { return mailbox.remove(w.id); });
        if (!received) {
            exchanged.refused.append(
                tr("A package left by %1: %2").arg(w.sender, received.error().message()));
            continue;
        }
        exchanged.received.append(*received);
        if (!senders.contains(received->from))
            senders.append(received->from);
    }
    // Each post that was heard from finds its answer at its next exchange.
    SyncSiteRepository sites(m_db);
    for (const QString& code : std::as_const(senders)) {
        Result<Sent> answered = [&]() -> Result<Sent> {
            Result<std::optional<SyncSite>> post = sites.findByCode(code);
            if (!post)
                return post.error();
            Transaction transaction(m_db);
            if (Status started = transaction.begin(); !started)
                return started.error();
            Result<Sealed> sealed = seal(own, **post);
            if (!sealed)
                return sealed.error();
            if (Status s = mailbox.leave(own.card.code, code, sealed->bytes, m_clock.now()); !s)
                return s.error();
            if (Status committed = transaction.commit(); !committed)
                return committed.error();
            return sealed->sent;
        }();
        if (!answered) {
            // The posts' packages were applied: that is said, with why no answer was left.
            exchanged.notSent = tr("No answer could be left for %1: %2 The next exchange "
                                   "leaves one.")
                                    .arg(code, answered.error().message());
            break;
        }
        exchanged.answered.append(*answered);
    }
    return exchanged;
}

#include "core/services/SyncService.h"

#include "core/audit/AuditLog.h"
#include "core/audit/SiteAuditTrail.h"
#include "core/common/Clock.h"
#include "core/crypto/PackageEnvelope.h"
#include "core/services/MatchProposer.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/InsertBatch.h"
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

Result<SyncService::Sent> SyncService::send(const QString& toCode, const QString& path)
{
    SyncSetupService setup(m_db, m_clock, m_session);
    Result<SyncSetupService::Own> own = setup.ownSite();
    if (!own)
        return own.error();
    const QString to = toCode.trimmed().toUpper();
    SyncSiteRepository sites(m_db);
    Result<std::optional<SyncSite>> receiver = sites.findByCode(to);
    if (!receiver)
        return receiver.error();
    if (!receiver->has_value())
        return Error(Error::Code::NotFound,
                     tr("The site %1 is not registered here: register its card first.").arg(to));
    const SyncSite& site = **receiver;
    Transaction transaction(m_db);
    if (Status started = transaction.begin(); !started)
        return started.error();
    PackageWriter::Request request;
    request.sender = own->card.code;
    request.receiver = site.card.code;
    request.mark = site.sentMark;
    request.answer = own->role == SyncRole::Office && site.role == SyncRole::Post;
    request.confirms = site.receivedNumber;
    request.auditAfter = site.auditConfirmed;
    Result<PackageWriter::Written> written = PackageWriter(m_db).write(request);
    if (!written)
        return written.error();
    const quint64 number = site.sentNumber + 1;
    Result<QByteArray> sealed =
        PackageEnvelope::seal(own->keys, own->card.code, site.card, number, written->contents);
    if (!sealed)
        return sealed.error();
    if (Status s = sites.noteSent(site.id, number, written->mark, written->auditTo, m_clock.now());
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
    // The file first: a package number is spent only once its file is there.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() || !file.commit())
        return Error(
            Error::Code::Io,
            tr("The package could not be written to %1: %2").arg(path, file.errorString()));
    if (Status committed = transaction.commit(); !committed) {
        QFile::remove(path);
        return committed.error();
    }
    return Sent{site.card.code, number, written->records, written->removed};
}

Result<SyncService::Received> SyncService::receive(const QString& path)
{
    SyncSetupService setup(m_db, m_clock, m_session);
    Result<SyncSetupService::Own> own = setup.ownSite();
    if (!own)
        return own.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     tr("The package %1 could not be read: %2").arg(path, file.errorString()));
    if (file.size() > MaxPackageFile)
        return Error(Error::Code::Refused, tr("This file is not an Amparo package."));
    const QByteArray bytes = file.readAll();
    Result<PackageEnvelope::Directory> known = setup.directory();
    if (!known)
        return known.error();
    Result<PackageEnvelope::Opened> opened =
        PackageEnvelope::open(bytes, own->keys, own->card.code, *known);
    if (!opened)
        return opened.error();
    SyncSiteRepository sites(m_db);
    Result<std::optional<SyncSite>> sender = sites.findByCode(opened->sender);
    if (!sender)
        return sender.error();
    if (!sender->has_value())
        return Error(Error::Code::Refused, tr("This file is not an Amparo package."));
    const SyncSite& site = **sender;
    if (opened->number <= site.receivedNumber)
        return Error(Error::Code::Conflict,
                     tr("Package %1 from %2 is older than package %3, which was applied "
                        "already; nothing was changed.")
                         .arg(opened->number)
                         .arg(site.card.code)
                         .arg(site.receivedNumber));
    Transaction transaction(m_db);
    if (Status started = transaction.begin(); !started)
        return started.error();
    // Thousands of rows: on a server they travel together.
    InsertBatch batch(m_db);
    if (Status s = batch.begin(); !s)
        return s.error();
    Result<PackageApplier::Summary> applied =
        PackageApplier(m_db, m_clock)
            .apply(opened->contents, site.card.code, site.role == SyncRole::Office);
    if (!applied)
        return applied.error();
    if (Status s = sites.setReceivedNumber(site.id, opened->number); !s)
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
        {{QStringLiteral("number"), QString(), QString::number(opened->number)},
         {QStringLiteral("added"), QString(), QString::number(applied->added)},
         {QStringLiteral("changed"), QString(), QString::number(applied->changed)},
         {QStringLiteral("removed"), QString(), QString::number(applied->removed)},
         {QStringLiteral("waiting"), QString(), QString::number(applied->waiting)}},
        QFileInfo(path).fileName()};
    if (Status logged = AuditLog(m_db, m_clock).record(m_session, event); !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return Received{site.card.code, opened->number, *applied};
}

#pragma once

#include "core/common/Result.h"
#include "core/crypto/PackageEnvelope.h"
#include "core/domain/SyncSite.h"
#include "core/security/UserSession.h"
#include "core/services/SyncSetupService.h"
#include "core/sync/PackageApplier.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Clock;
class Database;

// Sending and receiving packages between a field post and its office (issue 20), as files or
// through the office's server. A package holds everything changed since the last change the
// receiver confirmed, numbered in the sender's series; the receiver applies it in one
// transaction, or refuses it whole — altered, cut short, from an unknown site, for another
// site, or older than one already applied — and then nothing in the database changed.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    struct Sent
    {
        QString to;
        quint64 number = 0;
        int records = 0;
        int removed = 0;
    };
    struct Received
    {
        QString from;
        quint64 number = 0;
        PackageApplier::Summary summary;
    };

    struct Exchanged
    {
        // At a post: the package it left for the office.
        std::optional<Sent> sent;
        // What was applied, in order.
        QList<Received> received;
        // At the office: the answers it left for the posts whose packages it applied.
        QList<Sent> answered;
        // Packages that could not be applied, each with why: they stay on the server.
        QStringList refused;
        // Why a package of this site's could not be left on the server after others were
        // applied (what was applied stays applied).
        QString notSent;
    };

    SyncService(const Database& db, const Clock& clock, const UserSession& session);

    Result<Sent> send(const QString& toCode, const QString& path);
    Result<Received> receive(const QString& path);
    // Through the office's server instead of files. At a post: leaves its package there, then
    // applies the office's answers waiting for it. At the office (a database on the server):
    // applies the packages the posts left, each removed in the transaction that applies it,
    // then leaves each of those posts its answer. Nothing is lost when the server cannot be
    // reached or a package is refused: every package holds all the unconfirmed ones before it.
    Result<Exchanged> exchange();

private:
    struct Sealed
    {
        QByteArray bytes;
        Sent sent;
    };
    struct Incoming
    {
        PackageEnvelope::Opened opened;
        SyncSite site;
    };
    // Writes, seals and notes the next package for `site`, inside the caller's transaction.
    Result<Sealed> seal(const SyncSetupService::Own& own, const SyncSite& site);
    // Opens a package from a registered site, refusing anything else whole.
    Result<Incoming> open(const SyncSetupService::Own& own, const QByteArray& bytes) const;
    // Applies an opened package in one transaction, with whatever `alsoInTransaction` does.
    Result<Received> apply(const Incoming& incoming, const QString& source,
                           const std::function<Status()>& alsoInTransaction);
    Result<Exchanged> exchangeAsPost(const SyncSetupService::Own& own);
    Result<Exchanged> exchangeAsOffice(const SyncSetupService::Own& own);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};

#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

class Database;

// Each registered field post's mailbox account on its office's server ("amparo_post_pas" for
// the post PAS of the database amparo): a member of the mailbox group (ServerRoles), which
// can only leave and collect that post's own packages. It signs in with the password both
// sites derive from the key they share (SiteKeys::mailboxPassword), set here as a SCRAM
// verifier. Changes are made inside the caller's transaction. A file has no mailbox: on one,
// every change is nothing to do.
class MailboxAccounts
{
    Q_DECLARE_TR_FUNCTIONS(MailboxAccounts)

public:
    explicit MailboxAccounts(const Database& db);

    static QString accountOf(const QString& database, const QString& siteCode);
    // Creates the post's account, or gives an existing one this password and the right to
    // sign in.
    Status ensure(const QString& siteCode, const QString& password) const;
    Result<bool> exists(const QString& siteCode) const;

private:
    const Database& m_db;
};

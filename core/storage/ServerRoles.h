#pragma once

#include "core/common/Result.h"
#include "core/security/Role.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// What each Amparo role may read and write on an office server, enforced by the server
// itself: a person's own server account is a member of their role's group in this database
// ("amparo_volunteer" for the database amparo), and each group is granted exactly the columns
// its role may see (AccessPolicy says the same to the app). A volunteer's account cannot read
// notes, documents, phone numbers or risk details; a coordinator's reads no names, only what
// counts need; no group may change or remove an audit entry.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    // The group of `role` in `database`.
    static QString groupOf(const QString& database, Role role);
    // The group of the field posts' mailbox accounts (MailboxAccounts): no table, only the
    // functions that leave and collect a post's own packages.
    static QString mailboxGroupOf(const QString& database);
    // Whether a role (a group or an account) of that name exists on the server.
    static Result<bool> roleExists(const Database& db, const QString& name, const QString& action);
    // Every table with its columns, as the grants decide them (tst_serverroles checks that
    // every column of the schema is decided, so a new column is readable by nobody until
    // someone says who needs it).
    static QStringList tables();
    static QStringList columnsOf(const QString& table);
    static bool mayRead(Role role, const QString& table, const QString& column);

    // Creates the four groups and grants each what the matrix says, when the grants in the
    // database are not yet these; run on the database owner's connection after migrating.
    static Status apply(const Database& db);
};

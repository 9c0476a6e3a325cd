#include "app/cli/commands/InitCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/commands/SiteOptions.h"
#include "core/services/AuthService.h"
#include "core/services/DatabaseKeys.h"
#include "core/services/SiteService.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace {
const SiteOptions siteOptions(QStringLiteral("site-"));
}

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return tr("create the database, its administrator and optionally the first site");
}

void InitCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("admin"),
         tr("Create the first administrator with this user name (only on a database without "
            "users; the passphrase is asked for twice, or read from %1).")
             .arg(QLatin1String(CliContext::PassphraseVariable)),
         QStringLiteral("NAME")},
        {QStringLiteral("admin-name"), tr("The administrator's full name."),
         QStringLiteral("TEXT")},
        {QStringLiteral("no-encryption"),
         tr("Create the database file unencrypted: only where the computer's disk is encrypted "
            "already.")},
        {QStringLiteral("recovery-key-out"),
         tr("Write the new database's recovery key to this file instead of printing it."),
         QStringLiteral("FILE")},
    });
    siteOptions.define(parser);
}

namespace {
// A database file made by this command and not finished is removed whole.
void removeNewDatabase(const QString& path)
{
    DatabaseKeys::lock(path);
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys")})
        QFile::remove(path + suffix);
}
} // namespace

int InitCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const QString location = context.databasePath();
    const QFileInfo file(location);
    const bool creating = !Database::isServerLocation(location) &&
                          (!file.exists() || file.size() == 0) &&
                          !DatabaseKeys::isEncrypted(location);
    const bool encrypt = creating && !p.isSet(QStringLiteral("no-encryption"));
    if (p.isSet(QStringLiteral("recovery-key-out")) && !encrypt)
        return context.usage(tr("--recovery-key-out is for a new encrypted database; %1 is not "
                                "one.")
                                 .arg(location));
    QString username;
    QString passphrase;
    if (p.isSet(QStringLiteral("admin"))) {
        username = p.value(QStringLiteral("admin")).trimmed();
        passphrase = context.secret(CliContext::PassphraseVariable,
                                    tr("New passphrase for %1: ").arg(username), true);
        if (passphrase.isNull())
            return context.usage(tr("No passphrase was given for the administrator."));
    }
    const QString displayName =
        p.isSet(QStringLiteral("admin-name")) ? p.value(QStringLiteral("admin-name")) : username;
    // Checked before anything is created, so that a refusal leaves nothing behind.
    if (!username.isEmpty()) {
        User admin;
        admin.username = username;
        admin.displayName = displayName;
        if (const QList<FieldError> errors = UserService::validate(admin, passphrase);
            !errors.isEmpty())
            return context.fail(Error::invalid(errors));
    }
    std::optional<RecoveryKey> recovery;
    if (encrypt) {
        Result<RecoveryKey> made = DatabaseKeys::create(location);
        if (!made)
            return context.fail(made.error());
        recovery = std::move(made).value();
    }
    const auto abandon = [&](int code) {
        if (creating) {
            context.closeDatabase();
            removeNewDatabase(location);
        }
        return code;
    };
    Database* db = context.database();
    if (!db)
        return abandon(context.failureCode());
    if (!username.isEmpty()) {
        Result<UserSession> admin =
            AuthService(*db, context.clock())
                .createFirstAdministrator(username, displayName, passphrase);
        if (!admin)
            return abandon(context.fail(admin.error()));
        context.setSession(*admin);
        context.out() << tr("Administrator %1 created.").arg(admin->username) << Qt::endl;
    }
    if (siteOptions.isSet(p)) {
        const UserSession* session = context.session();
        if (!session)
            return abandon(context.failureCode());
        Result<Site> site = SiteService(*db, context.clock(), *session).create(siteOptions.read(p));
        if (!site)
            return abandon(context.fail(site.error()));
    }
    if (recovery) {
        if (Status s = context.handOverRecoveryKey(*recovery, db->path(), false); !s)
            return abandon(context.fail(
                Error(s.error().code(),
                      tr("%1 The database was not created.").arg(s.error().message()))));
    } else if (creating) {
        context.out() << tr("The database is NOT encrypted (--no-encryption): anyone who takes "
                            "this computer can read it unless its disk is encrypted.")
                      << Qt::endl;
    }
    context.out() << tr("Database ready: %1 (schema %2)").arg(db->path()).arg(*db->schemaVersion())
                  << Qt::endl;
    return CliContext::Success;
}

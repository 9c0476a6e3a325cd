#include "app/cli/commands/UsersCommand.h"

#include "app/cli/CliContext.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"

namespace {
const char* newPassphraseVariable = "AMPARO_NEW_PASSPHRASE";
}

QString UsersCommand::name() const
{
    return QStringLiteral("users");
}

QString UsersCommand::summary() const
{
    return tr(
        "list, add, reset-passphrase, set-role, deactivate or activate users (administrators)");
}

void UsersCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        tr("list, add, reset-passphrase, set-role, deactivate or activate."));
    parser.addPositionalArgument(QStringLiteral("USER"),
                                 tr("The user name (all actions but list and add)."));
    parser.addOptions({
        {QStringLiteral("username"), tr("add: the new user's user name."), QStringLiteral("NAME")},
        {QStringLiteral("name"), tr("add: the new user's full name."), QStringLiteral("TEXT")},
        {QStringLiteral("role"),
         tr("add, set-role: administrator, legal_staff, volunteer or coordinator."),
         QStringLiteral("ROLE")},
    });
}

int UsersCommand::run(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString action = args.value(0);
    const QStringList actions{QStringLiteral("list"),
                              QStringLiteral("add"),
                              QStringLiteral("reset-passphrase"),
                              QStringLiteral("set-role"),
                              QStringLiteral("deactivate"),
                              QStringLiteral("activate")};
    if (!actions.contains(action))
        return context.usage(
            tr("users needs an action: %1.").arg(actions.join(QStringLiteral(", "))));
    const QCommandLineParser& p = context.parser();
    std::optional<Role> role;
    if (p.isSet(QStringLiteral("role"))) {
        role = roleCodes().fromCode(p.value(QStringLiteral("role")).trimmed().toLower());
        if (!role)
            return context.usage(
                tr("--role must be administrator, legal_staff, volunteer or coordinator."));
    }
    Database* db = context.database();
    const UserSession* session = db ? context.sessionAllowedTo(Permission::ManageUsers) : nullptr;
    if (!session)
        return context.failureCode();
    UserService users(*db, context.clock(), *session);

    if (action == QLatin1String("list")) {
        Result<QList<User>> list = users.users();
        if (!list)
            return context.fail(list.error());
        for (const User& u : *list)
            context.out() << u.username << '\t' << u.displayName << '\t' << roleCodes().code(u.role)
                          << '\t' << (u.active ? "active" : "deactivated") << '\n';
        context.out().flush();
        return CliContext::Success;
    }
    if (action == QLatin1String("add")) {
        User u;
        u.username = p.value(QStringLiteral("username"));
        u.displayName = p.value(QStringLiteral("name"));
        if (!role)
            return context.usage(tr("users add needs --username, --name and --role."));
        u.role = *role;
        const QString passphrase = context.secret(
            newPassphraseVariable, tr("First passphrase for %1: ").arg(u.username), true);
        if (passphrase.isNull())
            return context.usage(tr("No passphrase was given for the new user."));
        Result<User> added = users.addUser(u, passphrase);
        if (!added)
            return context.fail(added.error());
        context.out() << tr("User %1 added.").arg(added->username) << Qt::endl;
        return CliContext::Success;
    }

    if (args.size() < 2)
        return context.usage(tr("users %1 needs a user name.").arg(action));
    Result<QList<User>> list = users.users();
    if (!list)
        return context.fail(list.error());
    const auto it = std::find_if(list->begin(), list->end(), [&](const User& u) {
        return u.username.compare(args[1], Qt::CaseInsensitive) == 0;
    });
    if (it == list->end())
        return context.fail(Error(Error::Code::NotFound, tr("There is no user %1.").arg(args[1])));
    Status done;
    if (action == QLatin1String("reset-passphrase")) {
        const QString passphrase = context.secret(
            newPassphraseVariable, tr("New passphrase for %1: ").arg(it->username), true);
        if (passphrase.isNull())
            return context.usage(tr("No passphrase was given."));
        done = users.resetPassphrase(it->id, passphrase);
    } else if (action == QLatin1String("set-role")) {
        if (!role)
            return context.usage(tr("users set-role needs --role."));
        done = users.setRole(it->id, *role);
    } else if (action == QLatin1String("activate") && !it->active &&
               users.reactivationNeedsPassphrase()) {
        // An encrypted database took the passphrase out of its keys: a new one comes back.
        const QString passphrase = context.secret(
            newPassphraseVariable, tr("New passphrase for %1: ").arg(it->username), true);
        if (passphrase.isNull())
            return context.usage(tr("No passphrase was given."));
        done = users.reactivate(it->id, passphrase);
    } else {
        done = users.setActive(it->id, action == QLatin1String("activate"));
    }
    if (!done)
        return context.fail(done.error());
    context.out() << tr("Done.") << Qt::endl;
    return CliContext::Success;
}

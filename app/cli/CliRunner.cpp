#include "app/cli/CliRunner.h"

#include "app/cli/CliContext.h"
#include "app/cli/commands/AddCaseCommand.h"
#include "app/cli/commands/AddSiteCommand.h"
#include "app/cli/commands/AuditCommand.h"
#include "app/cli/commands/BackupCommand.h"
#include "app/cli/commands/CheckCommand.h"
#include "app/cli/commands/CopyToCommand.h"
#include "app/cli/commands/DeadlinesCommand.h"
#include "app/cli/commands/EncryptCommand.h"
#include "app/cli/commands/ExportCommand.h"
#include "app/cli/commands/NetworkCommand.h"
#include "app/cli/commands/GenerateCommand.h"
#include "app/cli/commands/ImportCommand.h"
#include "app/cli/commands/InitCommand.h"
#include "app/cli/commands/ListCommand.h"
#include "app/cli/commands/MergeCommand.h"
#include "app/cli/commands/PersonCommand.h"
#include "app/cli/commands/RestoreCommand.h"
#include "app/cli/commands/ShowCommand.h"
#include "app/cli/commands/SyncCommand.h"
#include "app/cli/commands/UsersCommand.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>

CliRunner::CliRunner(QTextStream& out, QTextStream& err, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<AddSiteCommand>());
    m_commands.push_back(std::make_unique<AddCaseCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<DeadlinesCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<NetworkCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<UsersCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    m_commands.push_back(std::make_unique<PersonCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<CopyToCommand>());
    m_commands.push_back(std::make_unique<EncryptCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
}

CliRunner::~CliRunner() = default;

CliCommand* CliRunner::command(const QString& name) const
{
    for (const auto& c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

int CliRunner::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << tr("Usage: amparo-cli [--database PATH] [--user NAME] COMMAND [OPTIONS]") << "\n\n"
          << tr("Commands:") << '\n';
    for (const auto& c : m_commands)
        m_err << "  " << c->name().leftJustified(12) << c->summary() << '\n';
    m_err << '\n'
          << tr("Run amparo-cli COMMAND --help for the options of a command.") << '\n'
          << tr("Sign in with --user NAME; the passphrase is asked for, or read from %1.")
                 .arg(QLatin1String(CliContext::PassphraseVariable))
          << '\n'
          << tr("Exit codes: 0 done, 1 failed, 2 wrong usage, 3 input refused (nothing saved), "
                "4 not signed in or not permitted.")
          << Qt::endl;
    return CliContext::Usage;
}

QString CliRunner::commandName(QStringList& rest)
{
    // The command is the first argument that is not an option or the value of --database or
    // --user.
    for (int i = 0; i < rest.size(); ++i) {
        if (rest[i] == QLatin1String("--database") || rest[i] == QLatin1String("--user")) {
            ++i;
            continue;
        }
        if (!rest[i].startsWith(QLatin1Char('-')))
            return rest.takeAt(i);
    }
    return {};
}

bool CliRunner::needsGuiApplication(const QStringList& arguments) const
{
    QStringList rest = arguments.mid(1);
    const CliCommand* cmd = command(commandName(rest));
    return cmd && cmd->needsGuiApplication();
}

int CliRunner::run(const QStringList& arguments)
{
    QStringList rest = arguments.mid(1);
    const QString name = commandName(rest);
    if (name.isEmpty()) {
        if (rest.contains(QStringLiteral("--version")) || rest.contains(QStringLiteral("-v"))) {
            m_out << "amparo-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return CliContext::Success;
        }
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            usage();
            return CliContext::Success;
        }
        return usage(tr("No command given."));
    }
    CliCommand* cmd = command(name);
    if (!cmd)
        return usage(tr("Unknown command “%1”.").arg(name));

    QCommandLineParser parser;
    parser.setApplicationDescription(cmd->summary());
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("The database file, or an office server's database as "
                                         "postgresql://server[:port]/database (default: %1).")
                                          .arg(Database::defaultPath()),
                                      QStringLiteral("PATH"));
    parser.addOption(database);
    const QCommandLineOption user(QStringLiteral("user"), tr("Sign in as this user."),
                                  QStringLiteral("NAME"));
    parser.addOption(user);
    const QCommandLineOption help = parser.addHelpOption();
    cmd->defineOptions(parser);
    if (!parser.parse(QStringList{arguments.value(0)} + rest)) {
        m_err << parser.errorText() << Qt::endl;
        return CliContext::Usage;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return CliContext::Success;
    }
    CliContext context(parser, m_out, m_err, m_clock,
                       parser.isSet(database) ? parser.value(database) : Database::defaultPath(),
                       parser.value(user));
    return cmd->run(context);
}

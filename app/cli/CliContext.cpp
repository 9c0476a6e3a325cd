#include "app/cli/CliContext.h"

#include "app/cli/platform/TerminalPrompt.h"
#include "core/crypto/RecoveryKey.h"
#include "core/security/AccessPolicy.h"
#include "core/services/AuthService.h"
#include "core/services/ConductService.h"
#include "core/services/DatabaseKeys.h"
#include "core/storage/Database.h"

#include <utility>

CliContext::CliContext(QCommandLineParser& parser, QTextStream& out, QTextStream& err,
                       const Clock& clock, QString databasePath, QString username)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_databasePath(std::move(databasePath))
    , m_username(std::move(username))
{
}

QString CliContext::secret(const char* variable, const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    m_err.flush();
    const QString first = TerminalPrompt::readSecret(prompt);
    if (first.isNull() || !confirm)
        return first;
    const QString second = TerminalPrompt::readSecret(tr("Again: "));
    if (second != first) {
        m_err << tr("The two passphrases are not the same.") << Qt::endl;
        return QString();
    }
    return first;
}

const UserSession* CliContext::session()
{
    if (m_session)
        return &*m_session;
    Database* db = database();
    if (!db)
        return nullptr;
    AuthService auth(*db, m_clock);
    if (m_username.isEmpty()) {
        Result<bool> hasUsers = auth.hasUsers();
        m_err << (hasUsers && !*hasUsers
                      ? tr("This database has no users yet: create the administrator with "
                           "amparo-cli init --admin NAME.")
                      : tr("Sign in with --user NAME (the passphrase is asked for, or read from "
                           "%1).")
                            .arg(QLatin1String(PassphraseVariable)))
              << Qt::endl;
        m_failureCode = NotPermitted;
        return nullptr;
    }
    const QString passphrase =
        !m_openingPassphrase.isNull()
            ? std::exchange(m_openingPassphrase, QString())
            : secret(PassphraseVariable, tr("Passphrase for %1: ").arg(m_username));
    if (passphrase.isNull()) {
        m_err << tr("No passphrase was given.") << Qt::endl;
        m_failureCode = NotPermitted;
        return nullptr;
    }
    Result<UserSession> signedIn = auth.signIn(m_username, passphrase);
    if (!signedIn) {
        fail(signedIn.error());
        return nullptr;
    }
    // The organisation's code of conduct is read and accepted in the window, not in a script.
    Result<std::optional<ConductCode>> awaiting =
        ConductService(*db, m_clock, *signedIn).awaitingAcceptance();
    if (!awaiting) {
        fail(awaiting.error());
        return nullptr;
    }
    if (*awaiting) {
        fail(Error(Error::Code::NotPermitted,
                   tr("Your organisation's code of conduct (version %1) is waiting for you: "
                      "open Amparo's window, read it and accept it, then run this again.")
                       .arg((*awaiting)->version)));
        return nullptr;
    }
    m_session = *signedIn;
    return &*m_session;
}

const UserSession* CliContext::sessionAllowedTo(Permission permission)
{
    const UserSession* signedIn = session();
    if (!signedIn)
        return nullptr;
    if (Status allowed = AccessPolicy::require(*signedIn, permission); !allowed) {
        fail(allowed.error());
        return nullptr;
    }
    return signedIn;
}

CliContext::~CliContext() = default;

Database* CliContext::database()
{
    if (m_db)
        return m_db.get();
    QString location = m_databasePath;
    if (Database::namesNoAccount(location)) {
        // Each person's own server account: the name and passphrase open the connection.
        if (m_username.isEmpty()) {
            m_err << tr("On this server each person signs in with their own account: give "
                        "--user NAME (the passphrase is asked for, or read from %1).")
                         .arg(QLatin1String(PassphraseVariable))
                  << Qt::endl;
            m_failureCode = NotPermitted;
            return nullptr;
        }
        m_openingPassphrase = secret(PassphraseVariable, tr("Passphrase for %1: ").arg(m_username));
        if (m_openingPassphrase.isNull()) {
            m_err << tr("No passphrase was given.") << Qt::endl;
            m_failureCode = NotPermitted;
            return nullptr;
        }
        location = Database::personalLocation(location, m_username, m_openingPassphrase);
    }
    Result<std::unique_ptr<Database>> db = Database::open(location, m_clock);
    if (!db && db.error().code() == Error::Code::Locked) {
        if (!unlock(location))
            return nullptr;
        db = Database::open(location, m_clock);
    }
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_db = std::move(db).value();
    if (!m_db->migrationBackupPath().isEmpty())
        m_err << tr("The database was upgraded; a copy of the old file is at %1")
                     .arg(m_db->migrationBackupPath())
              << Qt::endl;
    return m_db.get();
}

bool CliContext::unlock(const QString& location)
{
    if (m_username.isEmpty() && qEnvironmentVariableIsSet(RecoveryKeyVariable)) {
        Result<RecoveryKey> recovery =
            RecoveryKey::parse(qEnvironmentVariable(RecoveryKeyVariable));
        Status unlocked =
            recovery ? DatabaseKeys::unlock(location, *recovery) : Status(recovery.error());
        if (!unlocked) {
            fail(unlocked.error());
            return false;
        }
        return true;
    }
    if (m_username.isEmpty()) {
        m_err << tr("This database is encrypted: give --user NAME (the passphrase is asked for, or "
                    "read from %1), or its recovery key in %2.")
                     .arg(QLatin1String(PassphraseVariable), QLatin1String(RecoveryKeyVariable))
              << Qt::endl;
        m_failureCode = NotPermitted;
        return false;
    }
    m_openingPassphrase = secret(PassphraseVariable, tr("Passphrase for %1: ").arg(m_username));
    if (m_openingPassphrase.isNull()) {
        m_err << tr("No passphrase was given.") << Qt::endl;
        m_failureCode = NotPermitted;
        return false;
    }
    if (Status s = DatabaseKeys::unlock(location, m_username, m_openingPassphrase); !s) {
        m_openingPassphrase = QString();
        fail(s.error());
        return false;
    }
    return true;
}

Status CliContext::handOverRecoveryKey(const RecoveryKey& key, const QString& databasePath,
                                       bool printIfNotWritten)
{
    const auto print = [&] {
        m_out << tr("%1 is encrypted. Its recovery key opens it if every passphrase is lost; it "
                    "is shown only now. Write it down or print it, and keep it apart from this "
                    "computer:")
                     .arg(databasePath)
              << Qt::endl
              << "  " << key.text() << Qt::endl;
    };
    const QString option = QStringLiteral("recovery-key-out");
    if (!m_parser.isSet(option)) {
        print();
        return {};
    }
    const QString file = m_parser.value(option);
    if (Status s = key.save(file); !s) {
        if (printIfNotWritten)
            print();
        return s;
    }
    m_out << tr("%1 is encrypted. Its recovery key was written to %2: print it or copy it by "
                "hand, keep it apart from this computer, and delete the file.")
                 .arg(databasePath, file)
          << Qt::endl;
    return {};
}

void CliContext::closeDatabase()
{
    m_db.reset();
}

int CliContext::fail(const Error& error)
{
    m_failureCode = exitCodeFor(error);
    m_err << error.message() << Qt::endl;
    if (error.fieldErrors().size() > 1) {
        for (const FieldError& f : error.fieldErrors())
            m_err << "  " << f.field << ": " << f.message << Qt::endl;
    }
    return m_failureCode;
}

int CliContext::exitCodeFor(const Error& error)
{
    switch (error.code()) {
    case Error::Code::Invalid:
    case Error::Code::Conflict:
        return Invalid;
    case Error::Code::NotPermitted:
    case Error::Code::Locked:
        return NotPermitted;
    default:
        return Failure;
    }
}

int CliContext::usage(const QString& problem)
{
    m_err << problem << Qt::endl;
    return Usage;
}

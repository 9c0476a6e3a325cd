#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/security/Permission.h"
#include "core/security/UserSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

class Clock;
class Database;
class RecoveryKey;

// What a command runs with: its parsed options, the output streams, the clock, the
// database (opened when the command first asks for it, after it has checked its input) and
// the signed-in user (--user, with the passphrase from AMPARO_PASSPHRASE or typed).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    // Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage, 3 input refused
    // by a rule (nothing was saved), 4 not signed in or not permitted.
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        Usage = 2,
        Invalid = 3,
        NotPermitted = 4
    };
    static constexpr const char* PassphraseVariable = "AMPARO_PASSPHRASE";
    // An encrypted database whose passphrases are all lost opens with its recovery key.
    static constexpr const char* RecoveryKeyVariable = "AMPARO_RECOVERY_KEY";

    CliContext(QCommandLineParser& parser, QTextStream& out, QTextStream& err, const Clock& clock,
               QString databasePath, QString username);
    ~CliContext();

    QCommandLineParser& parser() { return m_parser; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    // The database's location as given (--database or the default).
    QString databasePath() const { return m_databasePath; }

    // The database, or null after printing why it cannot be opened.
    Database* database();
    // Closes the database (a restore replaces its file); database() opens it again.
    void closeDatabase();
    // Signs in (once) as --user; null after printing why it failed.
    const UserSession* session();
    // The same, and null after saying so when the user's role may not do `permission`: asked
    // before anything else is asked for (a passphrase), the service checks again.
    const UserSession* sessionAllowedTo(Permission permission);
    // The user the command has just created and signed in as (init --admin).
    void setSession(const UserSession& session) { m_session = session; }
    // A secret from an environment variable (for scripts) or typed at the terminal; with
    // `confirm`, typed twice. Null when none was given.
    QString secret(const char* variable, const QString& prompt, bool confirm = false);
    // Hands a new recovery key over once: into the file given with --recovery-key-out (owner
    // only), or printed. When the file cannot be written the key is printed instead if
    // `printIfNotWritten` (the database is encrypted already and the key must not be lost).
    Status handOverRecoveryKey(const RecoveryKey& key, const QString& databasePath,
                               bool printIfNotWritten);
    // Prints the error (and each field's problem) and returns the matching exit code.
    int fail(const Error& error);
    // Prints a usage problem and returns Usage.
    int usage(const QString& problem);
    // The exit code for the last failure of database() or session().
    int failureCode() const { return m_failureCode; }

private:
    static int exitCodeFor(const Error& error);
    // Puts the key of the encrypted file at `location` in memory: --user's passphrase, or
    // the recovery key from its variable.
    bool unlock(const QString& location);

    QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QString m_databasePath;
    QString m_username;
    std::unique_ptr<Database> m_db;
    // The passphrase that opened the person's own server connection or unlocked an encrypted
    // file: signing in checks it again without asking twice.
    QString m_openingPassphrase;
    std::optional<UserSession> m_session;
    int m_failureCode = Failure;
};

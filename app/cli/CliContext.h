#pragma once

#include "common/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

class Clock;
class Database;

// What a command runs with: its parsed options, the output streams, the clock, and the
// database, opened when the command first asks for it (after it has checked its input).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    // Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage, 3 input refused
    // by a rule (nothing was saved).
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        Usage = 2,
        Invalid = 3
    };

    CliContext(QCommandLineParser& parser, QTextStream& out, QTextStream& err, const Clock& clock,
               QString databasePath);
    ~CliContext();

    QCommandLineParser& parser() { return m_parser; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }

    // The database, or null after printing why it cannot be opened.
    Database* database();
    // Prints the error (and each field's problem) and returns the matching exit code.
    int fail(const Error& error);
    // Prints a usage problem and returns Usage.
    int usage(const QString& problem);

private:
    QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QString m_databasePath;
    std::unique_ptr<Database> m_db;
};

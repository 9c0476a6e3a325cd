#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Clock;
class Database;
class QCommandLineParser;

// amparo-cli: the same core as the desktop app, for scripts and scheduled tasks.
// Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage, 3 input refused
// by a rule (nothing was saved).
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2, Invalid = 3 };

    CliRunner(QTextStream& out, QTextStream& err, const Clock& clock);
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem = {});
    std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, int& exitCode);

    int init(const QStringList& args);
    int addSite(const QStringList& args);
    int addCase(const QStringList& args);
    int list(const QStringList& args);
    int show(const QStringList& args);
    int check(const QStringList& args);

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
};

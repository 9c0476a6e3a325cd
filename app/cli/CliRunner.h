#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

class Clock;

// amparo-cli: the same core as the desktop app, for scripts and scheduled tasks. Finds the
// command, parses its options (with --database and --help common to all) and runs it.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    CliRunner(QTextStream& out, QTextStream& err, const Clock& clock);
    ~CliRunner();
    // Whether the command named in `arguments` (those of main, program first) draws, and so
    // needs a QApplication rather than a QCoreApplication. Asked before either exists.
    bool needsGuiApplication(const QStringList& arguments) const;
    int run(const QStringList& arguments);

private:
    // Takes the command's name out of the arguments after the program's.
    static QString commandName(QStringList& rest);
    int usage(const QString& problem = {});
    CliCommand* command(const QString& name) const;

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

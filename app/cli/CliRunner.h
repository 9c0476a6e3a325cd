#pragma once

#include "CliCommand.h"

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
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem = {});
    CliCommand* command(const QString& name) const;

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

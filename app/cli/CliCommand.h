#pragma once

#include <QString>

class CliContext;
class QCommandLineParser;

// One amparo-cli subcommand: the options it takes and what it does with them.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    // One line for the list of commands.
    virtual QString summary() const = 0;
    virtual void defineOptions(QCommandLineParser& parser) = 0;
    // A command that draws (a PDF with charts) runs in a QApplication, on the offscreen
    // platform: no display is needed. Every other command is a plain console program.
    virtual bool needsGuiApplication() const { return false; }
    // Returns the exit code.
    virtual int run(CliContext& context) = 0;
};

#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

class Database;

// amparo-cli restore --from FILE: replaces the database file with a checked backup, or
// fills an empty server database with it.
class RestoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;

private:
    int restoreIntoServer(CliContext& context, const Database& server);
};

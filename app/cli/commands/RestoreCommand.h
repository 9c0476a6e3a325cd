#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli restore --from FILE: replaces the database with a checked backup.
class RestoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

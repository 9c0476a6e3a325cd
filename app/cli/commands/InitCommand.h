#pragma once

#include "app/cli/CliCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>

// amparo-cli init: creates (or upgrades) the database, optionally with its first site.
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

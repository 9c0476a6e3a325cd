#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli backup --to FILE: an encrypted backup of the whole database.
class BackupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

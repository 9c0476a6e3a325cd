#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli sync: field posts and their office (issue 20) — making this database a site,
// handing over its card and registering the other side's.
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

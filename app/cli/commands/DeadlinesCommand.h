#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli deadlines: the open deadlines, for a daily reminder in a scheduled task.
class DeadlinesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinesCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli generate: fills a new database with a synthetic population (benchmarks,
// training, demonstrations).
class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

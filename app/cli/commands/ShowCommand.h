#pragma once

#include "app/cli/CliCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>

// amparo-cli show CASE: one case with its family group, consent and notes.
class ShowCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

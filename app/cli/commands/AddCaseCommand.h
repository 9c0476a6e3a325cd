#pragma once

#include "app/cli/CliCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>

// amparo-cli add-case: registers a case with its principal person.
class AddCaseCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCaseCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

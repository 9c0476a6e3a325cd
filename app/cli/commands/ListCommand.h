#pragma once

#include "app/cli/CliCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>

// amparo-cli list: lists cases, optionally filtered by a search and status.
class ListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

#pragma once

#include "app/cli/CliCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>

// amparo-cli add-site: adds a site where cases are registered.
class AddSiteCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSiteCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli users list|add|reset-passphrase|set-role|deactivate|activate: user administration.
class UsersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

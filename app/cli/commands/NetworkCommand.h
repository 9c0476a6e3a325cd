#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli network: this organisation's counts for its network's coordinator (send), and,
// at the coordinator, the regional report added up from the organisations' packages (report).
class NetworkCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(NetworkCommand)

public:
    QString name() const override;
    QString summary() const override;
    bool needsGuiApplication() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

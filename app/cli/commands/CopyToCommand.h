#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli copy-to LOCATION: brings a laptop's whole database into an empty one, an
// office's server above all.
class CopyToCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyToCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

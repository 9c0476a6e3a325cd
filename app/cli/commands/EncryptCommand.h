#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli encrypt: turns encryption on for a plaintext database file.
class EncryptCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EncryptCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};

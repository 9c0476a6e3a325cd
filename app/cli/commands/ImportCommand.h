#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli import FILE --mapping MAPPING [--dry-run]: the same import as the window, for
// scripts and very large files. --propose-mapping writes a mapping to start from.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};
